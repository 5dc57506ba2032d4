#!/usr/bin/env bash
# Per-repository costs of `keysieve history` for docs/scale.md: wall
# time, CPU time and peak RSS of one audit of each repository given
# (bare clones on this machine), each run RUNS times (medians printed),
# and of a run over many tiny repositories made here (cloned over
# file://, so the clone path is included, without the network).
#
# Usage: bench/scale.sh RUNS TINY REPO.git...
#   bench/scale.sh 3 200 /work/.mirror/gitleaks+gitleaks/repo /work/.mirror/git+git/repo
# DIRECT=0 skips the audit of each repository in place (all its refs),
# keeping only the audit through a clone (branches and tags).
set -euo pipefail
runs=${1:?usage: bench/scale.sh RUNS TINY REPO.git...}
tiny=${2:?usage: bench/scale.sh RUNS TINY REPO.git...}
shift 2
source "$(dirname "$0")/build.sh"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
measure() { # label command...: RUNS runs; prints medians of wall s, cpu s, peak RSS MiB
  local label=$1; shift
  : > "$work/r"
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %U %S %M" -o "$work/t" "$@" > /dev/null 2>&1 || true
    tail -n 1 "$work/t" >> "$work/r"
  done
  printf '%-40s wall %6ss  cpu %6ss  rss %5s MiB  (median of %d)\n' "$label" \
    "$(awk '{print $1}' "$work/r" | median)" \
    "$(awk '{printf "%.2f\n", $2+$3}' "$work/r" | median)" \
    "$(awk '{printf "%d\n", $4/1024}' "$work/r" | median)" "$runs"
}

for repo in "$@"; do
  commits=$(git -C "$repo" rev-list --all | wc -l)
  size=$(git -C "$repo" count-objects -vH | awk '/size-pack/ {print $2 $3}')
  if [ "${DIRECT:-1}" != 0 ]; then
    measure "$(basename "$(dirname "$repo")") ($commits commits, $size)" \
      "$work/keysieve" history -q -f json -o "$work/out.json" "$repo"
  fi
  measure "$(basename "$(dirname "$repo")"), cloned over file:// first" \
    "$work/keysieve" history -q -f json -o "$work/out.json" "file://$repo"
done

# Many tiny repositories: one commit, three small files each.
mkdir -p "$work/tiny"
: > "$work/list"
for i in $(seq "$tiny"); do
  d="$work/tiny/r$i"
  git init -q -b main "$d"
  printf 'name: service-%d\nport: %d\n' "$i" "$((8000 + i))" > "$d/config.yaml"
  printf '# service %d\n' "$i" > "$d/README.md"
  printf 'package main\n\nfunc main() {}\n' > "$d/main.go"
  git -C "$d" add -A
  git -C "$d" -c user.name=a -c user.email=a@example.com commit -qm "service $i"
  echo "file://$d" >> "$work/list"
done
measure "$tiny tiny repositories over file://" \
  "$work/keysieve" history -q -f json -o "$work/out.json" --repos-file "$work/list"
sed 's|^file://||' "$work/list" > "$work/paths"
measure "$tiny tiny repositories as paths" \
  "$work/keysieve" history -q -f json -o "$work/out.json" --repos-file "$work/paths"
