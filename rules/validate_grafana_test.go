package rules

import (
	"encoding/base64"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
)

func TestCheckGrafanaServiceAccount(t *testing.T) {
	for seed := uint64(1); seed <= 20; seed++ {
		tok := fake.New(seed).GrafanaServiceAccountToken()
		if !checkGrafanaServiceAccount([]byte(tok)).OK {
			t.Errorf("well-formed token rejected: %s", tok)
		}
		if checkGrafanaServiceAccount([]byte(tamper(tok, 10))).OK {
			t.Errorf("token with a changed body accepted")
		}
		if checkGrafanaServiceAccount([]byte(tok[:len(tok)-1])).OK {
			t.Errorf("token with a short checksum accepted")
		}
	}
}

func TestCheckGrafanaLegacyKey(t *testing.T) {
	g := fake.New(5)
	if !checkGrafanaLegacyKey([]byte(g.GrafanaLegacyKey("ci"))).OK {
		t.Error("well-formed key rejected")
	}
	report := base64.StdEncoding.EncodeToString([]byte(`{"k":"` + g.Hex(32) + `","t":"` + g.Hex(32) + `","c":5}`))
	if checkGrafanaLegacyKey([]byte(report)).OK {
		t.Error("Power BI style payload accepted")
	}
}
