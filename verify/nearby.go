package verify

import (
	"context"
	"encoding/json"
	"regexp"
	"strings"

	"github.com/keysieve/keysieve/findings"
)

// nearbySpec is a check whose credential needs a value besides the secret
// that is not itself a secret finding: an account SID, a user name, an
// e-mail address, a shop's or site's host. Those values are taken from the
// text around the finding (findings.Finding.Context, kept by the scan only
// under --verify and never written in a report); a finding without them
// is skipped. The host a value names is accepted only in the provider's
// own domain, as one label under it.
type nearbySpec struct {
	Rule     string
	Provider string
	// Needs says what must be near the secret, for the skipped detail.
	Needs string
	// Find returns the values found in text around secret, the nearest
	// of each kind; false when one is missing.
	Find func(text, secret string) ([]string, bool)
	// Request builds the request for secret and the values found; false
	// when a value is not of the form the provider accepts (not sent).
	Request func(secret string, vals []string) (*httpSpec, bool)
	// Known adds to a valid answer's identity what the request itself
	// established (the user name Docker Hub accepted with the token).
	Known func(vals []string) map[string]string
	// Docs: the request line, how the credential is sent, what a valid
	// answer reveals; Hosts are the hosts the check may call.
	Endpoint, Sent, Reveals string
	Hosts                   []string
}

// Values near a secret, and the forms they must have before they are
// sent (in a URL, a host name, a header).
var (
	twilioAccountSID = regexp.MustCompile(`\bAC[0-9a-f]{32}\b`)
	twilioKeySID     = regexp.MustCompile(`\bSK[0-9a-fA-F]{32}\b`)
	// dockerUser is a user name given beside a name such as DOCKER_USER,
	// DOCKERHUB_USERNAME, username or docker login's -u.
	dockerUser    = regexp.MustCompile(`(?i)(?:^|[^a-z0-9])(?:[a-z0-9_.-]*user(?:_?name)?|usr|-u|--username)["']?(?:\s*[:=]\s*|\s+)["']?([a-z0-9]{4,30})(?:[^a-z0-9._@-]|$)`)
	dockerUserFmt = regexp.MustCompile(`^[a-z0-9]{4,30}$`)
	emailAddr     = regexp.MustCompile(`[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+`)
	// hostRun is a whole run of host-name characters with at least one
	// dot: a name is accepted only when the entire run is
	// <label>.<domain>, so a longer name that merely contains one
	// (x.myshopify.com.evil.test) is not.
	hostRun = regexp.MustCompile(`(?i)[a-z0-9_-]+(?:\.[a-z0-9_-]+)+`)
	// hostLabel is the one label allowed before the provider's domain.
	hostLabel = regexp.MustCompile(`^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$`)
)

// shopifyAPIVersion is the Admin API version asked for. Shopify answers
// a version past its support window with the oldest supported one, so
// the check keeps working as versions age.
const shopifyAPIVersion = "2025-01"

// nearbySpecs returns the checks of credentials paired with a value from
// the text around them.
func nearbySpecs() []*nearbySpec {
	return []*nearbySpec{
		{Rule: "twilio-auth-token", Provider: "Twilio", Needs: "account SID (AC…)",
			Find: func(text, secret string) ([]string, bool) {
				return findAll(text, secret, nearestOf(twilioAccountSID, 0, nil))
			},
			Request: func(_ string, v []string) (*httpSpec, bool) {
				if !wholeMatch(twilioAccountSID, v[0]) {
					return nil, false
				}
				return &httpSpec{Provider: "Twilio", URL: "https://api.twilio.com/2010-04-01/Accounts/" + v[0] + ".json", Auth: basicPass(v[0]),
					InvalidStatus: []int{401, 403}, Identity: []idField{{"account", "friendly_name"}, {"status", "status"}, {"type", "type"}}}, true
			},
			Endpoint: "GET https://api.twilio.com/2010-04-01/Accounts/{AC…}.json", Sent: "Basic auth {account SID}:token",
			Reveals: "account name, status and type", Hosts: []string{"api.twilio.com"}},
		{Rule: "twilio-api-key-secret", Provider: "Twilio", Needs: "API key SID (SK…)",
			Find: func(text, secret string) ([]string, bool) {
				return findAll(text, secret, nearestOf(twilioKeySID, 0, nil))
			},
			Request: func(_ string, v []string) (*httpSpec, bool) {
				if !wholeMatch(twilioKeySID, v[0]) {
					return nil, false
				}
				// Standard API keys may not read the Accounts resource;
				// listing Verify services is open to every key type but a
				// restricted one without that permission (403: error).
				return &httpSpec{Provider: "Twilio", URL: "https://verify.twilio.com/v2/Services?PageSize=1", Auth: basicPass(v[0]),
					InvalidStatus: []int{401}, Identity: []idField{{"account_sid", "services.0.account_sid"}}}, true
			},
			Endpoint: "GET https://verify.twilio.com/v2/Services?PageSize=1", Sent: "Basic auth {API key SID}:secret",
			Reveals: "the account SID when it has a Verify service (standard API keys may not read /Accounts; 403, a restricted key without that permission, is an error)",
			Hosts:   []string{"verify.twilio.com"}},
		{Rule: "dockerhub-token", Provider: "Docker Hub", Needs: "Docker Hub user name (DOCKER_USERNAME, username, -u)",
			Find: func(text, secret string) ([]string, bool) {
				return findAll(text, secret, nearestOf(dockerUser, 1, func(s string) (string, bool) {
					s = strings.ToLower(s)
					return s, dockerUserFmt.MatchString(s)
				}))
			},
			Request: func(secret string, v []string) (*httpSpec, bool) {
				if !dockerUserFmt.MatchString(v[0]) {
					return nil, false
				}
				body, err := json.Marshal(map[string]string{"identifier": v[0], "secret": secret})
				if err != nil {
					return nil, false
				}
				return &httpSpec{Provider: "Docker Hub", Method: "POST", URL: "https://hub.docker.com/v2/auth/token", Auth: inURL(),
					Body: string(body), ContentType: jsonType, ValidIf: "access_token"}, true
			},
			Known:    func(v []string) map[string]string { return map[string]string{"user": v[0]} },
			Endpoint: "POST https://hub.docker.com/v2/auth/token", Sent: `JSON body {"identifier": user, "secret": token}`,
			Reveals: "that the user name owns the token (the short-lived token answered is dropped)", Hosts: []string{"hub.docker.com"}},
		{Rule: "shopify-access-token", Provider: "Shopify", Needs: "shop domain ({shop}.myshopify.com)",
			Find: func(text, secret string) ([]string, bool) {
				return findAll(text, secret, nearestOf(hostRun, 0, underDomain("myshopify.com")))
			},
			Request: func(_ string, v []string) (*httpSpec, bool) {
				if !hostLabel.MatchString(v[0]) {
					return nil, false
				}
				return &httpSpec{Provider: "Shopify", URL: "https://" + v[0] + ".myshopify.com/admin/api/" + shopifyAPIVersion + "/shop.json",
					Auth:     header("X-Shopify-Access-Token", ""),
					Identity: []idField{{"shop", "shop.name"}, {"domain", "shop.myshopify_domain"}, {"plan", "shop.plan_name"}}}, true
			},
			Endpoint: "GET https://<shop>.myshopify.com/admin/api/" + shopifyAPIVersion + "/shop.json", Sent: "X-Shopify-Access-Token: …",
			Reveals: "shop name, domain and plan", Hosts: []string{"*.myshopify.com"}},
		{Rule: "atlassian-api-token", Provider: "Atlassian", Needs: "site ({site}.atlassian.net) and account e-mail",
			Find: func(text, secret string) ([]string, bool) {
				return findAll(text, secret, nearestOf(hostRun, 0, underDomain("atlassian.net")), nearestOf(emailAddr, 0, nil))
			},
			Request: func(_ string, v []string) (*httpSpec, bool) {
				if len(v) < 2 || !hostLabel.MatchString(v[0]) || !wholeMatch(emailAddr, v[1]) {
					return nil, false
				}
				return &httpSpec{Provider: "Atlassian", URL: "https://" + v[0] + ".atlassian.net/rest/api/3/myself", Auth: basicPass(v[1]),
					Identity: []idField{{"account", "accountId"}, {"email", "emailAddress"}, {"name", "displayName"}}}, true
			},
			Known:    func(v []string) map[string]string { return map[string]string{"site": v[0] + ".atlassian.net"} },
			Endpoint: "GET https://<site>.atlassian.net/rest/api/3/myself", Sent: "Basic auth {e-mail}:token",
			Reveals: "account id, e-mail and display name", Hosts: []string{"*.atlassian.net"}},
	}
}

// registerNearby registers the checks of nearbySpecs.
func registerNearby(r *Registry) {
	for _, s := range nearbySpecs() {
		r.Register(s.Rule, Check{Provider: s.Provider, Func: s.check, Credential: s.credential, Missing: "no " + s.Needs + " near the secret"})
	}
}

// credential is the secret and the values found near it, joined by NUL.
func (s *nearbySpec) credential(f *findings.Finding) (string, bool) {
	vals, ok := s.Find(f.Context, f.Secret)
	if !ok || f.Secret == "" {
		return "", false
	}
	return strings.Join(append([]string{f.Secret}, vals...), "\x00"), true
}

// check makes the request for "secret\x00value...".
func (s *nearbySpec) check(ctx context.Context, cred string, env *Env) findings.Verification {
	parts := strings.Split(cred, "\x00")
	secret, vals := parts[0], parts[1:]
	var spec *httpSpec
	ok := secret != "" && len(vals) > 0
	if ok {
		spec, ok = s.Request(secret, vals)
	}
	if !ok {
		return findings.Verification{Status: findings.VerifySkipped, Detail: "not in the form " + s.Provider + " accepts; not sent"}
	}
	v := spec.check(ctx, secret, env)
	if v.Status == findings.VerifyValid && s.Known != nil {
		if v.Identity == nil {
			v.Identity = map[string]string{}
		}
		for k, val := range s.Known(vals) {
			v.Identity[k] = val
		}
	}
	return v
}

// finder finds one value in text, nearest to the secret at [at, end).
type finder func(text string, at, end int) (string, bool)

// findAll runs each finder around the secret's first place in text.
func findAll(text, secret string, finders ...finder) ([]string, bool) {
	at := strings.Index(text, secret)
	if at < 0 || secret == "" {
		return nil, false
	}
	vals := make([]string, 0, len(finders))
	for _, f := range finders {
		v, ok := f(text, at, at+len(secret))
		if !ok {
			return nil, false
		}
		vals = append(vals, v)
	}
	return vals, true
}

// nearestOf returns a finder of re's group (0: the whole match) nearest
// the secret, outside it; accept, when set, filters and normalizes.
func nearestOf(re *regexp.Regexp, group int, accept func(string) (string, bool)) finder {
	return func(text string, at, end int) (string, bool) {
		best, dist := "", -1
		for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
			lo, hi := m[2*group], m[2*group+1]
			if lo < 0 || (lo < end && hi > at) {
				continue
			}
			v := text[lo:hi]
			if accept != nil {
				var ok bool
				if v, ok = accept(v); !ok {
					continue
				}
			}
			d := max(lo-end, at-hi)
			if dist < 0 || d < dist {
				best, dist = v, d
			}
		}
		return best, dist >= 0
	}
}

// underDomain accepts a whole host name that is one label under domain,
// and returns that label, in lower case.
func underDomain(domain string) func(string) (string, bool) {
	return func(host string) (string, bool) {
		label, ok := strings.CutSuffix(strings.ToLower(host), "."+domain)
		return label, ok && hostLabel.MatchString(label)
	}
}

// wholeMatch reports whether re, the pattern that finds a value in the
// text around a secret, matches all of s: the check of a value's form
// before it is sent.
func wholeMatch(re *regexp.Regexp, s string) bool {
	loc := re.FindStringIndex(s)
	return loc != nil && loc[0] == 0 && loc[1] == len(s)
}
