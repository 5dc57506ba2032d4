package report

import (
	"cmp"
	"slices"
	"strconv"

	"github.com/keysieve/keysieve/findings"
)

// severityOrder is the order severities are shown in; others come last.
var severityOrder = []string{"critical", "high", "medium", "low"}

func severityRank(s string) int {
	if i := slices.Index(severityOrder, s); i >= 0 {
		return i
	}
	return len(severityOrder)
}

func severityClass(s string) string {
	if slices.Contains(severityOrder, s) {
		return "sev-" + s
	}
	return "sev-other"
}

// htmlChart is a horizontal bar chart drawn as inline SVG: one bar per
// value of a dimension, stacked by severity.
type htmlChart struct {
	Title         string
	Width, Height int
	Rows          []chartRow
}

type chartRow struct {
	Label, Full          string // shown (shortened) and full label
	Y, TextY, CountX     int
	Total                int
	Segs                 []chartSeg
	LabelX, BarX, BarEnd int
}

type chartSeg struct {
	X, W         int
	Class, Title string
}

// Chart geometry, in SVG user units.
const (
	chartWidth    = 560
	chartLabelW   = 180
	chartBarX     = 190
	chartBarMax   = 300
	chartRowH     = 24
	chartBarH     = 16
	chartPad      = 6
	chartMaxRows  = 12
	chartMaxLabel = 26
)

// dimension is what a chart counts findings by.
type dimension struct {
	title string
	key   func(*findings.Finding) string // "" leaves the finding out
	// ordered keeps the dimension's natural order (severity, year)
	// instead of the largest first, and never folds the tail.
	ordered func(a, b string) int
}

func htmlDimensions(fs []findings.Finding) []dimension {
	dims := []dimension{
		{title: "Findings by severity", key: func(f *findings.Finding) string { return f.Severity },
			ordered: func(a, b string) int { return cmp.Or(cmp.Compare(severityRank(a), severityRank(b)), cmp.Compare(a, b)) }},
		{title: "By category", key: func(f *findings.Finding) string { return f.Category }},
		{title: "By year introduced", key: func(f *findings.Finding) string { return yearOf(f.GitPart().Date) },
			ordered: cmp.Compare[string]},
		{title: "By repository", key: func(f *findings.Finding) string { return f.Repository }},
		{title: "By author", key: func(f *findings.Finding) string { return cmp.Or(f.GitPart().Author, f.GitPart().Email) }},
		{title: "Still in HEAD or only in history", key: func(f *findings.Finding) string { return inHeadLabel(f.GitPart().InHead) },
			ordered: func(a, b string) int { return cmp.Compare(b, a) }},
	}
	if slices.ContainsFunc(fs, func(f findings.Finding) bool { return f.Verification != nil }) {
		dims = append(dims, dimension{title: "Verification", key: verificationLabel,
			ordered: func(a, b string) int { return cmp.Compare(verifyRank(a), verifyRank(b)) }})
	}
	return dims
}

func verificationLabel(f *findings.Finding) string {
	if f.Verification == nil || f.Verification.Status == "" {
		return "not checked"
	}
	return f.Verification.Status
}

func verifyRank(s string) int {
	order := []string{findings.VerifyValid, findings.VerifyInvalid, findings.VerifyError, findings.VerifySkipped}
	if i := slices.Index(order, s); i >= 0 {
		return i
	}
	return len(order)
}

// htmlCharts draws a chart for each dimension some finding has a value for.
func htmlCharts(fs []findings.Finding) []htmlChart {
	var charts []htmlChart
	for _, d := range htmlDimensions(fs) {
		if t := countBy(fs, d); len(t) > 0 {
			charts = append(charts, drawChart(d.title, t))
		}
	}
	return charts
}

// tally is the findings of one value of a dimension, by severity.
type tally struct {
	label string
	total int
	bySev map[string]int
}

// countBy counts fs by d's key: in d's order, or largest first with the
// tail beyond chartMaxRows folded into one row.
func countBy(fs []findings.Finding, d dimension) []tally {
	index := map[string]int{}
	var out []tally
	for i := range fs {
		k := d.key(&fs[i])
		if k == "" {
			continue
		}
		j, ok := index[k]
		if !ok {
			j = len(out)
			index[k] = j
			out = append(out, tally{label: k, bySev: map[string]int{}})
		}
		out[j].total++
		out[j].bySev[fs[i].Severity]++
	}
	if d.ordered != nil {
		slices.SortFunc(out, func(a, b tally) int { return d.ordered(a.label, b.label) })
		return out
	}
	slices.SortFunc(out, func(a, b tally) int { return cmp.Or(cmp.Compare(b.total, a.total), cmp.Compare(a.label, b.label)) })
	if len(out) <= chartMaxRows {
		return out
	}
	rest := tally{label: strconv.Itoa(len(out)-chartMaxRows+1) + " more", bySev: map[string]int{}}
	for _, t := range out[chartMaxRows-1:] {
		rest.total += t.total
		for s, n := range t.bySev {
			rest.bySev[s] += n
		}
	}
	return append(out[:chartMaxRows-1], rest)
}

// drawChart lays out tallies as bars scaled to the largest.
func drawChart(title string, ts []tally) htmlChart {
	c := htmlChart{Title: title, Width: chartWidth, Height: 2*chartPad + len(ts)*chartRowH}
	largest := 1
	for _, t := range ts {
		largest = max(largest, t.total)
	}
	for i, t := range ts {
		y := chartPad + i*chartRowH
		row := chartRow{Label: shorten(Escape(t.label)), Full: Escape(t.label), Y: y + (chartRowH-chartBarH)/2,
			TextY: y + chartRowH/2 + 4, Total: t.total, LabelX: chartLabelW, BarX: chartBarX}
		done := 0
		for _, sev := range severitiesOf(t.bySev) {
			n := t.bySev[sev]
			x0 := chartBarX + done*chartBarMax/largest
			x1 := chartBarX + (done+n)*chartBarMax/largest
			row.Segs = append(row.Segs, chartSeg{X: x0, W: max(x1-x0, 1), Class: severityClass(sev),
				Title: Escape(cmp.Or(sev, "no severity")) + ": " + strconv.Itoa(n)})
			done += n
		}
		row.BarEnd = chartBarX + done*chartBarMax/largest
		row.CountX = max(row.BarEnd, chartBarX+1) + 6
		c.Rows = append(c.Rows, row)
	}
	return c
}

// severitiesOf returns the severities counted, in display order.
func severitiesOf(bySev map[string]int) []string {
	var out []string
	for s := range bySev {
		out = append(out, s)
	}
	slices.SortFunc(out, func(a, b string) int { return cmp.Or(cmp.Compare(severityRank(a), severityRank(b)), cmp.Compare(a, b)) })
	return out
}

// shorten cuts a label to chartMaxLabel characters, ending it with an
// ellipsis when cut.
func shorten(s string) string {
	r := []rune(s)
	if len(r) <= chartMaxLabel {
		return s
	}
	return string(r[:chartMaxLabel-1]) + "…"
}

// htmlTotals are the headline figures: findings, rules, files, and
// repositories, commits, authors, HEAD and verification where known.
func htmlTotals(res *findings.Result) []htmlTotal {
	fs := res.Findings
	distinct := func(key func(*findings.Finding) string) int {
		seen := map[string]bool{}
		for i := range fs {
			if k := key(&fs[i]); k != "" {
				seen[k] = true
			}
		}
		return len(seen)
	}
	count := func(keep func(*findings.Finding) bool) int {
		n := 0
		for i := range fs {
			if keep(&fs[i]) {
				n++
			}
		}
		return n
	}
	totals := []htmlTotal{
		{"Findings", len(fs)},
		{"Critical or high", count(func(f *findings.Finding) bool { return severityRank(f.Severity) <= 1 })},
		{"Rules", distinct(func(f *findings.Finding) string { return f.Rule })},
		{"Files", distinct(func(f *findings.Finding) string { return f.Repository + "\x00" + f.File })},
	}
	optional := []htmlTotal{
		{"Repositories", distinct(func(f *findings.Finding) string { return f.Repository })},
		{"Commits", distinct(func(f *findings.Finding) string {
			if f.Git == nil || f.Commit == "" {
				return ""
			}
			return f.Repository + "\x00" + f.Commit
		})},
		{"Authors", distinct(func(f *findings.Finding) string { return cmp.Or(f.GitPart().Author, f.GitPart().Email) })},
		{"Still in HEAD", count(func(f *findings.Finding) bool { h := f.GitPart().InHead; return h != nil && *h })},
		{"Verified valid", count(func(f *findings.Finding) bool {
			return f.Verification != nil && f.Verification.Status == findings.VerifyValid
		})},
	}
	for _, t := range optional {
		if t.Value > 0 {
			totals = append(totals, t)
		}
	}
	return append(totals, htmlTotal{"Skipped files", len(res.Skipped)}, htmlTotal{"Unreadable", len(res.Errors)})
}
