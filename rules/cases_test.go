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
func allCases(t testing.TB) map[string]rulecases.Builder {
	t.Helper()
	all, err := rulecases.All()
	if err != nil {
		t.Fatal(err)
	}
	return all
}

// loadDefault returns the default ruleset, compiled once per test binary.
func loadDefault(t testing.TB) *rules.Ruleset {
	t.Helper()
	rs, err := rulecases.Default()
	if err != nil {
		t.Fatal(err)
	}
	return rs
}
