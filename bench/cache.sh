#!/usr/bin/env bash
# Incremental audits (`keysieve history --cache`): the first audit of a
# repository, which writes the cache, against a re-audit with the same
# ruleset, which reads only what the cache does not know. Each round
# runs the first audit (cache removed) then the cached re-audit, so the
# two are interleaved under the same load; prints each run, the load
# average, the medians of wall time, CPU time and peak RSS, the ratio, and checks
# that the two reports are identical.
#
# Usage: bench/cache.sh REPO.git [RUNS]
# For git/git: a bare copy with heads and tags only, e.g.
#   git clone --bare --no-local file://<snapshot git dir> /tmp/git.git
#   bench/cache.sh /tmp/git.git 3
set -euo pipefail
repo=${1:?usage: bench/cache.sh REPO.git [RUNS]}
runs=${2:-3}
source "$(dirname "$0")/build.sh"
describe_repo "$repo"

measure() { # name report command...: appends "name seconds kib" to results
  local name=$1 out=$2; shift 2
  echo "load before $name: $(cut -d' ' -f1-3 /proc/loadavg)"
  /usr/bin/time -f "%e %M %U %S" -o "$work/t" "$@" --format json --output "$out" 2> "$work/err" || true
  echo "$name $(tail -n 1 "$work/t")" | tee -a "$work/results"
}
for i in $(seq "$runs"); do
  rm -f "$work/cache"
  measure first "$work/first.json" "$work/keysieve" history --quiet --cache "$work/cache" "$repo"
  echo "cache: $(du -h "$work/cache" | cut -f1)"
  measure cached "$work/cached.json" "$work/keysieve" history --quiet --cache "$work/cache" "$repo"
  cmp -s "$work/first.json" "$work/cached.json" && echo "reports identical" || { echo "REPORTS DIFFER"; exit 1; }
done
python3 - "$work/results" "$work/first.json" <<'PY'
import json, statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
med = {}
for name in ("first", "cached"):
    secs = [float(r[1]) for r in rows if r[0] == name]
    kib = [int(r[2]) for r in rows if r[0] == name]
    cpu = [float(r[3]) + float(r[4]) for r in rows if r[0] == name]
    med[name] = statistics.median(secs)
    print(f"{name}: median {med[name]:.2f} s wall, {statistics.median(cpu):.2f} s CPU (user+sys), peak RSS median {statistics.median(kib)/1024:.0f} MiB over {len(secs)} runs")
print(f"cached/first: {100*med['cached']/med['first']:.0f} % of the time")
rep = json.load(open(sys.argv[2]))
print(f"report: {len(rep['findings'])} findings, {len(rep['skipped'])} skipped, {len(rep['errors'])} errors")
PY
