package accuracy_test

// The breadth corpus: every rule's generated secret planted in the
// contexts where keys are really found (testdata/breadth: .env, Compose,
// Kubernetes, GitHub Actions, Terraform, Helm, JS/TS, Python, Java,
// .NET, shell, curl, Jupyter, Markdown, CI logs, URLs...), and hard
// negatives (the same contexts holding a redacted value, a placeholder or
// a reference) to measure precision. docs/accuracy.md reports it per rule
// group; TestBreadth fails below the thresholds set here.
//
// A rule's plant comes from its own generated positive (internal/rulecases):
// the matcher finds the rule's secret in it, and the plant is either a
// value (the secret widened to the whole assigned value, with the name it
// was assigned to) or, when the secret spans lines or is not assigned to
// a name, the positive's text as a block. A value is used only when a
// one-line NAME=value of it is still found by the rule (a calibration), so
// the corpus measures contexts, not the way values were cut out.

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"maps"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"unicode"

	"github.com/keysieve/keysieve/internal/fake"
	"github.com/keysieve/keysieve/internal/rulecases"
	"github.com/keysieve/keysieve/rules"
)

// Thresholds TestBreadth enforces, set a little below the measured values
// (docs/accuracy.md).
const (
	breadthMinRecall      = 0.89 // overall, over every plant (target 0.90: see docs/accuracy.md)
	breadthMinGroupRecall = 0.65 // every category, section and context (measured 0.73 at least; 0.70 in the lite corpus)
	breadthMinPrecision   = 0.95 // overall, hard negatives and filler
	breadthMaxFalseAlarm  = 0.05 // share of hard-negative plants with a finding
)

// breadthSeeds are the seeds each rule's cases are built from; each seed
// gives one plant per rule and context.
var breadthSeeds = []uint64{1, 2}

// breadthLite says to build a quarter of the corpus: the first seed, and
// each rule in every other context. It is used under the race detector,
// which would otherwise take the package past go test's time limit, and
// when KEYSIEVE_BREADTH_LITE is set, for a quick run.
func breadthLite() bool { return raceEnabled || os.Getenv("KEYSIEVE_BREADTH_LITE") != "" }

func breadthSeedsToUse() []uint64 {
	if breadthLite() {
		return breadthSeeds[:1]
	}
	return breadthSeeds
}

// breadthDir holds the context templates, relative to rules/. A
// template whose name would make tools parse it (Go source) ends in .tmpl.
var breadthDir = filepath.Join("..", "testdata", "breadth")

// bTemplate is one context: a file with a slot for a value (value/) or a
// block of text (block/).
type bTemplate struct {
	name  string // e.g. "value/dotenv.env"
	block bool
	text  string
	parts []bPart // text cut at its slots, parsed once
}

// bPart is a template's text up to a slot, and the slot ("" after the
// last) with its modifiers.
type bPart struct {
	text string
	slot string
	mods []string
}

// bParts cuts a template's text at its {{SLOT|mod}} slots.
func bParts(text string) []bPart {
	var parts []bPart
	last := 0
	for _, loc := range bSlotRE.FindAllStringSubmatchIndex(text, -1) {
		var mods []string
		for _, mod := range strings.Split(text[loc[4]:loc[5]], "|") {
			if mod != "" {
				mods = append(mods, mod)
			}
		}
		parts = append(parts, bPart{text: text[last:loc[0]], slot: text[loc[2]:loc[3]], mods: mods})
		last = loc[1]
	}
	return append(parts, bPart{text: text[last:]})
}

// bPlant is what a rule's positive gives to the corpus.
type bPlant struct {
	rule  string
	name  []string // words of the name the value is assigned to
	value string   // the value; "" for a block plant
	block string   // the positive's text, for a block plant
}

// bFile is one generated file of the corpus.
type bFile struct {
	rule     string // the planted rule
	context  string // template name
	negative bool   // a hard negative: no secret planted
	data     []byte
	start    int // span of the planted text in data
	end      int
}

func loadBreadthTemplates(t testing.TB) []bTemplate {
	t.Helper()
	var ts []bTemplate
	for _, kind := range []string{"value", "block"} {
		entries, err := os.ReadDir(filepath.Join(breadthDir, kind))
		if err != nil {
			t.Fatalf("read templates: %v", err)
		}
		for _, e := range entries {
			data, err := os.ReadFile(filepath.Join(breadthDir, kind, e.Name()))
			if err != nil {
				t.Fatalf("read template: %v", err)
			}
			ts = append(ts, bTemplate{name: kind + "/" + strings.TrimSuffix(e.Name(), ".tmpl"), block: kind == "block", text: string(data), parts: bParts(string(data))})
		}
	}
	return ts
}

// ------------------------------------------------------------ names

var bWordRE = regexp.MustCompile(`[A-Za-z0-9]+`)

// bWords splits an identifier (API_KEY, apiKey, api-key, api.key) into
// lower-case words.
func bWords(s string) []string {
	var out []string
	for _, w := range bWordRE.FindAllString(s, -1) {
		// split camelCase: a lower-case letter or digit followed by upper case
		start := 0
		for i := 1; i < len(w); i++ {
			if unicode.IsUpper(rune(w[i])) && (unicode.IsLower(rune(w[i-1])) || unicode.IsDigit(rune(w[i-1]))) {
				out = append(out, strings.ToLower(w[start:i]))
				start = i
			}
		}
		out = append(out, strings.ToLower(w[start:]))
	}
	return out
}

func bTitle(w string) string { return strings.ToUpper(w[:1]) + w[1:] }

// bNameForms are the spellings of a name that templates ask for.
func bNameForms(words []string) map[string]string {
	up := make([]string, len(words))
	title := make([]string, len(words))
	for i, w := range words {
		up[i] = strings.ToUpper(w)
		title[i] = bTitle(w)
	}
	camel := words[0] + strings.Join(title[1:], "")
	// head and tail split the name where a config nests it: the first word
	// is the section (acme:), the rest the key in it (api_key:).
	tail := "key"
	if len(words) > 1 {
		tail = strings.Join(words[1:], "_")
	}
	return map[string]string{
		"head":   words[0],
		"Head":   title[0],
		"tail":   tail,
		"Words":  strings.Join(title, " "),
		"NAME":   strings.Join(up, "_"),
		"snake":  strings.Join(words, "_"),
		"camel":  camel,
		"Pascal": strings.Join(title, ""),
		"kebab":  strings.Join(words, "-"),
		"Kebab":  strings.Join(title, "-"),
		"dotted": strings.Join(words, "."),
	}
}

// ------------------------------------------------------------ plants

// bNameRE finds the name a value is assigned to at the end of the text
// before it: NAME=, "name": , name: , name => , export NAME=.
var bNameRE = regexp.MustCompile(`([A-Za-z_][A-Za-z0-9_.\- ]*?)["']?\s*(?::=|=>|=|:)\s*["']?$`)

// bDelims end an unquoted value.
const bDelims = " \t\r\n\"'`=,;()<>[]{}"

// bValue widens the secret at [s, e) of text to the value it is part of.
func bValue(text string, s, e int) (int, int) {
	if s > 0 && e < len(text) && isQuoteByte(text[s-1]) && text[e] == text[s-1] {
		return s, e
	}
	for s > 0 && !strings.ContainsRune(bDelims, rune(text[s-1])) {
		s--
	}
	for e < len(text) && !strings.ContainsRune(bDelims, rune(text[e])) {
		e++
	}
	return s, e
}

func isQuoteByte(c byte) bool { return c == '"' || c == '\'' || c == '`' }

// bDeclWords are words before a name that declare it, not part of it
// (export NAME=, const NAME =, let, var).
var bDeclWords = []string{"export", "set", "env", "const", "let", "var"}

// bName returns the words of the name assigned the value starting at s,
// keeping at most the last five words on the line before it.
func bName(text string, s int) []string {
	line := text[strings.LastIndexByte(text[:s], '\n')+1 : s]
	m := bNameRE.FindStringSubmatch(line)
	if m == nil {
		return nil
	}
	var words []string
	for _, w := range bWords(m[1]) {
		if !slices.Contains(bDeclWords, w) {
			words = append(words, w)
		}
	}
	if len(words) > 5 {
		words = words[len(words)-5:]
	}
	return words
}

// bPlantOf turns one positive of rule id into a plant, or reports false
// when the rule does not find its own positive.
func bPlantOf(m *rules.Matcher, id, text string) (bPlant, bool) {
	var hit *rules.Match
	ms := shared.Find(m.Find, []byte(text))
	for i := range ms {
		if accSameFamily(ms[i].Rule.ID, id) {
			hit = &ms[i]
			break
		}
	}
	if hit == nil {
		return bPlant{}, false
	}
	block := bPlant{rule: id, block: strings.Trim(text, "\n")}
	if strings.ContainsRune(string(hit.Secret), '\n') {
		return block, true
	}
	s, e := bValue(text, hit.Start, hit.End)
	words := bName(text, s)
	if len(words) == 0 {
		return block, true
	}
	p := bPlant{rule: id, name: words, value: text[s:e]}
	// Calibrate: the value must still be found as NAME=value.
	line := bNameForms(words)["NAME"] + "=" + p.value + "\n"
	if !slices.ContainsFunc(m.Find([]byte(line)), func(x rules.Match) bool { return accSameFamily(x.Rule.ID, id) }) {
		return block, true
	}
	return p, true
}

// ------------------------------------------------------------ rendering

var bSlotRE = regexp.MustCompile(`\{\{([A-Za-z0-9]+)((?:\|[a-z0-9]+)*)\}\}`)

func bJSONContent(s string) string {
	b, _ := json.Marshal(s)
	return string(b[1 : len(b)-1])
}

// The escapers of bEscape's slot modifiers, built once: a Replacer
// builds its tables on first use, which cost more than the replacing
// when a new one was made for each of the corpus's slots.
var (
	bDoubleQuoted = strings.NewReplacer(`\`, `\\`, `"`, `\"`)
	bSingleQuoted = strings.NewReplacer(`\`, `\\`, `'`, `\'`)
	bXMLEscaper   = strings.NewReplacer("&", "&amp;", `"`, "&quot;", "<", "&lt;", ">", "&gt;")
)

// bEscape applies one slot modifier to v.
func bEscape(v, mod string) string {
	switch {
	case mod == "dq":
		return bDoubleQuoted.Replace(v)
	case mod == "sq":
		return bSingleQuoted.Replace(v)
	case mod == "json":
		return bJSONContent(v)
	case mod == "xml":
		return bXMLEscaper.Replace(v)
	case mod == "url":
		return url.QueryEscape(v)
	case mod == "b64":
		return base64.StdEncoding.EncodeToString([]byte(v))
	case mod == "yaml":
		if strings.ContainsAny(v, ":#'\"{}[],&*!|>%@`") || strings.TrimSpace(v) != v {
			return strconvQuoteJSON(v)
		}
		return v
	case strings.HasPrefix(mod, "indent"):
		n := 0
		fmt.Sscan(mod[len("indent"):], &n)
		pad := strings.Repeat(" ", n)
		return pad + strings.ReplaceAll(v, "\n", "\n"+pad)
	case mod == "nbsource":
		lines := strings.Split(v, "\n")
		for i, l := range lines {
			if i < len(lines)-1 {
				l += "\n"
			}
			lines[i] = "      " + strconvQuoteJSON(l)
		}
		return strings.Join(lines, ",\n")
	case mod == "prefixlog":
		lines := strings.Split(v, "\n")
		for i, l := range lines {
			lines[i] = fmt.Sprintf("2025-03-14T09:12:01.%03dZ %s", 411+i, l)
		}
		return strings.Join(lines, "\n")
	}
	panic("unknown template modifier " + mod)
}

func strconvQuoteJSON(s string) string { return `"` + bJSONContent(s) + `"` }

// bRender fills template t with plant p (or its hard-negative value v),
// names being bNameForms of the plant's name, returning the file and the
// span of the planted text.
func bRender(t bTemplate, g *fake.Gen, names map[string]string, v string) ([]byte, int, int) {
	b := make([]byte, 0, len(t.text)+len(v)+64)
	start, end := -1, -1
	for _, part := range t.parts {
		b = append(b, part.text...)
		switch part.slot {
		case "":
		case "VALUE", "BLOCK":
			out := v
			for _, mod := range part.mods {
				out = bEscape(out, mod)
			}
			if start < 0 {
				start = len(b)
			}
			b = append(b, out...)
			end = len(b)
		case "UUID":
			b = append(b, g.UUID()...)
		case "SHA":
			b = append(b, g.Hex(40)...)
		case "HEX64":
			b = append(b, g.Hex(64)...)
		default:
			n, ok := names[part.slot]
			if !ok {
				panic("unknown template slot " + part.slot)
			}
			b = append(b, n...)
		}
	}
	return b, start, end
}

// bNegatives are a plant's hard negatives: the value redacted, as a
// placeholder and as a reference to where it is really kept.
func bNegatives(g *fake.Gen, m *rules.Matcher, p bPlant) []string {
	if p.value == "" {
		r, ok := accRedact(m, p.block)
		if !ok {
			return nil
		}
		return []string{r}
	}
	n := bNameForms(p.name)
	keep := min(8, len(p.value)/3)
	return []string{
		p.value[:keep] + strings.Repeat("x", len(p.value)-keep),
		g.Pick("<your-"+n["kebab"]+">", "REPLACE_ME", "changeme", "your_"+n["snake"]+"_here", "TODO"),
		g.Pick("${"+n["NAME"]+"}", "${{ secrets."+n["NAME"]+" }}", "{{ .Values."+n["camel"]+" }}", "$"+n["NAME"]),
	}
}

// bBuild makes the corpus: every plant in every template of its kind, and
// one hard negative per plant and template, rotating through its kinds.
func bBuild(t testing.TB, rs *rules.Ruleset, ts []bTemplate) (files []bFile, noPlant []string) {
	cases := allCases(t)
	ids := slices.Sorted(maps.Keys(cases))
	type job struct {
		id   string
		seed uint64
		out  []bFile
		ok   bool
	}
	var jobs []*job
	for _, id := range ids {
		if rs.Rule(id) == nil {
			continue
		}
		for _, seed := range breadthSeedsToUse() {
			jobs = append(jobs, &job{id: id, seed: seed})
		}
	}
	var wg sync.WaitGroup
	const workers = 2
	for w := range workers {
		wg.Go(func() {
			m := rs.NewMatcher()
			for i := w; i < len(jobs); i += workers {
				jb := jobs[i]
				jb.out, jb.ok = bFilesFor(m, ts, jb.id, jb.seed, cases[jb.id])
			}
		})
	}
	wg.Wait()
	seen := map[string]bool{}
	for _, jb := range jobs {
		files = append(files, jb.out...)
		if !jb.ok && !seen[jb.id] {
			seen[jb.id] = true
			noPlant = append(noPlant, jb.id)
		}
	}
	return files, noPlant
}

// bFilesFor builds the files of rule id from seed: the first positive that
// the rule finds is planted.
func bFilesFor(m *rules.Matcher, ts []bTemplate, id string, seed uint64, build rulecases.Builder) ([]bFile, bool) {
	c, g := shared.Case(id, seed, build) // built once per test binary; g as the build left it
	var p bPlant
	ok := false
	for _, text := range c.Positives {
		if p, ok = bPlantOf(m, id, text); ok {
			break
		}
	}
	if !ok {
		return nil, false
	}
	words := p.name
	if len(words) == 0 {
		words = bWords(id)
	}
	negs := bNegatives(g, m, p)
	var out []bFile
	lite := breadthLite()
	names := bNameForms(words)
	for i, tmpl := range ts {
		if tmpl.block != (p.value == "") || lite && (i+len(id))%2 == 1 {
			continue
		}
		v := cmpOr(p.value, p.block)
		data, s, e := bRender(tmpl, g, names, v)
		out = append(out, bFile{rule: id, context: tmpl.name, data: data, start: s, end: e})
		if len(negs) > 0 {
			data, s, e = bRender(tmpl, g, names, negs[(i+int(seed))%len(negs)])
			out = append(out, bFile{rule: id, context: tmpl.name, negative: true, data: data, start: s, end: e})
		}
	}
	return out, true
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// ------------------------------------------------------------ groups

// bSections maps each rule id to its section of rules.toml: the top-level
// "=====" heading, or for the providers A to Z the "-----" subsection.
func bSections(t testing.TB) map[string]string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "rules.toml"))
	if err != nil {
		t.Fatal(err)
	}
	idRE := regexp.MustCompile(`^id\s*=\s*"([^"]+)"`)
	out := map[string]string{}
	var top, sub string
	for line := range strings.SplitSeq(string(data), "\n") {
		switch {
		case strings.HasPrefix(line, "# ====="):
			top = strings.TrimSpace(strings.TrimLeft(line, "# ="))
			sub = ""
		case strings.HasPrefix(line, "# -----"):
			sub = strings.TrimSpace(strings.TrimLeft(line, "# -"))
		default:
			if m := idRE.FindStringSubmatch(line); m != nil {
				sec := top
				if strings.HasPrefix(sub, "providers:") {
					sec = sub
				}
				out[m[1]] = sec
			}
		}
	}
	return out
}

// ------------------------------------------------------------ scoring

// bScore is one group's tally. Plants count at most once each.
type bScore struct {
	plants, found, negatives, flagged, fp, rulesN int
}

func (s *bScore) recall() float64 { return float64(s.found) / float64(max(1, s.plants)) }
func (s *bScore) precision() float64 {
	return float64(s.found) / float64(max(1, s.found+s.fp))
}
func (s *bScore) falseAlarm() float64 { return float64(s.flagged) / float64(max(1, s.negatives)) }

type bResult struct {
	total      bScore
	byCategory map[string]*bScore
	bySection  map[string]*bScore
	byContext  map[string]*bScore
	byRule     map[string]*bScore
	alarms     []string // a sample of FPs, for the log
	blockRules []string // rules planted as blocks, sorted
	files      int
	sections   []string // in rules.toml order
}

func bScoreCorpus(rs *rules.Ruleset, files []bFile, sections map[string]string) *bResult {
	res := &bResult{byCategory: map[string]*bScore{}, bySection: map[string]*bScore{}, byContext: map[string]*bScore{},
		byRule: map[string]*bScore{}, files: len(files)}
	for _, r := range rs.Rules {
		if !slices.Contains(res.sections, sections[r.ID]) {
			res.sections = append(res.sections, sections[r.ID])
		}
	}
	found := matchInParallel(rs, len(files), func(i int) []byte { return files[i].data })
	get := func(mp map[string]*bScore, k string) *bScore {
		if mp[k] == nil {
			mp[k] = &bScore{}
		}
		return mp[k]
	}
	for i, f := range files {
		r := rs.Rule(f.rule)
		groups := []*bScore{&res.total, get(res.byCategory, r.Category), get(res.bySection, sections[f.rule]),
			get(res.byContext, f.context), get(res.byRule, f.rule)}
		hit, fp := false, 0
		for _, x := range found[i] {
			onPlant := accOverlaps(x.Start, x.End, f.start, f.end)
			switch {
			case f.negative:
				fp++
			case onPlant && accSameFamily(x.Rule.ID, f.rule):
				hit = true
			case onPlant: // another rule naming the planted secret: an overlap
			default:
				fp++
			}
			if fp > 0 && len(res.alarms) < 40 && (f.negative || !onPlant) {
				res.alarms = append(res.alarms, fmt.Sprintf("FP %s in %s (planted %s, negative %v): %s",
					x.Rule.ID, f.context, f.rule, f.negative, accShape(x.Secret)))
			}
		}
		for _, s := range groups {
			s.fp += fp
			if f.negative {
				s.negatives++
				if fp > 0 {
					s.flagged++
				}
				continue
			}
			s.plants++
			if hit {
				s.found++
			}
		}
	}
	for _, f := range files {
		if strings.HasPrefix(f.context, "block/") && !slices.Contains(res.blockRules, f.rule) {
			res.blockRules = append(res.blockRules, f.rule)
		}
	}
	slices.Sort(res.blockRules)
	for _, r := range rs.Rules {
		if res.byRule[r.ID] != nil {
			get(res.byCategory, r.Category).rulesN++
			get(res.bySection, sections[r.ID]).rulesN++
		}
	}
	return res
}

// ------------------------------------------------------------ report

func bTable(title string, keys []string, m map[string]*bScore, withRules bool) string {
	var b strings.Builder
	if withRules {
		fmt.Fprintf(&b, "| %s | rules | plants | found | recall | hard negatives | flagged | FP findings | precision |\n", title)
		b.WriteString("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n")
	} else {
		fmt.Fprintf(&b, "| %s | plants | found | recall | hard negatives | flagged | FP findings | precision |\n", title)
		b.WriteString("|---|---:|---:|---:|---:|---:|---:|---:|\n")
	}
	for _, k := range keys {
		s := m[k]
		if s == nil {
			continue
		}
		if withRules {
			fmt.Fprintf(&b, "| %s | %d | %d | %d | %.3f | %d | %d | %d | %.3f |\n", k, s.rulesN, s.plants, s.found, s.recall(),
				s.negatives, s.flagged, s.fp, s.precision())
		} else {
			fmt.Fprintf(&b, "| %s | %d | %d | %.3f | %d | %d | %d | %.3f |\n", k, s.plants, s.found, s.recall(),
				s.negatives, s.flagged, s.fp, s.precision())
		}
	}
	return b.String()
}

// bWeakest lists the rules with the lowest recall, lowest first.
func bWeakest(res *bResult, n int) string {
	ids := slices.Collect(maps.Keys(res.byRule))
	sort.Slice(ids, func(i, j int) bool {
		ri, rj := res.byRule[ids[i]].recall(), res.byRule[ids[j]].recall()
		if ri != rj {
			return ri < rj
		}
		return ids[i] < ids[j]
	})
	var b strings.Builder
	b.WriteString("| rule | plants | found | recall |\n|---|---:|---:|---:|\n")
	for _, id := range ids[:min(n, len(ids))] {
		s := res.byRule[id]
		if s.recall() >= 1 {
			break
		}
		fmt.Fprintf(&b, "| `%s` | %d | %d | %.3f |\n", id, s.plants, s.found, s.recall())
	}
	return b.String()
}

func bReport(res *bResult, ts []bTemplate, noPlant []string) string {
	var b strings.Builder
	t := res.total
	var valueCtx, blockCtx []string
	for _, tm := range ts {
		if tm.block {
			blockCtx = append(blockCtx, tm.name)
		} else {
			valueCtx = append(valueCtx, tm.name)
		}
	}
	fmt.Fprintf(&b, `## Breadth corpus

<!-- Generated by: go test ./accuracy -run TestBreadth -update. Do not edit by hand. -->

Every rule's generated secret planted in the contexts where keys are
really found: %d value contexts (%s) and %d block contexts for multi-line
or file-shaped secrets (%s). The templates are in testdata/breadth; the
values are made at test time from each rule's own generated positive
(seeds %s), so the repository holds no token-shaped string. Hard negatives
are the same contexts holding the value redacted to x's, a placeholder
(REPLACE_ME, <your-name>, changeme) or a reference (${NAME}, ${{ secrets.NAME }},
{{ .Values.name }}).

- **found**: a finding of the planted rule (or its family) overlaps the
  planted text. A finding of another rule on it is neither TP nor FP.
- **FP findings**: findings in hard-negative files, and findings outside
  the planted text in positive files (template filler). **flagged** counts
  hard-negative files with any finding.
- precision = found / (found + FP findings).

**Overall: recall %.3f, precision %.3f, false-alarm rate %.3f** on %d
files (%d plants of %d rules, %d hard negatives; %d rules planted as
values, %d as blocks). TestBreadth fails below
recall %.2f overall or %.2f in any category, section or context, precision %.2f, or
above a false-alarm rate of %.2f.

### Per category

%s
### Per section of rules.toml

%s
### Per context

%s
%s

### Rules with the lowest recall

%s`, len(valueCtx), strings.Join(valueCtx, ", "), len(blockCtx), strings.Join(blockCtx, ", "), accSeedListOf(breadthSeedsToUse()),
		t.recall(), t.precision(), t.falseAlarm(), res.files, t.plants, len(res.byRule), t.negatives,
		len(res.byRule)-len(res.blockRules), len(res.blockRules),
		breadthMinRecall, breadthMinGroupRecall, breadthMinPrecision, breadthMaxFalseAlarm,
		bTable("category", slices.Sorted(maps.Keys(res.byCategory)), res.byCategory, true),
		bTable("section", res.sections, res.bySection, true),
		bTable("context", slices.Sorted(maps.Keys(res.byContext)), res.byContext, false), bWeakContexts(res),
		bWeakest(res, 30))
	if len(noPlant) > 0 {
		fmt.Fprintf(&b, "\nRules whose own positive gave no plant: %s.\n", strings.Join(noPlant, ", "))
	}
	return b.String()
}

// bWeakContexts names the contexts whose recall is below 0.90 or whose
// hard negatives are flagged more than breadthMaxFalseAlarm of the time.
func bWeakContexts(res *bResult) string {
	var low, noisy []string
	for _, k := range slices.Sorted(maps.Keys(res.byContext)) {
		s := res.byContext[k]
		if s.recall() < 0.90 {
			low = append(low, fmt.Sprintf("%s (%.3f)", k, s.recall()))
		}
		if s.falseAlarm() > breadthMaxFalseAlarm {
			noisy = append(noisy, fmt.Sprintf("%s (%.3f)", k, s.falseAlarm()))
		}
	}
	return fmt.Sprintf("Contexts with recall below 0.90: %s. Contexts whose hard negatives are flagged more than %.0f%% of the time: %s.",
		cmpOr(strings.Join(low, ", "), "none"), 100*breadthMaxFalseAlarm, cmpOr(strings.Join(noisy, ", "), "none"))
}

func accSeedListOf(seeds []uint64) string {
	var s []string
	for _, x := range seeds {
		s = append(s, fmt.Sprint(x))
	}
	return strings.Join(s, ", ")
}

// TestBreadth builds the breadth corpus, scores the default ruleset on it
// and fails below the thresholds above. -update rewrites its section of
// docs/accuracy.md.
func TestBreadth(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("breadth corpus: not in -short")
	}
	rs := loadDefault(t)
	ts := loadBreadthTemplates(t)
	files, noPlant := bBuild(t, rs, ts)
	res := bScoreCorpus(rs, files, bSections(t))
	report := bReport(res, ts, noPlant)
	t.Log("\n" + report)
	t.Logf("rules planted as blocks: %v", res.blockRules)
	for _, a := range res.alarms {
		t.Log(a)
	}
	tot := res.total
	if tot.recall() < breadthMinRecall {
		t.Errorf("breadth recall %.3f < %.2f", tot.recall(), breadthMinRecall)
	}
	if tot.precision() < breadthMinPrecision {
		t.Errorf("breadth precision %.3f < %.2f", tot.precision(), breadthMinPrecision)
	}
	if tot.falseAlarm() > breadthMaxFalseAlarm {
		t.Errorf("breadth false-alarm rate %.3f > %.2f", tot.falseAlarm(), breadthMaxFalseAlarm)
	}
	for _, m := range []map[string]*bScore{res.byCategory, res.bySection, res.byContext} {
		for k, s := range m {
			if s.plants > 0 && s.recall() < breadthMinGroupRecall {
				t.Errorf("breadth recall of %s %.3f < %.2f", k, s.recall(), breadthMinGroupRecall)
			}
		}
	}
	if len(noPlant) > 0 {
		t.Errorf("rules whose positives they do not find: %v", noPlant)
	}
	bCheckREADME(t)
	if *update {
		if err := replaceDocRegion(filepath.Join("..", "docs", "accuracy.md"), "breadth", report); err != nil {
			t.Fatal(err)
		}
	}
}

// replaceDocRegion replaces the text between <!-- name:begin --> and
// <!-- name:end --> in the file at path, adding the region at the end when
// the file has none.
func replaceDocRegion(path, name, body string) error {
	docMu.Lock()
	defer docMu.Unlock()
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("replace region %s: %w", name, err)
	}
	out := withDocRegion(string(data), name, body)
	if err := os.WriteFile(path, []byte(out), 0o644); err != nil {
		return fmt.Errorf("replace region %s: %w", name, err)
	}
	return nil
}

// withDocRegion returns doc with the region name holding body: in place
// when doc has it, else before the per-rule table, else at the end.
func withDocRegion(doc, name, body string) string {
	begin, end := "<!-- "+name+":begin -->\n", "<!-- "+name+":end -->\n"
	region := begin + strings.TrimSuffix(body, "\n") + "\n" + end
	i := strings.Index(doc, begin)
	j := strings.Index(doc, end)
	if i >= 0 && j > i {
		return doc[:i] + region + doc[j+len(end):]
	}
	if k := strings.Index(doc, "\n## Per rule\n"); k >= 0 {
		return doc[:k+1] + region + "\n" + doc[k+1:]
	}
	return strings.TrimSuffix(doc, "\n") + "\n\n" + region
}

// docRegion returns the text between the region's markers.
func docRegion(doc, name string) (string, bool) {
	begin, end := "<!-- "+name+":begin -->\n", "<!-- "+name+":end -->\n"
	i := strings.Index(doc, begin)
	j := strings.Index(doc, end)
	if i < 0 || j < i+len(begin) {
		return "", false
	}
	return doc[i+len(begin) : j], true
}

// ------------------------------------------------------------ peer corpus

// peerCorpusDir is where the peer examples are: $KEYSIEVE_PEER_CORPUS, else
// ../shared/corpus beside the repository (a fresh clone has none).
func peerCorpusDir() string {
	if d := os.Getenv("KEYSIEVE_PEER_CORPUS"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "shared", "corpus")
}

// peerExample is one line of a peer corpus JSONL file (peer_corpus.py).
type peerExample struct {
	Source     string   `json:"source"`
	RuleID     string   `json:"rule_id"`
	RuleName   string   `json:"rule_name"`
	Categories []string `json:"categories"`
	Positive   bool     `json:"positive"`
	Text       string   `json:"text"`
}

func loadPeerExamples(dir string) ([]peerExample, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if err != nil || len(paths) == 0 {
		return nil, fmt.Errorf("peer corpus: no *.jsonl in %s", dir)
	}
	var out []peerExample
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("peer corpus: %w", err)
		}
		for line := range strings.SplitSeq(string(data), "\n") {
			if strings.TrimSpace(line) == "" {
				continue
			}
			var e peerExample
			if err := json.Unmarshal([]byte(line), &e); err != nil {
				return nil, fmt.Errorf("peer corpus %s: %w", p, err)
			}
			out = append(out, e)
		}
	}
	return out, nil
}

// peerScore counts examples as peer_corpus.py does: an example file is
// detected when any finding names it.
type peerScore struct{ pos, detected, neg, flagged int }

func (s peerScore) recall() float64     { return float64(s.detected) / float64(max(1, s.pos)) }
func (s peerScore) falseAlarm() float64 { return float64(s.flagged) / float64(max(1, s.neg)) }
func (s peerScore) precision() float64 {
	return float64(s.detected) / float64(max(1, s.detected+s.flagged))
}

// peerReport scores rs on the examples and renders the report section.
func peerReport(rs *rules.Ruleset, exs []peerExample) (string, peerScore, []string) {
	m := rs.NewMatcher()
	var tot peerScore
	byCat := map[string]*peerScore{}
	missed := map[string]int{}
	for _, e := range exs {
		text := e.Text
		if !strings.HasSuffix(text, "\n") {
			text += "\n"
		}
		hit := len(m.Find([]byte(text))) > 0
		cats := e.Categories
		if len(cats) == 0 {
			cats = []string{"(none)"}
		}
		scores := []*peerScore{&tot}
		for _, c := range cats {
			if byCat[c] == nil {
				byCat[c] = &peerScore{}
			}
			scores = append(scores, byCat[c])
		}
		for _, s := range scores {
			if e.Positive {
				s.pos++
				if hit {
					s.detected++
				}
			} else {
				s.neg++
				if hit {
					s.flagged++
				}
			}
		}
		if e.Positive && !hit {
			missed[cmpOr(e.RuleName, e.RuleID)]++
		}
	}
	names := slices.Collect(maps.Keys(missed))
	sort.Slice(names, func(i, j int) bool {
		if missed[names[i]] != missed[names[j]] {
			return missed[names[i]] > missed[names[j]]
		}
		return names[i] < names[j]
	})
	var b strings.Builder
	fmt.Fprintf(&b, `## Peer examples (Nosey Parker)

<!-- Generated by: KEYSIEVE_PEER_CORPUS=DIR go test ./accuracy -run TestPeerCorpus -update. Do not edit by hand. -->

The examples other tools wrote for their own rules (../shared/corpus, not
in this repository; a report, never a target: no rule is tuned to it).
Each example is one file; it counts as detected when any finding names it,
as peer_corpus.py scores.

**Overall: recall %.3f (%d of %d positives), false-alarm rate %.3f (%d of
%d negatives), precision %.3f.**

| category | positives | detected | recall | negatives | flagged | false-alarm rate |
|---|---:|---:|---:|---:|---:|---:|
`, tot.recall(), tot.detected, tot.pos, tot.falseAlarm(), tot.flagged, tot.neg, tot.precision())
	for _, c := range slices.Sorted(maps.Keys(byCat)) {
		s := byCat[c]
		fmt.Fprintf(&b, "| %s | %d | %d | %.3f | %d | %d | %.3f |\n", c, s.pos, s.detected, s.recall(), s.neg, s.flagged, s.falseAlarm())
	}
	fmt.Fprintf(&b, "\nFormats with the most missed examples (%d formats have misses):\n\n| peer rule | missed |\n|---|---:|\n", len(names))
	var top []string
	for _, n := range names[:min(20, len(names))] {
		fmt.Fprintf(&b, "| %s | %d |\n", n, missed[n])
		top = append(top, fmt.Sprintf("%s (%d)", n, missed[n]))
	}
	return b.String(), tot, top
}

// peerAbsent is the peer section when the corpus is not there.
const peerAbsent = `## Peer examples (Nosey Parker)

<!-- Generated by: KEYSIEVE_PEER_CORPUS=DIR go test ./accuracy -run TestPeerCorpus -update. Do not edit by hand. -->

Skipped: the peer corpus (../shared/corpus) was not present where this
file was generated; a fresh clone does not have it.
`

// TestPeerCorpus reports recall and false-alarm rate on the peer examples
// when they are present. It has no threshold: it is a report, not a goal.
func TestPeerCorpus(t *testing.T) {
	t.Parallel()
	dir := peerCorpusDir()
	report := peerAbsent
	if _, err := os.Stat(dir); err == nil {
		exs, err := loadPeerExamples(dir)
		if err != nil {
			t.Fatal(err)
		}
		var tot peerScore
		var top []string
		report, tot, top = peerReport(loadDefault(t), exs)
		t.Logf("peer corpus: recall %.3f, false-alarm rate %.3f; most missed: %s",
			tot.recall(), tot.falseAlarm(), strings.Join(top, "; "))
	} else {
		t.Logf("peer corpus %s absent: %v", dir, err)
	}
	if *update {
		if err := replaceDocRegion(filepath.Join("..", "docs", "accuracy.md"), "peer", report); err != nil {
			t.Fatal(err)
		}
	}
}

// ------------------------------------------------------------ rule counts

// ruleCountsDoc renders how many rules the default ruleset has per
// category and per section of rules.toml.
func ruleCountsDoc(rs *rules.Ruleset, sections map[string]string) string {
	byCat := map[string]int{}
	bySec := map[string]int{}
	var secOrder []string
	for _, r := range rs.Rules {
		byCat[r.Category]++
		s := sections[r.ID]
		if bySec[s] == 0 {
			secOrder = append(secOrder, s)
		}
		bySec[s]++
	}
	var b strings.Builder
	fmt.Fprintf(&b, "The default ruleset (`rules.toml`) has **%s rules**. ", bThousands(len(rs.Rules)))
	b.WriteString("TestRuleCounts checks these tables; `go test ./accuracy -run TestRuleCounts -update` rewrites them.\n\n")
	b.WriteString("| category | rules |\n|---|---:|\n")
	for _, c := range slices.Sorted(maps.Keys(byCat)) {
		fmt.Fprintf(&b, "| %s | %d |\n", c, byCat[c])
	}
	b.WriteString("\n| section of rules.toml | rules |\n|---|---:|\n")
	for _, s := range secOrder {
		fmt.Fprintf(&b, "| %s | %d |\n", s, bySec[s])
	}
	return b.String()
}

// bThousands writes n with comma thousands separators.
func bThousands(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// TestRuleCounts fails when README.md or docs/rules.md state other rule
// counts than the default ruleset has, so the docs cannot rot. -update
// rewrites their rule-counts regions.
func TestRuleCounts(t *testing.T) {
	rs := loadDefault(t)
	want := ruleCountsDoc(rs, bSections(t))
	for _, path := range []string{filepath.Join("..", "README.md"), filepath.Join("..", "docs", "rules.md")} {
		if *update {
			if err := replaceDocRegion(path, "rule-counts", want); err != nil {
				t.Fatal(err)
			}
			continue
		}
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		got, ok := docRegion(string(data), "rule-counts")
		if !ok {
			t.Errorf("%s has no <!-- rule-counts:begin --> region", path)
			continue
		}
		if got != want {
			t.Errorf("%s states other rule counts than rules.toml has; run go test ./accuracy -run TestRuleCounts -update\ngot:\n%s\nwant:\n%s", path, got, want)
		}
	}
}

// bCheckREADME fails when README.md's Accuracy section does not state
// TestBreadth's thresholds.
func bCheckREADME(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, section, _ := strings.Cut(string(data), "\n## Accuracy\n")
	want := fmt.Sprintf("fails below recall %.2f overall or %.2f in any category or section of\n`rules.toml` or in any context, precision %.2f, or above a false-alarm rate of %.2f.",
		breadthMinRecall, breadthMinGroupRecall, breadthMinPrecision, breadthMaxFalseAlarm)
	if !strings.Contains(section, want) {
		t.Errorf("README.md's Accuracy section does not say %q", want)
	}
}
