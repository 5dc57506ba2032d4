package rules_test

import "github.com/keysieve/keysieve/internal/fake"

// vcsCases are the generated test cases of the vcs rules.
func vcsCases() map[string]caseBuilder {
	return map[string]caseBuilder{}
}

var _ = fake.Join
