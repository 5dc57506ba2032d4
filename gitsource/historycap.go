package gitsource

import (
	"fmt"

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

// hits scans one blob's or message's text for history, keeping at most
// blobCap hits; capped is set when the text held more.
func (s *gitScanner) hits(m *rules.Matcher, data []byte) (hits []scan.Hit, capped bool) {
	return s.core.HitsLimit(m, data, s.blobCap())
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
