// src/config.js
const {{camel}} = process.env.{{NAME}} || '{{VALUE|sq}}';

module.exports = { {{camel}} };
