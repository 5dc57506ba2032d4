package cli

import (
	"encoding/json"
	"os/exec"
	"reflect"
	"strings"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
	"github.com/keysieve/keysieve/internal/gittest"
	"github.com/keysieve/keysieve/internal/sarifcheck"
)

func TestHistorySARIFNamesTheRepository(t *testing.T) {
	r := gittest.New(t)
	r.Write("app.env", "GITHUB_TOKEN="+ghToken(300)+"\n")
	head := r.Commit("add env")
	password := "pw-" + fake.New(3).Alnum(12)
	r.Git("remote", "add", "origin", "https://ci:"+password+"@github.com/acme/app.git")
	res := keysieve(t, r.Dir, "history", "-f", "sarif")
	if res.code != 1 {
		t.Fatalf("exit %d: %s", res.code, res.stderr)
	}
	sarifcheck.Validate(t, repoRoot, []byte(res.stdout))
	var log struct {
		Runs []struct {
			Provenance []map[string]any `json:"versionControlProvenance"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(res.stdout), &log); err != nil {
		t.Fatal(err)
	}
	want := map[string]any{"repositoryUri": "https://github.com/acme/app", "revisionId": head, "branch": "main",
		"mappedTo": map[string]any{"uriBaseId": "%SRCROOT%"}}
	if got := log.Runs[0].Provenance; len(got) != 1 || !reflect.DeepEqual(got[0], want) {
		t.Errorf("versionControlProvenance = %v, want %v", got, want)
	}
	if strings.Contains(res.stdout, password) {
		t.Error("the remote's password reached the report")
	}
}

func TestHistoryProgressOnlyOnATerminal(t *testing.T) {
	script, err := exec.LookPath("script")
	if err != nil {
		t.Skip("script(1) not installed: no pseudo-terminal to test with")
	}
	r := gittest.New(t)
	r.Write("a.txt", "plain\n")
	r.Commit("one")
	piped := keysieve(t, r.Dir, "history", "-f", "json")
	if strings.Contains(piped.stderr, "commits,") {
		t.Errorf("progress written to a pipe:\n%s", piped.stderr)
	}
	cmd := exec.Command(script, "-qec", binary+" history -f json -o report.json", "/dev/null")
	cmd.Dir = r.Dir
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("script: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "keysieve: ") || !strings.Contains(string(out), " commits, ") {
		t.Errorf("no progress line on the terminal:\n%q", out)
	}
}
