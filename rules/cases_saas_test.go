package rules_test

import "github.com/keysieve/keysieve/internal/fake"

// saasCases are the generated test cases of the saas rules.
func saasCases() map[string]caseBuilder {
	return map[string]caseBuilder{}
}

var _ = fake.Join
