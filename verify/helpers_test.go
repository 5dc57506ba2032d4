package verify

import "os"

func readRulesTOML() (string, error) {
	b, err := os.ReadFile("../rules.toml")
	return string(b), err
}
