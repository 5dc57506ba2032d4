//go:build !linux

package testtmp

// isMemory reports false: only Linux's /dev/shm is looked for.
func isMemory(dir string, free uint64) bool { return false }
