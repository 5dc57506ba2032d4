package cli

import (
	"fmt"
	"io"

	"github.com/spf13/pflag"
)

// commandHelp is what `keysieve COMMAND --help` says besides the flags.
type commandHelp struct {
	summary string // one line: what the command does
	usage   string // the synopsis
	example string // one command line to copy, with what it does
}

// helps are the commands' help texts, by the name of their flag set.
var helps = map[string]commandHelp{
	"keysieve scan": {
		"Scan files and directories for secrets (API keys, tokens, private keys, passwords).",
		"keysieve scan [flags] [PATH...]",
		"keysieve scan -f sarif -o keysieve.sarif .   # scan the current directory, SARIF report to a file",
	},
	"keysieve history": {
		"Audit every commit of a Git repository on every ref, or only the commits of a range (the CI gate).",
		"keysieve history [flags] [REPO...]   (REPO: a path or a clone URL; more with --repos-file)",
		"keysieve history --range origin/main..HEAD   # the secrets a pull request introduces",
	},
	"keysieve merge": {
		"Merge JSON reports (the shards of an audit) into one report, each finding once; the exit code is that of the merged findings.",
		"keysieve merge [flags] REPORT...",
		"keysieve merge -f sarif -o audit.sarif shard-*.json   # one SARIF report from the shards' JSON",
	},
	"keysieve staged": {
		"Scan what is staged for the next commit (the pre-commit hook), or a commit message (--commit-msg).",
		"keysieve staged [flags] [FILE...]",
		"keysieve staged --commit-msg .git/COMMIT_EDITMSG   # what the commit-msg hook runs",
	},
	"keysieve hook": {
		"Install or remove keysieve's Git hooks in the current repository.",
		"keysieve hook install [--commit-msg] [--force] | keysieve hook uninstall",
		"keysieve hook install --commit-msg   # pre-commit and commit-msg hooks",
	},
	"keysieve hook install": {
		"Write keysieve's pre-commit hook (and, with --commit-msg, its commit-msg hook) into the repository.",
		"keysieve hook install [--commit-msg] [--force]",
		"keysieve hook install --commit-msg",
	},
	"keysieve hook uninstall": {
		"Remove the hooks keysieve wrote; hooks written by others are left alone.",
		"keysieve hook uninstall",
		"keysieve hook uninstall",
	},
	"keysieve rules": {
		"List the active rules or check a rules file.",
		"keysieve rules list [--config FILE] [--keywords] | keysieve rules check FILE",
		"keysieve rules check .keysieve.toml   # validate a config before committing it",
	},
	"keysieve rules list": {
		"Print the active rules: the default ruleset extended by a config.",
		"keysieve rules list [--config FILE] [--keywords]",
		"keysieve rules list --config .keysieve.toml",
	},
	"keysieve rules check": {
		"Validate a rules file on top of the default ruleset, printing every error (use -- before a file named like a flag).",
		"keysieve rules check FILE",
		"keysieve rules check .keysieve.toml",
	},
	"keysieve version": {
		"Print keysieve's version.",
		"keysieve version",
		"keysieve version",
	},
}

// writeHelp prints the help of the command named name to w: its one-line
// summary, synopsis, an example and, when fs is given, its flags.
func writeHelp(w io.Writer, name string, fs *pflag.FlagSet) {
	h, ok := helps[name]
	if !ok {
		h = commandHelp{summary: "keysieve finds secrets in files and Git history.", usage: name + " [flags]", example: "keysieve scan ."}
	}
	fmt.Fprintf(w, "%s\n\nUsage:\n  %s\n\nExample:\n  %s\n", h.summary, h.usage, h.example)
	if fs != nil && fs.HasFlags() {
		fmt.Fprintf(w, "\nFlags:\n%s", fs.FlagUsages())
	}
	if fs != nil && fs.Lookup("exit-code") != nil {
		fmt.Fprint(w, "\nExit codes: 0 clean, 1 secrets found (--exit-code), 2 the scan failed, 130/143 interrupted (SIGINT/SIGTERM).\n")
	}
}

// isHelp reports whether arg asks for help.
func isHelp(arg string) bool { return arg == "--help" || arg == "-h" || arg == "help" }
