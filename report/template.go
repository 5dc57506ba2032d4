package report

import (
	"cmp"
	"encoding/json"
	"io"
	"text/template"

	"github.com/keysieve/keysieve/findings"
)

// TemplateData is what a --template runs over (docs/template.md): the
// JSON report's contents with Go field names. Secrets are redacted unless
// shown; every text from the scanned repository (paths, commit metadata,
// ref names, reasons, errors) has its control characters escaped.
type TemplateData struct {
	// Version is the JSON report's schema version (docs/json.md).
	Version int
	// ToolVersion is keysieve's version.
	ToolVersion string
	Findings    []findings.Finding
	Skipped     []findings.Skipped
	Errors      []findings.FileError
	// Interrupted says the scan was cancelled: the results are partial.
	Interrupted bool
}

// templateFuncs are the functions a template may call besides text/template's.
func templateFuncs() template.FuncMap {
	return template.FuncMap{
		"json": func(v any) (string, error) {
			data, err := json.Marshal(v)
			return string(data), err
		},
		"escape": Escape,
	}
}

// ParseTemplate parses a --template: text/template with the functions
// json (a value as JSON) and escape (control characters escaped).
func ParseTemplate(name, text string) (*template.Template, error) {
	t, err := template.New(name).Funcs(templateFuncs()).Option("missingkey=error").Parse(text)
	if err != nil {
		return nil, err // text/template's errors name the template and line
	}
	return t, nil
}

// DefaultTemplate is the template of --format template without
// --template: one line per finding (its verification status first, under
// --verify) and per unreadable path, then a count.
const DefaultTemplate = `{{range .Findings}}{{with .Verification}}[{{.Status}}] {{end}}{{.File}}:{{.Line}}:{{.Column}}: {{.Severity}} {{.Rule}}: {{.Description}} ({{.Secret}}){{with .Git}} in commit {{.Commit}}{{end}}
{{end}}{{range .Errors}}{{.Where}}: cannot read: {{.Error}}
{{end}}{{len .Findings}} finding(s){{if .Interrupted}} (interrupted: partial results){{end}}
`

// Template writes res through the template in opts.Template, or
// DefaultTemplate.
func Template(w io.Writer, res *findings.Result, opts Options) error {
	t, err := ParseTemplate("--template", cmp.Or(opts.Template, DefaultTemplate))
	if err != nil {
		return err
	}
	return t.Execute(w, templateData(res, opts.ToolVersion))
}

// templateData is res as a template sees it, its texts escaped.
func templateData(res *findings.Result, toolVersion string) TemplateData {
	d := TemplateData{
		Version: JSONVersion, ToolVersion: toolVersion, Interrupted: res.Interrupted,
		Findings: make([]findings.Finding, len(res.Findings)),
		Skipped:  make([]findings.Skipped, len(res.Skipped)),
		Errors:   make([]findings.FileError, len(res.Errors)),
	}
	for i, f := range res.Findings {
		f.File, f.Secret, f.Owner = Escape(f.File), Escape(f.Secret), Escape(f.Owner)
		f.Context = "" // the text around the secret is for --verify's checks only
		if f.Git != nil {
			f.Git = redactedGit(*f.Git, Escape)
		}
		if f.Verification != nil {
			f.Verification = redactedVerification(*f.Verification, Escape)
		}
		d.Findings[i] = f
	}
	for i, sk := range res.Skipped {
		sk.Path, sk.Reason = Escape(sk.Path), Escape(sk.Reason)
		d.Skipped[i] = sk
	}
	for i, e := range res.Errors {
		e.Path, e.Error = Escape(e.Path), Escape(e.Error)
		d.Errors[i] = e
	}
	return d
}
