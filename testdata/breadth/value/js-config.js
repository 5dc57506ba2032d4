// config/default.js
module.exports = {
  port: 8080,
  {{camel}}: '{{VALUE|sq}}',
  cacheTtlSeconds: 300,
};
