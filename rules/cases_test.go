package rules_test

import (
	"testing"

	"github.com/keysieve/keysieve/internal/rulecases"
	"github.com/keysieve/keysieve/rules"
)

// shared holds the cases the tests of this package share (see
// rulecases.Memo).
var shared rulecases.Memo

// allCases returns every rule's case builder (internal/rulecases).
func allCases(t testing.TB) map[string]rulecases.Builder { return rulecases.MustAll(t) }

// loadDefault returns the default ruleset, compiled once per test binary:
// the one the package's internal tests use (rules.SharedDefault), whose
// rules each test that touches them prepares once.
func loadDefault(t testing.TB) *rules.Ruleset {
	t.Helper()
	rs, err := rules.SharedDefault()
	if err != nil {
		t.Fatal(err)
	}
	return rs
}
