# Sourced by the bench scripts: builds keysieve from this checkout into
# $work/keysieve, $work being a temporary directory under $TMPDIR removed
# on exit, and defines describe_repo, which prints a repository's size
# for the record.
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/keysieve-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
go build -o "$work/keysieve" "$top"

describe_repo() { # REPO: prints its commits and pack size
  echo "repo: $1: $(git -C "$1" rev-list --all | wc -l) commits, $(git -C "$1" count-objects -vH | grep size-pack)"
}
