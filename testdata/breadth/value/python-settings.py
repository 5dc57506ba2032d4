# settings/production.py
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["api.acme.test"]
{{NAME}} = "{{VALUE|dq}}"
