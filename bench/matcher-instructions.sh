#!/usr/bin/env bash
# Deterministic comparison of the matcher benchmark (BenchmarkMatcher/full:
# the default ruleset over rules/testdata's Go source) between this checkout
# and another revision: the instructions one iteration executes, counted by
# valgrind's cachegrind. On a noisy shared machine wall-clock ratios swing
# by 20 % from run to run; instruction counts repeat to within 0.5 % with
# the garbage collector off and one thread, so small changes show.
# Instructions are not time (cache misses and branch mispredictions are not
# counted): confirm a large change with interleaved timed runs.
#
# Usage: bench/matcher-instructions.sh [REVISION] [RUNS]
#   REVISION defaults to HEAD~1; RUNS (default 2) counts per build.
# Needs valgrind (Debian package valgrind).
set -euo pipefail
rev=${1:-HEAD~1}
runs=${2:-2}
command -v valgrind > /dev/null || { echo "valgrind is not installed (apt-get install valgrind)" >&2; exit 2; }
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/keysieve-instr.XXXXXX")
trap 'git -C "$top" worktree remove --force "$work/base" > /dev/null 2>&1 || true; rm -rf "$work"' EXIT

git -C "$top" worktree add --detach "$work/base" "$rev" > /dev/null 2>&1
(cd "$top" && go test -c -o "$work/head.test" ./rules)
(cd "$work/base" && go test -c -o "$work/base.test" ./rules)

instructions() { # BINARY DIR ITERATIONS: prints the instructions executed
  (cd "$2" && GOGC=off GOMAXPROCS=1 valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
    "$1" -test.run '^$' -test.bench 'Matcher/full$' -test.benchtime "$3x" -test.cpu 1 2>&1 |
    awk '/I *refs/ { gsub(",", "", $4); print $4 }')
}
per_iteration() { # BINARY DIR: prints millions of instructions per iteration
  local one five
  one=$(instructions "$1" "$2" 1)
  five=$(instructions "$1" "$2" 5)
  python3 -c "print(f'{($five - $one) / 4 / 1e6:.2f}')"
}

echo "base: $rev ($(git -C "$top" rev-parse --short "$rev")); head: this checkout"
for i in $(seq "$runs"); do
  base=$(per_iteration "$work/base.test" "$work/base/rules")
  head=$(per_iteration "$work/head.test" "$top/rules")
  echo "run $i: base $base M, head $head M instructions per iteration; base/head $(python3 -c "print(f'{$base / $head:.3f}')")"
done
