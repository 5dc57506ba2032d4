package rules_test

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"encoding/pem"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/keysieve/keysieve/rules"
)

// Fuzz targets for the rules package. Their seed corpora are the f.Add
// calls below (fake secrets built at run time, never stored) plus the files
// under rules/testdata/fuzz/<Target>/; `go test` runs every seed as a
// normal test. Run one for real with, for example:
//
//	go test ./rules -run '^$' -fuzz '^FuzzMatcher$' -fuzztime 10m

// fuzzBase is a small base ruleset a fuzzed user config extends, so that
// disable and replace-by-id are exercised without compiling the whole
// default ruleset on every input.
const fuzzBase = goodRule + `
[[rules]]
id = "other-token"
description = "Other token"
keywords = ["other_"]
regex = 'other_(?P<secret>[A-Za-z0-9]{16})'
entropy = 2.5
`

// FuzzParseCompile feeds arbitrary bytes to Parse and Compile, alone and
// on top of a base ruleset. Neither may panic; every error must be an
// ErrorList of *Error naming the fuzzed file with a line inside it; a
// ruleset that compiles must then scan its own source without panicking.
func FuzzParseCompile(f *testing.F) {
	for _, seed := range []string{
		"", "\n", "title = 'x'\n", goodRule, fuzzBase, goodRule + goodRule,
		"[extend]\nuse_default = false\n" + goodRule,
		"[extend]\ndisable = ['other-token', 'nope']\n",
		"[allowlist]\npaths = ['^vendor/', '(']\nregexes = ['[a-']\nstopwords = ['x']\nfingerprints = ['ab']\n",
		goodRule + "secret_group = 7\nwindow = 70000\nentropy = 9\nseverity = 'dire'\n",
		goodRule + "[rules.allowlist]\nregexes = ['(']\npath = ['x']\n",
		"[[rules]]\n[[rules]]\nid = 'a'\n[[rules]]\nid = 'a'\n",
		"[[rules]\n", "\x00\xff\xfe",
		"[[rules]]\nid = 'rep'\ndescription = 'x'\nkeywords = ['rep_']\nregex = '(?:a{1000}|b{1000}|c{999}){2}'\n",
		"[allowlist]\nregexes = ['(?:x{1000}){1000}', '((a{10}){10}){10}']\n", "a = \"\"\"\n[[rules]]\n\"\"\"\n" + goodRule,
	} {
		f.Add([]byte(seed))
	}
	base, err := rules.Parse("base.toml", []byte(fuzzBase))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		cfg, err := rules.Parse("fuzz.toml", data)
		if err != nil {
			checkErrorList(t, err, data)
			return
		}
		for _, configs := range [][]*rules.Config{{cfg}, {base, cfg}} {
			rs, err := rules.Compile(configs...)
			if err != nil {
				checkErrorList(t, err, data)
				continue
			}
			checkMatches(t, data, rs.NewMatcher().Find(data))
		}
	})
}

// checkErrorList fails t unless err is a non-empty ErrorList whose errors
// each name a file and, for the fuzzed file, a line within it.
func checkErrorList(t *testing.T, err error, data []byte) {
	t.Helper()
	var list rules.ErrorList
	if !errors.As(err, &list) || len(list) == 0 {
		t.Fatalf("error is %T, not a non-empty ErrorList: %v", err, err)
	}
	lines := bytes.Count(data, []byte("\n")) + 1
	for _, e := range list {
		if e == nil || e.Msg == "" {
			t.Fatalf("empty error in %v", err)
		}
		if e.File == "fuzz.toml" && (e.Line < 0 || e.Line > lines+1) {
			t.Fatalf("error line %d outside a %d-line file: %v", e.Line, lines, e)
		}
		if e.File != "fuzz.toml" && e.File != "base.toml" {
			t.Fatalf("error names file %q: %v", e.File, e)
		}
	}
}

// checkMatches fails t unless every match lies within data, is non-empty,
// and, when not found by decoding, holds exactly the bytes it spans.
func checkMatches(t *testing.T, data []byte, ms []rules.Match) {
	t.Helper()
	for _, m := range ms {
		if m.Rule == nil {
			t.Fatalf("match without a rule: %+v", m)
		}
		if m.Start < 0 || m.Start > m.End || m.End > len(data) {
			t.Fatalf("rule %s: match [%d,%d) outside input of %d bytes", m.Rule.ID, m.Start, m.End, len(data))
		}
		if len(m.Secret) == 0 {
			t.Fatalf("rule %s: empty secret at [%d,%d)", m.Rule.ID, m.Start, m.End)
		}
		switch m.Decoded {
		case "":
			if !bytes.Equal(m.Secret, data[m.Start:m.End]) {
				t.Fatalf("rule %s: secret %q is not data[%d:%d] = %q", m.Rule.ID, m.Secret, m.Start, m.End, data[m.Start:m.End])
			}
		case "base64", "hex", "percent":
		default:
			t.Fatalf("rule %s: unknown decoding %q", m.Rule.ID, m.Decoded)
		}
		if !slices.Contains([]rules.Severity{rules.Critical, rules.High, rules.Medium, rules.Low}, m.Severity) {
			t.Fatalf("rule %s: severity %q", m.Rule.ID, m.Severity)
		}
	}
}

// addCaseSeeds adds every rule's generated positive and negative cases
// (fake secrets made at run time) to f's seed corpus, in a stable order.
func addCaseSeeds(f *testing.F, add func(text string)) {
	all := allCases(f)
	ids := make([]string, 0, len(all))
	for id := range all {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		cases, _ := sharedCase(id, 1, all[id]) // built once per test binary
		for _, text := range append(cases.Positives, cases.Negatives...) {
			add(text)
		}
	}
}

// FuzzMatcher runs arbitrary bytes through the full default ruleset
// (../rules.toml). Find must not panic, and every match must satisfy
// checkMatches.
func FuzzMatcher(f *testing.F) {
	addCaseSeeds(f, func(text string) { f.Add([]byte(text)) })
	find := pooledFind(loadDefault(f))
	f.Fuzz(func(t *testing.T, data []byte) {
		t.Parallel() // the seed corpus is every case text: spread over the CPUs
		// The seed corpus is the case texts, each matched once per test
		// binary (shared_cases_test.go); other inputs are matched here.
		checkMatches(t, data, sharedFind(find, data))
	})
}

// FuzzValidator calls each validator by name on arbitrary bytes. None
// may panic, and a severity it sets must be a known one.
func FuzzValidator(f *testing.F) {
	names := rules.ValidatorNames()
	rs := loadDefault(f)
	all := allCases(f)
	for _, r := range rs.Rules {
		build, ok := all[r.ID]
		i := slices.Index(names, r.Validate)
		if !ok || i < 0 {
			continue
		}
		c, _ := sharedCase(r.ID, 1, build)
		for _, m := range rs.NewMatcher().Find([]byte(strings.Join(c.Positives, "\n"))) {
			if m.Rule == r && m.Decoded == "" {
				f.Add(uint16(i), m.Secret)
			}
		}
	}
	f.Fuzz(func(t *testing.T, which uint16, secret []byte) {
		name := names[int(which)%len(names)]
		c, ok := rules.CheckSecret(name, secret)
		if !ok {
			t.Fatalf("validator %q from ValidatorNames is unknown to CheckSecret", name)
		}
		if c.Severity != "" && !slices.Contains([]rules.Severity{rules.Critical, rules.High, rules.Medium, rules.Low}, c.Severity) {
			t.Fatalf("validator %s: severity %q", name, c.Severity)
		}
		if !c.OK && (c.Severity != "" || c.Owner != "") {
			t.Fatalf("validator %s: failed check carries severity %q owner %q", name, c.Severity, c.Owner)
		}
	})
	if _, ok := rules.CheckSecret("no-such-validator", nil); ok {
		f.Error("CheckSecret accepts an unknown validator name")
	}
}

// encodings are the ways FuzzDecode encodes its payload before scanning.
var encodings = []func([]byte) string{
	base64.StdEncoding.EncodeToString,
	base64.RawURLEncoding.EncodeToString,
	hex.EncodeToString,
	percentEncode,
	func(b []byte) string { return url.QueryEscape(string(b)) },
	func(b []byte) string { return base64.StdEncoding.EncodeToString([]byte(hex.EncodeToString(b))) },
	func(b []byte) string { return hex.EncodeToString([]byte(base64.StdEncoding.EncodeToString(b))) },
	func(b []byte) string { return percentEncode([]byte(base64.StdEncoding.EncodeToString(b))) },
}

// percentEncode writes every byte of b as %XX.
func percentEncode(b []byte) string {
	var s strings.Builder
	for _, c := range b {
		fmt.Fprintf(&s, "%%%02X", c)
	}
	return s.String()
}

// FuzzDecode drives the decoding pass: the payload is encoded (base64,
// base64url, hex, percent, or two of them nested) and placed on a line
// after a fuzzed prefix, then scanned with the full default ruleset.
// Random bytes alone rarely form a long encoded run; this makes every
// input one.
func FuzzDecode(f *testing.F) {
	n := 0
	addCaseSeeds(f, func(text string) {
		f.Add(uint8(n%len(encodings)), "password: ", []byte(text))
		n++
	})
	f.Add(uint8(0), "", []byte(""))
	f.Add(uint8(2), "x=", []byte("\x00\x01\x02"))
	find := pooledFind(loadDefault(f))
	f.Fuzz(func(t *testing.T, how uint8, prefix string, payload []byte) {
		t.Parallel() // the seed corpus is every case text: spread over the CPUs
		data := []byte(prefix + encodings[int(how)%len(encodings)](payload) + "\n")
		checkMatches(t, data, find(data))
	})
}

// FuzzJWTAndPEM builds JSON Web Tokens and PEM blocks around fuzzed
// bytes, checks them with the jwt, jwt-claims and PEM validators (plain,
// JSON-escaped and base64-wrapped), and scans them with the default
// ruleset. Nothing may panic.
func FuzzJWTAndPEM(f *testing.F) {
	f.Add([]byte(`{"alg":"HS256","typ":"JWT"}`), []byte(`{"sub":"1","iat":1}`), "RSA PRIVATE KEY")
	f.Add([]byte(`{"alg":""}`), []byte(`[]`), "PRIVATE KEY")
	f.Add([]byte(`{"alg":1}`), []byte(`null`), "EC PRIVATE KEY")
	f.Add([]byte(`{}`), []byte{0x30, 0x82, 0xff, 0xff}, "OPENSSH PRIVATE KEY")
	f.Add([]byte(`null`), []byte("openssh-key-v1\x00"), "ENCRYPTED PRIVATE KEY")
	f.Add([]byte(``), []byte(``), "PGP PRIVATE KEY BLOCK")
	rs := loadDefault(f)
	f.Fuzz(func(t *testing.T, header, body []byte, pemType string) {
		enc := base64.RawURLEncoding.EncodeToString
		token := enc(header) + "." + enc(body) + "." + enc(body[:len(body)/2])
		texts := []string{token}
		if block := pem.EncodeToMemory(&pem.Block{Type: pemType, Bytes: body}); block != nil {
			texts = append(texts, string(block),
				strings.ReplaceAll(string(block), "\n", `\n`),
				base64.StdEncoding.EncodeToString(block))
		}
		for _, text := range texts {
			for _, name := range rules.ValidatorNames() {
				if !strings.Contains(name, "jwt") && !strings.Contains(name, "pem") && !strings.Contains(name, "private-key") {
					continue
				}
				if _, ok := rules.CheckSecret(name, []byte(text)); !ok {
					t.Fatalf("validator %q unknown", name)
				}
			}
		}
		data := []byte("token = " + token + "\nkey: |\n" + strings.Join(texts[1:], "\n") + "\n")
		checkMatches(t, data, rs.NewMatcher().Find(data))
	})
}

// pooledFind returns Find over a pool of rs's matchers: a fuzz target
// runs thousands of seeds, and a new matcher for each was most of its
// time.
func pooledFind(rs *rules.Ruleset) func(data []byte) []rules.Match {
	pool := sync.Pool{New: func() any { return rs.NewMatcher() }}
	return func(data []byte) []rules.Match {
		m := pool.Get().(*rules.Matcher)
		defer pool.Put(m)
		return m.Find(data)
	}
}
