package rulecases

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
	"github.com/keysieve/keysieve/rules"
	"github.com/keysieve/keysieve/rules/builtin"
)

// DefaultConfig returns the default ruleset as keysieve embeds it
// (package builtin, written from rules.toml with each rule's search plan;
// builtin's and the rules package's tests keep both in step with
// rules.toml), once per process. A Config is only read once made.
var DefaultConfig = sync.OnceValue(builtin.Config)

// Default returns the default ruleset compiled once per process: a
// Ruleset is immutable and safe for concurrent use, so tests share it.
var Default = sync.OnceValues(func() (*rules.Ruleset, error) {
	rs, err := rules.Compile(DefaultConfig())
	if err != nil {
		return nil, fmt.Errorf("default ruleset: compile: %w", err)
	}
	return rs, nil
})

// Memo builds each rule's cases of a seed once, and finds the default
// ruleset's matches on their texts once. Several tests need the same
// cases of the same seeds and the same Find on the same texts; doing each
// once keeps go test ./... fast. A Ruleset is immutable and Find a pure
// function of the bytes, so a shared result is the one each test would
// have found. Both are made on first use, by whichever test asks first,
// so a test run alone does no more than it needs. The zero Memo is ready
// to use, and safe for concurrent use.
type Memo struct {
	cases sync.Map // caseKey -> *onceValue[builtCase]
	finds sync.Map // case text -> *onceValue[[]rules.Match]; the matches are read only
}

// onceValue is a value made on first use.
type onceValue[T any] struct {
	once sync.Once
	v    T
}

func (o *onceValue[T]) get(build func() T) T {
	o.once.Do(func() { o.v = build() })
	return o.v
}

// builtCase is one rule's cases from one seed, and the generator in the
// state the build left it.
type builtCase struct {
	cases Cases
	after *fake.Gen // Clone before use
}

type caseKey struct {
	id   string
	seed uint64
}

// Case returns rule id's cases from seed, which build (All's builder of
// id) makes once, and a generator in the state building them left it.
// The slices and the generator are the caller's own. The texts become
// known to Find.
func (m *Memo) Case(id string, seed uint64, build Builder) (Cases, *fake.Gen) {
	e, _ := m.cases.LoadOrStore(caseKey{id, seed}, new(onceValue[builtCase]))
	b := e.(*onceValue[builtCase]).get(func() builtCase {
		g := fake.New(seed)
		c := build(g)
		for _, list := range [][]string{c.Positives, c.Negatives} {
			for _, text := range list {
				m.finds.LoadOrStore(text, new(onceValue[[]rules.Match]))
			}
		}
		return builtCase{cases: c, after: g}
	})
	c := Cases{Positives: append([]string(nil), b.cases.Positives...), Negatives: append([]string(nil), b.cases.Negatives...)}
	return c, b.after.Clone()
}

// Find returns the default ruleset's matches on text: found once when
// text is a case text Case made, else found by find now. find must match
// with the default ruleset (a Matcher's Find). The matches are read only.
func (m *Memo) Find(find func([]byte) []rules.Match, text []byte) []rules.Match {
	e, ok := m.finds.Load(string(text))
	if !ok {
		return find(text)
	}
	return e.(*onceValue[[]rules.Match]).get(func() []rules.Match { return find(text) })
}

// RuleIDs returns the rule ids of ms, in order.
func RuleIDs(ms []rules.Match) []string {
	var ids []string
	for _, m := range ms {
		ids = append(ids, m.Rule.ID)
	}
	return ids
}

// Indent indents s by four spaces for a test's message, cut at 600 bytes.
func Indent(s string) string {
	if len(s) > 600 {
		s = s[:600] + "..."
	}
	return "    " + strings.ReplaceAll(s, "\n", "\n    ")
}

// CheckMatches returns an error unless every match of ms lies within
// data, names its rule, is non-empty, and, when not found by decoding,
// holds exactly the bytes it spans, with a known decoding and severity.
func CheckMatches(data []byte, ms []rules.Match) error {
	for _, m := range ms {
		if m.Rule == nil {
			return fmt.Errorf("match without a rule: %+v", m)
		}
		if m.Start < 0 || m.Start > m.End || m.End > len(data) {
			return fmt.Errorf("rule %s: match [%d,%d) outside input of %d bytes", m.Rule.ID, m.Start, m.End, len(data))
		}
		if len(m.Secret) == 0 {
			return fmt.Errorf("rule %s: empty secret at [%d,%d)", m.Rule.ID, m.Start, m.End)
		}
		switch m.Decoded {
		case "":
			if !bytes.Equal(m.Secret, data[m.Start:m.End]) {
				return fmt.Errorf("rule %s: secret %q is not data[%d:%d] = %q", m.Rule.ID, m.Secret, m.Start, m.End, data[m.Start:m.End])
			}
		case "base64", "hex", "percent":
		default:
			return fmt.Errorf("rule %s: unknown decoding %q", m.Rule.ID, m.Decoded)
		}
		if !slices.Contains([]rules.Severity{rules.Critical, rules.High, rules.Medium, rules.Low}, m.Severity) {
			return fmt.Errorf("rule %s: severity %q", m.Rule.ID, m.Severity)
		}
	}
	return nil
}

// MustAll is All for a test: it fails t on an error.
func MustAll(t testing.TB) map[string]Builder {
	t.Helper()
	all, err := All()
	if err != nil {
		t.Fatal(err)
	}
	return all
}

// MustDefault is Default for a test: it fails t on an error.
func MustDefault(t testing.TB) *rules.Ruleset {
	t.Helper()
	rs, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return rs
}
