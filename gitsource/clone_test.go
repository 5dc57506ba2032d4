package gitsource

import (
	"strings"
	"testing"

	githttp "github.com/go-git/go-git/v5/plumbing/transport/http"
)

func TestParseRemoteNames(t *testing.T) {
	t.Parallel()
	secret := "tok" + strings.Repeat("9x", 10)
	for _, tc := range []struct{ in, name string }{
		{"https://" + secret + "@github.com/org/repo.git", "https://github.com/org/repo.git"},
		{"https://user:" + secret + "@git.example.com/org/repo.git?ref=x#y", "https://git.example.com/org/repo.git"},
		{"ssh://git:" + secret + "@host.example/org/repo.git", "ssh://git@host.example/org/repo.git"},
		{"git@github.com:org/repo.git", "git@github.com:org/repo.git"},
		{"file:///srv/git/repo.git", "file:///srv/git/repo.git"},
	} {
		rm, err := ParseRemote(tc.in)
		if err != nil || rm.Name != tc.name || strings.Contains(rm.url, secret) {
			t.Errorf("ParseRemote(%q) = %q (url %q), %v; want %q", tc.in, rm.Name, rm.url, err, tc.name)
		}
	}
	for _, bad := range []string{"ftp://host/x", "https:///x", "file://host/x", "file://u@/x"} {
		if _, err := ParseRemote(bad); err == nil {
			t.Errorf("ParseRemote(%q) accepted", bad)
		}
	}
	for in, want := range map[string]bool{"./repo": false, "/srv/repo": false, "repo": false, "host:org/repo": true, "https://h/x": true} {
		if got := IsRemote(in); got != want {
			t.Errorf("IsRemote(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestRemoteAuthFromEnvironment: GITHUB_TOKEN goes only to GitHub,
// GIT_TOKEN to any https host, no token from the environment over plain
// http, and credentials in the URL win.
func TestRemoteAuthFromEnvironment(t *testing.T) {
	t.Parallel()
	env := map[string]string{"GITHUB_TOKEN": "gh-" + strings.Repeat("a", 8), "GIT_TOKEN": "git-" + strings.Repeat("b", 8)}
	getenv := func(k string) string { return env[k] }
	pass := func(raw string) string {
		rm, err := ParseRemote(raw)
		if err != nil {
			t.Fatal(err)
		}
		a, _ := rm.auth(getenv).(*githttp.BasicAuth)
		if a == nil {
			return ""
		}
		return a.Password
	}
	cases := map[string]string{
		"https://github.com/o/r.git":      env["GITHUB_TOKEN"],
		"https://GitHub.com/o/r.git":      env["GITHUB_TOKEN"],
		"https://gitlab.example/o/r.git":  env["GIT_TOKEN"],
		"http://github.com/o/r.git":       "",
		"https://u:inurl1@github.com/o/r": "inurl1",
		"ssh://git@github.com/o/r.git":    "",
	}
	for raw, want := range cases {
		if got := pass(raw); got != want {
			t.Errorf("%s: password %q, want %q", raw, got, want)
		}
	}
	env["GITHUB_SERVER_URL"] = "https://ghe.example"
	delete(env, "GIT_TOKEN")
	if got := pass("https://ghe.example/o/r.git"); got != env["GITHUB_TOKEN"] {
		t.Errorf("GitHub Enterprise host: password %q", got)
	}
	if got := pass("https://other.example/o/r.git"); got != "" {
		t.Errorf("GITHUB_TOKEN sent to another host: %q", got)
	}
}

func TestCloneDirNameIsDistinct(t *testing.T) {
	t.Parallel()
	a, _ := ParseRemote("https://h.example/a/repo.git")
	b, _ := ParseRemote("https://h.example/b/repo.git")
	if a.CloneDirName() == b.CloneDirName() || !strings.HasPrefix(a.CloneDirName(), "repo-") {
		t.Errorf("clone dirs %q and %q", a.CloneDirName(), b.CloneDirName())
	}
}
