package report

import (
	"io"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/keysieve/keysieve/findings"
)

// SARIF 2.1.0 as GitHub code scanning reads it.
const (
	sarifSchema  = "https://json.schemastore.org/sarif-2.1.0.json"
	sarifVersion = "2.1.0"
	toolURI      = "https://github.com/keysieve/keysieve"
	// fingerprintKey names keysieve's partial fingerprint; bump the
	// version if the fingerprint formula ever changes.
	fingerprintKey = "keysieve/v2"
)

// securitySeverity maps severities to GitHub's 0.0-10.0 scale: over 9.0
// is critical, 7.0-8.9 high, 4.0-6.9 medium, below that low.
var securitySeverity = map[string]string{
	"critical": "9.5", "high": "8.0", "medium": "5.5", "low": "3.0",
}

var sarifLevel = map[string]string{
	"critical": "error", "high": "error", "medium": "warning", "low": "note",
}

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool        sarifTool            `json:"tool"`
	Provenance  []sarifVCS           `json:"versionControlProvenance,omitempty"`
	BaseIDs     map[string]sarifBase `json:"originalUriBaseIds,omitempty"`
	Invocations []sarifInvocation    `json:"invocations"`
	Results     []sarifResult        `json:"results"`
	ColumnKind  string               `json:"columnKind"`
}

type sarifVCS struct {
	RepositoryURI string            `json:"repositoryUri"`
	RevisionID    string            `json:"revisionId,omitempty"`
	Branch        string            `json:"branch,omitempty"`
	MappedTo      map[string]string `json:"mappedTo"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	InformationURI string      `json:"informationUri"`
	Version        string      `json:"version,omitempty"`
	Rules          []sarifRule `json:"rules"`
}

type sarifText struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

type sarifRule struct {
	ID                   string         `json:"id"`
	Name                 string         `json:"name"`
	ShortDescription     sarifText      `json:"shortDescription"`
	FullDescription      sarifText      `json:"fullDescription"`
	Help                 sarifText      `json:"help"`
	HelpURI              string         `json:"helpUri,omitempty"`
	DefaultConfiguration map[string]any `json:"defaultConfiguration"`
	Properties           map[string]any `json:"properties"`
}

type sarifInvocation struct {
	ExecutionSuccessful bool                `json:"executionSuccessful"`
	Notifications       []sarifNotification `json:"toolExecutionNotifications,omitempty"`
}

type sarifNotification struct {
	Level     string          `json:"level"`
	Message   sarifText       `json:"message"`
	Locations []sarifLocation `json:"locations,omitempty"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifText         `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	Properties          map[string]any    `json:"properties,omitempty"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           *sarifRegion  `json:"region,omitempty"`
}

type sarifArtifact struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

// sarifBase is an originalUriBaseIds entry: where %SRCROOT% was.
type sarifBase struct {
	URI         string     `json:"uri"`
	Description *sarifText `json:"description,omitempty"`
}

// dirURI is the file URI of an absolute directory, ending in a slash as
// SARIF requires of a base URI.
func dirURI(dir string) string {
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(dir)}
	s := u.String()
	if !strings.HasSuffix(s, "/") {
		s += "/"
	}
	return s
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
	EndLine     int `json:"endLine"`
	EndColumn   int `json:"endColumn"`
}

// SARIF writes res as a SARIF 2.1.0 log that GitHub code scanning accepts:
// one run whose driver lists the rules that fired, with help text and
// security-severity, and one result per finding with its location and a
// partial fingerprint. Unreadable files become tool notifications.
func SARIF(w io.Writer, res *findings.Result, opts Options) error {
	run := sarifRun{
		Tool:        sarifTool{Driver: sarifDriver{Name: "keysieve", InformationURI: toolURI, Version: opts.ToolVersion, Rules: []sarifRule{}}},
		Invocations: []sarifInvocation{{ExecutionSuccessful: len(res.Errors) == 0, Notifications: sarifNotifications(res)}},
		Results:     []sarifResult{},
		ColumnKind:  "unicodeCodePoints",
	}
	if res.Interrupted {
		markInterrupted(&run.Invocations[0])
	}
	if p := opts.Provenance; p.RepositoryURI != "" {
		run.Provenance = []sarifVCS{{RepositoryURI: p.RepositoryURI, RevisionID: p.RevisionID, Branch: p.Branch,
			MappedTo: map[string]string{"uriBaseId": "%SRCROOT%"}}}
	}
	if root := opts.Provenance.SourceRoot; root != "" {
		run.BaseIDs = map[string]sarifBase{"%SRCROOT%": {URI: dirURI(root),
			Description: &sarifText{Text: "The directory the result paths are relative to: the repository's top, or the directory scanned outside a repository."}}}
	}
	ruleIndex := map[string]int{}
	for _, f := range res.Findings {
		i, ok := ruleIndex[f.Rule]
		if !ok {
			i = len(run.Tool.Driver.Rules)
			ruleIndex[f.Rule] = i
			run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sarifRuleFor(f))
		}
		run.Results = append(run.Results, sarifResultFor(f, i))
	}
	return writeJSON(w, sarifLog{Schema: sarifSchema, Version: sarifVersion, Runs: []sarifRun{run}})
}

func sarifRuleFor(f findings.Finding) sarifRule {
	help := f.Description + ". " + f.Remediation
	return sarifRule{
		ID:                   f.Rule,
		Name:                 ruleName(f.Rule),
		ShortDescription:     sarifText{Text: f.Description},
		FullDescription:      sarifText{Text: f.Description + " (" + f.Category + ")"},
		Help:                 sarifText{Text: help, Markdown: "**" + f.Description + "**\n\n" + f.Remediation},
		HelpURI:              f.HelpURI,
		DefaultConfiguration: map[string]any{"level": sarifLevel[f.Severity]},
		Properties: map[string]any{
			"tags":              []string{"security", "secret", f.Category},
			"security-severity": securitySeverity[f.Severity],
			"precision":         "high",
		},
	}
}

func sarifResultFor(f findings.Finding, ruleIndex int) sarifResult {
	props := map[string]any{"severity": f.Severity, "category": f.Category, "entropy": f.Entropy}
	if f.Validated != "" {
		props["validated"] = f.Validated
	}
	if f.Owner != "" {
		props["owner"] = f.Owner
	}
	if f.Verification != nil {
		props["verification"] = f.Verification
	}
	if f.Repository != "" {
		props["repository"] = f.Repository
	}
	gitProperties(props, f)
	region := &sarifRegion{StartLine: f.Line, StartColumn: f.Column, EndLine: f.EndLine, EndColumn: f.EndColumn}
	if f.Line == 0 {
		region = nil // the secret is in the path itself
	}
	return sarifResult{
		RuleID:    f.Rule,
		RuleIndex: ruleIndex,
		Level:     sarifLevel[f.Severity],
		Message:   sarifText{Text: f.Description + " found: " + f.Secret},
		Locations: []sarifLocation{{PhysicalLocation: sarifPhysical{
			ArtifactLocation: sarifArtifact{URI: uriPath(f.File), URIBaseID: "%SRCROOT%"},
			Region:           region,
		}}},
		PartialFingerprints: map[string]string{fingerprintKey: f.Fingerprint},
		Properties:          props,
	}
}

// gitProperties adds the provenance of a finding from Git history: the
// commit that introduced it, its author and subject, whether the secret
// is still at HEAD and which refs reach the commit.
func gitProperties(props map[string]any, f findings.Finding) {
	if f.Git == nil {
		return
	}
	for key, value := range map[string]string{
		"commit": f.Commit, "author": f.Author, "email": f.Email, "date": f.Date, "message": f.Message,
	} {
		if value != "" {
			props[key] = value
		}
	}
	if f.InHead != nil {
		props["in_head"] = *f.InHead
	}
	if f.Refs != nil {
		props["refs"] = f.Refs
	}
	if f.ShallowBoundary != "" {
		props["shallow_boundary"] = f.ShallowBoundary
	}
}

// sarifNotifications are the tool execution notifications: one error per
// thing not read, which also makes the run not successful (the scan is
// incomplete).
func sarifNotifications(res *findings.Result) []sarifNotification {
	var out []sarifNotification
	for _, e := range res.Errors {
		out = append(out, sarifNotification{
			Level:     "error",
			Message:   sarifText{Text: "cannot read " + e.Where() + ": " + e.Error},
			Locations: errorLocations(e),
		})
	}
	return out
}

// errorLocations places a read error at its file; errors about a Git
// object (a commit, a pack) have no file and so no location.
func errorLocations(e findings.FileError) []sarifLocation {
	if e.Path == "" {
		return nil
	}
	return []sarifLocation{{PhysicalLocation: sarifPhysical{
		ArtifactLocation: sarifArtifact{URI: uriPath(e.Path), URIBaseID: "%SRCROOT%"},
	}}}
}

// ruleName turns "github-pat" into "GithubPat", the PascalCase SARIF names use.
func ruleName(id string) string {
	var b strings.Builder
	for part := range strings.SplitSeq(id, "-") {
		if part != "" {
			b.WriteString(strings.ToUpper(part[:1]) + part[1:])
		}
	}
	return b.String()
}

// uriPath escapes a slash-separated path as a relative URI reference.
func uriPath(p string) string {
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		c := p[i]
		if isURIPathByte(c) {
			b.WriteByte(c)
		} else {
			b.WriteString("%" + strings.ToUpper(hexByte(c)))
		}
	}
	return b.String()
}

func isURIPathByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
		strings.IndexByte("-._~/!$&'()*+,;=:@", c) >= 0
}

func hexByte(c byte) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[c>>4], digits[c&15]})
}
