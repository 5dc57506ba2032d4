package rules

import (
	"encoding/base64"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
)

func TestCheckMapboxToken(t *testing.T) {
	g := fake.New(9)
	if c := checkMapboxToken([]byte(g.MapboxToken("sk", "cartographer"))); !c.OK || c.Owner != "cartographer" {
		t.Errorf("got %+v, want OK with owner cartographer", c)
	}
	damaged := "sk.eyJ1Ijoi" + base64.RawURLEncoding.EncodeToString([]byte("mapper")) + "Cf99." + g.Alnum(22)
	if c := checkMapboxToken([]byte(damaged)); !c.OK {
		t.Errorf("damaged payload dropped: %+v", c)
	}
}
