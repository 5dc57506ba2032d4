// Package builtin is the default ruleset, rules.toml, decoded when
// keysieve is built: its rules are Go values laid out by the linker, so a
// run starts without decoding a megabyte of TOML (two thirds of the time
// of a pre-commit hook on a small change).
//
// specs_gen.go is written by gen from rules.toml; TestSpecsMatchRulesToml
// fails when rules.toml changed and it was not written again. gen also
// writes prepared_gen.go, each rule's search plan (rules.Prepared), so
// that a run does not parse and analyse the regexes of the rules it
// uses; the rules package's TestBuiltinPlansMatchAnalysis fails when the
// plans differ from what the matcher works out.
package builtin

//go:generate go run ./gen ../../rules.toml specs_gen.go prepared_gen.go

import (
	"slices"

	"github.com/keysieve/keysieve/rules"
)

// Config returns the default ruleset as rules.ParseDefault would give it
// for rules.toml, marked Trusted (tested with this build), with its
// rules' search plans. Each call returns a new Config; the plans are
// shared, and only read.
func Config() *rules.Config {
	return &rules.Config{
		File:      "rules.toml (embedded)",
		Extend:    extend,
		Allowlist: allowlist,
		Rules:     slices.Clone(specs),
		Trusted:   true,
		Prepared:  prepared,
	}
}
