import os

os.environ.setdefault("{{NAME}}", "{{VALUE|dq}}")
client = make_client(os.environ["{{NAME}}"])
