package rules

import (
	"encoding/base64"
	"strings"
	"testing"
)

func TestOPPWAAccessToken(t *testing.T) {
	t.Parallel()
	enc := base64.StdEncoding.EncodeToString
	id := "8a" + strings.Repeat("3c9e", 7) + "d1"
	if c := checkOPPWAAccessToken([]byte(enc([]byte(id + "|Qm7xT2pLk9")))); !c.OK || c.Owner != "oppwa user "+id {
		t.Errorf("valid token: got %+v", c)
	}
	for name, text := range map[string]string{
		"no separator":   id + "Qm7xT2pLk9",
		"short id":       id[:30] + "|Qm7xT2pLk9",
		"other prefix":   "7b" + id[2:] + "|Qm7xT2pLk9",
		"upper-case id":  strings.ToUpper(id) + "|Qm7xT2pLk9",
		"short password": id + "|abc",
		"space":          id + "|Qm7x T2pLk9",
	} {
		if c := checkOPPWAAccessToken([]byte(enc([]byte(text)))); c.OK {
			t.Errorf("%s: accepted", name)
		}
	}
	if c := checkOPPWAAccessToken([]byte("OGE4not*base64")); c.OK {
		t.Error("not base64: accepted")
	}
}
