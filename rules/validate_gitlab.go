package rules

import (
	"strconv"
	"strings"
)

// checkGitLabRoutable checks a GitLab routable token: its last seven
// characters are the base36 CRC32 of everything before them, prefix
// included. The owner hint comes from the routing payload (o: organization,
// g: group, p: project, u: user, ids in base36).
func checkGitLabRoutable(secret []byte) Check {
	body, sum, ok := crcBase36.split(string(secret))
	if !ok || !crcBase36.verify(body, sum) {
		return Check{}
	}
	return Check{OK: true, Owner: gitlabOwner(body)}
}

// gitlabOwner decodes the routing payload of a routable token body
// ("prefix-BASE64[.VV].LL") and names the most specific owner in it.
func gitlabOwner(body string) string {
	_, rest, ok := strings.Cut(body, "-")
	if !ok {
		return ""
	}
	encoded, tail, _ := strings.Cut(rest, ".")
	raw, ok := decodeBase64(encoded, b64URL)
	if !ok || len(raw) < 18 {
		return ""
	}
	var payload []byte
	if strings.Contains(tail, ".") { // versioned: random(16) payload size(1)
		payload = raw[16 : len(raw)-1]
		if int(raw[len(raw)-1]) != len(payload) {
			return ""
		}
	} else { // first format: payload random(16) 16
		payload = raw[:len(raw)-17]
	}
	return describeGitLabRouting(string(payload))
}

// describeGitLabRouting turns "c:1\no:2\nu:3" into "gitlab user 3 (organization 2)".
func describeGitLabRouting(payload string) string {
	fields := map[string]string{}
	for line := range strings.SplitSeq(payload, "\n") {
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			return ""
		}
		if n, err := strconv.ParseUint(v, 36, 64); err == nil {
			v = strconv.FormatUint(n, 10)
		}
		fields[k] = v
	}
	names := []struct{ key, name string }{{"u", "user"}, {"p", "project"}, {"g", "group"}, {"o", "organization"}}
	for _, n := range names {
		if v := fields[n.key]; v != "" {
			owner := "gitlab " + n.name + " " + v
			if o := fields["o"]; n.key != "o" && o != "" {
				owner += " (organization " + o + ")"
			}
			return owner
		}
	}
	return ""
}
