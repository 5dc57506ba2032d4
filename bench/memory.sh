#!/usr/bin/env bash
# Peak resident memory of `keysieve scan` on a generated tree of many small
# files, measured with /usr/bin/time -f %M. The tree is made under
# ${TMPDIR:-/tmp} (never in the repository) and removed afterwards.
#
# Usage: bench/memory.sh [FILES] [PER_DIR] [BYTES]
#   FILES    files to generate (default 1000000)
#   PER_DIR  files per directory (default 1000; FILES for one flat directory)
#   BYTES    size of each file; 0 makes empty files (default 32)
# Example: bench/memory.sh 200000 200000 0   # 200,000 empty files, one directory
set -euo pipefail
files=${1:-1000000}
per_dir=${2:-1000}
bytes=${3:-32}
source "$(dirname "$0")/build.sh"
mkdir "$work/gen"
cat > "$work/gen/main.go" <<'GO'
// Command gen writes FILES files of BYTES bytes, PER_DIR to a directory.
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

func main() {
	root := os.Args[1]
	files, _ := strconv.Atoi(os.Args[2])
	perDir, _ := strconv.Atoi(os.Args[3])
	size, _ := strconv.Atoi(os.Args[4])
	for i := range files {
		dir := filepath.Join(root, fmt.Sprintf("d%05d", i/perDir))
		if i%perDir == 0 {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				panic(err)
			}
		}
		line := fmt.Sprintf("file %d: nothing secret here\n", i)
		content := strings.Repeat(line, size/len(line)+1)[:size]
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("f%07d.txt", i)), []byte(content), 0o644); err != nil {
			panic(err)
		}
	}
}
GO
echo "generating $files files of $bytes bytes, $per_dir per directory, under $work/tree"
(cd "$work/gen" && GOFLAGS= go run main.go "$work/tree" "$files" "$per_dir" "$bytes")
echo "scanning"
/usr/bin/time -f "%M KiB peak RSS, %e s wall, exit %x" -o "$work/time" \
  "$work/keysieve" scan "$work/tree" --format json --output "$work/report.json" || true
echo "keysieve scan of $files files: $(cat "$work/time")"
