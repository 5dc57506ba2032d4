package gitsource

import (
	"errors"
	"fmt"
	"sync/atomic"
	"unsafe"

	"github.com/go-git/go-git/v5/plumbing"

	"github.com/keysieve/keysieve/findings"
	"github.com/keysieve/keysieve/rules"
	"github.com/keysieve/keysieve/scan"
)

// blobCap is how many hits history keeps of one blob or commit message:
// the per-file cap (--max-findings-per-file), applied to each blob once,
// whatever the paths it is found at; 0 means no cap. The matcher stops
// past it, so a blob's hits cost at most blobCap entries of memory
// however many secrets it holds, and the whole history's hits at most
// blobCap times the blobs that hold any.
func (s *gitScanner) blobCap() int { return max(0, s.opts.MaxFindingsPerFile) }

// DefaultHitBudget is how many bytes the hits one history run keeps
// may take in all (HistoryOptions.HitBudget).
const DefaultHitBudget = 256 << 20

// hitBudget is what is left of a history run's budget for kept hits.
type hitBudget struct{ left atomic.Int64 }

// newHitBudget returns a budget of size bytes; 0 or less means
// DefaultHitBudget.
func newHitBudget(size int64) *hitBudget {
	if size <= 0 {
		size = DefaultHitBudget
	}
	b := &hitBudget{}
	b.left.Store(size)
	return b
}

// hitSize is what one kept hit costs besides its secret and owner.
const hitSize = int64(unsafe.Sizeof(scan.Hit{}))

// take charges hits to the budget, or reports false, charging nothing,
// when they do not fit in what is left.
func (b *hitBudget) take(hits []scan.Hit) bool {
	var cost int64
	for _, h := range hits {
		cost += hitSize + int64(len(h.Match.Secret)+len(h.Match.Owner))
	}
	if b.left.Add(-cost) < 0 {
		b.left.Add(cost)
		return false
	}
	return true
}

// errHitBudget says why a blob's or message's hits were not kept.
var errHitBudget = errors.New("its secrets were not kept: the history's memory budget for kept matches is used up (lower --max-findings-per-file)")

// hits scans one blob's or message's text for history, keeping at most
// blobCap hits; capped is set when the text held more. It fails with
// errHitBudget, keeping nothing, when the hits do not fit in what is
// left of the run's budget: an incomplete audit, reported as an error.
func (s *gitScanner) hits(m *rules.Matcher, data []byte) (hits []scan.Hit, capped bool, err error) {
	hits, capped = s.core.HitsLimit(m, data, s.blobCap())
	if s.budget != nil && !s.budget.take(hits) {
		return nil, false, errHitBudget
	}
	return hits, capped, nil
}

// cappedNote is the skipped entry saying that the hits of object (a blob
// or a commit's message) at path past the cap were not kept: secrets past
// them are not reported. A zero object leaves its hash out of the reason,
// for callers that add it.
func (s *gitScanner) cappedNote(path, kind string, object plumbing.Hash) findings.Skipped {
	reason := fmt.Sprintf("stopped after %d matches (--max-findings-per-file): later ones in this %s are not reported", s.blobCap(), kind)
	if !object.IsZero() {
		reason += " (" + kind + " " + object.String()[:12] + ")"
	}
	return findings.Skipped{Path: path, Kind: findings.SkipCapped, Reason: reason}
}
