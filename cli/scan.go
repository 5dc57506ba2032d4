package cli

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/keysieve/keysieve/report"
	"github.com/keysieve/keysieve/rules"
	"github.com/keysieve/keysieve/scan"
)

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
	rc, err := treeConfig(flags.config, roots[0])
	if err != nil {
		return fail(stderr, err)
	}
	scanner, err := a.newScanner(&flags, rc, stderr)
	if err != nil {
		return fail(stderr, err)
	}
	res, err := scanner.Tree(ctx, roots...)
	if err != nil && (res == nil || !res.Interrupted) {
		return fail(stderr, err)
	}
	return finish(ctx, res, &flags, stdout, stderr)
}

// newScanner compiles the ruleset rc extends, says on stderr what rc
// changes (unless --quiet), and loads the baseline that flags name.
func (a *App) newScanner(flags *commonFlags, rc *repoConfig, stderr io.Writer) (*scan.Scanner, error) {
	if err := flags.verify.check(); err != nil {
		return nil, err
	}
	rs, summary, err := a.compileConfig(rc)
	if err != nil {
		return nil, err
	}
	if !flags.quiet {
		announceConfig(stderr, rc, summary)
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

func parseRulesFile(path string) (*rules.Config, error) {
	return rules.ParseFile(path)
}
