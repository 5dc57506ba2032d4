resource "local_file" "config" {
  filename = "${path.module}/app.conf"
  content  = <<-EOT
{{BLOCK|indent4}}
  EOT
}
