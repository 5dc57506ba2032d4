#!/bin/sh
curl -sS -X GET "https://api.acme.test/v2/status" \
  -H "Accept: application/json" \
  -H "X-{{Kebab}}: {{VALUE|dq}}"
