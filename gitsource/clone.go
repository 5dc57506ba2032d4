package gitsource

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	git "github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/config"
	"github.com/go-git/go-git/v5/plumbing/transport"
	githttp "github.com/go-git/go-git/v5/plumbing/transport/http"
)

// Remote is a repository to clone: a file://, http(s):// or ssh:// URL,
// or an scp-like ssh address (user@host:path).
type Remote struct {
	// Name is the URL without credentials: what reports call it.
	Name string
	// url is what is cloned: Name, plus the ssh user name.
	url string
	// scheme is file, http, https or ssh.
	scheme string
	// host is the URL's host name, for choosing a token.
	host string
	// user and pass are credentials written in an http(s) URL.
	user, pass string
}

// scpLike matches git's scp-like ssh syntax, [user@]host:path, where no
// slash comes before the first colon.
var scpLike = regexp.MustCompile(`^(?:([^@/:]+)@)?([^@/:]+):(.*)$`)

// IsRemote reports whether s names a repository to clone (a URL or an
// scp-like ssh address) rather than a local path. A path that exists is
// local even when it looks like host:path.
func IsRemote(s string) bool {
	if strings.Contains(s, "://") {
		return true
	}
	if !scpLike.MatchString(s) {
		return false
	}
	_, err := os.Lstat(s)
	return err != nil
}

// ParseRemote parses a clone URL. Credentials in an http(s) URL are kept
// apart from its Name and sent only as authentication.
func ParseRemote(s string) (Remote, error) {
	if m := scpLike.FindStringSubmatch(s); m != nil && !strings.Contains(s, "://") {
		if m[3] == "" {
			return Remote{}, fmt.Errorf("clone address %q has no path", s)
		}
		return Remote{Name: s, url: s, scheme: "ssh", host: m[2]}, nil
	}
	u, err := url.Parse(s)
	if err != nil {
		return Remote{}, fmt.Errorf("bad clone URL: %w", scrubURLError(err))
	}
	rm := Remote{scheme: strings.ToLower(u.Scheme), host: u.Hostname()}
	switch rm.scheme {
	case "file":
		if u.User != nil || u.Host != "" && u.Host != "localhost" {
			return Remote{}, errors.New("a file:// URL names a local path: no host or user")
		}
	case "http", "https":
		if u.Host == "" {
			return Remote{}, fmt.Errorf("clone URL %s has no host", rm.scheme+"://")
		}
		if u.User != nil {
			rm.user = u.User.Username()
			rm.pass, _ = u.User.Password()
		}
		u.User = nil
	case "ssh":
		if u.User != nil {
			u.User = url.User(u.User.Username()) // a user name is no secret; a password is dropped
		}
	default:
		return Remote{}, fmt.Errorf("clone URL scheme %q not supported (want file, https, http or ssh)", u.Scheme)
	}
	u.RawQuery, u.Fragment = "", ""
	rm.url = u.String()
	rm.Name = rm.url
	return rm, nil
}

// scrubURLError drops the URL (which may hold credentials) from a parse
// error.
func scrubURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// auth returns how to authenticate to rm, from its URL or the
// environment (getenv): credentials written in an https URL; else, for
// https, GITHUB_TOKEN (only to github.com, or to the host of
// GITHUB_SERVER_URL) or GIT_TOKEN, as HTTP basic auth with GIT_USERNAME
// (default x-access-token). A token from the environment is never sent
// over plain http. ssh uses the SSH agent (SSH_AUTH_SOCK) and known_hosts,
// go-git's defaults; file needs nothing.
func (rm Remote) auth(getenv func(string) string) transport.AuthMethod {
	if rm.user != "" || rm.pass != "" {
		return &githttp.BasicAuth{Username: rm.user, Password: rm.pass}
	}
	if rm.scheme != "https" {
		return nil
	}
	token := getenv("GIT_TOKEN")
	if gh := getenv("GITHUB_TOKEN"); gh != "" && rm.isGitHub(getenv) {
		token = gh
	}
	if token == "" {
		return nil
	}
	return &githttp.BasicAuth{Username: cmp.Or(getenv("GIT_USERNAME"), "x-access-token"), Password: token}
}

// isGitHub reports whether rm is on github.com or on the GitHub server
// that GITHUB_SERVER_URL names (GitHub Enterprise Server in Actions).
func (rm Remote) isGitHub(getenv func(string) string) bool {
	if strings.EqualFold(rm.host, "github.com") {
		return true
	}
	server, err := url.Parse(getenv("GITHUB_SERVER_URL"))
	return err == nil && server.Hostname() != "" && strings.EqualFold(server.Hostname(), rm.host)
}

// CloneDirName is the directory a clone of rm gets under a clone
// directory: the repository's last path element, for people, and a hash
// of its name, so that two remotes never share a directory.
func (rm Remote) CloneDirName() string {
	sum := sha256.Sum256([]byte(rm.Name))
	base := strings.TrimSuffix(filepath.Base(strings.TrimRight(rm.Name, "/")), ".git")
	base = strings.Map(func(r rune) rune {
		if r < 0x80 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_' || r == '.') {
			return r
		}
		return '_'
	}, base)
	if len(base) > 40 {
		base = base[:40]
	}
	return strings.TrimLeft(base, ".") + "-" + hex.EncodeToString(sum[:6]) + ".git"
}

// CloneBare clones rm's branches and tags into dir as a bare repository,
// or, when dir already holds a clone of rm (a --clone-dir kept between
// audits), fetches into it what changed. getenv is where credentials
// come from (os.Getenv). Errors never hold the URL's credentials.
func CloneBare(ctx context.Context, rm Remote, dir string, getenv func(string) string) (*Repo, error) {
	auth := rm.auth(getenv)
	if _, err := os.Stat(filepath.Join(dir, "HEAD")); err == nil {
		if err := fetchInto(ctx, rm, dir, auth); err != nil {
			return nil, rm.scrub(fmt.Errorf("fetch %s: %w", rm.Name, err), getenv)
		}
		return Open(dir)
	}
	_, err := git.PlainCloneContext(ctx, dir, true, &git.CloneOptions{URL: rm.url, Auth: auth, Tags: git.AllTags})
	if err != nil {
		_ = os.RemoveAll(dir)
		return nil, rm.scrub(fmt.Errorf("clone %s: %w", rm.Name, err), getenv)
	}
	return Open(dir)
}

// fetchInto updates an existing clone of rm in dir.
func fetchInto(ctx context.Context, rm Remote, dir string, auth transport.AuthMethod) error {
	repo, err := git.PlainOpen(dir)
	if err != nil {
		return err
	}
	remote, err := repo.Remote(git.DefaultRemoteName)
	if err != nil {
		return err
	}
	if urls := remote.Config().URLs; len(urls) == 0 || urls[0] != rm.url {
		return fmt.Errorf("%s is a clone of another repository", dir)
	}
	err = repo.FetchContext(ctx, &git.FetchOptions{
		Auth: auth, Force: true, Tags: git.AllTags, Prune: true,
		RefSpecs: []config.RefSpec{"+refs/heads/*:refs/remotes/origin/*"},
	})
	if errors.Is(err, git.NoErrAlreadyUpToDate) {
		return nil
	}
	return err
}

// scrub removes from err's text every credential that could be in it:
// the URL's user and password, and the tokens of the environment.
func (rm Remote) scrub(err error, getenv func(string) string) error {
	msg := err.Error()
	for _, s := range []string{rm.pass, rm.user, getenv("GIT_TOKEN"), getenv("GITHUB_TOKEN")} {
		if len(s) >= 4 {
			msg = strings.ReplaceAll(msg, s, "***")
		}
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("%s: %w", msg, context.Canceled)
	}
	return errors.New(msg)
}
