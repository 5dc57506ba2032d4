package rules

import (
	"regexp/syntax"
	"strconv"
	"strings"
)

// exprString writes re, a parsed expression or part of one, as a regular
// expression that parses (with the flags regexp.Compile uses) to the same
// program. [syntax.Regexp.String] does so too, but works out which flags
// each part could share, which costs a case-folding walk of every
// character of every class: for the classes of the default rules' parts
// (most of Unicode, in [^A-Za-z0-9]) that walk was a third of a short
// scan. Here each part carries its own flags and each class is written as
// the ranges it holds.
func exprString(re *syntax.Regexp) string {
	var b strings.Builder
	writeExpr(&b, re)
	return b.String()
}

func writeExpr(b *strings.Builder, re *syntax.Regexp) {
	switch re.Op {
	case syntax.OpNoMatch:
		b.WriteString(`[^\x00-\x{10FFFF}]`)
	case syntax.OpEmptyMatch:
		b.WriteString(`(?:)`)
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			b.WriteString(`(?i:`)
		}
		for _, r := range re.Rune {
			writeRune(b, r)
		}
		if re.Flags&syntax.FoldCase != 0 {
			b.WriteString(`)`)
		}
	case syntax.OpCharClass:
		writeClass(b, re.Rune)
	case syntax.OpAnyCharNotNL:
		b.WriteString(`[^\n]`)
	case syntax.OpAnyChar:
		b.WriteString(`[\x00-\x{10FFFF}]`)
	case syntax.OpBeginLine:
		b.WriteString(`(?m:^)`)
	case syntax.OpEndLine:
		b.WriteString(`(?m:$)`)
	case syntax.OpBeginText:
		b.WriteString(`\A`)
	case syntax.OpEndText:
		b.WriteString(`\z`)
	case syntax.OpWordBoundary:
		b.WriteString(`\b`)
	case syntax.OpNoWordBoundary:
		b.WriteString(`\B`)
	case syntax.OpCapture:
		b.WriteString(`(`)
		if re.Name != "" {
			b.WriteString(`?P<` + re.Name + `>`)
		}
		writeExpr(b, re.Sub[0])
		b.WriteString(`)`)
	case syntax.OpStar, syntax.OpPlus, syntax.OpQuest, syntax.OpRepeat:
		writeRepeat(b, re)
	case syntax.OpConcat, syntax.OpAlternate:
		b.WriteString(`(?:`)
		for i, sub := range re.Sub {
			if i > 0 && re.Op == syntax.OpAlternate {
				b.WriteString(`|`)
			}
			writeExpr(b, sub)
		}
		b.WriteString(`)`)
	}
}

// writeRepeat writes a repetition of re.Sub[0].
func writeRepeat(b *strings.Builder, re *syntax.Regexp) {
	b.WriteString(`(?:`)
	writeExpr(b, re.Sub[0])
	b.WriteString(`)`)
	switch re.Op {
	case syntax.OpStar:
		b.WriteString(`*`)
	case syntax.OpPlus:
		b.WriteString(`+`)
	case syntax.OpQuest:
		b.WriteString(`?`)
	case syntax.OpRepeat:
		b.WriteString(`{` + strconv.Itoa(re.Min) + `,`)
		if re.Max >= 0 {
			b.WriteString(strconv.Itoa(re.Max))
		}
		b.WriteString(`}`)
	}
	if re.Flags&syntax.NonGreedy != 0 {
		b.WriteString(`?`)
	}
}

// writeClass writes a class of ranges, each bound as a code point.
func writeClass(b *strings.Builder, ranges []rune) {
	if len(ranges) == 0 {
		b.WriteString(`[^\x00-\x{10FFFF}]`)
		return
	}
	b.WriteString(`[`)
	for i := 0; i+1 < len(ranges); i += 2 {
		writeCodePoint(b, ranges[i])
		if ranges[i+1] != ranges[i] {
			b.WriteString(`-`)
			writeCodePoint(b, ranges[i+1])
		}
	}
	b.WriteString(`]`)
}

// writeRune writes r as itself when it is an ASCII letter or digit, else
// as a code point.
func writeRune(b *strings.Builder, r rune) {
	if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' {
		b.WriteRune(r)
		return
	}
	writeCodePoint(b, r)
}

func writeCodePoint(b *strings.Builder, r rune) {
	b.WriteString(`\x{` + strconv.FormatInt(int64(r), 16) + `}`)
}
