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
}

func (c *commonFlags) register(fs *pflag.FlagSet) {
	fs.StringVar(&c.config, "config", "", "rules config `FILE` extending the default ruleset (default: "+userConfigName+" at the scanned root; in a history range, at BASE)")
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

// checkFormat rejects an unknown --format before any work is done.
func checkFormat(flags *commonFlags) error {
	for _, f := range report.Formats {
		if f == flags.format {
			return nil
		}
	}
	return fmt.Errorf("unknown --format %q (want %s)", flags.format, strings.Join(report.Formats, ", "))
}
