package cli

import (
	"fmt"
	"net/http"
	"os"
	"strings"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
	"github.com/keysieve/keysieve/internal/verifytest"
)

// readmeVerifyCommand starts the README's example run of --verify.
const readmeVerifyCommand = "$ keysieve scan . --verify --verify-private\n"

// TestVerifyREADMEExample makes the README's example run of --verify
// again, against loopback servers standing in for api.github.com (which
// accepts the token) and api.openai.com (which refuses the key), and
// checks the README shows what the run prints: one valid and one
// invalid credential.
func TestVerifyREADMEExample(t *testing.T) {
	t.Parallel()
	g := fake.New(1216)
	gh, oa := g.GitHubToken(fake.Join("gh", "p")), g.OpenAIKey("proj")
	dir := writeTree(t, map[string]string{
		"app/settings.py": "OPENAI_API_KEY = \"" + oa + "\"\n",
		"deploy/ci.env":   "GITHUB_TOKEN=" + gh + "\n",
	})
	_, ctx := verifytest.Start(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.Host == "api.github.com" && r.Header.Get("Authorization") == "Bearer "+gh:
			w.Header().Set("X-OAuth-Scopes", "repo, workflow")
			fmt.Fprint(w, `{"login":"release-bot","id":5521,"type":"User"}`)
		case r.Host == "api.openai.com" || r.Host == "api.github.com":
			w.WriteHeader(http.StatusUnauthorized)
		default:
			t.Errorf("request to %s", r.Host)
		}
	}), "api.github.com", "api.openai.com")
	r := runCtx(ctx, "scan", dir, "--verify", "--verify-private", "--no-color")
	if r.code != 1 {
		t.Fatalf("exit %d, want 1\n%s", r.code, r.stderr)
	}
	got := r.stderr + r.stdout

	data, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, example, ok := strings.Cut(string(data), readmeVerifyCommand)
	example, _, closed := strings.Cut(example, "```")
	if !ok || !closed {
		t.Fatalf("README.md lacks the example run %q in a code block", readmeVerifyCommand)
	}
	if trimLines(got) != trimLines(example) {
		t.Errorf("README.md's example run differs from what the run prints; the run prints:\n%s", got)
	}
	for _, want := range []string{"[valid]", "[invalid]", "release-bot"} {
		if !strings.Contains(example, want) {
			t.Errorf("README.md's example lacks %q", want)
		}
	}
}

// trimLines drops trailing spaces of each line and blank lines at the
// ends.
func trimLines(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Join(lines, "\n")
}
