import os

{{snake}} = os.getenv("{{NAME}}") or "{{VALUE|dq}}"
