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
	"cmp"
	"context"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"syscall"

	"github.com/mattn/go-isatty"
	"github.com/spf13/pflag"

	"github.com/keysieve/keysieve/findings"
	"github.com/keysieve/keysieve/report"
	"github.com/keysieve/keysieve/rules"
	"github.com/keysieve/keysieve/scan"
)

//go:embed rules.toml
var defaultRules []byte

// exitFailure is the exit code when the scan itself fails.
const exitFailure = 2

// userConfigName is the config file looked for at the scanned root.
const userConfigName = ".keysieve.toml"

const usage = `keysieve finds secrets in files and Git history.

Usage:
  keysieve scan [flags] [PATH...]   scan files and directories (default .)
  keysieve history [flags] [REPO]   audit every commit on every ref (--range BASE..HEAD for CI)
  keysieve staged [flags] [FILE...] scan what is staged for the next commit (pre-commit hook)
  keysieve hook install|uninstall   write or remove keysieve's pre-commit (and commit-msg) hooks
  keysieve rules list [flags]       print the active rules
  keysieve rules check FILE         validate a rules file, printing every error
  keysieve version                  print the version

Exit codes: 0 clean, 1 secrets found (--exit-code), 2 the scan failed.
Run 'keysieve COMMAND --help' for the flags.
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run executes one command line and returns the exit code.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitFailure
	}
	switch args[0] {
	case "scan":
		return runScan(args[1:], stdout, stderr)
	case "rules":
		return runRules(args[1:], stdout, stderr)
	case "history":
		return runHistory(args[1:], stdout, stderr)
	case "staged":
		return runStaged(args[1:], stdout, stderr)
	case "hook":
		return runHook(args[1:], stdout, stderr)
	case "version", "--version":
		fmt.Fprintln(stdout, "keysieve", version())
		return 0
	case "help", "--help", "-h":
		fmt.Fprint(stdout, usage)
		return 0
	}
	fmt.Fprintf(stderr, "keysieve: unknown command %q\n\n%s", args[0], usage)
	return exitFailure
}

// version is the module version for `go install`ed builds, else "dev".
func version() string {
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		return info.Main.Version
	}
	return "dev"
}

// commonFlags are the flags every scanning command takes.
type commonFlags struct {
	config      string
	format      string
	output      string
	baseline    string
	showSecrets bool
	exitCode    int
	threads     int
	maxFileSize string
	maxFindings int
	noColor     bool
	quiet       bool
	verbose     bool
}

func (c *commonFlags) register(fs *pflag.FlagSet) {
	fs.StringVar(&c.config, "config", "", "rules config `FILE` extending the default ruleset (default: "+userConfigName+" at the scanned root)")
	fs.StringVarP(&c.format, "format", "f", "text", "report format: "+strings.Join(report.Formats, ", "))
	fs.StringVarP(&c.output, "output", "o", "-", "write the report to `FILE` (- for stdout)")
	fs.StringVar(&c.baseline, "baseline", "", "ignore findings whose fingerprint is in this previous JSON report `FILE`")
	fs.BoolVar(&c.showSecrets, "show-secrets", false, "show secrets in full (redacted by default)")
	fs.IntVar(&c.exitCode, "exit-code", 1, "exit code when secrets are found")
	fs.IntVarP(&c.threads, "threads", "j", 0, "number of workers (default: one per CPU)")
	fs.StringVar(&c.maxFileSize, "max-file-size", "10MiB", "skip files larger than this (e.g. 512KiB, 10MiB, 1GB)")
	fs.IntVar(&c.maxFindings, "max-findings-per-file", scan.DefaultMaxFindingsPerFile, "report at most `N` findings per file and note the stop (0: no limit)")
	fs.BoolVar(&c.noColor, "no-color", false, "disable colours (also NO_COLOR, and when output is not a terminal)")
	fs.BoolVarP(&c.quiet, "quiet", "q", false, "print nothing but the report")
	fs.BoolVarP(&c.verbose, "verbose", "v", false, "print what was scanned and skipped on stderr")
}

// newFlagSet returns a flag set that reports errors instead of exiting.
func newFlagSet(name string, stderr io.Writer) *pflag.FlagSet {
	fs := pflag.NewFlagSet(name, pflag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.SortFlags = false
	return fs
}

// parseFlags parses args, returning -1 to go on, or the exit code to stop with.
func parseFlags(fs *pflag.FlagSet, args []string) int {
	err := fs.Parse(args)
	switch {
	case errors.Is(err, pflag.ErrHelp):
		return 0
	case err != nil:
		return exitFailure
	}
	return -1
}

func runScan(args []string, stdout, stderr io.Writer) int {
	var flags commonFlags
	fs := newFlagSet("keysieve scan", stderr)
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
	scanner, err := newScanner(&flags, roots[0])
	if err != nil {
		return fail(stderr, err)
	}
	ctx, stop := signalContext()
	defer stop()
	res, err := scanner.Tree(ctx, roots...)
	if err != nil {
		return fail(stderr, err)
	}
	return finish(res, &flags, stdout, stderr)
}

// newScanner loads the ruleset and baseline that flags name.
func newScanner(flags *commonFlags, root string) (*scan.Scanner, error) {
	rs, err := loadRuleset(flags.config, root)
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
	return scan.New(rs, opts), nil
}

// finish writes the report and warnings and returns the exit code.
func finish(res *findings.Result, flags *commonFlags, stdout, stderr io.Writer) int {
	return finishWith(res, flags, report.Provenance{}, stdout, stderr)
}

// finishWith is finish for a report about a repository, naming it in SARIF.
func finishWith(res *findings.Result, flags *commonFlags, prov report.Provenance, stdout, stderr io.Writer) int {
	scan.LimitFindingsPerFile(res, flags.maxFindings)
	out, closeOut, err := openOutput(flags.output, stdout)
	if err != nil {
		return fail(stderr, err)
	}
	opts := report.Options{
		ShowSecrets: flags.showSecrets,
		Color:       useColor(flags, out),
		ToolVersion: version(),
		Provenance:  prov,
	}
	reportToStdout := flags.output == "-" && flags.format == "text"
	if !flags.quiet && !reportToStdout {
		for _, e := range res.Errors {
			fmt.Fprintf(stderr, "keysieve: warning: cannot read %s: %s\n", report.Escape(e.Path), report.Escape(e.Error))
		}
	}
	if flags.verbose {
		for _, s := range res.Skipped {
			fmt.Fprintf(stderr, "keysieve: skipped %s: %s\n", report.Escape(s.Path), report.Escape(s.Reason))
		}
		fmt.Fprintf(stderr, "keysieve: %d finding(s), %d skipped, %d unreadable\n", len(res.Findings), len(res.Skipped), len(res.Errors))
	}
	if flags.quiet && flags.format == "text" && len(res.Findings) == 0 {
		return closeAndExit(closeOut, stderr, 0)
	}
	if err := report.Write(out, flags.format, res, opts); err != nil {
		closeOut()
		return fail(stderr, fmt.Errorf("write report: %w", err))
	}
	return closeAndExit(closeOut, stderr, report.ExitCode(res, flags.exitCode))
}

func closeAndExit(closeOut func() error, stderr io.Writer, code int) int {
	if err := closeOut(); err != nil {
		return fail(stderr, fmt.Errorf("write report: %w", err))
	}
	return code
}

// openOutput opens the report destination: stdout for "-", else a file
// with mode 0600 (an existing regular file is made 0600 too). It refuses
// to write through a symlink: the path is checked before it is opened,
// and what was opened is checked to be what the path names before the
// file is truncated, so a symlink swapped in between is caught too.
func openOutput(path string, stdout io.Writer) (io.Writer, func() error, error) {
	if path == "-" || path == "" {
		return stdout, func() error { return nil }, nil
	}
	refuse := fmt.Errorf("--output %s is a symlink; refusing to write through it", path)
	if info, err := os.Lstat(path); err == nil && info.Mode()&os.ModeSymlink != 0 {
		return nil, nil, refuse
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE, 0o600)
	if err != nil {
		return nil, nil, fmt.Errorf("open --output: %w", err)
	}
	if err := makePrivate(f, path); err != nil {
		f.Close()
		if errors.Is(err, errSwapped) {
			return nil, nil, refuse
		}
		return nil, nil, fmt.Errorf("open --output: %w", err)
	}
	return f, f.Close, nil
}

// errSwapped says the opened file is not the one its path names now.
var errSwapped = errors.New("replaced while opened")

// makePrivate checks that f is still what path names (not reached through
// a symlink swapped in after the check) and, for a regular file, makes it
// 0600 and empties it. Other files (a terminal, /dev/null) are left as
// they are.
func makePrivate(f *os.File, path string) error {
	info, err := f.Stat()
	if err != nil {
		return err
	}
	if now, err := os.Lstat(path); err != nil || !os.SameFile(info, now) {
		return errSwapped
	}
	if !info.Mode().IsRegular() {
		return nil
	}
	if err := f.Chmod(0o600); err != nil {
		return err
	}
	return f.Truncate(0)
}

// useColor reports whether text output to w should be coloured.
func useColor(flags *commonFlags, w io.Writer) bool {
	if flags.noColor || os.Getenv("NO_COLOR") != "" || flags.format != "text" {
		return false
	}
	f, ok := w.(*os.File)
	return ok && isatty.IsTerminal(f.Fd())
}

// loadRuleset compiles the embedded default ruleset extended by the user
// config: the one named, or .keysieve.toml at root when present.
func loadRuleset(configPath, root string) (*rules.Ruleset, error) {
	base, err := rules.Parse("rules.toml (embedded)", defaultRules)
	if err != nil {
		return nil, fmt.Errorf("default ruleset: %w", err)
	}
	configs := []*rules.Config{base}
	if configPath == "" {
		candidate := filepath.Join(root, userConfigName)
		if info, err := os.Stat(root); err == nil && !info.IsDir() {
			candidate = filepath.Join(filepath.Dir(root), userConfigName)
		}
		if _, err := os.Stat(candidate); err == nil {
			configPath = candidate
		}
	}
	if configPath != "" {
		user, err := parseRulesFile(configPath)
		if err != nil {
			return nil, err
		}
		configs = append(configs, user)
	}
	return rules.Compile(configs...)
}

func parseRulesFile(path string) (*rules.Config, error) {
	return rules.ParseFile(path)
}

func runRules(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, "usage: keysieve rules list [--config FILE] | keysieve rules check FILE\n")
		return exitFailure
	}
	switch args[0] {
	case "list":
		fs := newFlagSet("keysieve rules list", stderr)
		config := fs.String("config", "", "rules config `FILE` extending the default ruleset")
		keywords := fs.Bool("keywords", false, "print the prefilter keywords instead, one a line")
		if code := parseFlags(fs, args[1:]); code >= 0 {
			return code
		}
		rs, err := loadRuleset(*config, ".")
		if err != nil {
			return fail(stderr, err)
		}
		if *keywords {
			fmt.Fprintln(stdout, strings.Join(rs.Keywords(), "\n"))
			return 0
		}
		for _, r := range rs.Rules {
			fmt.Fprintln(stdout, r)
		}
		return 0
	case "check":
		if len(args) != 2 {
			fmt.Fprint(stderr, "usage: keysieve rules check FILE\n")
			return exitFailure
		}
		return checkRules(args[1], stdout, stderr)
	}
	fmt.Fprintf(stderr, "keysieve rules: unknown command %q\n", args[0])
	return exitFailure
}

// checkRules validates a rules file as it would be used: on top of the
// default ruleset. It prints every error, one a line.
func checkRules(path string, stdout, stderr io.Writer) int {
	base, err := rules.Parse("rules.toml (embedded)", defaultRules)
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

// fail prints err (each line of an error list on its own, control
// characters escaped: errors may quote hostile paths) and returns 2.
func fail(stderr io.Writer, err error) int {
	for line := range strings.SplitSeq(err.Error(), "\n") {
		fmt.Fprintf(stderr, "keysieve: %s\n", report.Escape(line))
	}
	return exitFailure
}

// parseSize reads a byte size such as 1048576, 512KiB, 10MiB, 10MB or 1G.
func parseSize(s string) (int64, error) {
	units := []struct {
		suffix string
		factor int64
	}{
		{"kib", 1 << 10}, {"mib", 1 << 20}, {"gib", 1 << 30},
		{"kb", 1000}, {"mb", 1000 * 1000}, {"gb", 1000 * 1000 * 1000},
		{"k", 1 << 10}, {"m", 1 << 20}, {"g", 1 << 30}, {"b", 1},
	}
	lower := strings.ToLower(strings.TrimSpace(s))
	factor := int64(1)
	for _, u := range units {
		if rest, ok := strings.CutSuffix(lower, u.suffix); ok {
			lower, factor = strings.TrimSpace(rest), u.factor
			break
		}
	}
	n, err := strconv.ParseInt(lower, 10, 64)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("bad size %q: want a positive number with an optional unit (KiB, MiB, GiB, KB, MB, GB)", s)
	}
	return n * factor, nil
}

// signalContext returns a context cancelled by Ctrl-C or SIGTERM.
func signalContext() (context.Context, context.CancelFunc) {
	return signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
}
