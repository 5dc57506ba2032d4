// Package deploy_test checks the scale-out recipes that ship with
// keysieve (docs/scale.md): the reusable GitHub Actions workflow and the
// Kubernetes Indexed Job. The engines cannot run here: these tests parse
// the files and check the fields that make them work, and run their
// shell scripts (scripts_test.go).
package deploy_test

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// load parses every YAML document of the file at path (relative to the
// repository's top).
func load(t *testing.T, path string) []map[string]any {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", path))
	if err != nil {
		t.Fatal(err)
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var docs []map[string]any
	for {
		var doc map[string]any
		err := dec.Decode(&doc)
		if errors.Is(err, io.EOF) {
			return docs
		}
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		docs = append(docs, doc)
	}
}

// at walks keys (map keys, or list indexes as ints) down from v.
func at(t *testing.T, v any, keys ...any) any {
	t.Helper()
	for _, k := range keys {
		switch k := k.(type) {
		case string:
			m, ok := v.(map[string]any)
			if !ok {
				t.Fatalf("no map at %q (path %v)", k, keys)
			}
			if v, ok = m[k]; !ok {
				t.Fatalf("no key %q (path %v)", k, keys)
			}
		case int:
			l, ok := v.([]any)
			if !ok || k >= len(l) {
				t.Fatalf("no item %d (path %v)", k, keys)
			}
			v = l[k]
		}
	}
	return v
}

func str(t *testing.T, v any, keys ...any) string {
	t.Helper()
	s, ok := at(t, v, keys...).(string)
	if !ok {
		t.Fatalf("%v is not a string", keys)
	}
	return s
}

// TestAuditWorkflow: the reusable workflow is called with a repos file
// and a number of shards, runs one job per shard (a matrix from 1 to N)
// that audits its shard and uploads its JSON report, then merges the
// reports into SARIF and HTML.
func TestAuditWorkflow(t *testing.T) {
	t.Parallel()
	docs := load(t, ".github/workflows/audit.yml")
	if len(docs) != 1 {
		t.Fatalf("%d documents", len(docs))
	}
	wf := docs[0]
	call := at(t, wf, "on", "workflow_call")
	if str(t, call, "inputs", "repos-file", "type") != "string" || at(t, call, "inputs", "repos-file", "required") != true {
		t.Error("input repos-file: want a required string")
	}
	if str(t, call, "inputs", "shards", "type") != "number" {
		t.Error("input shards: want a number")
	}
	if !strings.Contains(str(t, wf, "jobs", "plan", "steps", 0, "run"), "seq -s, 1") {
		t.Error("plan does not list the shards 1..N")
	}
	shard := at(t, wf, "jobs", "shard")
	if str(t, shard, "strategy", "matrix", "shard") != "${{ fromJSON(needs.plan.outputs.shards) }}" {
		t.Error("shard matrix is not the planned list")
	}
	var audit, upload bool
	for _, step := range at(t, shard, "steps").([]any) {
		s := step.(map[string]any)
		if run, _ := s["run"].(string); strings.Contains(run, "keysieve history --repos-file") && strings.Contains(run, `--shard "$SHARD"`) &&
			strings.Contains(run, "--format json") {
			audit = str(t, s, "env", "SHARD") == "${{ matrix.shard }}/${{ inputs.shards }}"
		}
		if uses, _ := s["uses"].(string); strings.HasPrefix(uses, "actions/upload-artifact@") {
			upload = strings.Contains(str(t, s, "with", "name"), "${{ matrix.shard }}") &&
				strings.HasSuffix(str(t, s, "with", "path"), ".json")
		}
	}
	if !audit || !upload {
		t.Errorf("shard job: audit step %v, upload of its JSON report %v", audit, upload)
	}
	merge := at(t, wf, "jobs", "merge")
	if str(t, merge, "needs") != "shard" {
		t.Error("merge does not wait for the shards")
	}
	var download, merged bool
	for _, step := range at(t, merge, "steps").([]any) {
		s := step.(map[string]any)
		if uses, _ := s["uses"].(string); strings.HasPrefix(uses, "actions/download-artifact@") {
			download = str(t, s, "with", "pattern") == "keysieve-shard-*"
		}
		if run, _ := s["run"].(string); strings.Contains(run, "keysieve merge") {
			merged = strings.Contains(run, "for format in json sarif html")
		}
	}
	if !download || !merged {
		t.Errorf("merge job: download %v, merge into SARIF and HTML %v", download, merged)
	}
}

// TestAuditIndexedJob: the Kubernetes manifest runs an Indexed Job whose
// pods take their shard from JOB_COMPLETION_INDEX and write reports to a
// volume, and a merge Job reading the same volume.
func TestAuditIndexedJob(t *testing.T) {
	t.Parallel()
	docs := load(t, "deploy/k8s/audit-job.yaml")
	byKind := map[string]map[string]any{}
	var jobs []map[string]any
	for _, d := range docs {
		byKind[str(t, d, "kind")] = d
		if d["kind"] == "Job" {
			jobs = append(jobs, d)
		}
	}
	if len(jobs) != 2 || byKind["ConfigMap"] == nil || byKind["PersistentVolumeClaim"] == nil {
		t.Fatalf("kinds: %v", byKind)
	}
	shards, mergeJob := jobs[0], jobs[1]
	spec := at(t, shards, "spec").(map[string]any)
	if spec["completionMode"] != "Indexed" || spec["completions"] != spec["parallelism"] {
		t.Errorf("shard Job: completionMode %v, completions %v, parallelism %v", spec["completionMode"], spec["completions"], spec["parallelism"])
	}
	n := spec["completions"].(int)
	shard := at(t, spec, "template", "spec", "containers", 0)
	script := str(t, shard, "args", 0)
	for _, want := range []string{`"$((JOB_COMPLETION_INDEX + 1))/$SHARDS"`, "--repos-file /config/repos.txt", `--shard "$shard"`, "--format json", "/reports/"} {
		if !strings.Contains(script, want) {
			t.Errorf("shard script lacks %s:\n%s", want, script)
		}
	}
	checkShardsEnv(t, shard, n)
	if !mounts(t, shard, "/reports") || !mounts(t, shard, "/config") {
		t.Error("shard pods do not mount the list and the reports")
	}
	merge := at(t, mergeJob, "spec", "template", "spec", "containers", 0)
	if m := str(t, merge, "args", 0); !strings.Contains(m, "keysieve merge") || !strings.Contains(m, "/reports/shard-*.json") {
		t.Errorf("merge Job does not merge the shard reports:\n%s", m)
	}
	checkShardsEnv(t, merge, n)
	checkShardsEnv(t, at(t, mergeJob, "spec", "template", "spec", "initContainers", 0), n)
	if !mounts(t, merge, "/reports") {
		t.Error("merge Job does not mount the reports")
	}
}

// checkShardsEnv checks that container c has SHARDS set to n.
func checkShardsEnv(t *testing.T, c any, n int) {
	t.Helper()
	env := at(t, c, "env").([]any)
	if !slices.ContainsFunc(env, func(e any) bool {
		m := e.(map[string]any)
		return m["name"] == "SHARDS" && m["value"] == strconv.Itoa(n)
	}) {
		t.Errorf("container %v: SHARDS is not %d", at(t, c, "name"), n)
	}
}

// mounts reports whether container c mounts a volume at path.
func mounts(t *testing.T, c any, path string) bool {
	for _, m := range at(t, c, "volumeMounts").([]any) {
		if m.(map[string]any)["mountPath"] == path {
			return true
		}
	}
	return false
}
