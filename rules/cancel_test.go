package rules_test

import (
	"strings"
	"testing"
	"time"

	"github.com/keysieve/keysieve/internal/fake"
)

// TestSetDoneStopsFind: a matcher whose done channel is closed returns
// from a large input at once, with fewer matches than a full Find, and
// a nil done changes nothing (issue #9, case 6).
func TestSetDoneStopsFind(t *testing.T) {
	t.Parallel()
	rs := loadDefault(t)
	g := fake.New(5)
	var b strings.Builder
	for range 4_000 {
		b.WriteString("password = \"" + g.Alnum(20) + "\"\n")
	}
	data := []byte(b.String())
	m := rs.NewMatcher()
	start := time.Now()
	full := len(m.Find(data))
	fullTook := time.Since(start)
	done := make(chan struct{})
	close(done)
	m.SetDone(done)
	start = time.Now()
	got := len(m.Find(data))
	// Relative to the whole Find of the same run, so that a loaded
	// machine or the race detector slows both alike.
	if took := time.Since(start); took > fullTook/4 || got >= full {
		t.Errorf("cancelled Find took %v (the whole Find %v) and found %d of %d matches", took, fullTook, got, full)
	}
	m.SetDone(nil)
	if again := len(m.Find(data)); again != full {
		t.Errorf("after SetDone(nil): %d matches, want %d", again, full)
	}
}
