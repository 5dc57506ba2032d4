#!/usr/bin/env bash
# Runs action.yml's steps in order (action-runner.py) against scratch
# repositories, offline, and checks the job's result and outputs:
#   pr-secret      pull_request adding a key pair: gate fails, exit-code 1,
#                  SARIF written and (stood-in) upload
#   pr-config      pull_request adding the key and a .keysieve.toml that
#                  switches the rules off: the config is read from BASE, so
#                  the gate still fails (exit-code 1)
#   pr-clean       pull_request without secrets: job succeeds, exit-code 0
#   push           push event: range before..after, finds the key
#   scan-json      mode scan, format json, fail false: job succeeds, exit-code 1
#   shallow        pull_request in a depth-1 clone: exit-code 2 and a hint
# Usage: .github/scripts/action-local.sh
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
runner="$top/.github/scripts/action-runner.py"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
export GIT_AUTHOR_NAME=Scratch GIT_AUTHOR_EMAIL=scratch@example.com GIT_COMMITTER_NAME=Scratch GIT_COMMITTER_EMAIL=scratch@example.com
fake_id() { printf 'AKIA%s' "$(LC_ALL=C tr -dc 'A-Z2-7' </dev/urandom | head -c16)"; }
fake_key() { LC_ALL=C tr -dc 'A-Za-z0-9' </dev/urandom | head -c40; }

# origin: main (clean), and one branch per pull request.
origin="$work/origin"
mkdir -p "$origin" && cd "$origin"
git init -q -b main
printf 'def add(a, b):\n    return a + b\n' > app.py
git add -A && git commit -q -m initial
base=$(git rev-parse HEAD)
git checkout -q -b pr-secret
printf 'aws_access_key_id = %s\naws_secret_access_key = %s\n' "$(fake_id)" "$(fake_key)" > creds.ini
git add -A && git commit -q -m "add credentials"
secret_head=$(git rev-parse HEAD)
git checkout -q -b pr-config
printf '[extend]\nuse_default = false\n[allowlist]\npaths = [".*"]\n' > .keysieve.toml
git add -A && git commit -q -m "quiet the scanner"
config_head=$(git rev-parse HEAD)
git checkout -q -b pr-clean main
printf 'def sub(a, b):\n    return a - b\n' >> app.py
git add -A && git commit -q -m "add sub"
clean_head=$(git rev-parse HEAD)
git checkout -q main

pr_event() { printf '{"pull_request":{"base":{"sha":"%s"},"head":{"sha":"%s"}}}' "$1" "$2"; }
fail=0
scenario() { # scenario NAME WANT_JOB(0|1) WANT_EXIT_CODE CLONE_ARGS EVENT_NAME EVENT_JSON [INPUT=VALUE...]
  local name=$1 want_job=$2 want_code=$3 clone_args=$4 event_name=$5 event=$6; shift 6
  local ws="$work/ws-$name"
  # actions/checkout: a clone of the repository (fetch-depth: 0 unless told).
  git clone -q $clone_args "file://$origin" "$ws"
  echo "=== $name: $event_name ${*:-}"
  set +e
  python3 "$runner" "$top" "$ws" "$event_name" "$event" "$@" > "$work/$name.log" 2>&1
  local job=$?
  set -e
  sed 's/AKIA[A-Z2-7]\{16\}/AKIA*****/g' "$work/$name.log"
  local code
  code=$(sed -n 's/.*outputs: {"exit-code": "\([0-9]*\)".*/\1/p' "$work/$name.log" | tail -n 1)
  if [ "$job" = "$want_job" ] && [ "$code" = "$want_code" ]; then
    echo "=== $name: ok (job exit $job, exit-code $code)"
  else
    echo "=== $name: FAIL (job exit $job, want $want_job; exit-code ${code:-none}, want $want_code)"; fail=1
  fi
}

scenario pr-secret 1 1 "" pull_request "$(pr_event "$base" "$secret_head")" upload-sarif=true
grep -q '"ruleId": *"aws-access-key-id"' "$work/ws-pr-secret/keysieve.sarif" && echo "pr-secret: SARIF holds aws-access-key-id" || { echo "pr-secret: FAIL: no finding in the SARIF"; fail=1; }
scenario pr-config 1 1 "" pull_request "$(pr_event "$base" "$config_head")" format=json
grep -q '"keysieve-config-change"' "$work/ws-pr-config/keysieve.json" && echo "pr-config: the config change is a finding" || { echo "pr-config: FAIL: no keysieve-config-change finding"; fail=1; }
grep -q '"aws-access-key-id"' "$work/ws-pr-config/keysieve.json" && echo "pr-config: the key is still found (config read from BASE)" || { echo "pr-config: FAIL: the key was not found"; fail=1; }
scenario pr-clean 0 0 "" pull_request "$(pr_event "$base" "$clean_head")" upload-sarif=true
scenario push 1 1 "--branch pr-secret" push "$(printf '{"before":"%s","after":"%s"}' "$base" "$secret_head")"
scenario scan-json 0 1 "--branch pr-secret" push '{}' mode=scan format=json fail=false
scenario shallow 1 2 "--depth 1" pull_request "$(pr_event "$base" "$secret_head")"

if [ "$fail" = 0 ]; then echo "all scenarios passed"; else echo "some scenarios FAILED"; fi
exit "$fail"
