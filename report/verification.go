package report

import (
	"slices"
	"strings"

	"github.com/keysieve/keysieve/findings"
)

// verificationTag is the live check's status that starts a finding's
// line in the text report ("" when --verify was not asked for).
func verificationTag(p palette, v *findings.Verification) string {
	if v == nil {
		return ""
	}
	c := p.dim
	switch v.Status {
	case findings.VerifyValid:
		c = p.severe
	case findings.VerifyInvalid:
		c = p.ok
	case findings.VerifyError:
		c = p.mild
	}
	return c.Sprintf("%-9s", "["+v.Status+"]") + " "
}

// verificationText is the status, detail and identity of a live check,
// on one line: "valid (HTTP 200); user: octo, scopes: repo".
func verificationText(v *findings.Verification) string {
	s := v.Status
	if v.Detail != "" {
		s += " (" + Escape(v.Detail) + ")"
	}
	if id := identityText(v); id != "" {
		s += "; " + id
	}
	return s
}

// verificationDetail is the detail and identity of a live check, without
// its status: "HTTP 200; user: octo, scopes: repo".
func verificationDetail(v *findings.Verification) string {
	d, id := Escape(v.Detail), identityText(v)
	if d != "" && id != "" {
		return d + "; " + id
	}
	return d + id
}

// identityText is the identity a provider revealed, its keys sorted and
// every text escaped: "scopes: repo, user: octo" ("" when none).
func identityText(v *findings.Verification) string {
	if len(v.Identity) == 0 {
		return ""
	}
	keys := make([]string, 0, len(v.Identity))
	for k := range v.Identity {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = Escape(k) + ": " + Escape(v.Identity[k])
	}
	return strings.Join(parts, ", ")
}

// redactedVerification returns a copy of v with clean applied to its
// detail and identity (provider answers, which may echo anything).
func redactedVerification(v findings.Verification, clean func(string) string) *findings.Verification {
	v.Detail = clean(v.Detail)
	if v.Identity != nil {
		id := make(map[string]string, len(v.Identity))
		for k, val := range v.Identity {
			id[k] = clean(val)
		}
		v.Identity = id
	}
	return &v
}
