package rules_test

// Rule cases built once per test binary, and the default ruleset's
// matches on their texts found once. Several tests need the same cases
// of the same seeds (TestEveryRuleHasCases seeds 1 to 3, TestBreadth and
// TestAccuracy seeds 1 and 2, the fuzz targets' seed corpora seed 1) and
// the same Find on the same texts; doing each once keeps go test ./...
// fast. A Ruleset is immutable and Find a pure function of the bytes, so
// a shared result is the one each test would have found. Both are made
// on first use, by whichever test asks first, so a test run alone does no
// more than it needs.

import (
	"sync"

	"github.com/keysieve/keysieve/internal/fake"
	"github.com/keysieve/keysieve/rules"
)

// sharedValue is a value made on first use.
type sharedValue[T any] struct {
	once sync.Once
	v    T
}

func (o *sharedValue[T]) get(build func() T) T {
	o.once.Do(func() { o.v = build() })
	return o.v
}

// builtCase is one rule's cases from one seed, and the generator in the
// state the build left it.
type builtCase struct {
	cases ruleCases
	after *fake.Gen // Clone before use
}

type caseKey struct {
	id   string
	seed uint64
}

var (
	sharedCaseMemo sync.Map // caseKey -> *sharedValue[builtCase]
	sharedFindMemo sync.Map // case text -> *sharedValue[[]rules.Match]; the matches are read only
)

// sharedCase returns rule id's cases from seed, which build (allCases's
// builder of id) makes once per test binary, and a generator in the state
// building them left it. The slices and the generator are the caller's
// own. The texts become known to sharedFind.
func sharedCase(id string, seed uint64, build caseBuilder) (ruleCases, *fake.Gen) {
	e, _ := sharedCaseMemo.LoadOrStore(caseKey{id, seed}, new(sharedValue[builtCase]))
	b := e.(*sharedValue[builtCase]).get(func() builtCase {
		g := fake.New(seed)
		c := build(g)
		for _, list := range [][]string{c.Positives, c.Negatives} {
			for _, text := range list {
				sharedFindMemo.LoadOrStore(text, new(sharedValue[[]rules.Match]))
			}
		}
		return builtCase{cases: c, after: g}
	})
	c := ruleCases{Positives: append([]string(nil), b.cases.Positives...), Negatives: append([]string(nil), b.cases.Negatives...)}
	return c, b.after.Clone()
}

// sharedFind returns the default ruleset's matches on text: found once
// when text is a case text sharedCase made, else found by find now. find
// must match with the default ruleset (a Matcher's Find). The matches are
// read only.
func sharedFind(find func([]byte) []rules.Match, text []byte) []rules.Match {
	e, ok := sharedFindMemo.Load(string(text))
	if !ok {
		return find(text)
	}
	return e.(*sharedValue[[]rules.Match]).get(func() []rules.Match { return find(text) })
}
