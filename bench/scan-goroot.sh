#!/usr/bin/env bash
# Whole-process comparison of `keysieve scan` against `grep -rFic -f
# KEYWORDS` on the Go standard library's source, where KEYWORDS holds every
# keyword of the active ruleset: the cost of merely finding the keywords.
# Runs are interleaved; prints each run and the medians of wall time and
# peak RSS.  Usage: bench/scan-goroot.sh [RUNS] [TREE]
set -euo pipefail
runs=${1:-5}
tree=${2:-$(go env GOROOT)/src}
source "$(dirname "$0")/build.sh"
"$work/keysieve" rules list --keywords > "$work/keywords"
echo "tree: $tree ($(du -sh "$tree" | cut -f1), $(find "$tree" -type f | wc -l) files); $(wc -l < "$work/keywords") keywords"

measure() { # name command...: appends "name seconds kib" to results
  local name=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/t" "$@" > /dev/null 2>&1 || true
  echo "$name $(tail -n 1 "$work/t")" | tee -a "$work/results"
}
for i in $(seq "$runs"); do
  measure grep grep -rFic -f "$work/keywords" "$tree"
  measure keysieve "$work/keysieve" scan "$tree" --format json --output /dev/null
done
python3 - "$work/results" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
med = {}
for name in ("grep", "keysieve"):
    secs = [float(r[1]) for r in rows if r[0] == name]
    kib = [int(r[2]) for r in rows if r[0] == name]
    med[name] = statistics.median(secs)
    print(f"{name}: median {med[name]:.2f} s, peak RSS median {statistics.median(kib)/1024:.0f} MiB over {len(secs)} runs")
print(f"ratio keysieve/grep: {med['keysieve']/med['grep']:.2f}x")
PY
