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
// Exit codes: 0 clean, 1 secrets found (see --exit-code), 2 the scan failed.
package main

import (
	"context"
	_ "embed"
	"os"
	"os/signal"
	"syscall"

	"github.com/keysieve/keysieve/cli"
)

//go:embed rules.toml
var defaultRules []byte

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	app := &cli.App{DefaultRules: defaultRules}
	code := app.Run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
