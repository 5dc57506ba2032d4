package rules_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
	"github.com/keysieve/keysieve/internal/rulecases"
	"github.com/keysieve/keysieve/rules"
)

// hostileRule returns a well-formed rule with the given id and regex.
func hostileRule(id, regex string) string {
	return fmt.Sprintf("[[rules]]\nid = %q\ndescription = \"x\"\nkeywords = [\"%s_\"]\nregex = '%s'\n", id, id, regex)
}

// alternations returns a regex of n literal alternatives, word00000 to
// word(n-1), followed by the secret group.
func alternations(n int) string {
	alts := make([]string, n)
	for i := range alts {
		alts[i] = fmt.Sprintf("word%05d", i)
	}
	return "(?:" + strings.Join(alts, "|") + ")=([a-z0-9]{20})"
}

// repeatAlternation returns an n-way alternation of counted repeats, which
// Go's regexp would expand to n*1000 instructions when compiled.
func repeatAlternation(n int) string {
	alts := make([]string, n)
	for i := range alts {
		alts[i] = fmt.Sprintf("X%dY{1000}", i)
	}
	return "(?:" + strings.Join(alts, "|") + ")"
}

// manyBigRules returns n rules, big-0 to big-(n-1), each just under the
// per-regex budget, so that together they exceed the ruleset's budget.
// They share one keyword, so that only the regex budget is at stake and
// not the keyword automaton's, which the default ruleset nearly fills.
func manyBigRules(n int) string {
	var b strings.Builder
	for i := range n {
		b.WriteString(strings.Replace(hostileRule(fmt.Sprintf("big-%d", i), strings.Repeat(`[a-z]{1000}`, 9)),
			fmt.Sprintf("[\"big-%d_\"]", i), `["big_"]`, 1))
	}
	return b.String()
}

// loadHostile parses text as hostile.toml and compiles it on top of the
// default ruleset.
func loadHostile(t *testing.T, text string) (*rules.Ruleset, error) {
	t.Helper()
	cfg, err := rules.Parse("hostile.toml", []byte(text))
	if err != nil {
		return nil, err
	}
	return rules.Compile(rulecases.DefaultConfig(), cfg)
}

// TestHostileConfigErrors feeds configs a hostile repository could carry.
// Each must fail with errors naming the file, the line and the rule where
// there is one, and no error may quote kilobytes of the input back.
func TestHostileConfigErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		text string
		want []string // a substring of each error, in order
	}{
		{"binary garbage with NUL bytes", "\x00\x01\x02\xff\xfe\x00garbage", []string{"hostile.toml:1: files cannot contain NULL bytes"}},
		{"binary garbage, invalid UTF-8", "\x89PNG\r\n\x1a\n\xff\xd8\xff", []string{"hostile.toml:1: invalid UTF-8"}},
		{"garbage after a valid rule", hostileRule("fine-token", `fine_([a-z]{9})`) + "\xff\xfe\n", []string{"hostile.toml:6: invalid UTF-8"}},
		{"over the size limit", strings.Repeat("# padding\n", rules.MaxConfigSize/10+1), []string{"hostile.toml: rules file is larger than the 1048576-byte (1 MiB) limit"}},
		{"deeply nested arrays", "a = " + strings.Repeat("[", 100000) + strings.Repeat("]", 100000), []string{"hostile.toml:1: arrays and tables nest more than 32 levels deep"}},
		{"deeply nested inline tables", "# a comment\n\nx = " + strings.Repeat("{b = ", 100000) + "1" + strings.Repeat("}", 100000), []string{"hostile.toml:3: arrays and tables nest more than 32 levels deep"}},
		{"nesting after a string ending in extra quotes", "a = ['''x'''', " + strings.Repeat("[", 100000) + strings.Repeat("]", 100001), []string{"hostile.toml:1: arrays and tables nest more than 32 levels deep"}},
		{"nesting after a basic string ending in extra quotes", `a = ["""x""""", ` + strings.Repeat("[", 100000) + strings.Repeat("]", 100001), []string{"hostile.toml:1: arrays and tables nest more than 32 levels deep"}},
		{"nesting after a backslash-newline in a basic string", "a = \"x\\\n" + strings.Repeat("[", 100000), []string{"hostile.toml:2: arrays and tables nest more than 32 levels deep"}},
		{"keywords too long", "[[rules]]\nid = \"long-keyword\"\ndescription = \"x\"\nregex = 'x'\nkeywords = [\"" + strings.Repeat("é", 20000) + "\"]\n", []string{"hostile.toml: the rules' distinct keywords total"}},
		{"unclosed arrays", "a = " + strings.Repeat("[", rules.MaxConfigSize-4), []string{"hostile.toml:1: arrays and tables nest more than 32 levels deep"}},
		{"regex Go rejects", hostileRule("look", `look_(?=ahead)`), []string{"hostile.toml:5: rule \"look\": bad regex: error parsing regexp: invalid or unsupported Perl syntax: `(?=`"}},
		{"backreference", hostileRule("backref", `(a)\1`), []string{`hostile.toml:5: rule "backref": bad regex: error parsing regexp: invalid escape sequence`}},
		{"regex too large", hostileRule("too-large", strings.Repeat(`(?:\pL{1000})`, 4000)), []string{`hostile.toml:5: rule "too-large": bad regex: error parsing regexp: expression too large: ` + "`(?:"}},
		{"regex nests too deeply", hostileRule("too-deep", strings.Repeat("(", 5000)+"x"+strings.Repeat(")", 5000)), []string{`hostile.toml:5: rule "too-deep": bad regex: error parsing regexp: expression nests too deeply`}},
		{"repeat count over 1000", hostileRule("big-repeat", `x{1001}`), []string{`hostile.toml:5: rule "big-repeat": bad regex: error parsing regexp: invalid repeat count`}},
		{"negative entropy", hostileRule("neg", `neg_([a-z]{9})`) + "entropy = -1\n", []string{`hostile.toml:6: rule "neg": entropy -1 is outside 0..8 bits per byte`}},
		{"NaN entropy", hostileRule("nan", `nan_([a-z]{9})`) + "entropy = nan\n", []string{`hostile.toml:6: rule "nan": entropy NaN is outside 0..8 bits per byte`}},
		{"huge window", hostileRule("wide", `wide_([a-z]{9})`) + "window = 9223372036854775807\n", []string{`hostile.toml:6: rule "wide": window 9223372036854775807 is outside 0..65536 bytes`}},
		{"secret group out of range", hostileRule("grp", `grp_([a-z]{9})`) + "secret_group = -2\n", []string{`hostile.toml:6: rule "grp": secret_group -2 but the regex has 1 groups`}},
		{"duplicate id in one file", hostileRule("twice", `twice_([a-z]{9})`) + hostileRule("twice", `twice_([0-9]{9})`), []string{`hostile.toml:7: rule "twice": duplicate rule id "twice" in this file`}},
		{"duplicate default id in one file", hostileRule("github-token", `x_([a-z]{9})`) + hostileRule("github-token", `y_([a-z]{9})`), []string{`hostile.toml:7: rule "github-token": duplicate rule id "github-token" in this file`}},
		{"unknown key on a last line without newline", hostileRule("last", `last_([a-z]{9})`) + "entrpy = 3", []string{`hostile.toml:6: rule "last": unknown key "entrpy"`}},
		{"alternation of counted repeats over the regex budget", hostileRule("blowup", repeatAlternation(500)), []string{`hostile.toml:5: rule "blowup": bad regex: regex too large: it would compile to more than 20000 instructions`}},
		{"allowlist regex over the regex budget", "[allowlist]\nregexes = ['" + repeatAlternation(50) + "']\n", []string{`hostile.toml:2: bad allowlist regex "(?:X0Y{1000}|`}},
		{"rules over the total regex budget", strings.Repeat(hostileRule("big", strings.Repeat(`[a-z]{1000}`, 9))+"\n", 1) + manyBigRules(250), []string{`": bad regex: the ruleset's regexes together would compile to more than 4000000 instructions`}},
		{"disable twice", "[extend]\ndisable = ['jwt', 'jwt']\n", []string{`hostile.toml:2: cannot disable unknown rule "jwt"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := loadHostile(t, tt.text)
			for i, e := range wantErrors(t, err, tt.want) {
				msg := e.Error()
				if len(msg) > 400 {
					t.Errorf("error %d is %d bytes long: %.400s", i, len(msg), msg)
				}
			}
		})
	}
}

// TestEmptyConfigChangesNothing: an empty user config (or one of only
// comments and blank lines) is valid and leaves the default ruleset as it is.
func TestEmptyConfigChangesNothing(t *testing.T) {
	t.Parallel()
	want, err := rules.Compile(rulecases.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{"", "\n\n", "# nothing to change\n   \n", "\ufeff"} {
		rs, err := loadHostile(t, text)
		if strings.HasPrefix(text, "\ufeff") {
			// A byte-order mark alone: TOML forbids it outside strings; it
			// must at least fail cleanly rather than pass as a rule.
			if err != nil && !strings.Contains(err.Error(), "hostile.toml") {
				t.Errorf("BOM-only config: error %v does not name the file", err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%q: %v", text, err)
		}
		if !slices.Equal(ids(rs), ids(want)) {
			t.Errorf("%q changed the rules: %d rules, want %d", text, len(rs.Rules), len(want.Rules))
		}
	}
}

func ids(rs *rules.Ruleset) []string {
	var out []string
	for _, r := range rs.Rules {
		out = append(out, r.ID)
	}
	return out
}

// TestManyAlternationsCompile: a regex of 10,000 alternatives is within
// Go's program-size limit; it compiles and matches its last alternative.
func TestManyAlternationsCompile(t *testing.T) {
	text := "[[rules]]\nid = \"many-alternations\"\ndescription = \"x\"\nkeywords = [\"word\"]\nregex = '" + alternations(10000) + "'\n"
	rs, err := loadHostile(t, text)
	if err != nil {
		t.Fatal(err)
	}
	value := fake.New(1).String("abcdefghijklmnopqrstuvwxyz0123456789", 20)
	ms := rs.NewMatcher().Find([]byte("x word09999=" + value + "\n"))
	var got []string
	for _, m := range ms {
		got = append(got, m.Rule.ID+"="+string(m.Secret))
	}
	if !slices.Contains(got, "many-alternations="+value) {
		t.Errorf("matches = %v, want the 10,000th alternative's secret", got)
	}
}

// TestUserRuleReplacesDefaultAcrossFiles: a user config that reuses a
// default rule's id replaces that rule; this is by design and not an error.
func TestUserRuleReplacesDefaultAcrossFiles(t *testing.T) {
	rs, err := loadHostile(t, hostileRule("github-token", `mine_([a-z]{9})`))
	if err != nil {
		t.Fatal(err)
	}
	r := rs.Rule("github-token")
	if r == nil || r.Description != "x" || r.Regex.String() != `mine_([a-z]{9})` {
		t.Fatalf("github-token = %+v, want the user's rule", r)
	}
	if n := strings.Count(strings.Join(ids(rs), " ")+" ", "github-token "); n != 1 {
		t.Errorf("github-token appears %d times", n)
	}
}

// errorHeavyConfig returns a config just under MaxConfigSize in which
// every line is an error: its first half unknown top-level keys (each
// placed by a lookup over the whole file), its second half rules with an
// unknown key, a bad id, no description, a one-byte keyword, a bad regex
// and entropy out of range.
func errorHeavyConfig() (text string, top, bad int) {
	var b strings.Builder
	for ; b.Len() < rules.MaxConfigSize/2; top++ {
		fmt.Fprintf(&b, "top_%d = 1\n", top)
	}
	for ; b.Len() < rules.MaxConfigSize-100; bad++ {
		fmt.Fprintf(&b, "[[rules]]\nid = \"Bad_%d\"\ndescriptin = \"x\"\nkeywords = [\"k\"]\nregex = '('\nentropy = -1\n", bad)
	}
	return b.String(), top, bad
}

// TestManyErrorsArePlacedExactly: a 1 MiB config of errors yields every
// error, each on its own line of the file, the last ones included. Placing
// them reads the file once (see BenchmarkCompileManyErrors); it used to
// scan the file from the top for each unknown top-level key.
func TestManyErrorsArePlacedExactly(t *testing.T) {
	t.Parallel()
	text, top, bad := errorHeavyConfig()
	cfg, err := rules.Parse("hostile.toml", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	_, err = rules.Compile(cfg)
	var list rules.ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("error is %T: %v", err, err)
	}
	if len(list) != top+6*bad {
		t.Fatalf("got %d errors for %d keys and %d rules, want %d", len(list), top, bad, top+6*bad)
	}
	last := top + 6*(bad-1) // the line before the last rule's header
	for _, want := range []string{
		fmt.Sprintf("hostile.toml:%d: unknown key \"top_%d\"", top, top-1),
		fmt.Sprintf("hostile.toml:%d: rule \"Bad_%d\": description is missing", last+1, bad-1),
		fmt.Sprintf("hostile.toml:%d: rule \"Bad_%d\": unknown key \"descriptin\"", last+3, bad-1),
		fmt.Sprintf("hostile.toml:%d: rule \"Bad_%d\": bad regex", last+5, bad-1),
		fmt.Sprintf("hostile.toml:%d: rule \"Bad_%d\": entropy -1", last+6, bad-1),
	} {
		if !strings.Contains("\n"+err.Error(), "\n"+want) {
			t.Errorf("errors lack %q", want)
		}
	}
}

// manyRulesConfig returns a config just under MaxConfigSize of distinct,
// valid rules sharing one keyword.
func manyRulesConfig() (text string, n int) {
	var b strings.Builder
	for ; b.Len() < rules.MaxConfigSize-300; n++ {
		fmt.Fprintf(&b, "[[rules]]\nid = \"many-%06d\"\ndescription = \"x\"\nkeywords = [\"many-\"]\nregex = 'many-%06d_([a-z0-9]{20})'\n", n, n)
	}
	return b.String(), n
}

// TestManyRulesCompile: a config of thousands of rules at the size limit
// compiles on top of the default ruleset.
func TestManyRulesCompile(t *testing.T) {
	t.Parallel()
	text, n := manyRulesConfig()
	rs, err := loadHostile(t, text)
	if err != nil {
		t.Fatal(err)
	}
	if rs.Rule(fmt.Sprintf("many-%06d", n-1)) == nil {
		t.Errorf("the last of %d rules is missing", n)
	}
}

// BenchmarkCompileManyRules compiles a 1 MiB config of valid rules on top
// of the default ruleset: linear in the rules (ids are indexed, not
// searched for each rule).
func BenchmarkCompileManyRules(b *testing.B) {
	text, _ := manyRulesConfig()
	base := rulecases.DefaultConfig()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		cfg, err := rules.Parse("hostile.toml", []byte(text))
		if err != nil {
			b.Fatal(err)
		}
		if _, err := rules.Compile(base, cfg); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCompileManyErrors parses and compiles a 1 MiB config in which
// every line is an error: placing each error on its line is a binary
// search in an index built once, not a scan of the file.
func BenchmarkCompileManyErrors(b *testing.B) {
	text, _, _ := errorHeavyConfig()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		cfg, err := rules.Parse("hostile.toml", []byte(text))
		if err != nil {
			b.Fatal(err)
		}
		if _, err := rules.Compile(cfg); err == nil {
			b.Fatal("no error")
		}
	}
}

// TestParseFileRefusesNonRegularAndHugeFiles: ParseFile reads only
// regular files, and no more than MaxConfigSize+1 bytes of them, so a
// config that is a device, a directory or a huge file cannot hang the
// scan or exhaust its memory.
func TestParseFileRefusesNonRegularAndHugeFiles(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.toml")
	huge := filepath.Join(dir, "huge.toml")
	if err := os.WriteFile(good, []byte(hostileRule("fine-token", `fine_([a-z]{9})`)), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(huge, []byte(strings.Repeat("#", 3*rules.MaxConfigSize)), 0o644); err != nil {
		t.Fatal(err)
	}
	if cfg, err := rules.ParseFile(good); err != nil || len(cfg.Rules) != 1 {
		t.Fatalf("good file: %v", err)
	}
	cases := map[string]string{
		dir:  dir + ": not a regular file",
		huge: huge + ": rules file is larger than",
	}
	if _, err := os.Stat("/dev/zero"); err == nil {
		cases["/dev/zero"] = "/dev/zero: not a regular file"
	}
	for path, want := range cases {
		if _, err := rules.ParseFile(path); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("ParseFile(%s) = %v, want an error containing %q", path, err, want)
		}
	}
	if _, err := rules.ParseFile(filepath.Join(dir, "missing.toml")); err == nil || !strings.Contains(err.Error(), "missing.toml") {
		t.Errorf("missing file: err = %v", err)
	}
}

// TestBracketsInStringsAndCommentsAreNotNesting: the nesting limit counts
// only TOML's own arrays and tables, not brackets inside strings (regexes
// are full of them) or comments.
func TestBracketsInStringsAndCommentsAreNotNesting(t *testing.T) {
	deep := strings.Repeat("[{(", 40)
	text := "# " + deep + "\n" +
		"[[rules]]\nid = \"brackets\"\n" +
		"description = \"\"\"\n" + deep + "\n\\\"\"\" \"\"\"\n" +
		"remediation = '''\n" + deep + "\n'''\n" +
		"keywords = [\"" + deep + "\", '" + deep + "', \"x\\\"" + deep + "\"]\n" +
		"regex = '(?:[a-z]{2}){1}_((?:[a-z0-9]){20})'\n" +
		"[rules.allowlist]\nstopwords = [\"" + deep + "\"]\n"
	if _, err := loadHostile(t, text); err != nil {
		t.Fatal(err)
	}
	nested := strings.Replace(text, "stopwords = [", "stopwords = "+strings.Repeat("[", 40), 1)
	if _, err := loadHostile(t, nested); err == nil || !strings.Contains(err.Error(), "hostile.toml:13: arrays and tables nest more than 32") {
		t.Fatalf("err = %v, want the nesting error on line 13", err)
	}
}

// TestHostileConfigMemory compiles a 1 MiB config of alternations of
// counted repeats, which Go's regexp once expanded to 7-8 GB before any
// byte was scanned. The regex budget must reject every rule while
// allocating little.
func TestHostileConfigMemory(t *testing.T) {
	var text strings.Builder
	for i := 0; ; i++ {
		rule := hostileRule(fmt.Sprintf("blowup-%d", i), repeatAlternation(500))
		if text.Len()+len(rule) > rules.MaxConfigSize {
			break
		}
		text.WriteString(rule)
	}
	base := rulecases.DefaultConfig()
	hostile, err := rules.Parse("hostile.toml", []byte(text.String()))
	if err != nil {
		t.Fatal(err)
	}
	baseline := allocatedBy(func() { _, _ = rules.Compile(base) })
	allocated := allocatedBy(func() { _, err = rules.Compile(base, hostile) })
	if err == nil || !strings.Contains(err.Error(), "regex too large") {
		t.Fatalf("want every rule rejected as too large, got %v", err)
	}
	if extra := int64(allocated) - int64(baseline); extra > 160<<20 {
		t.Errorf("compiling the hostile config allocated %d MiB more than the default ruleset alone; want under 160 MiB", extra>>20)
	}
}

// allocatedBy returns how many bytes f allocates on the heap.
func allocatedBy(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestHostileKeywordsMemory: a config that fills the keyword limit with
// distinct keywords that share no prefix (the most automaton states)
// compiles in bounded memory.
func TestHostileKeywordsMemory(t *testing.T) {
	base := rulecases.DefaultConfig()
	baseRS, err := rules.Compile(base)
	if err != nil {
		t.Fatal(err)
	}
	room := 64<<10 - 200 // bytes of keywords the limit allows, less the default's
	for _, r := range baseRS.Rules {
		room -= len(strings.Join(r.Keywords, ""))
	}
	g := fake.New(41)
	var text strings.Builder
	for i := 0; room >= 32; i++ {
		var kws []string
		for ; len(kws) < 50 && room >= 32; room -= 32 {
			kws = append(kws, `"`+g.String(fake.Lower, 32)+`"`)
		}
		text.WriteString(fmt.Sprintf("[[rules]]\nid = \"kw-%d\"\ndescription = \"x\"\nregex = 'x'\nkeywords = [%s]\n\n", i, strings.Join(kws, ", ")))
	}
	hostile, err := rules.Parse("hostile.toml", []byte(text.String()))
	if err != nil {
		t.Fatal(err)
	}
	baseline := allocatedBy(func() { _, _ = rules.Compile(base) })
	allocated := allocatedBy(func() { _, err = rules.Compile(base, hostile) })
	if err != nil {
		t.Fatalf("a config within the keyword limit is refused: %v", err)
	}
	if extra := int64(allocated) - int64(baseline); extra > 160<<20 {
		t.Errorf("compiling the keyword-filled config allocated %d MiB more than the default ruleset alone; want under 160 MiB", extra>>20)
	} else {
		t.Logf("compiling the keyword-filled config allocated %d MiB more than the default ruleset alone", extra>>20)
	}
}
