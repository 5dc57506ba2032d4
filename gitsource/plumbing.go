package gitsource

import (
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/keysieve/keysieve/findings"
)

// Root returns the directory whose .keysieve.toml applies: the work
// tree's root, or fallback (the path given) for a bare repository.
func (r *Repo) Root(fallback string) string {
	if wt, err := r.repo.Worktree(); err == nil {
		return wt.Filesystem.Root()
	}
	return fallback
}

// HooksDir returns where Git looks for hooks: core.hooksPath (relative to
// the work tree root) when set, else the hooks directory of the common
// Git directory, shared by linked worktrees.
func HooksDir(path string) (string, error) {
	r, err := Open(path)
	if err != nil {
		return "", err
	}
	cfg, err := r.repo.Config()
	if err != nil {
		return "", fmt.Errorf("read git config: %w", err)
	}
	root := r.Root(path)
	if hp := cfg.Raw.Section("core").Option("hooksPath"); hp != "" {
		if rest, ok := strings.CutPrefix(hp, "~/"); ok {
			home, err := os.UserHomeDir()
			if err != nil {
				return "", fmt.Errorf("core.hooksPath: %w", err)
			}
			hp = filepath.Join(home, rest)
		}
		if !filepath.IsAbs(hp) {
			hp = filepath.Join(root, hp)
		}
		return hp, nil
	}
	gitDir, err := commonGitDir(root)
	if err != nil {
		return "", err
	}
	return filepath.Join(gitDir, "hooks"), nil
}

// commonGitDir finds the Git directory shared by all worktrees: root
// itself for a bare repository, root/.git, or where a .git file points,
// followed through its commondir file.
func commonGitDir(root string) (string, error) {
	dotGit := filepath.Join(root, ".git")
	info, err := os.Stat(dotGit)
	switch {
	case err != nil:
		return root, nil // bare
	case info.IsDir():
		return dotGit, nil
	}
	dir, err := gitdirTarget(dotGit)
	if err != nil {
		return "", err
	}
	if common, err := os.ReadFile(filepath.Join(dir, "commondir")); err == nil {
		c := strings.TrimSpace(string(common))
		if !filepath.IsAbs(c) {
			c = filepath.Join(dir, c)
		}
		return filepath.Clean(c), nil
	}
	return dir, nil
}

// Provenance names the repository for SARIF: the origin remote as an
// https URI (credentials dropped, never reported), HEAD's commit and
// branch, and the work tree's top as SourceRoot. Only SourceRoot is set
// when the repository has no usable remote (none for a bare one).
func (r *Repo) Provenance() findings.Provenance {
	p := findings.Provenance{SourceRoot: r.Root("")}
	remote, err := r.repo.Remote("origin")
	if err != nil || len(remote.Config().URLs) == 0 {
		return p
	}
	p.RepositoryURI = httpsRemote(remote.Config().URLs[0])
	if p.RepositoryURI == "" {
		return p
	}
	if head, err := r.repo.Head(); err == nil {
		p.RevisionID = head.Hash().String()
		if head.Name().IsBranch() {
			p.Branch = head.Name().Short()
		}
	}
	return p
}

// httpsRemote turns a remote URL (https, ssh or scp-like) into an https
// URI without credentials or a .git suffix, or "" for local paths.
func httpsRemote(raw string) string {
	if host, path, ok := strings.Cut(raw, ":"); ok && !strings.Contains(raw, "://") && strings.Contains(host, "@") {
		raw = "ssh://" + host + "/" + path // scp-like: git@host:owner/repo
	}
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" || (u.Scheme != "https" && u.Scheme != "http" && u.Scheme != "ssh" && u.Scheme != "git") {
		return ""
	}
	u.Scheme, u.User, u.RawQuery, u.Fragment = "https", nil, "", ""
	u.Host = u.Hostname()
	u.Path = strings.TrimSuffix(strings.TrimPrefix(u.Path, "/"), ".git")
	u.Path = "/" + u.Path
	return u.String()
}
