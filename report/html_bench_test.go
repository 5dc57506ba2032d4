package report_test

import (
	"io"
	"testing"

	"github.com/keysieve/keysieve/findings"
	"github.com/keysieve/keysieve/internal/fake"
	"github.com/keysieve/keysieve/report"
)

// BenchmarkHTML writes a redacted HTML report of 6,000 findings.
func BenchmarkHTML(b *testing.B) {
	g := fake.New(15)
	res := &findings.Result{}
	for range 500 {
		res.Findings = append(res.Findings, browserResult(g).Findings...)
	}
	for b.Loop() {
		if err := report.Write(io.Discard, "html", res, report.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
