package deploy_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/keysieve/keysieve/cli"
	"github.com/keysieve/keysieve/internal/fake"
	"github.com/keysieve/keysieve/internal/gittest"
	"github.com/keysieve/keysieve/internal/testtmp"
	"github.com/keysieve/keysieve/rules/builtin"
)

// The shell scripts of the GitHub Actions workflow and of the Kubernetes
// Jobs are run here for real, with this test binary answering as
// keysieve on PATH, over repositories the test makes: what cannot run
// here is only the engines around them.

const binaryName = "keysieve"

// binDir holds the test binary under the name keysieve, with rules.toml.
var binDir string

func TestMain(m *testing.M) {
	if filepath.Base(os.Args[0]) == binaryName {
		exe, err := os.Executable()
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		rules, err := os.ReadFile(filepath.Join(filepath.Dir(exe), "rules.toml"))
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		os.Exit(cli.Main(rules, builtin.Config()))
	}
	os.Exit(testMain(m))
}

func testMain(m *testing.M) int {
	defer testtmp.Use()() // before the binary's directory is made
	dir, err := os.MkdirTemp("", "keysieve-deploy-")
	if err == nil {
		defer os.RemoveAll(dir)
		err = provideBinary(dir)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "keysieve binary:", err)
		return 2
	}
	binDir = dir
	return m.Run()
}

// provideBinary puts the test binary in dir as keysieve, with the rules
// beside it, before any test starts.
func provideBinary(dir string) error {
	rules, err := os.ReadFile(filepath.Join("..", "rules.toml"))
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "rules.toml"), rules, 0o644); err != nil {
		return err
	}
	self, err := os.Executable()
	if err != nil {
		return err
	}
	bin := filepath.Join(dir, binaryName)
	if os.Link(self, bin) == nil {
		return nil
	}
	data, err := os.ReadFile(self)
	if err != nil {
		return err
	}
	return os.WriteFile(bin, data, 0o755)
}

// auditFleet makes n repositories, each with one secret, and the list of
// them; it returns the list's path and the repositories' paths.
func auditFleet(t *testing.T, n int) (string, []string) {
	t.Helper()
	var names []string
	for i := range n {
		r := gittest.New(t)
		r.Write("config.env", "GITHUB_TOKEN="+fake.New(uint64(1300+i)).GitHubToken(fake.Join("gh", "p"))+"\n")
		r.Commit("add config")
		names = append(names, r.Dir)
	}
	list := filepath.Join(t.TempDir(), "repos.txt")
	if err := os.WriteFile(list, []byte(strings.Join(names, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return list, names
}

// runScript runs script with shell in dir, keysieve first on PATH and
// env added, and returns its exit code and output.
func runScript(t *testing.T, dir string, env []string, shell []string, script string) (int, string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, shell[0], append(shell[1:], script)...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), append([]string{"PATH=" + binDir + string(os.PathListSeparator) + os.Getenv("PATH")}, env...)...)
	out, err := cmd.CombinedOutput()
	if ctx.Err() != nil {
		t.Fatalf("script timed out:\n%s\n%s", script, out)
	}
	if err != nil && cmd.ProcessState == nil {
		t.Fatalf("script did not run: %v", err)
	}
	return cmd.ProcessState.ExitCode(), string(out)
}

// stepRun returns the run script of the step of job whose run holds want.
func stepRun(t *testing.T, wf map[string]any, job, want string) string {
	t.Helper()
	for _, step := range at(t, wf, "jobs", job, "steps").([]any) {
		if run, _ := step.(map[string]any)["run"].(string); strings.Contains(run, want) {
			return run
		}
	}
	t.Fatalf("job %s has no step running %q", job, want)
	return ""
}

// mergedRepositories reads a merged JSON report and returns the
// repositories its findings name, sorted.
func mergedRepositories(t *testing.T, path string) []string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var rep struct {
		Findings []struct {
			Repository string `json:"repository"`
		} `json:"findings"`
	}
	if err := json.Unmarshal(data, &rep); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	var repos []string
	for _, f := range rep.Findings {
		repos = append(repos, f.Repository)
	}
	slices.Sort(repos)
	return repos
}

// TestAuditWorkflowScriptsRun runs the reusable workflow's shard step
// once per shard (as its matrix would, with GitHub's bash options) and
// its merge step over the shards' reports (as download-artifact lays
// them out): the merge writes JSON, SARIF and HTML with every
// repository's finding, sets the findings output, and exits 1; with a
// shard's report missing it exits 2 and says so.
func TestAuditWorkflowScriptsRun(t *testing.T) {
	t.Parallel()
	wf := load(t, ".github/workflows/audit.yml")[0]
	bash := []string{"bash", "--noprofile", "--norc", "-eo", "pipefail", "-c"}
	list, names := auditFleet(t, 5)
	const shards = 3
	work := t.TempDir()
	shardScript := stepRun(t, wf, "shard", "keysieve history")
	if err := os.Mkdir(filepath.Join(work, "shards"), 0o755); err != nil {
		t.Fatal(err)
	}
	for i := 1; i <= shards; i++ {
		dir := t.TempDir()
		env := []string{"REPOS_FILE=" + list, fmt.Sprintf("SHARD=%d/%d", i, shards), "THREADS=1"}
		if code, out := runScript(t, dir, env, bash, shardScript); code != 0 {
			t.Fatalf("shard %d: exit %d\n%s", i, code, out)
		}
		name := fmt.Sprintf("shard-%d.json", i)
		if err := os.Rename(filepath.Join(dir, name), filepath.Join(work, "shards", name)); err != nil {
			t.Fatalf("shard %d left no report: %v", i, err)
		}
	}

	mergeScript := stepRun(t, wf, "merge", "keysieve merge")
	output := filepath.Join(work, "github-output")
	env := []string{fmt.Sprintf("SHARDS=%d", shards), "GITHUB_OUTPUT=" + output}
	if code, out := runScript(t, work, env, bash, mergeScript); code != 1 {
		t.Fatalf("merge: exit %d, want 1 (secrets found)\n%s", code, out)
	}
	for _, format := range []string{"json", "sarif", "html"} {
		if st, err := os.Stat(filepath.Join(work, "keysieve-audit."+format)); err != nil || st.Size() == 0 {
			t.Errorf("merge wrote no %s report: %v", format, err)
		}
	}
	slices.Sort(names)
	if got := mergedRepositories(t, filepath.Join(work, "keysieve-audit.json")); !slices.Equal(got, names) {
		t.Errorf("merged findings name %q, want each of %q once", got, names)
	}
	if out, _ := os.ReadFile(output); !strings.Contains(string(out), fmt.Sprintf("findings=%d\n", len(names))) {
		t.Errorf("GITHUB_OUTPUT = %q, want findings=%d", out, len(names))
	}

	if err := os.Remove(filepath.Join(work, "shards", "shard-2.json")); err != nil {
		t.Fatal(err)
	}
	if code, out := runScript(t, work, env, bash, mergeScript); code != 2 || !strings.Contains(out, "only 2 of 3 shard reports") {
		t.Errorf("merge with a shard missing: exit %d, want 2 naming the gap\n%s", code, out)
	}
}

// TestAuditIndexedJobScriptsRun runs the Kubernetes shard container's
// script once per completion index, then the merge Job's wait and merge
// scripts, with the ConfigMap and volume paths mapped to temporary
// directories: every repository is merged once, empty shards included.
func TestAuditIndexedJobScriptsRun(t *testing.T) {
	t.Parallel()
	var shardJob, mergeJob map[string]any
	for _, d := range load(t, "deploy/k8s/audit-job.yaml") {
		if d["kind"] == "Job" && shardJob == nil {
			shardJob = d
		} else if d["kind"] == "Job" {
			mergeJob = d
		}
	}
	list, names := auditFleet(t, 5)
	reports := t.TempDir()
	paths := strings.NewReplacer("/config/repos.txt", list, "/reports", reports)
	sh := []string{"/bin/sh", "-c"}
	completions := at(t, shardJob, "spec", "completions").(int)
	env := []string{fmt.Sprintf("SHARDS=%d", completions)}
	shardScript := paths.Replace(str(t, shardJob, "spec", "template", "spec", "containers", 0, "args", 0))
	for i := range completions {
		if code, out := runScript(t, t.TempDir(), append(env, fmt.Sprintf("JOB_COMPLETION_INDEX=%d", i)), sh, shardScript); code != 0 {
			t.Fatalf("index %d: exit %d\n%s", i, code, out)
		}
	}
	wait := paths.Replace(str(t, mergeJob, "spec", "template", "spec", "initContainers", 0, "args", 0))
	if code, out := runScript(t, reports, env, sh, wait); code != 0 {
		t.Fatalf("wait for shards: exit %d\n%s", code, out)
	}
	merge := paths.Replace(str(t, mergeJob, "spec", "template", "spec", "containers", 0, "args", 0))
	if code, out := runScript(t, reports, env, sh, merge); code != 1 {
		t.Fatalf("merge: exit %d, want 1 (secrets found)\n%s", code, out)
	}
	slices.Sort(names)
	if got := mergedRepositories(t, filepath.Join(reports, "keysieve-audit.json")); !slices.Equal(got, names) {
		t.Errorf("merged findings name %q, want each of %q once", got, names)
	}
	for _, format := range []string{"sarif", "html"} {
		if _, err := os.Stat(filepath.Join(reports, "keysieve-audit."+format)); err != nil {
			t.Errorf("merge wrote no %s report: %v", format, err)
		}
	}
}
