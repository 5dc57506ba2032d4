#!/usr/bin/env bash
set -euo pipefail
export {{NAME}}="{{VALUE|dq}}"
./bin/migrate --env prod
