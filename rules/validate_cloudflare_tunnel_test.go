package rules

import (
	"encoding/base64"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
)

func TestCloudflareTunnelToken(t *testing.T) {
	g := fake.New(19)
	tag, id := g.Hex(32), g.Hex(8)+"-"+g.Hex(4)+"-"+g.Hex(4)+"-"+g.Hex(4)+"-"+g.Hex(12)
	secret := base64.StdEncoding.EncodeToString([]byte(g.MixedAlnum(32)))
	enc := func(json string) string { return base64.StdEncoding.EncodeToString([]byte(json)) }
	good := `{"a":"` + tag + `","t":"` + id + `","s":"` + secret + `"}`
	wantCheck(t, "valid", checkNamed(t, "cloudflare-tunnel-token", enc(good)), true, "", "Cloudflare account "+tag)
	wantCheck(t, "unpadded url alphabet", checkNamed(t, "cloudflare-tunnel-token", base64.RawURLEncoding.EncodeToString([]byte(good))), true, "", "Cloudflare account "+tag)
	wantCheck(t, "no tunnel id", checkNamed(t, "cloudflare-tunnel-token", enc(`{"a":"`+tag+`","s":"`+secret+`"}`)), false, "", "")
	wantCheck(t, "short account tag", checkNamed(t, "cloudflare-tunnel-token", enc(`{"a":"`+tag[:20]+`","t":"`+id+`","s":"`+secret+`"}`)), false, "", "")
	wantCheck(t, "not json", checkNamed(t, "cloudflare-tunnel-token", enc(`a=`+tag+`&t=`+id)), false, "", "")
}
