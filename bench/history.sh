#!/usr/bin/env bash
# Whole-process comparison of `keysieve history` (every commit on every
# ref) against `git cat-file --batch-all-objects --batch --unordered`, the
# cost of merely reading every object once, on the same bare repository.
# Runs are interleaved; prints each run and the medians of wall time and
# peak RSS.
#
# Usage: bench/history.sh REPO.git [RUNS]
# For git/git: fetch a snapshot with the search tool's fetch, then
#   git clone --bare file://<snapshot git dir> /tmp/git.git
#   bench/history.sh /tmp/git.git 3
set -euo pipefail
repo=${1:?usage: bench/history.sh REPO.git [RUNS]}
runs=${2:-3}
source "$(dirname "$0")/build.sh"
describe_repo "$repo"

measure() { # name command...: appends "name seconds kib" to results
  local name=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/t" "$@" > /dev/null 2>&1 || true
  echo "$name $(tail -n 1 "$work/t")" | tee -a "$work/results"
}
for i in $(seq "$runs"); do
  measure cat-file git -C "$repo" cat-file --batch-all-objects --batch --unordered
  measure keysieve "$work/keysieve" history "$repo" --format json --output "$work/report.json"
done
python3 - "$work/results" "$work/report.json" <<'PY'
import json, statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
med = {}
for name in ("cat-file", "keysieve"):
    secs = [float(r[1]) for r in rows if r[0] == name]
    kib = [int(r[2]) for r in rows if r[0] == name]
    med[name] = statistics.median(secs)
    print(f"{name}: median {med[name]:.2f} s, peak RSS median {statistics.median(kib)/1024:.0f} MiB over {len(secs)} runs")
print(f"ratio keysieve/cat-file: {med['keysieve']/med['cat-file']:.2f}x")
rep = json.load(open(sys.argv[2]))
print(f"last report: {len(rep['findings'])} findings, {len(rep['skipped'])} skipped, {len(rep['errors'])} errors")
PY
