region      = "eu-west-1"
environment = "prod"
{{snake}} = "{{VALUE|dq}}"
instance_count = 3
