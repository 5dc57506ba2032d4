package cli

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
)

// TestVerifyDatabaseURI: --verify checks a database password by the
// connection string around it, through the guarded dialer: a URI naming a
// loopback host is skipped unless --verify-private, and then a closed
// port is an error, not a verdict. The password is never printed.
func TestVerifyDatabaseURI(t *testing.T) {
	t.Parallel()
	password := fake.New(1301).Alnum(18)
	dir := writeTree(t, map[string]string{
		"db.env": "DATABASE_URL=" + fake.Join("postgres", "://app:") + password + "@127.0.0.1:1/app\n",
	})
	for _, c := range []struct {
		args   []string
		status string
	}{
		{[]string{"--verify"}, "skipped"},
		{[]string{"--verify", "--verify-private", "--verify-timeout", "2s"}, "error"},
	} {
		res := run(t, append([]string{"scan", "--format", "json", dir}, c.args...)...)
		var rep verifiedReport
		if err := json.Unmarshal([]byte(res.stdout), &rep); err != nil {
			t.Fatalf("%v: %v\n%s", c.args, err, res.stderr)
		}
		if res.code != 1 || len(rep.Findings) != 1 || rep.Findings[0].Verification == nil || rep.Findings[0].Verification.Status != c.status {
			t.Errorf("%v: exit %d, findings %+v, want one %s\n%s", c.args, res.code, rep.Findings, c.status, res.stdout)
		}
		if strings.Contains(res.stdout+res.stderr, password) {
			t.Errorf("%v: output holds the password", c.args)
		}
	}
}
