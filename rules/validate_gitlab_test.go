package rules

import (
	"encoding/base64"
	"hash/crc32"
	"strings"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
)

func TestGitLabRoutable(t *testing.T) {
	g := fake.New(7)
	prefix := fake.Join("gl", "pat-")
	tok := g.GitLabRoutable(prefix, "c:1\no:2s\nu:"+fake.Base36(4242424, 0))
	wantCheck(t, "versioned", checkNamed(t, "gitlab-routable-crc32", tok), true, "", "gitlab user 4242424 (organization 100)")
	wantCheck(t, "group only", checkNamed(t, "gitlab-routable-crc32", g.GitLabRoutable(prefix, "g:z\no:1")), true, "", "gitlab group 35 (organization 1)")

	// The first routable layout: payload, random bytes, their count; no version.
	raw := append([]byte("o:1\nu:2"), g.Bytes(16)...)
	encoded := base64.RawURLEncoding.EncodeToString(append(raw, 16))
	body := prefix + encoded + "." + fake.Base36(uint64(len(encoded)), 2)
	first := body + fake.Base36(uint64(crc32.ChecksumIEEE([]byte(body))), 7)
	wantCheck(t, "first layout", checkNamed(t, "gitlab-routable-crc32", first), true, "", "gitlab user 2 (organization 1)")

	for _, bad := range []string{tok[:len(tok)-1] + "0", strings.Replace(tok, prefix, fake.Join("gl", "rt-"), 1), "short"} {
		if bad == tok {
			continue
		}
		wantCheck(t, "bad "+bad, checkNamed(t, "gitlab-routable-crc32", bad), false, "", "")
	}
}
