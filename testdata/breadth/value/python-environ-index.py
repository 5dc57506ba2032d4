import os

os.environ["{{NAME}}"] = "{{VALUE|dq}}"
