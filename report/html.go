package report

import (
	"crypto/sha256"
	_ "embed" // the page's template, style sheet and script
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"net/url"
	"regexp"
	"strconv"
	"strings"

	"github.com/keysieve/keysieve/findings"
)

// The HTML report is one self-contained file: html.tmpl, with html.css
// and html.js inline and the charts as inline SVG drawn here. It fetches
// nothing; a Content-Security-Policy meta tag allows only its own style
// sheet and script, by hash. Every text from the scanned repository goes
// through html/template (markup, attributes, the JSON data block) and the
// script writes it with textContent only, so no finding, path, author or
// commit message can become markup or script.
var (
	//go:embed html.tmpl
	htmlTemplateText string
	//go:embed html.css
	htmlCSS string
	//go:embed html.js
	htmlJS string
)

// htmlPage is what html.tmpl renders.
type htmlPage struct {
	CSP         string
	CSS         template.CSS
	JS          template.JS
	Version     string
	Repository  string
	RepoURL     string // Repository, when it is an http(s) URL to link
	Revision    string
	Branch      string
	Interrupted bool
	Shown       bool // secrets are written in full
	Totals      []htmlTotal
	Charts      []htmlChart
	Data        htmlData
	Skipped     []findings.Skipped
	Errors      []htmlError
}

type htmlTotal struct {
	Label string
	Value int
}

type htmlError struct{ Where, Error string }

// htmlData is the table's data, read by html.js from a JSON block.
type htmlData struct {
	Rows []htmlRow `json:"rows"`
}

// htmlRow is one finding as the table shows it. Texts from the scanned
// repository are already redacted (unless shown) and escaped for display
// (controls written as Go escapes); URLs are http(s) or empty.
type htmlRow struct {
	Severity     string `json:"severity"`
	Category     string `json:"category"`
	Rule         string `json:"rule"`
	Description  string `json:"description"`
	Repository   string `json:"repository"`
	File         string `json:"file"`
	Line         int    `json:"line"`
	Secret       string `json:"secret"`
	Commit       string `json:"commit"`
	Message      string `json:"message"`
	Author       string `json:"author"`
	Email        string `json:"email"`
	Date         string `json:"date"`
	Year         string `json:"year"`
	InHead       string `json:"in_head"`
	Verification string `json:"verification"`
	VerifyDetail string `json:"verify_detail"`
	FileURL      string `json:"file_url"`
	CommitURL    string `json:"commit_url"`
}

// HTML writes res as a self-contained HTML page for people: totals,
// charts and a table that filters and sorts. It writes res as given:
// Write redacts it first unless secrets are to be shown.
func HTML(w io.Writer, res *findings.Result, opts Options) error {
	tmpl, err := template.New("html").Parse(htmlTemplateText)
	if err != nil {
		return fmt.Errorf("html template: %w", err)
	}
	page := htmlPage{
		CSP:         htmlCSP(),
		CSS:         template.CSS(htmlCSS),
		JS:          template.JS(htmlJS),
		Version:     opts.ToolVersion,
		Repository:  Escape(opts.Provenance.RepositoryURI),
		RepoURL:     httpURL(opts.Provenance.RepositoryURI),
		Revision:    Escape(opts.Provenance.RevisionID),
		Branch:      Escape(opts.Provenance.Branch),
		Interrupted: res.Interrupted,
		Shown:       opts.ShowSecrets,
		Totals:      htmlTotals(res),
		Charts:      htmlCharts(res.Findings),
		Data:        htmlData{Rows: make([]htmlRow, len(res.Findings))},
		Skipped:     make([]findings.Skipped, len(res.Skipped)),
	}
	for i := range res.Findings {
		page.Data.Rows[i] = newHTMLRow(&res.Findings[i], opts.Provenance)
	}
	for _, e := range res.Errors {
		page.Errors = append(page.Errors, htmlError{Where: Escape(e.Where()), Error: Escape(e.Error)})
	}
	for i, s := range res.Skipped {
		page.Skipped[i] = findings.Skipped{Path: Escape(s.Path), Kind: s.Kind, Reason: Escape(s.Reason)}
	}
	if err := tmpl.Execute(w, page); err != nil {
		return fmt.Errorf("html report: %w", err)
	}
	return nil
}

// htmlCSP is the page's Content-Security-Policy: nothing may load, and
// only the page's own style sheet and script, named by hash, may apply
// or run.
func htmlCSP() string {
	return "default-src 'none'; style-src '" + cspHash(htmlCSS) + "'; script-src '" + cspHash(htmlJS) +
		"'; base-uri 'none'; form-action 'none'"
}

func cspHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "sha256-" + base64.StdEncoding.EncodeToString(sum[:])
}

func newHTMLRow(f *findings.Finding, prov Provenance) htmlRow {
	g := f.GitPart()
	row := htmlRow{
		Severity: Escape(f.Severity), Category: Escape(f.Category), Rule: Escape(f.Rule),
		Description: Escape(f.Description), Repository: Escape(f.Repository),
		File: Escape(f.File), Line: f.Line, Secret: Escape(f.Secret),
		Commit: Escape(g.Commit), Message: Escape(g.Message), Author: Escape(g.Author), Email: Escape(g.Email),
		Date: Escape(dateOf(g.Date)), Year: yearOf(g.Date), InHead: inHeadLabel(g.InHead),
	}
	if v := f.Verification; v != nil {
		row.Verification, row.VerifyDetail = Escape(v.Status), verificationDetail(v)
	}
	base := linkBase(f.Repository, prov)
	if base == "" {
		return row
	}
	rev := g.Commit
	if f.Git == nil && f.Repository == "" {
		rev = prov.RevisionID
	}
	if !isCommitID(rev) {
		return row
	}
	if f.Git != nil {
		row.CommitURL = base + "/commit/" + rev
	}
	row.FileURL = base + "/blob/" + rev + "/" + escapePath(f.File)
	if f.Line > 0 {
		row.FileURL += "#L" + strconv.Itoa(f.Line)
	}
	return row
}

// linkBase is the web address of a finding's repository: its Repository
// when that is an http(s) URL, else the report's repository when the
// finding names none; "" when neither is an http(s) URL.
func linkBase(repository string, prov Provenance) string {
	if repository != "" {
		return strings.TrimSuffix(httpURL(repository), ".git")
	}
	return strings.TrimSuffix(httpURL(prov.RepositoryURI), ".git")
}

// httpURL returns raw without a trailing slash when it is an absolute
// http or https URL without credentials, query or fragment, else "". Only
// such URLs ever become links.
func httpURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" ||
		u.User != nil || u.RawQuery != "" || u.Fragment != "" || u.Opaque != "" {
		return ""
	}
	return strings.TrimSuffix(u.String(), "/")
}

var commitID = regexp.MustCompile(`^[0-9a-f]{7,64}$`)

func isCommitID(s string) bool { return commitID.MatchString(s) }

// escapePath escapes each segment of a slash-separated path for a URL.
func escapePath(p string) string {
	parts := strings.Split(p, "/")
	for i, s := range parts {
		parts[i] = url.PathEscape(s)
	}
	return strings.Join(parts, "/")
}

// dateOf is the day of an RFC 3339 date, or the date as given.
func dateOf(date string) string {
	if len(date) >= 10 && date[4] == '-' && date[7] == '-' {
		return date[:10]
	}
	return date
}

// yearOf is the year of an RFC 3339 date, or "".
func yearOf(date string) string {
	if len(date) >= 4 {
		if _, err := strconv.Atoi(date[:4]); err == nil {
			return date[:4]
		}
	}
	return ""
}

func inHeadLabel(inHead *bool) string {
	switch {
	case inHead == nil:
		return ""
	case *inHead:
		return "in HEAD"
	}
	return "history only"
}
