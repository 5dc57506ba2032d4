package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/keysieve/keysieve/findings"
)

// JSONVersion is the version of the JSON report schema (docs/json.md).
const JSONVersion = 1

// JSONDocument is the JSON report as JSON writes it and ParseJSON reads
// it back (keysieve merge, --baseline).
type JSONDocument struct {
	// Version is JSONVersion; 0 when a document read has none.
	Version  int                  `json:"version"`
	Findings []findings.Finding   `json:"findings"`
	Skipped  []findings.Skipped   `json:"skipped"`
	Errors   []findings.FileError `json:"errors"`
	// Interrupted is written, true, only for a partial report of a
	// cancelled scan; readers of older reports see no change.
	Interrupted bool `json:"interrupted,omitempty"`
	// FingerprintScheme and FingerprintSalt say how the fingerprints are
	// keyed (docs/json.md); absent in reports with plain fingerprints.
	FingerprintScheme string `json:"fingerprint_scheme,omitempty"`
	FingerprintSalt   string `json:"fingerprint_salt,omitempty"`
}

// JSON writes res as one JSON document. Empty lists are written as [],
// never null, so consumers need no special case.
func JSON(w io.Writer, res *findings.Result) error {
	doc := JSONDocument{
		Version:  JSONVersion,
		Findings: nonNil(res.Findings),
		Skipped:  nonNil(res.Skipped),
		Errors:   nonNil(res.Errors),

		Interrupted: res.Interrupted,
	}
	if res.FingerprintSalt != "" {
		doc.FingerprintScheme, doc.FingerprintSalt = findings.FingerprintScheme, res.FingerprintSalt
	}
	return writeJSON(w, doc)
}

// ParseJSON reads a JSON report: one JSON document of that shape, nothing
// after it. It checks the syntax only; what a caller needs of the fields
// (a version, fingerprints) is the caller's to check.
func ParseJSON(data []byte) (*JSONDocument, error) {
	var doc JSONDocument
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil {
		return nil, err
	}
	if dec.More() {
		return nil, errors.New("data after the report")
	}
	return &doc, nil
}

// writeJSON writes v as indented JSON. encoding/json escapes C0 controls
// but leaves C1 controls (U+0080-U+009F, among them the one-byte CSI) and
// bidirectional overrides raw; writeJSON escapes those too, as \uXXXX, so
// that a report printed on a terminal cannot drive it. The JSON value is
// unchanged: these characters only ever occur inside strings.
func writeJSON(w io.Writer, v any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := w.Write(escapeJSONControls(buf.Bytes()))
	return err
}

// escapeJSONControls rewrites the C1 and bidirectional control characters
// of encoded JSON (valid UTF-8) as \uXXXX escapes.
func escapeJSONControls(data []byte) []byte {
	if !bytes.ContainsFunc(data, isHiddenControl) {
		return data
	}
	out := make([]byte, 0, len(data)+64)
	for len(data) > 0 {
		r, n := utf8.DecodeRune(data)
		if isHiddenControl(r) {
			out = fmt.Appendf(out, "\\u%04x", r)
		} else {
			out = append(out, data[:n]...)
		}
		data = data[n:]
	}
	return out
}

// isHiddenControl reports the controls encoding/json leaves unescaped.
func isHiddenControl(r rune) bool {
	return (r >= 0x80 && r < 0xa0) || isBidiControl(r)
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
