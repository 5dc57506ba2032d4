#!/bin/sh
mkdir -p "$HOME/.config/acme"
cat > "$HOME/.config/acme/credentials" <<'CREDS'
{{BLOCK}}
CREDS
