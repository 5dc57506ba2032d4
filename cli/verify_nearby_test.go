package cli

import (
	"encoding/json"
	"fmt"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
	"github.com/keysieve/keysieve/internal/gittest"
	"github.com/keysieve/keysieve/internal/verifytest"
)

// TestVerifyNearbyValue: scan and history --verify check a Twilio auth
// token with the account SID written two lines above it (the scan keeps
// the lines around a secret for the check), skip a token with no SID near
// it saying so, and print that kept text nowhere, not even through a
// --template that names it.
func TestVerifyNearbyValue(t *testing.T) {
	t.Parallel()
	g := fake.New(1243)
	token, lone, sid := g.Hex(32), g.Hex(32), fake.Join("A", "C")+g.Hex(32)
	var mu sync.Mutex
	var requests []string
	_, ctx := verifytest.Start(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		user, pass, _ := r.BasicAuth()
		mu.Lock()
		requests = append(requests, r.Host+r.URL.Path)
		mu.Unlock()
		if r.URL.Path != "/2010-04-01/Accounts/"+sid+".json" || user != sid || pass != token {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		fmt.Fprint(w, `{"friendly_name":"Acme SMS","status":"active","type":"Full"}`)
	}), "api.twilio.com")
	files := map[string]string{
		"sms.env":  "TWILIO_ACCOUNT_SID=" + sid + "\nTWILIO_FROM=+15550100\nTWILIO_AUTH_TOKEN=" + token + "\n",
		"lone.env": "TWILIO_AUTH_TOKEN=" + lone + "\n",
	}
	repo := gittest.New(t)
	for name, text := range files {
		repo.Write(name, text)
	}
	repo.Commit("add twilio")
	for _, args := range [][]string{{"scan", writeTree(t, files)}, {"history", repo.Dir}} {
		r := runCtx(ctx, append(args, "--format", "json", "--verify", "--verify-private")...)
		var rep verifiedReport
		if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil || r.code != 1 {
			t.Fatalf("%s: exit %d, %v\n%s", args[0], r.code, err, r.stderr)
		}
		got := map[string]string{}
		for _, f := range rep.Findings {
			if f.Rule == "twilio-auth-token" && f.Verification != nil {
				v := f.Verification
				got[f.File] = v.Status + " " + v.Detail + " " + v.Identity["account"]
			}
		}
		want := map[string]string{"sms.env": "valid HTTP 200 Acme SMS", "lone.env": "skipped no account SID (AC…) near the secret "}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%s: verifications %q, want %q", args[0], got, want)
		}
	}
	mu.Lock()
	seen := fmt.Sprint(requests)
	mu.Unlock()
	if seen != "[api.twilio.com/2010-04-01/Accounts/"+sid+".json api.twilio.com/2010-04-01/Accounts/"+sid+".json]" {
		t.Errorf("requests %v, want one per run for the paired token", seen)
	}
	tmplFile := filepath.Join(writeTree(t, map[string]string{"t.tmpl": "{{range .Findings}}<{{.Context}}>{{end}}"}), "t.tmpl")
	tmpl := runCtx(ctx, "scan", writeTree(t, files), "--format", "template", "--template", tmplFile,
		"--verify", "--verify-private", "--show-secrets")
	if tmpl.code != 1 || !strings.Contains(tmpl.stdout, "<>") || strings.Contains(tmpl.stdout, sid) || strings.Contains(tmpl.stdout, "TWILIO_FROM") {
		t.Errorf("a template naming .Context: exit %d, printed %q; want the kept text nowhere\n%s", tmpl.code, tmpl.stdout, tmpl.stderr)
	}
}
