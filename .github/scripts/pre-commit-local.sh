#!/usr/bin/env bash
# Runs this repository's .pre-commit-hooks.yaml through a real pre-commit in
# a scratch repository, offline: the hooks come from a file:// clone of this
# checkout at its HEAD commit (commit the hooks file first), built by
# pre-commit's `language: golang` (go install ./...) from the local module
# cache with GOPROXY=off.
#
# Usage: .github/scripts/pre-commit-local.sh [PRE_COMMIT_COMMAND]
#   (default: pre-commit; e.g. Debian bookworm's /usr/bin/pre-commit, 3.0.4)
#
# Checks, in order (each prints what pre-commit printed):
#   1. pre-commit install --hook-type pre-commit --hook-type commit-msg
#   2. pre-commit run --all-files on a clean tree passes (exit 0)
#   3. git commit of a file holding a (generated) AWS key pair is blocked
#   4. pre-commit run --all-files with that file staged fails (exit 1)
#   5. git commit with the key in the commit message is blocked
#   6. a clean commit goes through
set -euo pipefail
pc=${1:-pre-commit}
top=$(cd "$(dirname "$0")/../.." && pwd)
rev=$(git -C "$top" rev-parse HEAD)
if ! git -C "$top" diff --quiet HEAD -- .pre-commit-hooks.yaml; then
  echo "warning: .pre-commit-hooks.yaml has uncommitted changes; pre-commit uses the committed one at $rev" >&2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

export PRE_COMMIT_HOME="$work/cache" GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
export GIT_AUTHOR_NAME=Scratch GIT_AUTHOR_EMAIL=scratch@example.com GIT_COMMITTER_NAME=Scratch GIT_COMMITTER_EMAIL=scratch@example.com
export GOMODCACHE=$(go env GOMODCACHE) GOPROXY=off GOTOOLCHAIN=local GOFLAGS=

fail=0
check() { # check WANT_CODE DESCRIPTION COMMAND...
  local want=$1 what=$2; shift 2
  echo "== $what: $*" | sed 's/AKIA[A-Z2-7]\{16\}/AKIA*****/g' 
  set +e; "$@" 2>&1 | sed 's/^/   | /'; local got=${PIPESTATUS[0]}; set -e
  if [ "$got" = "$want" ]; then echo "   ok: exit $got"; else echo "   FAIL: exit $got, want $want"; fail=1; fi
}
# An AWS access key pair of the right shape, made now (never stored).
fake_id() { printf 'AKIA%s' "$(LC_ALL=C tr -dc 'A-Z2-7' </dev/urandom | head -c16)"; }
fake_key() { LC_ALL=C tr -dc 'A-Za-z0-9' </dev/urandom | head -c40; }

echo "pre-commit: $(command -v "$pc") ($("$pc" --version))"
echo "hooks: file://$top at $rev"
repo="$work/repo"
mkdir -p "$repo" && cd "$repo"
git init -q -b main
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: file://$top
    rev: $rev
    hooks:
      - id: keysieve
      - id: keysieve-commit-msg
YAML
printf 'def add(a, b):\n    return a + b\n' > app.py
git add -A && git commit -q -m "initial"

check 0 "install both hook types" "$pc" install --hook-type pre-commit --hook-type commit-msg
check 0 "clean tree" "$pc" run --all-files

printf 'aws_access_key_id = %s\naws_secret_access_key = %s\n' "$(fake_id)" "$(fake_key)" > creds.ini
git add creds.ini
before=$(git rev-parse HEAD)
check 1 "commit adding a key pair is blocked" git commit -m "add credentials"
[ "$(git rev-parse HEAD)" = "$before" ] || { echo "   FAIL: the commit was made"; fail=1; }
check 1 "run --all-files with the key staged" "$pc" run --all-files
git rm -q --cached creds.ini && rm creds.ini

printf 'def sub(a, b):\n    return a - b\n' >> app.py
git add app.py
check 1 "commit whose message holds a key is blocked" git commit -m "deploy with $(fake_id)"
[ "$(git rev-parse HEAD)" = "$before" ] || { echo "   FAIL: the commit was made"; fail=1; }
check 0 "clean commit" git commit -m "add sub"
[ "$(git rev-parse HEAD)" != "$before" ] || { echo "   FAIL: the clean commit was not made"; fail=1; }

if [ "$fail" = 0 ]; then echo "all checks passed"; else echo "some checks FAILED"; fi
exit "$fail"
