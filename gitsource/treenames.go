package gitsource

import (
	"github.com/keysieve/keysieve/rules"
	"github.com/keysieve/keysieve/scan"
)

// Bounds of what a nameJudge remembers: a hostile history can hold any
// number of distinct names, of any length.
const (
	maxJudgedNames    = 1 << 16 // names remembered before forgetting them all
	maxJudgedNameSize = 256     // bytes of a name worth remembering
)

// nameJudge says whether tree entry names hold a secret, remembering the
// names it has judged. A history's trees repeat the same names in every
// version of a directory: matching each of the tens of millions of
// entries of git/git's trees was a sixth of its audit, and there are a
// few thousand distinct names. Not safe for concurrent use.
type nameJudge struct {
	core   *scan.Scanner
	m      *rules.Matcher
	judged map[string]bool
}

func newNameJudge(core *scan.Scanner) *nameJudge {
	return &nameJudge{core: core, m: core.NewMatcher(), judged: map[string]bool{}}
}

// hasSecret reports whether name holds a secret (scan.Scanner.NameHasSecret).
func (j *nameJudge) hasSecret(name []byte) bool {
	if secret, ok := j.judged[string(name)]; ok {
		return secret
	}
	secret := j.core.NameHasSecret(j.m, name)
	if len(name) <= maxJudgedNameSize {
		if len(j.judged) >= maxJudgedNames {
			clear(j.judged)
		}
		j.judged[string(name)] = secret
	}
	return secret
}
