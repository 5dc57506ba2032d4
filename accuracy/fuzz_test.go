package accuracy_test

import (
	"encoding/base64"
	"encoding/hex"
	"encoding/pem"
	"fmt"
	"net/url"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/keysieve/keysieve/internal/rulecases"
	"github.com/keysieve/keysieve/rules"
)

// Fuzz targets of the full default ruleset. Their seed corpora are the
// f.Add calls below (every rule's cases, fake secrets built at run time,
// never stored) plus the files under accuracy/testdata/fuzz/<Target>/;
// `go test` runs every seed as a normal test. Run one for real with, for
// example:
//
//	go test ./accuracy -run '^$' -fuzz '^FuzzMatcher$' -fuzztime 10m

// checkMatches fails t unless ms hold what rulecases.CheckMatches asks.
func checkMatches(t *testing.T, data []byte, ms []rules.Match) {
	t.Helper()
	if err := rulecases.CheckMatches(data, ms); err != nil {
		t.Fatal(err)
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
		cases, _ := shared.Case(id, 1, all[id]) // built once per test binary
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
		// binary (rulecases.Memo); other inputs are matched here.
		checkMatches(t, data, shared.Find(find, data))
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
		c, _ := shared.Case(r.ID, 1, build)
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
