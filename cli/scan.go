package cli

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/keysieve/keysieve/findings"
	"github.com/keysieve/keysieve/report"
	"github.com/keysieve/keysieve/rules"
	"github.com/keysieve/keysieve/scan"
)

func (a *App) runScan(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var flags commonFlags
	var useGitignore bool
	fs := newFlagSet("keysieve scan", stdout, stderr)
	flags.register(fs)
	fs.BoolVar(&useGitignore, "gitignore", false, "skip what Git ignores (.gitignore, .git/info/exclude); each skip is listed")
	if code := parseFlags(fs, args); code >= 0 {
		return code
	}
	if !slices.Contains(report.Formats, flags.format) {
		return fail(stderr, fmt.Errorf("unknown --format %q (want %s)", flags.format, strings.Join(report.Formats, ", ")))
	}
	roots, readStdin := stdinRoot(fs.Args())
	rc, err := treeConfig(flags.config, cmp.Or(append(roots, ".")...))
	if err != nil {
		return fail(stderr, err)
	}
	scanner, err := a.newScanner(&flags, rc, stderr)
	if err != nil {
		return fail(stderr, err)
	}
	srcRoot, inRepo := scan.SourceRoot(roots)
	if inRepo {
		scanner = scanner.WithPathBase(srcRoot)
	}
	scanner = scanner.WithGitignore(useGitignore)
	res, err := scanTargets(ctx, scanner, roots, readStdin, stdin)
	if err != nil && (res == nil || !res.Interrupted) {
		return fail(stderr, err)
	}
	return finishWith(ctx, res, &flags, report.Provenance{SourceRoot: srcRoot}, stdout, stderr)
}

// stdinRoot splits "-" (standard input) out of scan's arguments. With no
// argument it scans ".".
func stdinRoot(args []string) (roots []string, readStdin bool) {
	if len(args) == 0 {
		return []string{"."}, false
	}
	for _, a := range args {
		if a == "-" {
			readStdin = true
		} else {
			roots = append(roots, a)
		}
	}
	return roots, readStdin
}

// scanTargets scans the roots, and standard input when asked (as the
// file scan.StdinName), into one result.
func scanTargets(ctx context.Context, scanner *scan.Scanner, roots []string, readStdin bool, stdin io.Reader) (*findings.Result, error) {
	res := &findings.Result{}
	if readStdin {
		in, err := scanner.Reader(ctx, scan.StdinName, stdin)
		if err != nil {
			return in, err
		}
		res.Merge(in)
	}
	if len(roots) > 0 {
		tree, err := scanner.Tree(ctx, roots...)
		if err != nil {
			return tree, err
		}
		res.Merge(tree)
	}
	res.Sort()
	return res, nil
}

// newScanner compiles the ruleset rc extends, says on stderr what rc
// changes (unless --quiet), and loads the baseline that flags name.
func (a *App) newScanner(flags *commonFlags, rc *repoConfig, stderr io.Writer) (*scan.Scanner, error) {
	if err := loadTemplate(flags); err != nil {
		return nil, err
	}
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
	opts := scan.Options{Threads: flags.threads, MaxFileSize: maxSize, MaxFindingsPerFile: cmp.Or(flags.maxFindings, -1),
		IgnoreAllowComments: flags.ignoreAllowComments, KeepContext: flags.verify.on}
	if err := fingerprintKey(flags, &opts, stderr); err != nil {
		return nil, err
	}
	s := scan.New(rs, opts)
	flags.hide = s.Redactor()
	return s, nil
}

func parseRulesFile(path string) (*rules.Config, error) {
	return rules.ParseFile(path)
}
