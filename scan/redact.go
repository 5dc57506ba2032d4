package scan

import "github.com/keysieve/keysieve/findings"

// Redactor returns the redaction of text that comes from the scanned
// repository and is printed next to findings (file paths, commit
// subjects, authors and emails, ref names, error messages): every secret
// the ruleset finds in the text, in plain or decoded (base64, hex,
// percent) form, is replaced by its redacted form. Path allowlists, the
// baseline, allow comments and the per-file cap play no part: they decide
// what is reported, not what may be printed. The returned function is not
// safe for concurrent use; it remembers the texts it has seen.
func (s *Scanner) Redactor() func(string) string {
	m := s.rules.NewMatcher()
	seen := map[string]string{}
	return func(text string) string {
		if out, ok := seen[text]; ok {
			return out
		}
		var spans []findings.Span
		for _, match := range m.Find([]byte(text)) {
			spans = append(spans, findings.Span{Start: match.Start, End: match.End})
		}
		out := findings.RedactSpans(text, spans)
		seen[text] = out
		return out
	}
}
