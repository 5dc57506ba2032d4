#!/usr/bin/env bash
# Times `keysieve staged` (the pre-commit hook) on a repository of 10,000
# committed files with a 5-file change staged: median wall time and peak
# RSS over RUNS runs. Usage: bench/staged.sh [RUNS] [FILES]
set -euo pipefail
runs=${1:-10}
files=${2:-10000}
source "$(dirname "$0")/build.sh"
repo="$work/repo"
mkdir -p "$repo"
cd "$repo"
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
export GIT_AUTHOR_NAME=Bench GIT_AUTHOR_EMAIL=bench@example.com GIT_COMMITTER_NAME=Bench GIT_COMMITTER_EMAIL=bench@example.com
git init -q -b main
python3 - "$files" <<'PY'
import os, sys
n = int(sys.argv[1])
for i in range(n):
    d = f"src/m{i // 100:03d}"
    os.makedirs(d, exist_ok=True)
    with open(f"{d}/f{i:05d}.py", "w") as f:
        f.write("".join(f"def func_{i}_{j}(x):\n    return x * {j} + {i}\n\n" for j in range(40)))
PY
git add -A && git commit -q -m "initial: $files files"
for i in 1 2 3 4 5; do
  printf 'def added_%d(y):\n    return y - %d\n' "$i" "$i" >> "src/m00$i/f00${i}0$i.py"
done
git add -A
echo "repo: $(git ls-files | wc -l) files, $(git diff --cached --name-only | wc -l) staged"
for i in $(seq "$runs"); do
  /usr/bin/time -f "%e %M" -o "$work/t" "$work/keysieve" staged > /dev/null 2>&1 || true
  tail -n 1 "$work/t" >> "$work/results"
done
python3 - "$work/results" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
secs = [float(r[0]) for r in rows]
print(f"keysieve staged: median {statistics.median(secs)*1000:.0f} ms (min {min(secs)*1000:.0f}, max {max(secs)*1000:.0f}) over {len(secs)} runs, peak RSS median {statistics.median(int(r[1]) for r in rows)/1024:.0f} MiB")
PY
