package scan

import (
	"github.com/keysieve/keysieve/findings"
	"github.com/keysieve/keysieve/rules"
)

// PathFindings returns the findings of the secrets in name (a file or
// directory name, or a whole path) reported at path: a key used as a
// file name is a leak of its own, whatever the file holds. They have no
// line or column (0): the secret is in the path, not in the content.
func (s *Scanner) PathFindings(m *rules.Matcher, name, path string) []findings.Finding {
	if len(name) < minSecretName {
		return nil
	}
	var out []findings.Finding
	for h := range s.placed(m, []byte(name)) {
		if f, ok := s.Finding(h, path); ok {
			f.Line, f.Column, f.EndLine, f.EndColumn = 0, 0, 0, 0
			out = append(out, f)
		}
	}
	return out
}

// minSecretName is the shortest name NameHasSecret runs the rules over:
// no rule finds a secret in fewer bytes, and most names are shorter.
const minSecretName = 16

// NameHasSecret reports whether the rules find a secret in name (a file
// name), cheaply for the short names most files have.
func (s *Scanner) NameHasSecret(m *rules.Matcher, name []byte) bool {
	return len(name) >= minSecretName && len(m.Find(name)) > 0
}
