package rules

import (
	"strings"
	"testing"
)

func TestCASKOtherProvider(t *testing.T) {
	t.Parallel()
	key := func(kind, sig string, n int) []byte {
		k := strings.Repeat("a", 52) + "JQQ" + "J9" + kind + "BK" + strings.Repeat("b", 16) + sig + "cdef"
		return []byte(k + strings.Repeat("x", n-len(k)))
	}
	for _, c := range []struct {
		kind, sig string
		n         int
		want      bool
	}{
		{"9", "AZMP", 84, true},
		{"9", "AZMP", 88, true},
		{"D", "ACOG", 84, true},  // a derived key: azure-ai-services-key wants JQQJ99
		{"9", "ACOG", 88, true},  // the long form: azure-ai-services-key wants 84
		{"9", "ACOG", 84, false}, // azure-ai-services-key reports it
		{"9", "AZDO", 84, false}, // azure-devops-pat-annotated reports it
		{"9", "AZMP", 85, false},
	} {
		if got := checkCASKOtherProvider(key(c.kind, c.sig, c.n)).OK; got != c.want {
			t.Errorf("kind %s signature %s length %d: got %v, want %v", c.kind, c.sig, c.n, got, c.want)
		}
	}
}
