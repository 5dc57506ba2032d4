package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/fatih/color"

	"github.com/keysieve/keysieve/findings"
)

// palette holds the colours of the text report; all are plain when
// colour is off.
type palette struct {
	file, severe, mild, dim, ok *color.Color
}

func newPalette(on bool) palette {
	p := palette{
		file:   color.New(color.Bold, color.Underline),
		severe: color.New(color.FgRed, color.Bold),
		mild:   color.New(color.FgYellow),
		dim:    color.New(color.Faint),
		ok:     color.New(color.FgGreen),
	}
	for _, c := range []*color.Color{p.file, p.severe, p.mild, p.dim, p.ok} {
		if on {
			c.EnableColor()
		} else {
			c.DisableColor()
		}
	}
	return p
}

// Text writes res for a person: findings grouped by file, each with its
// rule, the (redacted) secret and how to fix it, then warnings and a summary.
func Text(w io.Writer, res *findings.Result, opts Options) error {
	p := newPalette(opts.Color)
	ew := &errWriter{w: w}
	file := ""
	for _, f := range res.Findings {
		if where := findingFile(f); where != file {
			file = where
			ew.printf("\n%s\n", p.file.Sprint(Escape(file)))
		}
		writeTextFinding(ew, p, f)
	}
	for _, e := range res.Errors {
		ew.printf("%s %s: %s\n", p.mild.Sprint("warning: cannot read"), Escape(e.Where()), Escape(e.Error))
	}
	writeSummary(ew, p, res)
	return ew.err
}

// findingFile names a finding's file for the text report, after its
// repository in runs over several repositories.
func findingFile(f findings.Finding) string {
	if f.Repository != "" {
		return f.Repository + ": " + f.File
	}
	return f.File
}

func writeTextFinding(ew *errWriter, p palette, f findings.Finding) {
	sev := p.mild
	if f.Severity == "critical" || f.Severity == "high" {
		sev = p.severe
	}
	ew.printf("  %d:%d  %s%s  %s  %s\n", f.Line, f.Column, verificationTag(p, f.Verification), sev.Sprintf("%-8s", f.Severity), f.Rule, Escape(f.Description))
	var detail string
	if f.Secret != "" {
		detail = "secret: " + Escape(f.Secret)
	}
	if f.Validated != "" {
		detail += "  (checked offline: " + f.Validated + ")"
	}
	if f.Owner != "" {
		detail += "  owner: " + Escape(f.Owner)
	}
	if detail = strings.TrimSpace(detail); detail != "" {
		ew.printf("      %s\n", detail)
	}
	if v := f.Verification; v != nil {
		ew.printf("      %s %s\n", p.dim.Sprint("verified:"), verificationText(v))
	}
	if f.Git != nil && f.Commit != "" {
		ew.printf("      %s %s by %s <%s> on %s: %s\n", p.dim.Sprint("commit:"), shortHash(f.Commit),
			Escape(f.Author), Escape(f.Email), f.Date, Escape(f.Message))
	}
	if f.Git != nil && f.ShallowBoundary != "" {
		ew.printf("      %s not known: the secret is in shallow boundary commit %s, whose parents are not in the clone\n", p.dim.Sprint("commit:"), shortHash(f.ShallowBoundary))
	}
	if f.Remediation != "" {
		ew.printf("      %s %s\n", p.dim.Sprint("fix:"), Escape(f.Remediation))
	}
}

func writeSummary(ew *errWriter, p palette, res *findings.Result) {
	if len(res.Errors) > 0 {
		ew.printf("%s\n", p.severe.Sprintf("Incomplete scan: %d item(s) could not be read (see the warnings); what they hold was not checked.", len(res.Errors)))
	}
	if len(res.Findings) == 0 {
		ew.printf("%s\n", p.ok.Sprint("No secrets found."))
		return
	}
	files := map[string]bool{}
	for _, f := range res.Findings {
		files[f.File] = true
	}
	ew.printf("\n%s in %d file(s).\n", p.severe.Sprintf("%d secret(s) found", len(res.Findings)), len(files))
	ew.printf("To resolve each: remove it and rotate it at the provider if it was ever pushed; or, if it is\n" +
		"not a secret, add a `" + findings.AllowComment + "` comment to its line; or accept the current findings\n" +
		"with --baseline FILE (a JSON report from --format json).\n")
}

// Escape makes s safe to print on a terminal: control characters (ESC,
// carriage return, newlines in file names, C1 controls such as the
// one-byte CSI) and the bidirectional overrides that reorder what is shown
// are written as Go escapes.
func Escape(s string) string {
	if !strings.ContainsFunc(s, isControl) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r > 0xff && isControl(r):
			fmt.Fprintf(&b, "\\u%04x", r)
		case isControl(r):
			fmt.Fprintf(&b, "\\x%02x", r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isControl(r rune) bool {
	return r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || isBidiControl(r)
}

// isBidiControl reports the Unicode bidirectional embedding, override and
// isolate controls, with which a name can display as something else.
func isBidiControl(r rune) bool {
	return (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069)
}

// errWriter remembers the first write error so printing code stays linear.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}

// shortHash abbreviates a commit hash for people.
func shortHash(h string) string {
	if len(h) > 12 {
		return h[:12]
	}
	return h
}
