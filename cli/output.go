package cli

import (
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
		Hide:        flags.hide,
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
	code := exitCode(res, flags, stderr)
	if flags.quiet && flags.format == "text" && len(res.Findings) == 0 {
		return closeAndExit(closeOut, stderr, code)
	}
	if err := report.Write(out, flags.format, res, opts); err != nil {
		closeOut()
		return fail(stderr, fmt.Errorf("write report: %w", err))
	}
	return closeAndExit(closeOut, stderr, code)
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
