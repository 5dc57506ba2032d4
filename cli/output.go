package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/mattn/go-isatty"

	"github.com/keysieve/keysieve/findings"
	"github.com/keysieve/keysieve/report"
	"github.com/keysieve/keysieve/scan"
)

// finish writes the report and warnings and returns the exit code.
func finish(ctx context.Context, res *findings.Result, flags *commonFlags, stdout, stderr io.Writer) int {
	return finishWith(ctx, res, flags, report.Provenance{}, stdout, stderr)
}

// finishWith is finish for a report about a repository, naming it in
// SARIF. When ctx has ended, the report is marked as partial and its
// writing is bounded in time (see writeReport).
func finishWith(ctx context.Context, res *findings.Result, flags *commonFlags, prov report.Provenance, stdout, stderr io.Writer) int {
	if ctx.Err() != nil {
		res.Interrupted = true
	}
	res.FingerprintSalt = flags.salt
	scan.LimitFindingsPerFile(res, flags.maxFindings)
	if err := runVerify(ctx, res, flags, stderr); err != nil {
		return fail(stderr, err)
	}
	if ctx.Err() != nil {
		res.Interrupted = true
	}
	out, closeOut, err := openOutput(ctx, flags.output, stdout)
	if err != nil {
		return fail(stderr, err)
	}
	opts := report.Options{
		ShowSecrets: flags.showSecrets,
		Color:       useColor(flags, out),
		ToolVersion: version(),
		Provenance:  prov,
		Hide:        flags.hide,
		Template:    flags.templateText,
	}
	shown := res // what stderr may print: paths and errors come from the repository
	if !flags.showSecrets {
		shown = report.Redacted(res, flags.hide)
	}
	reportToStdout := flags.output == "-" && flags.format == "text"
	if !flags.quiet && !reportToStdout {
		for _, e := range shown.Errors {
			fmt.Fprintf(stderr, "keysieve: warning: cannot read %s: %s\n", report.Escape(e.Where()), report.Escape(e.Error))
		}
	}
	if flags.verbose {
		for _, s := range shown.Skipped {
			fmt.Fprintf(stderr, "keysieve: skipped %s: %s\n", report.Escape(s.Path), report.Escape(s.Reason))
		}
		fmt.Fprintf(stderr, "keysieve: %d finding(s), %d skipped, %d unreadable\n", len(res.Findings), len(res.Skipped), len(res.Errors))
	}
	if res.Interrupted {
		fmt.Fprintf(stderr, "keysieve: interrupted: %s\n", report.InterruptedNotice)
	}
	code := exitCode(res, flags, stderr)
	if flags.quiet && flags.format == "text" && len(res.Findings) == 0 {
		return closeAndExit(closeOut, stderr, code)
	}
	if err := writeReport(ctx, out, flags.format, res, opts); err != nil {
		closeOut()
		return fail(stderr, fmt.Errorf("write report: %w", err))
	}
	final := closeAndExit(closeOut, stderr, code)
	if final == code && !flags.quiet && flags.output != "-" && flags.output != "" {
		printSummary(stderr, res, flags)
	}
	return final
}

// printSummary says in one line of stderr what a report written to a
// file holds and where it went, so that a CI log is not empty.
func printSummary(stderr io.Writer, res *findings.Result, flags *commonFlags) {
	files := map[string]bool{}
	for _, f := range res.Findings {
		files[f.File] = true
	}
	fmt.Fprintf(stderr, "keysieve: %d finding(s) in %d file(s), %d skipped, %d unreadable; %s report written to %s\n",
		len(res.Findings), len(files), len(res.Skipped), len(res.Errors), flags.format, report.Escape(flags.output))
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
//
// A FIFO is opened without blocking, waiting for a reader only until ctx
// ends, and written through the poller, so that a write to a reader that
// does not read can be stopped (see writeReport).
func openOutput(ctx context.Context, path string, stdout io.Writer) (io.Writer, func() error, error) {
	if path == "-" || path == "" {
		return stdout, func() error { return nil }, nil
	}
	refuse := fmt.Errorf("--output %s is a symlink; refusing to write through it", path)
	if info, err := os.Lstat(path); err == nil && info.Mode()&os.ModeSymlink != 0 {
		return nil, nil, refuse
	}
	f, err := openWhenRead(ctx, path)
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
