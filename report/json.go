package report

import (
	"encoding/json"
	"io"

	"github.com/keysieve/keysieve/scan"
)

// JSONVersion is the version of the JSON report schema (docs/json.md).
const JSONVersion = 1

type jsonReport struct {
	Version  int              `json:"version"`
	Findings []scan.Finding   `json:"findings"`
	Skipped  []scan.Skipped   `json:"skipped"`
	Errors   []scan.FileError `json:"errors"`
}

// JSON writes res as one JSON document. Empty lists are written as [],
// never null, so consumers need no special case.
func JSON(w io.Writer, res *scan.Result) error {
	doc := jsonReport{
		Version:  JSONVersion,
		Findings: nonNil(res.Findings),
		Skipped:  nonNil(res.Skipped),
		Errors:   nonNil(res.Errors),
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
