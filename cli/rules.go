package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/keysieve/keysieve/rules"
)

func (a *App) runRules(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, "usage: keysieve rules list [--config FILE] | keysieve rules check FILE\n")
		return exitFailure
	}
	if isHelp(args[0]) {
		writeHelp(stdout, "keysieve rules", nil)
		return 0
	}
	switch args[0] {
	case "list":
		fs := newFlagSet("keysieve rules list", stdout, stderr)
		config := fs.String("config", "", "rules config `FILE` extending the default ruleset")
		keywords := fs.Bool("keywords", false, "print the prefilter keywords instead, one a line (a line break, carriage return or tab in one written \\n, \\r, \\t)")
		if code := parseFlags(fs, args[1:]); code >= 0 {
			return code
		}
		rs, err := a.loadRuleset(*config, ".")
		if err != nil {
			return fail(stderr, err)
		}
		if *keywords {
			for _, k := range rs.Keywords() {
				fmt.Fprintln(stdout, keywordEscaper.Replace(k))
			}
			return 0
		}
		for _, r := range rs.Rules {
			fmt.Fprintln(stdout, r)
		}
		return 0
	case "check":
		fs := newFlagSet("keysieve rules check", stdout, stderr)
		if code := parseFlags(fs, args[1:]); code >= 0 {
			return code
		}
		if fs.NArg() != 1 {
			fmt.Fprint(stderr, "usage: keysieve rules check FILE\nRun 'keysieve rules check --help' for usage.\n")
			return exitFailure
		}
		return a.checkRules(fs.Arg(0), stdout, stderr)
	}
	fmt.Fprintf(stderr, "keysieve rules: unknown command %q\n", args[0])
	return exitFailure
}

// checkRules validates a rules file as it would be used: on top of the
// default ruleset. It prints every error, one a line.
func (a *App) checkRules(path string, stdout, stderr io.Writer) int {
	base, err := a.defaultConfig()
	if err != nil {
		return fail(stderr, err)
	}
	user, err := parseRulesFile(path)
	if err == nil {
		var rs *rules.Ruleset
		if rs, err = rules.Compile(base, user); err == nil {
			fmt.Fprintf(stdout, "%s: ok (%d rules active)\n", path, len(rs.Rules))
			return 0
		}
	}
	return fail(stderr, err)
}

// keywordEscaper writes the control characters a keyword may hold (the
// default ruleset's "key\n" waits for a name that ends its line) so that
// each keyword stays on one line of `rules list --keywords`.
var keywordEscaper = strings.NewReplacer("\n", `\n`, "\r", `\r`, "\t", `\t`)
