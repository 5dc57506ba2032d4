package rules_test

import "github.com/keysieve/keysieve/internal/fake"

// cloudCases are the generated test cases of the cloud rules.
func cloudCases() map[string]caseBuilder {
	return map[string]caseBuilder{}
}

var _ = fake.Join
