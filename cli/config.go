package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/keysieve/keysieve/findings"
	"github.com/keysieve/keysieve/gitsource"
	"github.com/keysieve/keysieve/report"
	"github.com/keysieve/keysieve/rules"
)

// userConfigName is the config file looked for at the scanned root (the
// working tree's, or the base's tree in a history range).
const userConfigName = ".keysieve.toml"

// repoConfig is the config a run extends the default ruleset with, and
// where it was read from. The trust model is in docs/security.md.
type repoConfig struct {
	// cfg is the parsed config, or nil when there is none.
	cfg *rules.Config
	// origin says where cfg was read from (or looked for), for stderr.
	origin string
	// explicit is set when the user named the file with --config.
	explicit bool
	// inRange is set for the config of a history range.
	inRange bool
	// unread is set when the base's config could not be read: the run
	// goes on with the default ruleset and fails with exit 2.
	unread *findings.FileError
}

// treeConfig returns the config that scan, staged and a full history use:
// the file --config names, else .keysieve.toml at root (the directory of
// root when root is a file) when there is one. The discovered file is
// read only when it is a regular file: a symlink, even to a file inside
// root, a FIFO, a device or a directory is refused without being read.
func treeConfig(explicit, root string) (*repoConfig, error) {
	if explicit != "" {
		return explicitConfig(explicit)
	}
	dir := root
	if info, err := os.Stat(root); err == nil && !info.IsDir() {
		dir = filepath.Dir(root)
	}
	path := filepath.Join(dir, userConfigName)
	cfg, err := readRootConfig(path)
	if err != nil {
		return nil, err
	}
	return &repoConfig{cfg: cfg, origin: path + " (working tree)"}, nil
}

// explicitConfig reads the file the user named with --config: it may be
// anywhere, but must be a regular file.
func explicitConfig(path string) (*repoConfig, error) {
	cfg, err := rules.ParseFile(path)
	if err != nil {
		return nil, err
	}
	return &repoConfig{cfg: cfg, origin: path + " (--config)", explicit: true}, nil
}

// baseConfig returns the config of a history range: the file --config
// names, else .keysieve.toml in the tree of base, the trusted side. The
// working tree and the commits under review are never read for it.
func baseConfig(explicit string, repo *gitsource.Repo, base string) (*repoConfig, error) {
	if explicit != "" {
		rc, err := explicitConfig(explicit)
		if err == nil {
			rc.inRange = true
		}
		return rc, err
	}
	origin := base + ":" + userConfigName
	data, found, err := repo.FileAt(base, userConfigName, rules.MaxConfigSize)
	switch {
	case errors.Is(err, gitsource.ErrNotRegular):
		return nil, fmt.Errorf("config %w; a config is read only as a regular file (name one with --config FILE)", err)
	case errors.Is(err, gitsource.ErrUnreadable):
		// Fail closed: nothing allowlisted, every finding written, exit 2.
		return &repoConfig{origin: origin + " (base of the range)", inRange: true, unread: &findings.FileError{
			Path: userConfigName, Error: fmt.Sprintf("cannot read the config at %s (the default ruleset was used): %v", base, err)}}, nil
	case err != nil:
		return nil, fmt.Errorf("read config from the range's base: %w", err)
	case !found:
		return &repoConfig{origin: origin + " (base of the range)", inRange: true}, nil
	}
	cfg, err := rules.Parse(origin, data)
	if err != nil {
		return nil, err
	}
	return &repoConfig{cfg: cfg, origin: origin + " (base of the range)", inRange: true}, nil
}

// readRootConfig reads the config file at path, discovered in a scanned
// tree, or returns nil when there is none. The path is checked with
// Lstat and opened without following symlinks and without blocking (a
// FIFO swapped in would otherwise hang the open); what was opened must
// be the regular file that was checked. Errors never quote the content
// or a symlink's target.
func readRootConfig(path string) (*rules.Config, error) {
	info, err := os.Lstat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if errors.Is(err, fs.ErrPermission) {
		// The directory cannot be searched, so nothing in it is scanned
		// either: the scan reports it unreadable and fails closed.
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("config %s: %w", path, err)
	}
	if !info.Mode().IsRegular() {
		return nil, notRegular(path, info.Mode())
	}
	f, err := openConfig(path)
	if err != nil {
		return nil, fmt.Errorf("config %s: %w", path, err)
	}
	defer f.Close()
	opened, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("config %s: %w", path, err)
	}
	if !opened.Mode().IsRegular() || !os.SameFile(info, opened) {
		return nil, fmt.Errorf("config %s was replaced while it was opened; not read", path)
	}
	data, err := io.ReadAll(io.LimitReader(f, rules.MaxConfigSize+1))
	if err != nil {
		return nil, fmt.Errorf("config %s: %w", path, err)
	}
	return rules.Parse(path, data)
}

// notRegular is the error for a discovered config that is not a regular file.
func notRegular(path string, mode fs.FileMode) error {
	kind := "not a regular file"
	switch {
	case mode&fs.ModeSymlink != 0:
		kind = "a symlink"
	case mode.IsDir():
		kind = "a directory"
	case mode&fs.ModeNamedPipe != 0:
		kind = "a FIFO"
	case mode&fs.ModeDevice != 0:
		kind = "a device"
	case mode&fs.ModeSocket != 0:
		kind = "a socket"
	}
	return fmt.Errorf("config %s is %s, not read: a config is read only as a regular file inside the scanned root (name one with --config FILE)", path, kind)
}

// loadRuleset compiles the default ruleset extended by the config that
// configPath names, or by .keysieve.toml at root.
func (a *App) loadRuleset(configPath, root string) (*rules.Ruleset, error) {
	rc, err := treeConfig(configPath, root)
	if err != nil {
		return nil, err
	}
	rs, _, err := a.compileConfig(rc)
	return rs, err
}

// compileConfig compiles the default ruleset extended by rc, returning
// with it a summary of what rc changes.
func (a *App) compileConfig(rc *repoConfig) (*rules.Ruleset, string, error) {
	if rc.cfg == nil {
		rs, err := a.defaultRuleset()
		return rs, "", err
	}
	base, err := a.defaultConfig()
	if err != nil {
		return nil, "", err
	}
	rs, err := rules.Compile(base, rc.cfg)
	if err != nil {
		return nil, "", err
	}
	return rs, summarizeConfig(base, rc.cfg), nil
}

// announceConfig says on stderr which config a run loaded and what it
// changes. Runs without a config say nothing, except a history range,
// which says that it found none at its base.
func announceConfig(stderr io.Writer, rc *repoConfig, summary string) {
	inRange := rc.inRange
	switch {
	case rc.cfg != nil:
		fmt.Fprintf(stderr, "keysieve: config: loaded %s: %s\n", report.Escape(rc.origin), report.Escape(summary))
	case rc.unread != nil:
		fmt.Fprintf(stderr, "keysieve: config: cannot read %s: default ruleset (the run will exit 2)\n", report.Escape(rc.origin))
	case inRange:
		fmt.Fprintf(stderr, "keysieve: config: none at %s: default ruleset\n", report.Escape(rc.origin))
	}
	switch {
	case inRange && rc.explicit:
		fmt.Fprintln(stderr, "keysieve: config: --config given, so changes to config files in the range are not reported")
	case inRange:
		fmt.Fprintln(stderr, "keysieve: config: config files changed in the range are not applied; each change is reported")
	}
}

// maxNamed is how many rule ids a summary names before "and N more".
const maxNamed = 5

// summarizeConfig says in one line what user changes in the default
// ruleset: use_default, rules disabled, added and replaced, and the
// sizes of its global allowlist.
func summarizeConfig(base, user *rules.Config) string {
	var parts []string
	if u := user.Extend.UseDefault; u != nil && !*u {
		parts = append(parts, "use_default = false (the default rules are off)")
	}
	if d := user.Extend.Disable; len(d) > 0 {
		parts = append(parts, fmt.Sprintf("disables %s", namedCount(d, "rule")))
	}
	added, replaced := splitRules(base, user)
	if len(added) > 0 {
		parts = append(parts, "adds "+namedCount(added, "rule"))
	}
	if len(replaced) > 0 {
		parts = append(parts, "replaces "+namedCount(replaced, "rule"))
	}
	al := user.Allowlist
	if n := len(al.Paths) + len(al.Regexes) + len(al.Stopwords) + len(al.Fingerprints); n > 0 {
		parts = append(parts, fmt.Sprintf("allowlist: %s, %s, %s, %s",
			plural(len(al.Paths), "path"), plural(len(al.Regexes), "regex"),
			plural(len(al.Stopwords), "stopword"), plural(len(al.Fingerprints), "fingerprint")))
	}
	if len(parts) == 0 {
		return "no changes to the default ruleset"
	}
	return strings.Join(parts, "; ")
}

// splitRules returns the ids of user's rules that are new and those that
// replace a default rule. With use_default = false every rule is new.
func splitRules(base, user *rules.Config) (added, replaced []string) {
	defaults := map[string]bool{}
	if u := user.Extend.UseDefault; u == nil || *u {
		for _, r := range base.Rules {
			defaults[r.ID] = true
		}
	}
	for _, r := range user.Rules {
		if defaults[r.ID] {
			replaced = append(replaced, r.ID)
		} else {
			added = append(added, r.ID)
		}
	}
	return added, replaced
}

// namedCount writes "N rules (a, b, c and K more)".
func namedCount(ids []string, noun string) string {
	shown := slices.Clone(ids[:min(len(ids), maxNamed)])
	list := strings.Join(shown, ", ")
	if more := len(ids) - len(shown); more > 0 {
		list += fmt.Sprintf(" and %d more", more)
	}
	return plural(len(ids), noun) + " (" + list + ")"
}

// plural writes "1 path", "2 paths", "0 regexes".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	if strings.HasSuffix(noun, "x") {
		return fmt.Sprintf("%d %ses", n, noun)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// historyConfig returns the config of a history run: with a range (or
// --since-commit), the one in the base's tree; for a full audit, the
// working tree's, as scan reads it.
func historyConfig(explicit string, repo *gitsource.Repo, root string, opts gitsource.HistoryOptions) (*repoConfig, error) {
	if opts.Base != "" {
		return baseConfig(explicit, repo, opts.Base)
	}
	return treeConfig(explicit, repo.Root(root))
}

// configChangeRule is the rule id of the finding that reports a change
// to a config file in a history range.
const configChangeRule = "keysieve-config-change"

// configChangeRemediation says what to do about a config change.
const configChangeRemediation = "A change to keysieve's configuration must be approved by a reviewer: " +
	"the gate reads the config from the base of the range, so this change is not applied. " +
	"Once a reviewer has approved it, merge it to the base branch, or pass the reviewed file explicitly " +
	"with --config FILE (changes to config files are then not reported). See docs/security.md."

// reportConfigChanges adds to res a finding for each change to a config
// file made by the commits of a history range, unless --config named the
// config explicitly. Such findings are added after the scan, so no
// allowlist, allow comment or baseline applies to them.
// Commits that could not be checked, and a base config that could not
// be read, are added to res's errors (so the run exits 2).
func reportConfigChanges(ctx context.Context, repo *gitsource.Repo, rc *repoConfig, hist *gitsource.HistoryResult) error {
	res := &hist.Result
	if rc.unread != nil {
		res.Errors = append(res.Errors, *rc.unread)
	}
	if rc.inRange && !rc.explicit {
		changes, unread, err := repo.ConfigChanges(ctx, hist, userConfigName)
		if err != nil {
			return fmt.Errorf("look for config changes in the range: %w", err)
		}
		for _, ch := range changes {
			res.Findings = append(res.Findings, configChangeFinding(ch))
		}
		res.Errors = append(res.Errors, unread...)
	}
	res.Dedupe()
	res.Sort()
	return nil
}

// configChangeFinding is the finding for one config change.
func configChangeFinding(ch gitsource.ConfigChange) findings.Finding {
	prov := ch.Git
	return findings.Finding{
		Rule:        configChangeRule,
		Description: "keysieve config file " + ch.Kind + " under review (not applied)",
		Category:    "config",
		Severity:    string(rules.High),
		File:        ch.Path,
		Line:        1, Column: 1, EndLine: 1, EndColumn: 1,
		Fingerprint: findings.Fingerprint(configChangeRule, ch.Path, []byte(prov.Commit+" "+ch.Kind)),
		Remediation: configChangeRemediation,
		Git:         &prov,
	}
}
