package gitsource

import "testing"

func TestHTTPSRemoteDropsCredentials(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"https://github.com/acme/app.git":                             "https://github.com/acme/app",
		"https://user:" + "hunter2-pass" + "@gitlab.com/acme/app.git": "https://gitlab.com/acme/app",
		"git@github.com:acme/app.git":                                 "https://github.com/acme/app",
		"ssh://git@git.example.com:2222/team/app":                     "https://git.example.com/team/app",
		"/srv/git/app.git":                                            "",
		"file:///srv/git/app.git":                                     "",
		"../relative/repo":                                            "",
	} {
		if got := httpsRemote(in); got != want {
			t.Errorf("httpsRemote(%q) = %q, want %q", in, got, want)
		}
	}
}
