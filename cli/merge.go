package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/spf13/pflag"

	"github.com/keysieve/keysieve/findings"
	"github.com/keysieve/keysieve/report"
)

// mergeFlags are the flags of keysieve merge: the report flags of the
// scanning commands, without those that configure a scan.
type mergeFlags struct {
	commonFlags
}

func (m *mergeFlags) register(fs *pflag.FlagSet) {
	c := &m.commonFlags
	fs.StringVarP(&c.format, "format", "f", "text", "report format: "+strings.Join(report.Formats, ", "))
	fs.StringVarP(&c.output, "output", "o", "-", "write the report to `FILE` (- for stdout)")
	fs.BoolVar(&c.showSecrets, "show-secrets", false, "keep secrets the reports show in full (redacted by default)")
	fs.Var(newIntFlag(&c.exitCode, 1, 1, maxExitCode), "exit-code", "exit code when the merged reports hold findings (1-125)")
	fs.BoolVar(&c.allowUnreadable, "allow-unreadable", false, "exit 0 or 1 even when the reports record things not read (default: exit 2)")
	fs.BoolVar(&c.noColor, "no-color", false, "disable colours (also NO_COLOR, and when output is not a terminal)")
	fs.BoolVarP(&c.quiet, "quiet", "q", false, "print nothing but the report")
	fs.BoolVarP(&c.verbose, "verbose", "v", false, "print counts on stderr")
	c.verify.register(fs)
}

// mergeStage is a step run on the merged result before it is written
// (--verify is one: it annotates the merged findings).
type mergeStage func(ctx context.Context, res *findings.Result) error

// runMerge unions JSON reports into one report in any format (keysieve
// merge REPORT...); the exit code is that of the merged findings.
func (a *App) runMerge(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	var flags mergeFlags
	fs := newFlagSet("keysieve merge", stdout, stderr)
	flags.register(fs)
	if code := parseFlags(fs, args); code >= 0 {
		return code
	}
	if fs.NArg() == 0 {
		return fail(stderr, errors.New("merge takes one or more JSON reports (keysieve history -f json -o FILE)"))
	}
	if err := checkFormat(&flags.commonFlags); err != nil {
		return fail(stderr, err)
	}
	if err := flags.verify.check(); err != nil {
		return fail(stderr, err)
	}
	res, err := mergeReports(fs.Args())
	if err != nil {
		return fail(stderr, err)
	}
	flags.salt = res.FingerprintSalt
	for _, stage := range flags.stages(stderr) {
		if err := stage(ctx, res); err != nil {
			return fail(stderr, err)
		}
	}
	if !flags.showSecrets {
		res = redactMerged(res)
	}
	flags.showSecrets = true // redacted above, once: redacting a redacted secret shortens it
	return finishWith(ctx, res, &flags.commonFlags, report.Provenance{}, stdout, stderr)
}

// stages are the steps the flags ask for between the union and the report.
func (m *mergeFlags) stages(stderr io.Writer) []mergeStage {
	if !m.verify.on {
		return nil
	}
	return []mergeStage{func(ctx context.Context, res *findings.Result) error {
		err := verifyMerged(ctx, res, &m.commonFlags, stderr)
		m.verify.on, m.verify.private, m.verify.onlyValid = false, false, false // done: the report step must not check again
		return err
	}}
}

// verifyMerged runs --verify on the merged findings whose reports hold
// their secrets in full (made with --show-secrets); the others are marked
// skipped, since a redacted secret cannot be checked.
func verifyMerged(ctx context.Context, res *findings.Result, flags *commonFlags, stderr io.Writer) error {
	full := &findings.Result{}
	var at []int
	for i, f := range res.Findings {
		if findings.IsRedacted(f.Secret) {
			res.Findings[i].Verification = &findings.Verification{Status: findings.VerifySkipped,
				Detail: "the report holds the secret redacted (make it with --show-secrets to verify)"}
			continue
		}
		full.Findings = append(full.Findings, f)
		at = append(at, i)
	}
	onlyValid := flags.verify.onlyValid
	flags.verify.onlyValid = false // applied below, to every finding
	if err := runVerify(ctx, full, flags, stderr); err != nil {
		return err
	}
	for j, i := range at {
		res.Findings[i] = full.Findings[j]
	}
	if onlyValid {
		res.Findings = slices.DeleteFunc(res.Findings, func(f findings.Finding) bool {
			return f.Verification == nil || f.Verification.Status != findings.VerifyValid
		})
	}
	return nil
}

// maxReportSize bounds a report merge reads.
const maxReportSize = 1 << 30

// mergeReports reads the JSON reports at paths and returns their union:
// each finding once by its repository, commit, fingerprint and place
// (the same finding in several reports, as overlapping runs give, is
// written once), each error and skip once. A partial report (of an
// interrupted run) is an error of the result, so the merge exits 2.
func mergeReports(paths []string) (*findings.Result, error) {
	res := &findings.Result{}
	salts := map[string]bool{}
	for _, path := range paths {
		part, err := readReport(path)
		if err != nil {
			return nil, err
		}
		res.Merge(part)
		salts[part.FingerprintSalt] = true
	}
	// The merged report is keyed like its parts when they agree; parts
	// keyed differently leave it without a salt (it then cannot serve as
	// a baseline for them all).
	if len(salts) == 1 {
		for salt := range salts {
			res.FingerprintSalt = salt
		}
	}
	res.Sort()
	type key struct {
		repository, commit, fingerprint string
		line, column                    int
	}
	seen := map[key]bool{}
	res.Findings = slices.DeleteFunc(res.Findings, func(f findings.Finding) bool {
		k := key{f.Repository, f.GitPart().Commit, f.Fingerprint, f.Line, f.Column}
		defer func() { seen[k] = true }()
		return seen[k]
	})
	res.Dedupe()
	return res, nil
}

// readReport reads one JSON report; its errors name the file.
func readReport(path string) (*findings.Result, error) {
	data, err := readLimited(path, maxReportSize)
	if err != nil {
		return nil, fmt.Errorf("merge: %w", err)
	}
	doc, err := report.ParseJSON(data)
	if err != nil {
		return nil, fmt.Errorf("merge: %s is not a keysieve JSON report: %w", path, err)
	}
	switch {
	case doc.Version == 0 || doc.Findings == nil:
		return nil, fmt.Errorf("merge: %s is not a keysieve JSON report (no version or findings; write one with -f json)", path)
	case doc.Version != report.JSONVersion:
		return nil, fmt.Errorf("merge: %s is a version %d report; this keysieve reads version %d", path, doc.Version, report.JSONVersion)
	}
	for i, f := range doc.Findings {
		if f.Fingerprint == "" || f.Rule == "" {
			return nil, fmt.Errorf("merge: %s: finding %d has no rule or fingerprint", path, i+1)
		}
	}
	res := &findings.Result{Findings: doc.Findings, Skipped: doc.Skipped, Errors: doc.Errors, FingerprintSalt: doc.FingerprintSalt}
	if doc.FingerprintSalt != "" && doc.FingerprintScheme != findings.FingerprintScheme {
		return nil, fmt.Errorf("merge: %s has fingerprints of scheme %q; this keysieve makes %q", path, doc.FingerprintScheme, findings.FingerprintScheme)
	}
	if doc.Interrupted {
		res.Errors = append(res.Errors, findings.FileError{Path: path, Error: "the report is partial: its run was interrupted"})
	}
	return res, nil
}

// readLimited reads the file at path, refusing one over limit bytes.
func readLimited(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%s is larger than %d bytes", path, limit)
	}
	return data, nil
}

// redactMerged redacts the secrets of reports written with
// --show-secrets, and every text where they appear, leaving the secrets
// of redacted reports as they are (redacting again would shorten them).
func redactMerged(res *findings.Result) *findings.Result {
	if !slices.ContainsFunc(res.Findings, func(f findings.Finding) bool { return !findings.IsRedacted(f.Secret) }) {
		return res
	}
	out := report.Redacted(res, nil)
	for i, f := range res.Findings {
		if findings.IsRedacted(f.Secret) {
			out.Findings[i].Secret = f.Secret
		}
	}
	return out
}
