package rules_test

import (
	"os"
	"runtime/debug"
	"testing"
)

// TestMain runs the package's tests with the garbage collector started at
// five times the live heap (GOGC=400) rather than twice, unless GOGC is
// set: the tests compile every rule of the default ruleset and scan their
// cases, and collecting took a fifth of their CPU (11.1 s against 8.8 s,
// medians of two runs).
func TestMain(m *testing.M) {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	os.Exit(m.Run())
}
