package findings

import (
	"cmp"
	"math"
	"slices"
	"strings"
)

// redactKeep is the most characters of a secret a redacted report shows.
const redactKeep = 4

// Only a secret of at least redactMinLen characters and redactMinEntropy
// bits of Shannon entropy per character shows a prefix: four characters
// of a long random token (often a provider's fixed prefix, such as a
// key's type) say little about the rest, while four of a short or
// low-entropy password (Summer2024!Sales) leave little to guess.
const (
	redactMinLen     = 20
	redactMinEntropy = 3.5
)

// RedactedMark ends every redacted secret.
const RedactedMark = "*****"

// IsRedacted reports whether secret is already redacted (a report written
// without --show-secrets), so that it is neither redacted again, which
// would shorten it, nor taken for the secret itself.
func IsRedacted(secret string) bool { return strings.HasSuffix(secret, RedactedMark) }

// Redact hides a secret: a long, high-entropy one is shortened to its
// first four characters followed by asterisks; any other (short, or low
// in entropy, like a password made of words) shows asterisks only.
func Redact(secret string) string {
	if secret == "" {
		return "" // a finding with no secret (a config change) shows none
	}
	runes := []rune(secret)
	if len(runes) < redactMinLen || entropy(runes) < redactMinEntropy {
		return RedactedMark
	}
	return string(runes[:redactKeep]) + RedactedMark
}

// entropy is the Shannon entropy of runes in bits per character.
func entropy(runes []rune) float64 {
	counts := map[rune]int{}
	for _, r := range runes {
		counts[r]++
	}
	var h float64
	n := float64(len(runes))
	for _, c := range counts {
		p := float64(c) / n
		h -= p * math.Log2(p)
	}
	return h
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
