package rules_test

import "github.com/keysieve/keysieve/internal/fake"

// aiCases are the generated test cases of the ai rules.
func aiCases() map[string]caseBuilder {
	return map[string]caseBuilder{}
}

var _ = fake.Join
