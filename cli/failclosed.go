package cli

import (
	"fmt"
	"io"

	"github.com/keysieve/keysieve/findings"
	"github.com/keysieve/keysieve/report"
)

// exitCode is the exit code of a finished scan. It fails closed: when
// anything could not be read (a file, a directory, the root, a Git object
// or ref) the scan is incomplete and the code is 2, after the report is
// written, unless --allow-unreadable; otherwise it is --exit-code when
// there are findings, else 0.
func exitCode(res *findings.Result, flags *commonFlags, stderr io.Writer) int {
	code := report.ExitCode(res, flags.exitCode)
	if len(res.Errors) == 0 || flags.allowUnreadable {
		return code
	}
	if !flags.quiet {
		fmt.Fprintf(stderr, "keysieve: %d item(s) could not be read: the scan is incomplete, exiting %d (--allow-unreadable to exit %d)\n",
			len(res.Errors), exitFailure, code)
	}
	return exitFailure
}
