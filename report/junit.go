package report

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/keysieve/keysieve/findings"
)

// JUnit XML as CI test views read it (GitLab's unit test reports, Jenkins,
// the JUnit report actions of GitHub): one test suite, one failing test
// case per finding and one erroring case per read error; with neither,
// one passing case, so that the view shows the scan ran.

type junitSuites struct {
	XMLName  xml.Name   `xml:"testsuites"`
	Name     string     `xml:"name,attr"`
	Tests    int        `xml:"tests,attr"`
	Failures int        `xml:"failures,attr"`
	Errors   int        `xml:"errors,attr"`
	Suites   []junitSet `xml:"testsuite"`
}

type junitSet struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Errors   int         `xml:"errors,attr"`
	Skipped  int         `xml:"skipped,attr"`
	Cases    []junitCase `xml:"testcase"`
	Out      string      `xml:"system-out,omitempty"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	ClassName string        `xml:"classname,attr"`
	File      string        `xml:"file,attr,omitempty"`
	Line      int           `xml:"line,attr,omitempty"`
	Failure   *junitProblem `xml:"failure,omitempty"`
	Error     *junitProblem `xml:"error,omitempty"`
}

type junitProblem struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",innerxml"` // escaped by xmlText
}

// xmlText escapes s for XML content, keeping its newlines as they are
// (a CI view shows them as lines; encoding/xml would write &#xA;).
func xmlText(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s)) // writes to a Builder: no error
	return strings.ReplaceAll(b.String(), "&#xA;", "\n")
}

// JUnit writes res as JUnit XML. Secrets are as res holds them (Write
// redacts them first unless told to show them); repository text is
// escaped with Escape, and encoding/xml replaces what XML cannot hold.
func JUnit(w io.Writer, res *findings.Result) error {
	set := junitSet{Name: "keysieve", Skipped: len(res.Skipped)}
	for _, f := range res.Findings {
		set.Cases = append(set.Cases, junitFinding(f))
		set.Failures++
	}
	for _, e := range res.Errors {
		where := Escape(e.Where())
		set.Cases = append(set.Cases, junitCase{Name: "cannot read " + where, ClassName: "keysieve.errors",
			Error: &junitProblem{Message: Escape(e.Error), Type: "read-error", Text: xmlText(where + ": " + Escape(e.Error))}})
		set.Errors++
	}
	if len(set.Cases) == 0 {
		set.Cases = append(set.Cases, junitCase{Name: "no secrets found", ClassName: "keysieve"})
	}
	if res.Interrupted {
		set.Out = InterruptedNotice
	}
	set.Tests = len(set.Cases)
	doc := junitSuites{Name: "keysieve", Tests: set.Tests, Failures: set.Failures, Errors: set.Errors, Suites: []junitSet{set}}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// junitFinding is the failing test case of one finding.
func junitFinding(f findings.Finding) junitCase {
	file := Escape(f.File)
	text := fmt.Sprintf("%s:%d:%d %s (%s)\nsecret: %s\nfingerprint: %s", file, f.Line, f.Column, Escape(f.Description), f.Severity, Escape(f.Secret), f.Fingerprint)
	if f.Verification != nil {
		text += "\nverified: " + verificationText(f.Verification)
	}
	if f.Git != nil && f.Commit != "" {
		text += fmt.Sprintf("\ncommit: %s by %s <%s> on %s: %s", f.Commit, Escape(f.Author), Escape(f.Email), f.Date, Escape(f.Message))
	}
	if f.Remediation != "" {
		text += "\nfix: " + Escape(f.Remediation)
	}
	return junitCase{
		Name:      fmt.Sprintf("%s at %s:%d", f.Rule, file, f.Line),
		ClassName: "keysieve." + f.Rule,
		File:      file,
		Line:      f.Line,
		Failure:   &junitProblem{Message: fmt.Sprintf("%s: %s", Escape(f.Description), Escape(f.Secret)), Type: f.Rule, Text: xmlText(text)},
	}
}
