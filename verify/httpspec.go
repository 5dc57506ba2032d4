package verify

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/keysieve/keysieve/findings"
)

// httpSpec is one provider's check: a single read-only request to a fixed
// host, and how to read the answer.
type httpSpec struct {
	Rules    []string
	Provider string
	Method   string // default GET
	// URL is the request's address. A "{secret}" in it is replaced by the
	// path-escaped secret, which must then match Format.
	URL string
	// URLOf, instead of URL, derives the address from the secret (a
	// webhook URL, a data-centre suffix), refusing any other host.
	URLOf func(secret string) (string, bool)
	// Format, when set, must match the whole secret before anything is
	// sent.
	Format *regexp.Regexp
	Auth   auth
	// Headers are sent as they are.
	Headers     map[string]string
	Body        string
	ContentType string
	// ValidStatus are the answers meaning valid (default: any 2xx);
	// InvalidStatus those meaning invalid (default: 401 and 403).
	ValidStatus   []int
	InvalidStatus []int
	// ValidIf, a JSON path, must hold a true value (or a non-empty one)
	// in a valid answer; a valid-status answer without it is invalid.
	ValidIf string
	// ValidBody must appear in the body of a valid answer.
	ValidBody string
	// Identity names what to report of a valid answer.
	Identity []idField
	// Reveals says in words what a valid answer tells (docs).
	Reveals string
}

// idField is one identity value: Key is its name in the report; From is
// a JSON path ("user.login", "orgs.0.name") or "header:Name".
type idField struct{ Key, From string }

// auth is how a spec sends the secret.
type auth struct {
	apply func(req *http.Request, secret string)
	desc  string
}

func bearer() auth {
	return auth{func(r *http.Request, s string) { r.Header.Set("Authorization", "Bearer "+s) }, "Authorization: Bearer"}
}

func header(name, prefix string) auth {
	return auth{func(r *http.Request, s string) { r.Header.Set(name, prefix+s) }, name + ": " + prefix + "…"}
}

// basicUser sends the secret as the Basic user name, with password pass.
func basicUser(pass string) auth {
	return auth{func(r *http.Request, s string) { r.SetBasicAuth(s, pass) }, "Basic auth, the key as user"}
}

// basicPass sends the secret as the Basic password, for user.
func basicPass(user string) auth {
	return auth{func(r *http.Request, s string) { r.SetBasicAuth(user, s) }, "Basic auth " + user + ":key"}
}

// basicRaw sends base64(secret) as the Basic credentials.
func basicRaw() auth {
	return auth{func(r *http.Request, s string) {
		r.Header.Set("Authorization", "Basic "+base64.StdEncoding.EncodeToString([]byte(s)))
	}, "Basic base64(key)"}
}

func query(param string) auth {
	return auth{func(r *http.Request, s string) {
		q := r.URL.Query()
		q.Set(param, s)
		r.URL.RawQuery = q.Encode()
	}, "query parameter " + param}
}

// inURL: the secret is part of the URL itself.
func inURL() auth { return auth{func(*http.Request, string) {}, "in the URL"} }

// endpoint returns the request line for the docs.
func (s *httpSpec) endpoint() string {
	u := s.URL
	if u == "" {
		u = "(the URL found)"
	}
	return s.method() + " " + u
}

func (s *httpSpec) method() string {
	if s.Method == "" {
		return http.MethodGet
	}
	return s.Method
}

// target returns the URL to call for secret, or false when the secret is
// not of the form the check may send.
func (s *httpSpec) target(secret string) (string, bool) {
	if s.Format != nil && !s.Format.MatchString(secret) {
		return "", false
	}
	if s.URLOf != nil {
		return s.URLOf(secret)
	}
	return strings.ReplaceAll(s.URL, "{secret}", url.PathEscape(secret)), true
}

// check makes the spec's request and reads the answer.
func (s *httpSpec) check(ctx context.Context, secret string, env *Env) findings.Verification {
	target, ok := s.target(secret)
	if !ok {
		return findings.Verification{Status: findings.VerifySkipped, Detail: "not in the form " + s.Provider + " accepts; not sent"}
	}
	resp, err := env.Do(ctx, func(ctx context.Context) (*http.Request, error) {
		var body io.Reader
		if s.Body != "" {
			body = strings.NewReader(s.Body)
		}
		req, err := http.NewRequestWithContext(ctx, s.method(), target, body)
		if err != nil {
			return nil, err
		}
		for k, v := range s.Headers {
			req.Header.Set(k, v)
		}
		if s.ContentType != "" {
			req.Header.Set("Content-Type", s.ContentType)
		}
		req.Header.Set("Accept", cmpOr(req.Header.Get("Accept"), "application/json"))
		s.Auth.apply(req, secret)
		return req, nil
	})
	if err != nil {
		return errorVerification(err)
	}
	return s.judge(resp)
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// judge turns an answer into a verdict.
func (s *httpSpec) judge(r *response) findings.Verification {
	detail := statusDetail(r.Status)
	validStatus := slices.Contains(s.ValidStatus, r.Status) || (s.ValidStatus == nil && r.Status/100 == 2)
	if validStatus {
		doc := parseJSON(r.Body)
		switch {
		case s.ValidBody != "" && !strings.Contains(string(r.Body), s.ValidBody):
			return findings.Verification{Status: findings.VerifyInvalid, Detail: detail}
		case s.ValidIf != "" && !truthy(lookup(doc, s.ValidIf)):
			return findings.Verification{Status: findings.VerifyInvalid, Detail: detail + ", refused in the answer"}
		}
		return findings.Verification{Status: findings.VerifyValid, Detail: detail, Identity: s.identity(doc, r.Header)}
	}
	invalid := s.InvalidStatus
	if invalid == nil {
		invalid = []int{http.StatusUnauthorized, http.StatusForbidden}
	}
	switch {
	case slices.Contains(invalid, r.Status):
		return findings.Verification{Status: findings.VerifyInvalid, Detail: detail}
	case r.Status == http.StatusTooManyRequests:
		return findings.Verification{Status: findings.VerifyError, Detail: detail + ", rate limited"}
	case r.Status/100 == 3:
		return findings.Verification{Status: findings.VerifyError, Detail: detail + ", redirect not followed"}
	}
	return findings.Verification{Status: findings.VerifyError, Detail: detail}
}

func (s *httpSpec) identity(doc any, h http.Header) map[string]string {
	id := map[string]string{}
	for _, f := range s.Identity {
		var v string
		if name, ok := strings.CutPrefix(f.From, "header:"); ok {
			v = h.Get(name)
		} else {
			v = text(lookup(doc, f.From))
		}
		if v = strings.TrimSpace(v); v != "" {
			id[f.Key] = clip(v)
		}
	}
	if len(id) == 0 {
		return nil
	}
	return id
}

// clip bounds an identity value's length.
func clip(s string) string {
	const n = 200
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}

func parseJSON(b []byte) any {
	var v any
	if json.Unmarshal(b, &v) != nil {
		return nil
	}
	return v
}

// lookup walks a dotted path through objects and arrays (numeric parts
// index arrays).
func lookup(v any, path string) any {
	for _, part := range strings.Split(path, ".") {
		switch t := v.(type) {
		case map[string]any:
			v = t[part]
		case []any:
			i, err := strconv.Atoi(part)
			if err != nil || i < 0 || i >= len(t) {
				return nil
			}
			v = t[i]
		default:
			return nil
		}
	}
	return v
}

func truthy(v any) bool {
	switch t := v.(type) {
	case nil:
		return false
	case bool:
		return t
	case string:
		return t != ""
	case []any:
		return len(t) > 0
	case map[string]any:
		return len(t) > 0
	}
	return true
}

// text renders a JSON value for an identity: strings as they are,
// numbers and booleans in JSON, arrays of scalars joined by commas.
func text(v any) string {
	switch t := v.(type) {
	case nil:
		return ""
	case string:
		return t
	case []any:
		parts := make([]string, 0, len(t))
		for _, e := range t {
			if s := text(e); s != "" && !strings.ContainsAny(s, "{[") {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, ",")
	case map[string]any:
		return ""
	}
	b, _ := json.Marshal(v)
	return string(b)
}
