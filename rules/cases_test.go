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

// loadDefault returns the default ruleset, compiled once per test binary.
func loadDefault(t testing.TB) *rules.Ruleset { return rulecases.MustDefault(t) }
