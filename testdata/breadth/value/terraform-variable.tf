variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "{{snake}}" {
  description = "Credential for the integration"
  type        = string
  sensitive   = true
  default     = "{{VALUE|dq}}"
}
