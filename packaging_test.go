package main

// Checks of the packaging and CI files (issue #11): they are parsed as
// YAML and held to what the pre-commit framework, GitHub Actions and
// GoReleaser need, so a rename or a version bump cannot silently break
// them. The files are run for real by .github/scripts/pre-commit-local.sh
// and .github/scripts/action-local.sh.

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

func readYAML(t *testing.T, path string, v any) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := yaml.Unmarshal(data, v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

// preCommit304Stages are the stage names pre-commit 3.0.4 (Debian
// bookworm) accepts; pre-commit 3.2 and later accept every one of them too
// (commit, merge-commit and push as aliases of the new names).
var preCommit304Stages = []string{
	"commit", "merge-commit", "prepare-commit-msg", "commit-msg", "post-commit",
	"manual", "post-checkout", "push", "post-merge", "post-rewrite",
}

type preCommitHook struct {
	ID             string   `yaml:"id"`
	Name           string   `yaml:"name"`
	Entry          string   `yaml:"entry"`
	Language       string   `yaml:"language"`
	PassFilenames  *bool    `yaml:"pass_filenames"`
	Stages         []string `yaml:"stages"`
	MinimumVersion string   `yaml:"minimum_pre_commit_version"`
}

func TestPreCommitHooks(t *testing.T) {
	t.Parallel()
	var hooks []preCommitHook
	readYAML(t, ".pre-commit-hooks.yaml", &hooks)
	want := map[string]struct{ entry, stage string }{
		"keysieve":            {"keysieve staged", "commit"},
		"keysieve-commit-msg": {"keysieve staged --commit-msg", "commit-msg"},
	}
	if len(hooks) != len(want) {
		t.Fatalf("%d hooks, want %d", len(hooks), len(want))
	}
	for _, h := range hooks {
		w, ok := want[h.ID]
		if !ok {
			t.Errorf("unexpected hook %q", h.ID)
			continue
		}
		if h.Name == "" || h.Language != "golang" || h.Entry != w.entry {
			t.Errorf("%s: name %q, language %q, entry %q; want a name, golang, %q", h.ID, h.Name, h.Language, h.Entry, w.entry)
		}
		if h.PassFilenames == nil || !*h.PassFilenames {
			t.Errorf("%s: pass_filenames must be true", h.ID)
		}
		if !slices.Contains(h.Stages, w.stage) {
			t.Errorf("%s: stages %v lack %q", h.ID, h.Stages, w.stage)
		}
		for _, s := range h.Stages {
			if !slices.Contains(preCommit304Stages, s) {
				t.Errorf("%s: stage %q is rejected by pre-commit 3.0.4", h.ID, s)
			}
		}
		if h.MinimumVersion != "" && versionAfter(h.MinimumVersion, "3.0.4") {
			t.Errorf("%s: minimum_pre_commit_version %s shuts out pre-commit 3.0.4", h.ID, h.MinimumVersion)
		}
	}
	readme := readText(t, "README.md")
	for _, s := range []string{"--hook-type commit-msg", "rev: "} {
		if !strings.Contains(readme, s) {
			t.Errorf("README.md does not say %q", s)
		}
	}
	if strings.Contains(readme, "rev: v0.1.0") {
		t.Error("README.md pins rev v0.1.0, which does not exist")
	}
}

// versionAfter says whether dotted version a is later than b.
func versionAfter(a, b string) bool {
	as, bs := strings.Split(a, "."), strings.Split(b, ".")
	for i := 0; i < max(len(as), len(bs)); i++ {
		var x, y int
		if i < len(as) {
			x, _ = strconv.Atoi(as[i])
		}
		if i < len(bs) {
			y, _ = strconv.Atoi(bs[i])
		}
		if x != y {
			return x > y
		}
	}
	return false
}

type actionStep struct {
	Name  string            `yaml:"name"`
	ID    string            `yaml:"id"`
	If    string            `yaml:"if"`
	Uses  string            `yaml:"uses"`
	Run   string            `yaml:"run"`
	Shell string            `yaml:"shell"`
	Env   map[string]string `yaml:"env"`
	With  map[string]string `yaml:"with"`
}

type action struct {
	Name   string `yaml:"name"`
	Inputs map[string]struct {
		Description string `yaml:"description"`
		Default     string `yaml:"default"`
	} `yaml:"inputs"`
	Outputs map[string]struct {
		Value string `yaml:"value"`
	} `yaml:"outputs"`
	Runs struct {
		Using string       `yaml:"using"`
		Steps []actionStep `yaml:"steps"`
	} `yaml:"runs"`
}

func TestActionYAML(t *testing.T) {
	t.Parallel()
	var a action
	readYAML(t, "action.yml", &a)
	if a.Name == "" || a.Runs.Using != "composite" {
		t.Fatalf("name %q, runs.using %q; want a composite action", a.Name, a.Runs.Using)
	}
	inputs := map[string]string{"mode": "history", "range": "", "path": ".", "format": "sarif",
		"output": "", "args": "", "upload-sarif": "false", "version": "", "fail": "true"}
	for name, def := range inputs {
		in, ok := a.Inputs[name]
		if !ok || in.Description == "" || in.Default != def {
			t.Errorf("input %s: present %v, default %q; want a described input defaulting to %q", name, ok, in.Default, def)
		}
	}
	for _, name := range []string{"exit-code", "report", "range"} {
		if a.Outputs[name].Value == "" {
			t.Errorf("output %s missing", name)
		}
	}
	// The steps, in order: what each is recognised by.
	order := []string{"actions/setup-go@", "go build", "checksums.txt", "keysieve history", "github/codeql-action/upload-sarif@", "exit-code"}
	if len(a.Runs.Steps) != len(order) {
		t.Fatalf("%d steps, want %d", len(a.Runs.Steps), len(order))
	}
	for i, s := range a.Runs.Steps {
		if body := s.Uses + s.Run + s.Env["CODE"]; !strings.Contains(body, order[i]) {
			t.Errorf("step %d (%s) is not the %q step", i+1, s.Name, order[i])
		}
		if s.Run != "" {
			if s.Shell != "bash" {
				t.Errorf("step %q: shell %q, want bash", s.Name, s.Shell)
			}
			// Inputs and event fields reach scripts only through env.
			if strings.Contains(s.Run, "${{") {
				t.Errorf("step %q interpolates ${{ }} into its script", s.Name)
			}
		}
	}
	run := a.Runs.Steps[3]
	if run.ID != "run" || !strings.Contains(run.Run, `--range "$RANGE"`) ||
		run.Env["PR_BASE_SHA"] != "${{ github.event.pull_request.base.sha }}" ||
		run.Env["PR_HEAD_SHA"] != "${{ github.event.pull_request.head.sha }}" {
		t.Errorf("the run step must take the range from the pull request's base and head and pass --range")
	}
	upload := a.Runs.Steps[4]
	if upload.With["sarif_file"] != "${{ steps.run.outputs.report }}" || !strings.Contains(upload.If, "inputs.upload-sarif == 'true'") {
		t.Errorf("upload step: with %v, if %q", upload.With, upload.If)
	}
	if !strings.Contains(a.Runs.Steps[0].With["go-version-file"], "github.action_path") {
		t.Error("setup-go must read the Go version from the action's own go.mod")
	}
}

type workflow struct {
	On   any `yaml:"on"`
	Jobs map[string]struct {
		RunsOn string       `yaml:"runs-on"`
		Steps  []actionStep `yaml:"steps"`
	} `yaml:"jobs"`
}

func TestWorkflows(t *testing.T) {
	t.Parallel()
	files, err := filepath.Glob(".github/workflows/*.yml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no workflows: %v", err)
	}
	for _, f := range files {
		var w workflow
		readYAML(t, f, &w)
		if w.On == nil || len(w.Jobs) == 0 {
			t.Errorf("%s: no trigger or no jobs", f)
		}
		for name, j := range w.Jobs {
			if j.RunsOn == "" || len(j.Steps) == 0 {
				t.Errorf("%s: job %s has no runs-on or no steps", f, name)
			}
			for _, s := range j.Steps {
				if strings.Contains(s.Run, "${{") {
					t.Errorf("%s: job %s: step %q interpolates ${{ }} into its script", f, name, s.Name)
				}
			}
		}
	}
	var ci workflow
	readYAML(t, ".github/workflows/ci.yml", &ci)
	gate := ci.Jobs["secrets"].Steps
	if len(gate) != 2 || gate[0].With["fetch-depth"] != "0" || gate[1].Uses != "./" || gate[1].With["mode"] != "history" {
		t.Errorf("ci.yml: the secrets job must check out with fetch-depth 0 and run this action in history mode: %+v", gate)
	}
}

// currentMajors are the action versions to use (checked 2026-11-26: see
// docs/ci.md); older majors anywhere in the docs or workflows fail.
var currentMajors = map[string]string{
	"actions/checkout":                  "v7",
	"actions/setup-go":                  "v7",
	"github/codeql-action/upload-sarif": "v4",
	"goreleaser/goreleaser-action":      "v7",
}

func TestActionMajors(t *testing.T) {
	t.Parallel()
	files := []string{"action.yml", "README.md", "docs/ci.md", "docs/release.md"}
	wf, _ := filepath.Glob(".github/workflows/*.yml")
	uses := regexp.MustCompile(`([\w.-]+/[\w./-]+)@(v\d+)\b`)
	seen := map[string]bool{}
	for _, f := range append(files, wf...) {
		for _, m := range uses.FindAllStringSubmatch(readText(t, f), -1) {
			want, ok := currentMajors[m[1]]
			if !ok {
				continue
			}
			seen[m[1]] = true
			if m[2] != want {
				t.Errorf("%s: %s@%s, want @%s", f, m[1], m[2], want)
			}
		}
	}
	for name := range currentMajors {
		if !seen[name] {
			t.Errorf("%s is used nowhere", name)
		}
	}
}

func TestReleaseConfig(t *testing.T) {
	t.Parallel()
	var g struct {
		Version int `yaml:"version"`
		Builds  []struct {
			Env     []string `yaml:"env"`
			Goos    []string `yaml:"goos"`
			Goarch  []string `yaml:"goarch"`
			Ldflags []string `yaml:"ldflags"`
		} `yaml:"builds"`
		Archives []struct {
			NameTemplate string `yaml:"name_template"`
		} `yaml:"archives"`
		Checksum struct {
			NameTemplate string `yaml:"name_template"`
			Algorithm    string `yaml:"algorithm"`
		} `yaml:"checksum"`
	}
	readYAML(t, ".goreleaser.yaml", &g)
	if g.Version != 2 || len(g.Builds) != 1 || len(g.Archives) != 1 {
		t.Fatalf("want a version 2 config with one build and one archive: %+v", g)
	}
	b := g.Builds[0]
	for _, want := range []string{"linux", "darwin", "windows"} {
		if !slices.Contains(b.Goos, want) {
			t.Errorf("goos %v lacks %s", b.Goos, want)
		}
	}
	for _, want := range []string{"amd64", "arm64"} {
		if !slices.Contains(b.Goarch, want) {
			t.Errorf("goarch %v lacks %s", b.Goarch, want)
		}
	}
	if !slices.Contains(b.Env, "CGO_ENABLED=0") {
		t.Error("builds must be static (CGO_ENABLED=0)")
	}
	// The -X symbol must name the variable cli/version.go declares.
	const symbol = "-X github.com/keysieve/keysieve/cli.buildVersion="
	if !strings.Contains(strings.Join(b.Ldflags, " "), symbol) {
		t.Errorf("ldflags %v do not set %s", b.Ldflags, symbol)
	}
	if !strings.Contains(readText(t, "cli/version.go"), "var buildVersion string") {
		t.Error("cli/version.go no longer declares buildVersion")
	}
	if !strings.Contains(readText(t, "Dockerfile"), symbol) {
		t.Errorf("Dockerfile does not set %s", symbol)
	}
	// action.yml's version input downloads keysieve_<version>_<os>_<arch>.
	if g.Archives[0].NameTemplate != "{{ .ProjectName }}_{{ .Version }}_{{ .Os }}_{{ .Arch }}" ||
		!strings.Contains(readText(t, "action.yml"), `archive="keysieve_${KEYSIEVE_VERSION#v}_${os}_${arch}.$ext"`) {
		t.Error("archive names of .goreleaser.yaml and action.yml disagree")
	}
	if g.Checksum.NameTemplate != "checksums.txt" || g.Checksum.Algorithm != "sha256" {
		t.Errorf("checksum: %+v", g.Checksum)
	}
}

func TestDockerfile(t *testing.T) {
	t.Parallel()
	d := readText(t, "Dockerfile")
	for _, want := range []string{"CGO_ENABLED=0", "\nFROM scratch\n", "\nUSER 65532:65532\n",
		"\nWORKDIR /src\n", `ENTRYPOINT ["/keysieve"]`, `CMD ["scan", "/src"]`} {
		if !strings.Contains(d, want) {
			t.Errorf("Dockerfile lacks %q", want)
		}
	}
	ignore := readText(t, ".dockerignore")
	for _, want := range []string{".git\n", "/keysieve\n"} {
		if !strings.Contains(ignore, want) {
			t.Errorf(".dockerignore lacks %q", want)
		}
	}
}

func readText(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}
