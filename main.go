// Command keysieve finds secrets (API keys, tokens, private keys, database
// credentials) in files and Git history before they leak.
//
// Usage:
//
//	keysieve scan [flags] [PATH...]   scan files and directories
//	keysieve history [flags] [REPO]   audit every commit of a Git repository
//	keysieve staged [flags] [FILE...] scan what is staged (the pre-commit hook)
//	keysieve hook install|uninstall   manage keysieve's Git hooks
//	keysieve rules list [flags]       print the active rules
//	keysieve rules check FILE         validate a rules file
//	keysieve version                  print the version
//
// Exit codes: 0 clean, 1 secrets found (see --exit-code), 2 the scan failed,
// 130 or 143 interrupted by SIGINT or SIGTERM (the report is marked partial).
package main

import (
	_ "embed"
	"os"

	"github.com/keysieve/keysieve/cli"
	"github.com/keysieve/keysieve/rules/builtin"
)

// defaultRules is the default ruleset's TOML; package builtin holds the
// same rules decoded when the binary was built.
//
//go:embed rules.toml
var defaultRules []byte

func main() {
	os.Exit(cli.Main(defaultRules, builtin.Config()))
}
