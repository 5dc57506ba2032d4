// Git history as a source: History treats a repository's history as a
// set of blobs with provenance, not as a stream of diffs. It walks the
// commits that the refs reach, finds for each commit the blobs it
// introduces at each path, scans every distinct blob and every commit
// message once with scan.Options.Threads workers, and then attributes each
// secret to the commit that first introduced it.
//
// Attribution. Commits are put in a topological order (parents before
// children; among unrelated commits, older committer time first, then
// hash). A commit C introduces blob B at path P when C's tree has B at P
// and none of C's parents has B at P; a root commit, or a commit at a
// shallow boundary, introduces every file it has. C introduces secret S
// (for a rule) at P when it introduces a blob at P holding S while no
// parent's blob at P holds S: editing a file around a secret does not
// introduce it again, and a merge commit introduces only what its
// conflict resolution adds. A finding is reported once per (rule,
// secret, path), at the first commit in that order that introduces the
// secret at that path, placed in that commit's blob. A secret that a
// commit adds at one path while removing, in the same commit, a file
// that held it (a rename or move) is not reported again under the new
// path. Secrets in commit messages are reported under CommitMessagePath,
// once per (rule, secret), at the first commit whose message has them.
// A finding's InHead is set when the same secret, for the same rule, is
// in some file of HEAD's tree (the range's head with a range).
//
// The per-file cap. History keeps at most --max-findings-per-file hits
// of each blob and of each commit message (the first, in order of
// offset, before the filters that depend on a path), whatever the paths
// the blob is found at, and the matcher stops there: memory holds at
// most that many hits per blob. A blob or message that held more is
// listed in skipped (at the first path it was seen at, with its hash):
// secrets past the cap are not reported, and are not known to be in its
// other versions. The cap per path then applies to the findings as
// everywhere else. All kept hits together are bounded too
// (HistoryOptions.HitBudget): a blob or message whose hits do not fit is
// recorded as an error, so the audit fails closed instead of growing.

package gitsource

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"slices"
	"time"

	git "github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/object"
	"github.com/go-git/go-git/v5/plumbing/storer"
	"github.com/sourcegraph/conc"

	"github.com/keysieve/keysieve/findings"
	"github.com/keysieve/keysieve/scan"
)

// HistoryOptions select the commits History scans.
type HistoryOptions struct {
	// Base, when set, limits the scan to commits reachable from Head but
	// not from Base (git's BASE..HEAD), and so to the secrets they introduced.
	Base string
	// Head is the tip of a range; empty means HEAD. Ignored without Base.
	Head string
	// Progress, when set, is counted up as commits and blobs are scanned.
	Progress *Progress
	// HitBudget bounds the bytes all kept hits may take; 0 means
	// DefaultHitBudget. Blobs and messages whose hits do not fit are
	// recorded in Result.Errors.
	HitBudget int64
	// Cache, when set, makes a full audit of a repository on disk
	// incremental (historycache.go): objects it knows are not read
	// again, and it records what the run learned, for Cache.Save. A
	// range does not use it.
	Cache *HistoryCache
}

// HistoryResult is a Result with what the history scan covered.
type HistoryResult struct {
	findings.Result
	// Commits and Blobs count the commits walked and distinct blobs read.
	Commits, Blobs int
	// Shallow is set when the repository is a shallow clone: history past
	// its boundary commits is not there to scan.
	Shallow bool
	// BoundaryFindings counts the findings at a shallow boundary, not
	// attributed (Git.ShallowBoundary); BoundaryOlder those a range left
	// out because BASE has their secret too.
	BoundaryFindings, BoundaryOlder int
	// rangeCommits are a range's commits, oldest first, for ConfigChanges.
	rangeCommits []commitNode
}

// histJob is one blob, or one commit message, for a worker to scan.
type histJob struct {
	blob    plumbing.Hash // zero for a message
	path    string        // first path the blob was seen at
	commit  plumbing.Hash // commit of a message
	message string
}

// histPartial is one worker's output.
type histPartial struct {
	blobs map[plumbing.Hash][]scan.Hit
	msgs  map[plumbing.Hash][]scan.Hit
	findings.Result
}

// history scans the history of repo for Repo.History; the comment at the
// top of this file says what is scanned and how findings are attributed.
// Objects that cannot be read are recorded in Result.Errors with their
// hash and the scan goes on; history fails only when the refs cannot be
// listed, a range cannot be resolved, or ctx ends.
func (s *gitScanner) history(ctx context.Context, repo *git.Repository, opts HistoryOptions) (*HistoryResult, error) {
	res := &HistoryResult{}
	budgeted := *s
	budgeted.budget = newHitBudget(opts.HitBudget)
	s = &budgeted
	shallow, err := shallowSet(repo)
	if err != nil {
		return nil, err
	}
	tips, err := refTips(repo, &res.Result)
	if err != nil {
		return nil, err
	}
	start, exclude, head, err := s.historyScope(ctx, repo, opts, tips, shallow)
	if err != nil {
		return nil, err
	}
	h := &historyRun{s: s, repo: repo, res: res, tips: tips, progress: opts.Progress, shallow: shallow, cache: opts.Cache}
	if opts.Base != "" {
		h.base, _ = resolveCommit(repo, opts.Base) // resolved already by historyScope
	}
	if err := h.run(ctx, start, exclude, shallow); err != nil {
		return nil, err
	}
	if err := h.resolve(ctx, head); err != nil {
		return nil, err
	}
	if opts.Base != "" {
		res.rangeCommits = h.graph.nodes
	}
	res.Dedupe()
	res.Sort()
	return res, nil
}

// historyScope returns the commits to start from, those to leave out,
// and the commit whose tree counts as HEAD.
func (s *gitScanner) historyScope(ctx context.Context, repo *git.Repository, opts HistoryOptions, tips []refTip, shallow map[plumbing.Hash]bool) (start []plumbing.Hash, exclude map[plumbing.Hash]bool, head plumbing.Hash, err error) {
	if opts.Base == "" {
		for _, t := range tips {
			start = append(start, t.commit)
		}
		if ref, err := repo.Head(); err == nil {
			head = ref.Hash()
		}
		return start, nil, head, nil
	}
	headRev := cmp.Or(opts.Head, "HEAD")
	if head, err = resolveCommit(repo, headRev); err != nil {
		return nil, nil, head, rangeError(headRev, err, shallow)
	}
	base, err := resolveCommit(repo, opts.Base)
	if err != nil {
		return nil, nil, head, rangeError(opts.Base, err, shallow)
	}
	exclude, err = ancestors(ctx, repo.Storer, shallow, base)
	if err != nil {
		return nil, nil, head, err
	}
	return []plumbing.Hash{head}, exclude, head, nil
}

// shallowSet returns the shallow boundary commits of a shallow clone.
func shallowSet(repo *git.Repository) (map[plumbing.Hash]bool, error) {
	hashes, err := repo.Storer.Shallow()
	if err != nil {
		return nil, fmt.Errorf("read shallow file: %w", err)
	}
	set := make(map[plumbing.Hash]bool, len(hashes))
	for _, h := range hashes {
		set[h] = true
	}
	return set, nil
}

// historyRun is the state of one History call.
type historyRun struct {
	s    *gitScanner
	repo *git.Repository
	// objects is where commits and trees are read: the repository, or
	// the in-memory store of the pack pass.
	objects  storer.EncodedObjectStorer
	progress *Progress
	res      *HistoryResult
	tips     []refTip
	tipsAt   map[plumbing.Hash][]refTip // tips by commit, built on first use
	graph    *commitGraph
	changes  []*treeChanges // changes[i] for graph.nodes[i]; nil when it adds nothing
	blobs    map[plumbing.Hash][]scan.Hit
	msgs     map[plumbing.Hash][]scan.Hit
	idents   *identScanner // hits in commits' authors and committers
	shallow  map[plumbing.Hash]bool
	base     plumbing.Hash // a range's base; zero for a full audit
	cache    *HistoryCache // nil without --cache
}

// run walks the graph and the trees and scans what they introduce. A
// full audit of a repository on disk reads every object once in pack
// order (runPacked); a range reads only the objects its commits reach.
func (h *historyRun) run(ctx context.Context, start []plumbing.Hash, exclude, shallow map[plumbing.Hash]bool) error {
	if dirs, ok := objectDirs(h.repo); ok && exclude == nil {
		return h.runPacked(ctx, dirs, start, shallow)
	}
	h.objects = h.repo.Storer
	jobs := make(chan histJob, 4*h.s.opts.Threads)
	partials := make([]histPartial, h.s.opts.Threads)
	var wg conc.WaitGroup
	for i := range partials {
		st := workerStorer(h.repo)
		wg.Go(func() { h.s.scanGitJobs(ctx, st, jobs, &partials[i], h.progress) })
	}
	queued := map[plumbing.Hash]bool{}
	queue := func(blob plumbing.Hash, path string) {
		if !queued[blob] {
			queued[blob] = true
			jobs <- histJob{blob: blob, path: path}
		}
	}
	onCommit := func(c *object.Commit) { jobs <- histJob{commit: c.Hash, message: c.Message} }
	err := h.produce(ctx, start, exclude, shallow, queue, onCommit)
	close(jobs)
	wg.Wait()
	if err != nil {
		return err
	}
	h.res.Blobs = len(queued)
	h.blobs, h.msgs = map[plumbing.Hash][]scan.Hit{}, map[plumbing.Hash][]scan.Hit{}
	for i := range partials {
		p := &partials[i]
		h.res.Merge(&p.Result)
		for k, v := range p.blobs {
			h.blobs[k] = v
		}
		for k, v := range p.msgs {
			h.msgs[k] = v
		}
	}
	return ctx.Err()
}

// runPacked scans every blob and message in one pass over the packs,
// then walks the graph and the pruned trees of the in-memory store.
func (h *historyRun) runPacked(ctx context.Context, objDirs []string, start []plumbing.Hash, shallow map[plumbing.Hash]bool) error {
	ps, err := h.s.readPacked(ctx, objDirs, h.progress, h.cache)
	if err != nil {
		return err
	}
	if h.cache != nil {
		h.cache.seedingDone()
	}
	h.objects, h.blobs, h.msgs = ps.store, ps.blobs, ps.msgs
	reported := map[plumbing.Hash]bool{}
	queue := func(blob plumbing.Hash, path string) {
		if !reported[blob] {
			reported[blob] = true
			ps.blobStatus(blob, path, &h.res.Result)
		}
	}
	if err := h.produce(ctx, start, nil, shallow, queue, nil); err != nil {
		return err
	}
	if h.cache != nil {
		h.cache.recordRun(ps, h.idents)
	}
	h.res.Skipped = append(h.res.Skipped, ps.notes...)
	h.res.Errors = append(h.res.Errors, ps.msgErrors...)
	for _, why := range ps.packErrors {
		h.res.Errors = append(h.res.Errors, findings.FileError{Kind: findings.ErrPack, Object: "objects/pack", Error: why})
	}
	// Unreadable objects no path led to (commits, trees, unreachable blobs).
	for hash, why := range ps.broken {
		if !reported[hash] {
			h.res.Errors = append(h.res.Errors, findings.FileError{Kind: findings.ErrObject, Object: hash.String(), Error: why})
		}
	}
	h.res.Blobs = len(ps.state)
	return ctx.Err()
}

// produce walks the commits, handing each to onCommit (when set), then
// diffs each commit's tree against its parents', handing queue every
// blob a commit adds or removes, with its path.
func (h *historyRun) produce(ctx context.Context, start []plumbing.Hash, exclude, shallow map[plumbing.Hash]bool,
	queue func(blob plumbing.Hash, path string), onCommit func(c *object.Commit)) error {
	h.idents = newIdentScanner(h.s.core)
	walk := &graphWalk{st: h.objects, shallow: shallow, exclude: exclude, res: &h.res.Result, onCommit: h.idents.then(onCommit)}
	g, err := walk.walk(ctx, start)
	if err != nil {
		return err
	}
	h.graph, h.res.Commits = g, len(g.nodes)
	if g.shallow > 0 {
		h.res.Shallow = true
		h.res.Skipped = append(h.res.Skipped, findings.Skipped{Path: ".git/shallow",
			Reason: fmt.Sprintf("shallow clone: history before %d boundary commit(s) is not in the repository and was not scanned", g.shallow)})
	}
	differ := &treeDiffer{st: h.objects, errs: &h.res.Errors}
	submodules := map[string]bool{}
	h.changes = make([]*treeChanges, len(g.nodes))
	for i, n := range g.nodes {
		ch, err := differ.changes(ctx, n.tree, h.parentTrees(n))
		if err != nil {
			return err
		}
		for _, sm := range ch.submodules {
			if !submodules[sm] {
				submodules[sm] = true
				h.res.Skipped = append(h.res.Skipped, findings.Skipped{Path: sm, Reason: "submodule (not entered)"})
			}
		}
		for _, a := range ch.added {
			queue(a.blob, a.path)
			for _, b := range a.before {
				queue(b, a.path) // already queued unless a range left its commit out
			}
		}
		for _, r := range ch.removed {
			queue(r.blob, r.path)
		}
		if len(ch.added) > 0 {
			h.changes[i] = ch
		}
	}
	return nil
}

// parentTrees returns the trees of a commit's parents, reading the
// commits outside the scanned set (the base side of a range).
func (h *historyRun) parentTrees(n commitNode) []plumbing.Hash {
	var trees []plumbing.Hash
	for _, p := range n.parents {
		if j, ok := h.graph.index[p]; ok {
			trees = append(trees, h.graph.nodes[j].tree)
			continue
		}
		c, err := object.GetCommit(h.objects, p)
		if err != nil {
			h.res.Errors = append(h.res.Errors, findings.FileError{Kind: findings.ErrCommit, Object: p.String(), Error: fmt.Sprintf("cannot read commit %s: %v", p, err)})
			continue
		}
		trees = append(trees, c.TreeHash)
	}
	return trees
}

// scanGitJobs is one worker: it reads and scans blobs and messages until
// jobs closes. After ctx ends it only drains jobs.
func (s *gitScanner) scanGitJobs(ctx context.Context, st storer.EncodedObjectStorer, jobs <-chan histJob, out *histPartial, progress *Progress) {
	m := s.core.NewMatcher()
	out.blobs, out.msgs = map[plumbing.Hash][]scan.Hit{}, map[plumbing.Hash][]scan.Hit{}
	for job := range jobs {
		if ctx.Err() != nil {
			continue
		}
		if job.blob.IsZero() {
			progress.commit()
			hits, capped, err := s.hits(m, []byte(job.message))
			if err != nil {
				out.Errors = append(out.Errors, findings.FileError{Path: CommitMessagePath, Error: fmt.Sprintf("commit %s: %v", job.commit, err)})
			}
			if len(hits) > 0 {
				out.msgs[job.commit] = hits
			}
			if capped {
				out.Skipped = append(out.Skipped, s.cappedNote(CommitMessagePath, "commit", job.commit))
			}
			continue
		}
		data, skip, err := s.readBlob(st, job.blob)
		progress.blob(len(data))
		switch {
		case err != nil:
			out.Errors = append(out.Errors, findings.FileError{Path: job.path, Error: fmt.Sprintf("cannot read blob %s: %v", job.blob, err)})
		case skip != nil:
			out.Skipped = append(out.Skipped, findings.Skipped{Path: job.path, Kind: skip.Kind, Reason: skip.Reason + " (blob " + job.blob.String()[:12] + ")"})
		default:
			hits, capped, err := s.hits(m, data)
			if err != nil {
				out.Errors = append(out.Errors, findings.FileError{Path: job.path, Error: fmt.Sprintf("blob %s: %v", job.blob, err)})
			}
			if len(hits) > 0 {
				out.blobs[job.blob] = hits
			}
			if capped {
				out.Skipped = append(out.Skipped, s.cappedNote(job.path, "blob", job.blob))
			}
		}
	}
}

// secretKey names a secret for a rule, wherever it is.
type secretKey struct{ rule, secret string }

// findingKey is what a history finding is reported once per.
type findingKey struct{ rule, secret, path string }

// resolve turns hits into findings attributed to their introducing
// commits, then adds commit metadata, in_head and refs.
func (h *historyRun) resolve(ctx context.Context, head plumbing.Hash) error {
	seen := map[findingKey]bool{}
	byCommit := map[int][]findings.Finding{}
	atBoundary := map[int][]findings.Finding{} // file findings of shallow boundary commits
	for i, n := range h.graph.nodes {
		if err := ctx.Err(); err != nil {
			return err
		}
		for _, hit := range h.msgs[n.hash] {
			if f, ok := h.s.core.Finding(hit, CommitMessagePath); ok && h.firstTime(seen, f) {
				byCommit[i] = append(byCommit[i], f)
			}
		}
		if fs := h.metadataFindings(i, seen); len(fs) > 0 {
			byCommit[i] = append(byCommit[i], fs...)
		}
		if h.changes[i] != nil {
			if fs := h.introduced(h.changes[i], seen); len(fs) > 0 && h.shallow[n.hash] {
				atBoundary[i] = fs
			} else if len(fs) > 0 {
				byCommit[i] = append(byCommit[i], fs...)
			}
		}
	}
	inHead := h.headSecrets(head)
	for i, fs := range byCommit {
		if err := h.annotate(i, fs, inHead); err != nil {
			return err
		}
		h.res.Findings = append(h.res.Findings, fs...)
	}
	h.boundaryFindings(atBoundary, inHead)
	return nil
}

// boundaryFindings adds the file findings of shallow boundary commits.
// Such a commit's parents are not in the clone, so it seems to introduce
// every file it has: its findings are reported without blame (no commit,
// author or date; ShallowBoundary names the boundary). In a range, those
// whose secret is in BASE's tree are left out: they are older than the
// range, as a full clone would show.
func (h *historyRun) boundaryFindings(atBoundary map[int][]findings.Finding, inHead map[secretKey]bool) {
	inBase := map[secretKey]bool{}
	if !h.base.IsZero() {
		inBase = h.headSecrets(h.base)
	}
	for i, fs := range atBoundary {
		n := h.graph.nodes[i]
		refs := h.graph.refsReaching(i, h.tips)
		for _, f := range fs {
			k := secretKey{f.Rule, f.Secret}
			if inBase[k] {
				h.res.BoundaryOlder++
				continue
			}
			present := inHead[k]
			f.Git = &findings.Git{InHead: &present, Refs: refs, ShallowBoundary: n.hash.String()}
			h.res.Findings = append(h.res.Findings, f)
			h.res.BoundaryFindings++
		}
	}
}

// firstTime marks f's key seen and reports whether it was new.
func (h *historyRun) firstTime(seen map[findingKey]bool, f findings.Finding) bool {
	k := findingKey{f.Rule, f.Secret, f.File}
	if seen[k] {
		return false
	}
	seen[k] = true
	return true
}

// introduced returns the findings a commit introduces, leaving out
// secrets that it moved from a file it removed.
func (h *historyRun) introduced(ch *treeChanges, seen map[findingKey]bool) []findings.Finding {
	moved := map[secretKey]bool{}
	for _, r := range ch.removed {
		for _, hit := range h.blobs[r.blob] {
			if f, ok := h.s.core.Finding(hit, r.path); ok {
				moved[secretKey{f.Rule, f.Secret}] = true
			}
		}
	}
	added := slices.Clone(ch.added)
	slices.SortFunc(added, func(a, b fileChange) int { return cmp.Compare(a.path, b.path) })
	var out []findings.Finding
	for _, a := range added {
		if len(a.before) == 0 {
			out = append(out, h.pathFindings(a.path, seen)...)
		}
		kept := h.secretsIn(a.before)
		for _, hit := range h.blobs[a.blob] {
			k := secretKey{hit.Match.Rule.ID, string(hit.Match.Secret)}
			if kept[k] || moved[k] {
				continue
			}
			if f, ok := h.s.core.Finding(hit, a.path); ok && h.firstTime(seen, f) {
				out = append(out, f)
			}
		}
	}
	return out
}

// secretsIn returns the secrets in any of blobs.
func (h *historyRun) secretsIn(blobs []plumbing.Hash) map[secretKey]bool {
	set := map[secretKey]bool{}
	for _, b := range blobs {
		for _, hit := range h.blobs[b] {
			set[secretKey{hit.Match.Rule.ID, string(hit.Match.Secret)}] = true
		}
	}
	return set
}

// headSecrets returns the secrets present in some file of head's tree.
func (h *historyRun) headSecrets(head plumbing.Hash) map[secretKey]bool {
	set := map[secretKey]bool{}
	if head.IsZero() {
		return set
	}
	c, err := object.GetCommit(h.objects, head)
	if err != nil {
		return set
	}
	tree, err := c.Tree()
	if err != nil {
		return set
	}
	walker := object.NewTreeWalker(tree, true, nil)
	defer walker.Close()
	for {
		_, e, err := walker.Next()
		if err != nil {
			return set
		}
		for _, hit := range h.blobs[e.Hash] {
			set[secretKey{hit.Match.Rule.ID, string(hit.Match.Secret)}] = true
		}
	}
}

// annotate fills in the commit, in_head and refs of findings that commit
// i introduced.
func (h *historyRun) annotate(i int, fs []findings.Finding, inHead map[secretKey]bool) error {
	n := h.graph.nodes[i]
	c, err := object.GetCommit(h.objects, n.hash)
	if err != nil {
		return fmt.Errorf("read commit %s: %w", n.hash, err)
	}
	refs := h.graph.refsReaching(i, h.tips)
	for j := range fs {
		f := &fs[j]
		present := !isMetadataPath(f.File) && inHead[secretKey{f.Rule, f.Secret}]
		f.Git = &findings.Git{
			Commit: n.hash.String(),
			Author: c.Author.Name, Email: c.Author.Email,
			Date:    c.Author.When.Format(time.RFC3339),
			Message: subject(c.Message),
			InHead:  &present,
			Refs:    refs,
		}
	}
	return nil
}

// subject returns the first line of a commit message.
func subject(msg string) string {
	line, _, _ := bytes.Cut(bytes.TrimSpace([]byte(msg)), []byte("\n"))
	return string(bytes.TrimSpace(line))
}
