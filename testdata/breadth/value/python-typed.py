# settings.py
from typing import Final

DEBUG: bool = False
{{NAME}}: str = "{{VALUE|dq}}"
