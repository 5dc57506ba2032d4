package cli

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/keysieve/keysieve/report"
	"github.com/keysieve/keysieve/rules"
	"github.com/keysieve/keysieve/scan"
)

// userConfigName is the config file looked for at the scanned root.
const userConfigName = ".keysieve.toml"

func (a *App) runScan(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	var flags commonFlags
	fs := newFlagSet("keysieve scan", stdout, stderr)
	flags.register(fs)
	if code := parseFlags(fs, args); code >= 0 {
		return code
	}
	if !slices.Contains(report.Formats, flags.format) {
		return fail(stderr, fmt.Errorf("unknown --format %q (want %s)", flags.format, strings.Join(report.Formats, ", ")))
	}
	roots := fs.Args()
	if len(roots) == 0 {
		roots = []string{"."}
	}
	scanner, err := a.newScanner(&flags, roots[0])
	if err != nil {
		return fail(stderr, err)
	}
	res, err := scanner.Tree(ctx, roots...)
	if err != nil && (res == nil || !res.Interrupted) {
		return fail(stderr, err)
	}
	return finish(ctx, res, &flags, stdout, stderr)
}

// newScanner loads the ruleset and baseline that flags name.
func (a *App) newScanner(flags *commonFlags, root string) (*scan.Scanner, error) {
	rs, err := a.loadRuleset(flags.config, root)
	if err != nil {
		return nil, err
	}
	maxSize, err := parseSize(flags.maxFileSize)
	if err != nil {
		return nil, fmt.Errorf("--max-file-size: %w", err)
	}
	if flags.threads < 0 {
		return nil, fmt.Errorf("--threads must not be negative")
	}
	if flags.maxFindings < 0 {
		return nil, fmt.Errorf("--max-findings-per-file must not be negative")
	}
	opts := scan.Options{Threads: flags.threads, MaxFileSize: maxSize, MaxFindingsPerFile: cmp.Or(flags.maxFindings, -1)}
	if flags.baseline != "" {
		if opts.Baseline, err = report.ReadBaseline(flags.baseline); err != nil {
			return nil, err
		}
	}
	s := scan.New(rs, opts)
	flags.hide = s.Redactor()
	return s, nil
}

// loadRuleset compiles the embedded default ruleset extended by the user
// config: the one named, or .keysieve.toml at root when present.
func (a *App) loadRuleset(configPath, root string) (*rules.Ruleset, error) {
	if configPath == "" {
		candidate := filepath.Join(root, userConfigName)
		if info, err := os.Stat(root); err == nil && !info.IsDir() {
			candidate = filepath.Join(filepath.Dir(root), userConfigName)
		}
		if _, err := os.Stat(candidate); err == nil {
			configPath = candidate
		}
	}
	if configPath == "" {
		return a.defaultRuleset()
	}
	base, err := rules.Parse("rules.toml (embedded)", a.DefaultRules)
	if err != nil {
		return nil, fmt.Errorf("default ruleset: %w", err)
	}
	user, err := parseRulesFile(configPath)
	if err != nil {
		return nil, err
	}
	return rules.Compile(base, user)
}

func parseRulesFile(path string) (*rules.Config, error) {
	return rules.ParseFile(path)
}
