package database

import (
	"context"
	"regexp"
	"strings"

	"github.com/keysieve/keysieve/findings"
)

// CheckMatch checks a finding whose Secret is only the password, as the
// database rules' secret groups capture: text is the text the finding
// was matched in (its line is enough), secret the finding's Secret. It
// finds the connection string of the kind that holds that password and
// checks it; skipped when there is none.
func CheckMatch(ctx context.Context, kind Kind, text, secret string, opts Options) findings.Verification {
	t, ok := extract(kind, text, secret)
	if !ok {
		return findings.Verification{Status: findings.VerifySkipped, Detail: "no connection string holding the secret"}
	}
	return t.check(ctx, opts)
}

// ConnectionString returns the connection string of kind in text that
// holds secret as its password, for Check; false when there is none.
func ConnectionString(kind Kind, text, secret string) (string, bool) {
	t, ok := extract(kind, text, secret)
	if !ok {
		return "", false
	}
	return t.source, true
}

// starts are where a connection string of each kind begins.
var starts = map[Kind]*regexp.Regexp{
	KindPostgres:    regexp.MustCompile(`(?i)\bpostgres(?:ql)?(?:\+[a-z0-9]+)?://|\b(?:host|hostaddr|dbname|user|port|sslmode)\s*=`),
	KindCockroachDB: regexp.MustCompile(`(?i)\bcockroachdb(?:\+[a-z0-9]+)?://`),
	KindMySQL:       regexp.MustCompile(`(?i)\b(?:mysqlx?|mariadb)(?:\+[a-z0-9]+)?://`),
	KindRedis:       regexp.MustCompile(`(?i)\brediss?://|[\w.-]+\.redis\.cache\.windows\.net`),
	KindMongoDB:     regexp.MustCompile(`(?i)\bmongodb(?:\+srv)?://`),
	KindJDBC:        regexp.MustCompile(`(?i)\bjdbc:`),
	KindADONET:      regexp.MustCompile(`(?i)\b(?:server|data source|initial catalog|database|uid|user id|driver|host|address|port|username)\s*=`),
}

// extract finds, around each occurrence of secret in text, the
// connection string of kind that holds it as its password.
func extract(kind Kind, text, secret string) (*target, bool) {
	re := starts[kind]
	if re == nil || secret == "" {
		return nil, false
	}
	for off := 0; ; {
		i := strings.Index(text[off:], secret)
		if i < 0 {
			return nil, false
		}
		at := off + i
		off = at + 1
		seg := segment(kind, text, at, at+len(secret))
		locs := re.FindAllStringIndex(seg.text, -1)
		for _, loc := range locs {
			if loc[0] > seg.secretAt {
				break
			}
			t, err := parse(kind, seg.text[loc[0]:])
			if err == nil && t.unsupported == "" && (t.rawPassword == secret || t.password == secret) {
				t.source = seg.text[loc[0]:]
				return t, true
			}
		}
	}
}

// span is the stretch of text a connection string may occupy, with the
// offset of the secret in it.
type span struct {
	text     string
	secretAt int
}

// segment cuts the text around a secret at [from, to): back to the
// line start or an opening quote, on to the line end or a closing quote.
// URIs and StackExchange strings also stop at white space.
func segment(kind Kind, text string, from, to int) span {
	stops := "\"'`\r\n<>"
	if kind != KindPostgres && kind != KindADONET {
		stops += " \t"
	}
	start := strings.LastIndexAny(text[:from], stops) + 1
	end := strings.IndexAny(text[to:], stops)
	if end < 0 {
		end = len(text) - to
	}
	return span{text: text[start : to+end], secretAt: from - start}
}
