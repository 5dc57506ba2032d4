package cli

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/spf13/pflag"

	"github.com/keysieve/keysieve/report"
	"github.com/keysieve/keysieve/scan"
)

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
	template    string // --template FILE
	// templateText is the text of --template, read by loadTemplate.
	templateText string
	// salt keys the fingerprints, in hex (fingerprint.go).
	salt string
	// newSalt keys them with a new random salt instead of the default.
	newSalt bool
	// ignoreAllowComments reports lines marked keysieve:allow too.
	ignoreAllowComments bool

	// allowUnreadable exits 0 or 1 even when something could not be read.
	allowUnreadable bool
	// verify holds --verify and its options (verify.go).
	verify verifyFlags
	// hide is the scanner's redaction of repository text, set by newScanner.
	hide func(string) string
}

func (c *commonFlags) register(fs *pflag.FlagSet) {
	fs.StringVar(&c.config, "config", "", "rules config `FILE` extending the default ruleset (default: "+userConfigName+" at the scanned root; in a history range, at BASE)")
	fs.StringVarP(&c.format, "format", "f", "text", "report format: "+strings.Join(report.Formats, ", "))
	fs.StringVarP(&c.output, "output", "o", "-", "write the report to `FILE` (- for stdout)")
	fs.StringVar(&c.baseline, "baseline", "", "ignore findings whose fingerprint is in this previous JSON report `FILE`")
	fs.BoolVar(&c.newSalt, "new-salt", false, "key fingerprints with a new random salt, stored in the report (for a baseline to commit; default: the baseline's salt, else keysieve's fixed one)")
	fs.BoolVar(&c.ignoreAllowComments, "ignore-allow-comments", false, "report lines marked keysieve:allow too (a gate the reviewed changes must not switch off line by line)")
	fs.BoolVar(&c.showSecrets, "show-secrets", false, "show secrets in full (redacted by default)")
	fs.Var(newIntFlag(&c.exitCode, 1, 1, maxExitCode), "exit-code", "exit code when secrets are found (1-125)")
	fs.VarP(newIntFlag(&c.threads, 0, 0, maxThreads), "threads", "j", "number of workers, at most 1024 (default: one per CPU)")
	fs.Var(newSizeFlag(&c.maxFileSize, "10MiB"), "max-file-size", "skip files larger than this (e.g. 512KiB, 10MiB, 1GB; at most 4GiB)")
	fs.Var(newIntFlag(&c.maxFindings, scan.DefaultMaxFindingsPerFile, 0, maxFindingsLimit), "max-findings-per-file", "report at most `N` findings per file and note the stop (0: no limit)")
	fs.BoolVar(&c.allowUnreadable, "allow-unreadable", false, "exit 0 or 1 even when files, objects or refs could not be read (default: exit 2, after writing the report)")
	fs.BoolVar(&c.noColor, "no-color", false, "disable colours (also NO_COLOR, and when output is not a terminal)")
	fs.BoolVarP(&c.quiet, "quiet", "q", false, "print nothing but the report")
	fs.BoolVarP(&c.verbose, "verbose", "v", false, "print what was scanned and skipped on stderr")
	c.verify.register(fs)
	fs.StringVar(&c.template, "template", "", "Go text/template `FILE` for --format template (docs/template.md)")
}

// newFlagSet returns a flag set that reports errors instead of exiting.
// Its --help prints the command's help (see help.go) on stdout; parse
// errors go to stderr.
func newFlagSet(name string, stdout, stderr io.Writer) *pflag.FlagSet {
	fs := pflag.NewFlagSet(name, pflag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.SortFlags = false
	fs.Usage = func() { writeHelp(stdout, name, fs) }
	return fs
}

// parseFlags parses args, returning -1 to go on, or the exit code to stop
// with: 0 after --help, 2 after a flag error, which it prints on stderr
// with a hint (a mistyped argument in a hook's configuration must show).
func parseFlags(fs *pflag.FlagSet, args []string) int {
	err := fs.Parse(args)
	switch {
	case errors.Is(err, pflag.ErrHelp):
		return 0
	case err != nil:
		fmt.Fprintf(fs.Output(), "%s: %s\nRun '%s --help' for usage.\n", fs.Name(), report.Escape(err.Error()), fs.Name())
		return exitFailure
	}
	return -1
}

// Bounds of the numeric flags: past them a value is a mistake (or an
// attack on the machine), refused with the flag named.
const (
	maxThreads       = 1024
	maxExitCode      = 125 // 126 and up mean "not executable", "not found", signals
	maxFindingsLimit = 1_000_000
	maxFileSizeLimit = 4 << 30
)

// intFlag is an int flag that refuses values outside [lo, hi].
type intFlag struct {
	p      *int
	lo, hi int
}

func newIntFlag(p *int, value, lo, hi int) *intFlag {
	*p = value
	return &intFlag{p: p, lo: lo, hi: hi}
}

func (f *intFlag) String() string { return strconv.Itoa(*f.p) }
func (f *intFlag) Type() string   { return "int" }

// Set parses s, refusing a value outside the flag's bounds.
func (f *intFlag) Set(s string) error {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil {
		return fmt.Errorf("want a whole number from %d to %d", f.lo, f.hi)
	}
	if n < f.lo || n > f.hi {
		return fmt.Errorf("%d is out of range: want %d to %d", n, f.lo, f.hi)
	}
	*f.p = n
	return nil
}

// sizeFlag is a byte size flag, kept as written once checked to parse
// and to be at most maxFileSizeLimit.
type sizeFlag struct{ p *string }

func newSizeFlag(p *string, value string) *sizeFlag {
	*p = value
	return &sizeFlag{p: p}
}

func (f *sizeFlag) String() string { return *f.p }
func (f *sizeFlag) Type() string   { return "size" }

// Set checks that s is a size within bounds.
func (f *sizeFlag) Set(s string) error {
	if _, err := parseSize(s); err != nil {
		return err
	}
	*f.p = s
	return nil
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
	if n > maxFileSizeLimit/factor {
		return 0, fmt.Errorf("size %q is too large: at most 4GiB", s)
	}
	return n * factor, nil
}

// checkFormat rejects an unknown --format before any work is done.
func checkFormat(flags *commonFlags) error {
	for _, f := range report.Formats {
		if f == flags.format {
			return nil
		}
	}
	return fmt.Errorf("unknown --format %q (want %s)", flags.format, strings.Join(report.Formats, ", "))
}
