package accuracy_test

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/keysieve/keysieve/internal/rulecases"
	"github.com/keysieve/keysieve/rules"
)

// bareNameMarkers are the endings of a keyword-anchored rule's name part
// that let the provider's bare name label the value: "…credential)s?…|\b)"
// reads either a name holding a credential word or the name alone.
var bareNameMarkers = []string{
	`credential)s?(?:[_.-][\w.-]{0,20}?)?|\b)`,
	`credential)s?\b[\w.-]{0,20}?|\b)`,
	`credential)s?\b[\w. -]{0,20}?|\b)`,
}

// bareNameGroup is the other ending that lets the bare name label the
// value: a plain group of credential words, then the name alone
// (deepgram(?:[^\n]{0,40}?(?:key|token|secret)|\b)).
var bareNameGroup = regexp.MustCompile(`(?:key|token|secret|pat)[^()]*\)\|\\b\)`)

// identifierKeyword is a keyword that can stand alone as a variable name.
var identifierKeyword = regexp.MustCompile(`^[a-z][a-z0-9]*(?:[_-][a-z0-9]+)*$`)

// TestBareProviderName checks every rule that lets its provider's bare
// name label a value: the value its first positive holds is found after
// the name alone (ACME=v, "acme": "v", acme: v), and not after the name
// glued to another word (ACME_ID=v), which only a credential word allows.
func TestBareProviderName(t *testing.T) {
	t.Parallel()
	rs := loadDefault(t)
	cases := allCases(t)
	m := rs.NewMatcher()
	bare := 0
	for _, r := range rs.Rules {
		if !slices.ContainsFunc(bareNameMarkers, func(s string) bool { return strings.Contains(r.Regex.String(), s) }) &&
			!bareNameGroup.MatchString(r.Regex.String()) {
			continue
		}
		bare++
		t.Run(r.ID, func(t *testing.T) {
			c, _ := shared.Case(r.ID, 1, cases[r.ID])
			_, value := valueOf(m.Find([]byte(c.Positives[0])), r.ID, c.Positives[0])
			if value == "" {
				t.Fatalf("first positive of %s not found:\n%s", r.ID, rulecases.Indent(c.Positives[0]))
			}
			var tried []string
			for _, kw := range bareNames(r) {
				env := strings.ToUpper(strings.ReplaceAll(kw, "-", "_"))
				texts := []string{env + "=" + value + "\n", `{"` + kw + `": "` + value + `"}` + "\n", kw + ": " + value + "\n"}
				if slices.ContainsFunc(texts, func(s string) bool { return !foundIn(m.Find([]byte(s)), r.ID, value) }) {
					tried = append(tried, kw)
					continue
				}
				glued := env + "_NAME=" + value + "\n"
				if !credentialWord.MatchString(kw) && foundIn(m.Find([]byte(glued)), r.ID, value) {
					t.Errorf("%s finds the value after a name that is not its provider's alone:\n%s", r.ID, rulecases.Indent(glued))
				}
				return
			}
			t.Errorf("%s reads a bare name, but no keyword of it (%v; tried %v) labels %q alone", r.ID, r.Keywords, tried, value)
		})
	}
	// Brave Search's, Featherless's and Nomic's keys are found by their
	// prefix alone, wherever they are, so their rules left this count.
	if bare < 1080 {
		t.Errorf("%d rules read their provider's bare name; want at least 1080", bare)
	}
	t.Logf("%d rules read their provider's bare name", bare)
}

// compoundBareNames are the names of rules whose provider's name is more
// than any one keyword: the bare name of hcaptcha-secret-key is
// hcaptcha_secret, as a lone "hcaptcha" would label the public site key;
// and those whose name starts with a digit (2c2p), which no keyword test
// reads as a variable name.
var compoundBareNames = map[string]string{
	"2c2p-secret-key":                         "2c2p",
	"auth0-management-api-token":              "auth0_management",
	"exa-api-key":                             "exa_api_key",
	"hcaptcha-secret-key":                     "hcaptcha_secret",
	"lunary-private-key":                      "lunary_private",
	"openstack-application-credential-secret": "application_credential_secret",
	"recaptcha-secret-key":                    "recaptcha_secret",
	"talon-one-api-key":                       "talon_one",
}

// bareNames returns the names rule r's provider may go by alone: its
// compound name, or each keyword that can be a variable name, without a
// trailing separator, and with "api" after it (kakao_api for kakao).
func bareNames(r *rules.Rule) []string {
	if name, ok := compoundBareNames[r.ID]; ok {
		return []string{name}
	}
	var names []string
	for _, kw := range r.Keywords {
		kw = strings.TrimRight(kw, "_-.")
		if identifierKeyword.MatchString(kw) {
			names = append(names, kw, kw+"_api")
		}
	}
	return names
}

// valueOf returns the secret of the first match of rule id in text, and
// the whole token around it: the value a name is assigned (a Dropbox
// token's secret is its tail, and the value the whole token).
func valueOf(ms []rules.Match, id, text string) (secret, value string) {
	for _, m := range ms {
		if m.Rule.ID != id {
			continue
		}
		start, end := m.Start, m.End
		for start > 0 && text[start-1] != '=' && strings.IndexByte(valueBytes, text[start-1]) >= 0 {
			start--
		}
		for end < len(text) && strings.IndexByte(valueBytes, text[end]) >= 0 {
			end++
		}
		return string(m.Secret), text[start:end]
	}
	return "", ""
}

// valueBytes are the bytes a token-shaped value may hold besides letters
// and digits; it does not start with '=', which ends a name.
const valueBytes = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-+/=.:|%"

// foundIn reports whether rule id matched a part of value.
func foundIn(ms []rules.Match, id, value string) bool {
	return slices.ContainsFunc(ms, func(m rules.Match) bool {
		return m.Rule.ID == id && strings.Contains(value, string(m.Secret))
	})
}

// credentialWord finds a word that names a credential: a name holding one
// may go on (MUX_TOKEN_SECRET), so it is not glued to another word.
var credentialWord = regexp.MustCompile(`(?i)key|secret|token|pass|pat|auth|credential`)
