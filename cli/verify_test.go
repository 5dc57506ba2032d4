package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"path/filepath"
	"strings"
	"testing"

	"github.com/keysieve/keysieve/findings"
	"github.com/keysieve/keysieve/internal/fake"
	"github.com/keysieve/keysieve/internal/gittest"
	"github.com/keysieve/keysieve/internal/verifytest"
)

// verifiedReport is the part of a JSON report --verify adds to.
type verifiedReport struct {
	Findings []struct {
		Rule         string                 `json:"rule"`
		File         string                 `json:"file"`
		Severity     string                 `json:"severity"`
		Fingerprint  string                 `json:"fingerprint"`
		Verification *findings.Verification `json:"verification"`
	} `json:"findings"`
}

// fakeGitHub stands in for api.github.com on loopback: it accepts the
// token valid and refuses every other.
func fakeGitHub(t *testing.T, valid string) (*verifytest.Server, context.Context) {
	return verifytest.Start(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Host != "api.github.com" || r.URL.Path != "/user" {
			t.Errorf("request to %s%s", r.Host, r.URL.Path)
		}
		if r.Header.Get("Authorization") != "Bearer "+valid {
			w.WriteHeader(http.StatusUnauthorized)
			fmt.Fprint(w, `{"message":"Bad credentials"}`)
			return
		}
		w.Header().Set("X-OAuth-Scopes", "repo, read:org")
		fmt.Fprint(w, `{"login":"octo-ci","id":42,"type":"User"}`)
	}), "api.github.com")
}

// runCtx runs keysieve in-process with ctx (which carries the test hook).
func runCtx(ctx context.Context, args ...string) runResult {
	var stdout, stderr bytes.Buffer
	code := testApp.Run(ctx, args, &stdout, &stderr)
	return runResult{code, stdout.String(), stderr.String()}
}

func verifyTree(t *testing.T) (dir, valid, invalid string) {
	g := fake.New(1200)
	valid, invalid = g.GitHubToken(fake.Join("gh", "p")), g.GitHubToken(fake.Join("gh", "p"))
	dir = writeTree(t, map[string]string{
		"live.env": "GITHUB_TOKEN=" + valid + "\n",
		"dead.env": "GITHUB_TOKEN=" + invalid + "\n",
		"copy.env": "GH=" + valid + "\n",
	})
	return dir, valid, invalid
}

// TestVerifyEndToEnd: scan --verify against a loopback GitHub reports a
// verification object on every finding (valid with the identity, invalid),
// checks the shared token once, keeps secrets out of every output, and
// --only-valid keeps the valid ones.
func TestVerifyEndToEnd(t *testing.T) {
	t.Parallel()
	dir, valid, invalid := verifyTree(t)
	srv, ctx := fakeGitHub(t, valid)
	r := runCtx(ctx, "scan", dir, "--format", "json", "--verify", "--verify-private")
	if r.code != 1 {
		t.Fatalf("exit %d, want 1; stderr: %s", r.code, r.stderr)
	}
	var rep verifiedReport
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"live.env": "valid", "copy.env": "valid", "dead.env": "invalid"}
	for _, f := range rep.Findings {
		if f.Verification == nil || f.Verification.Status != want[f.File] {
			t.Errorf("%s: verification %+v, want %s", f.File, f.Verification, want[f.File])
		}
	}
	if len(rep.Findings) != 3 || rep.Findings[0].Verification.Identity["user"] != "octo-ci" || rep.Findings[0].Verification.Identity["scopes"] != "repo, read:org" {
		t.Errorf("findings %+v", rep.Findings)
	}
	if n := len(srv.Dials()); n < 1 || n > 2 {
		t.Errorf("%d connections for 2 distinct tokens", n)
	}
	for _, out := range []string{r.stdout, r.stderr} {
		if strings.Contains(out, valid) || strings.Contains(out, invalid) {
			t.Fatal("output holds a full secret")
		}
	}
	if !strings.Contains(r.stderr, "verified 2 distinct credential(s): 1 valid, 1 invalid") {
		t.Errorf("stderr: %s", r.stderr)
	}

	// --verify changes what is reported about findings, not which.
	var plain verifiedReport
	json.Unmarshal([]byte(runCtx(ctx, "scan", dir, "--format", "json").stdout), &plain)
	if len(plain.Findings) != len(rep.Findings) {
		t.Fatalf("%d findings without --verify, %d with", len(plain.Findings), len(rep.Findings))
	}
	for i, f := range plain.Findings {
		if g := rep.Findings[i]; g.File != f.File || g.Fingerprint != f.Fingerprint || g.Rule != f.Rule || f.Verification != nil {
			t.Errorf("finding %d: %+v without --verify, %+v with", i, f, g)
		}
	}

	only := runCtx(ctx, "scan", dir, "--format", "json", "--verify", "--verify-private", "--only-valid")
	var onlyRep verifiedReport
	json.Unmarshal([]byte(only.stdout), &onlyRep)
	if only.code != 1 || len(onlyRep.Findings) != 2 {
		t.Errorf("--only-valid: exit %d, %d findings; want 1 and the 2 valid", only.code, len(onlyRep.Findings))
	}
}

// TestVerifyFormatsAndSafety: the text report puts the status first and
// SARIF carries it in properties; without --verify-private a loopback
// provider is skipped; without --verify nothing is dialled; --only-valid
// alone is refused; a run with no valid credential exits 0 under
// --only-valid.
func TestVerifyFormatsAndSafety(t *testing.T) {
	t.Parallel()
	dir, valid, _ := verifyTree(t)
	_, ctx := fakeGitHub(t, valid)

	text := runCtx(ctx, "scan", dir, "--verify", "--verify-private", "--no-color")
	if !strings.Contains(text.stdout, "[valid]   critical  github-token") || !strings.Contains(text.stdout, "verified: valid (HTTP 200); id: 42, scopes: repo, read:org, type: User, user: octo-ci") {
		t.Errorf("text report:\n%s", text.stdout)
	}
	sarif := runCtx(ctx, "scan", dir, "--verify", "--verify-private", "--format", "sarif")
	if !strings.Contains(sarif.stdout, `"verification": {`) || !strings.Contains(sarif.stdout, `"status": "invalid"`) {
		t.Errorf("SARIF lacks verification properties:\n%s", sarif.stdout)
	}

	// A server of their own for the runs that must not reach it: the
	// runs above share one HTTP/2 host, and Go's transport may start a
	// spare dial for a request another connection then served, which
	// reaches the hook after that run has returned.
	refusing, refusingCtx := fakeGitHub(t, valid)
	private := runCtx(refusingCtx, "scan", dir, "--verify", "--format", "json")
	if len(refusing.Dials()) != 2 || !strings.Contains(private.stdout, "private address") || strings.Contains(private.stdout, `"valid"`) {
		t.Errorf("without --verify-private: %d dials (refused at connect), report:\n%s", len(refusing.Dials()), private.stdout)
	}
	plain := runCtx(refusingCtx, "scan", dir, "--format", "json")
	if len(refusing.Dials()) != 2 || strings.Contains(plain.stdout, "verification") || plain.code != 1 {
		t.Errorf("without --verify: dialled, or verification reported (exit %d)", plain.code)
	}
	if r := runCtx(ctx, "scan", dir, "--only-valid"); r.code != 2 || !strings.Contains(r.stderr, "need --verify") {
		t.Errorf("--only-valid alone: exit %d, stderr %s", r.code, r.stderr)
	}
	dead := writeTree(t, map[string]string{"a.env": "GITHUB_TOKEN=" + fake.New(1201).GitHubToken(fake.Join("gh", "p")) + "\n"})
	if r := runCtx(ctx, "scan", dead, "--verify", "--verify-private", "--only-valid", "-q"); r.code != 0 {
		t.Errorf("--only-valid with no valid credential: exit %d, want 0; %s", r.code, r.stderr)
	}
}

// TestVerifyHistoryAndStaged: history and staged (its commit-msg scan)
// take --verify too.
func TestVerifyHistoryAndStaged(t *testing.T) {
	t.Parallel()
	g := fake.New(1202)
	valid := g.GitHubToken(fake.Join("gh", "p"))
	_, ctx := fakeGitHub(t, valid)
	repo := gittest.New(t)
	repo.Write("ci.env", "GITHUB_TOKEN="+valid+"\n")
	repo.Commit("add ci")
	hist := runCtx(ctx, "history", repo.Dir, "--format", "json", "--verify", "--verify-private")
	if hist.code != 1 || !strings.Contains(hist.stdout, `"status": "valid"`) {
		t.Errorf("history --verify: exit %d\n%s%s", hist.code, hist.stdout, hist.stderr)
	}
	// The commit-msg hook's scan reads the message file named; the
	// working directory (this package's) stays as it is.
	msg := filepath.Join(writeTree(t, map[string]string{"MSG": "deploy with GITHUB_TOKEN=" + valid + "\n"}), "MSG")
	staged := runCtx(ctx, "staged", "--commit-msg", msg, "--format", "json", "--verify", "--verify-private")
	if staged.code != 1 || !strings.Contains(staged.stdout, `"status": "valid"`) {
		t.Errorf("staged --verify: exit %d\n%s%s", staged.code, staged.stdout, staged.stderr)
	}
}

// TestVerifyMerge: merge --verify checks the findings of reports that
// hold their secrets (made with --show-secrets) and marks those of
// redacted reports skipped; --only-valid keeps the valid ones.
func TestVerifyMerge(t *testing.T) {
	t.Parallel()
	dir, valid, invalid := verifyTree(t)
	_, ctx := fakeGitHub(t, valid)
	out := t.TempDir()
	shown, redacted := filepath.Join(out, "shown.json"), filepath.Join(out, "redacted.json")
	runCtx(ctx, "scan", dir, "-f", "json", "--show-secrets", "-o", shown)
	runCtx(ctx, "scan", dir, "-f", "json", "-o", redacted)
	for _, c := range []struct {
		report string
		want   map[string]string
	}{
		{shown, map[string]string{"live.env": "valid", "copy.env": "valid", "dead.env": "invalid"}},
		{redacted, map[string]string{"live.env": "skipped", "copy.env": "skipped", "dead.env": "skipped"}},
	} {
		r := runCtx(ctx, "merge", "-f", "json", "--verify", "--verify-private", c.report)
		var rep verifiedReport
		if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil || r.code != 1 || len(rep.Findings) != 3 {
			t.Fatalf("%s: exit %d, %v\n%s%s", filepath.Base(c.report), r.code, err, r.stdout, r.stderr)
		}
		for _, f := range rep.Findings {
			if f.Verification == nil || f.Verification.Status != c.want[f.File] {
				t.Errorf("%s: %s: %+v, want %s", filepath.Base(c.report), f.File, f.Verification, c.want[f.File])
			}
		}
		if strings.Contains(r.stdout+r.stderr, valid) || strings.Contains(r.stdout+r.stderr, invalid) {
			t.Errorf("%s: merged output holds a full secret", filepath.Base(c.report))
		}
	}
	r := runCtx(ctx, "merge", "-f", "json", "--verify", "--verify-private", "--only-valid", shown)
	var rep verifiedReport
	json.Unmarshal([]byte(r.stdout), &rep)
	if len(rep.Findings) != 2 {
		t.Errorf("--only-valid: %d findings, want the 2 valid ones", len(rep.Findings))
	}
}
