package rules

import (
	"maps"
	"regexp/syntax"
	"slices"
)

// Prepared is a rule's search plan: where in a window its regex is tried
// (its anchor: keyword hits, leading texts, or anywhere), what a window
// must hold to be searched at all (required texts and a run of bytes),
// and which group of the regex holds the secret. The matcher works it
// out from the parsed regex on a rule's first use. For the default
// ruleset, package builtin's generator works it out when keysieve is
// built ([Config.Prepared]): a run that touches every rule, in a
// repository dense with keywords, otherwise spends most of its start
// parsing and analysing 2,700 regexes.
//
// Its fields are plain values, so that the generator can write them as Go
// source; each mirrors a field of the matcher's own anchor.
type Prepared struct {
	// Keywords are the rule's keywords, lower-case, that the plan was
	// worked out for: a rule whose keywords differ does not take it.
	Keywords []string
	// Anchor is where the regex is tried: 0 anywhere, 1 at keyword hits,
	// 2 at occurrences of Literals.
	Anchor int
	// Literals are the leading texts, lower-case, each LiteralSize bytes.
	Literals    []string
	LiteralSize int
	// Paths are the ways a match may begin, in the order a search
	// prefers them; Rests are their regexes, anchored at the text's start.
	Paths     []PreparedPath
	Rests     []string
	NumGroups int
	// Required are texts one of which every match holds (nil: no such
	// set); RunBytes and RunMin a run of bytes every match holds (RunMin
	// 0: none worth checking).
	Required []string
	RunBytes []uint64
	RunMin   int
	// SecretGroup is the group a match's secret is taken from when the
	// rule names none.
	SecretGroup int
}

// PreparedPath is one way a match may begin: its lead, checked backwards
// from the place the rest is tried, then Rests[Rest].
type PreparedPath struct {
	Lead []PreparedStep
	Rest int
}

// PreparedStep is one step of a lead: an assertion (a syntax.EmptyOp),
// or else one character of Class (ranges), repeated when Run.
type PreparedStep struct {
	Assert int
	Class  []rune
	Run    bool
}

// Prepare returns r's search plan, working it out if r has not been used.
// Package builtin's generator writes the default ruleset's plans with it.
func (r *Rule) Prepare() Prepared {
	a := r.Regex.anchoredAt(r.Keywords)
	p := Prepared{
		Keywords:    r.Keywords,
		Anchor:      int(a.kind),
		NumGroups:   a.numGroups,
		Required:    a.required,
		SecretGroup: r.Regex.group(),
	}
	if a.kind == anchorAtLiteral {
		p.Literals = slices.Sorted(maps.Keys(a.lits.texts))
		p.LiteralSize = a.lits.size
	}
	for _, path := range a.paths {
		pp := PreparedPath{Rest: path.rest}
		for _, step := range path.lead {
			pp.Lead = append(pp.Lead, PreparedStep{Assert: int(step.assert), Class: step.class, Run: step.run})
		}
		p.Paths = append(p.Paths, pp)
	}
	for _, rest := range a.rests {
		p.Rests = append(p.Rests, rest.expr)
	}
	if a.run != nil {
		p.RunBytes, p.RunMin = a.run.in[:], a.run.min
	}
	return p
}

// anchor returns the matcher's anchor for plan p. Its rests are compiled
// on their first try.
func (p *Prepared) anchor() anchor {
	a := anchor{kind: anchorKind(p.Anchor), numGroups: p.NumGroups, required: p.Required}
	if a.kind == anchorAtLiteral {
		a.lits = literalSet{size: p.LiteralSize, texts: make(map[string]bool, len(p.Literals))}
		for _, text := range p.Literals {
			a.lits.texts[text] = true
			a.lits.first[text[0]] = true
			a.lits.first[toUpperASCII(text[0])] = true
		}
	}
	for _, pp := range p.Paths {
		path := leadPath{rest: pp.Rest}
		for _, step := range pp.Lead {
			path.lead = append(path.lead, pathLead{assert: syntax.EmptyOp(step.Assert), class: step.Class, run: step.Run})
		}
		a.paths = append(a.paths, path)
	}
	for _, expr := range p.Rests {
		a.rests = append(a.rests, &anchoredRest{expr: expr})
	}
	if p.RunMin > 0 {
		a.run = &byteRun{min: p.RunMin}
		copy(a.run.in[:], p.RunBytes)
	}
	return a
}
