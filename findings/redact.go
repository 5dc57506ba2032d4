package findings

import (
	"cmp"
	"slices"
	"strings"
)

// redactKeep is the most characters of a secret a redacted report shows.
const redactKeep = 4

// Redact shortens a secret to a short prefix: at most four characters and
// never more than a quarter of it, followed by asterisks.
func Redact(secret string) string {
	if secret == "" {
		return "" // a finding with no secret (a config change) shows none
	}
	runes := []rune(secret)
	keep := min(redactKeep, len(runes)/4)
	return string(runes[:keep]) + "*****"
}

// Span is a byte range [Start, End) of a text.
type Span struct{ Start, End int }

// RedactSpans returns text with each of spans (overlapping or not, in any
// order) replaced by its redacted form; spans outside text are clipped.
func RedactSpans(text string, spans []Span) string {
	if len(spans) == 0 {
		return text
	}
	spans = slices.Clone(spans)
	slices.SortFunc(spans, func(a, b Span) int { return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(b.End, a.End)) })
	var b strings.Builder
	at := 0
	for i := 0; i < len(spans); {
		start, end := max(spans[i].Start, at), spans[i].End
		for i++; i < len(spans) && spans[i].Start < end; i++ {
			end = max(end, spans[i].End)
		}
		start, end = min(start, len(text)), min(end, len(text))
		if start >= end {
			continue
		}
		b.WriteString(text[at:start])
		b.WriteString(Redact(text[start:end]))
		at = end
	}
	b.WriteString(text[at:])
	return b.String()
}
