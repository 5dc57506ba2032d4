package database

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/keysieve/keysieve/findings"
	"github.com/keysieve/keysieve/internal/fake"
	"github.com/keysieve/keysieve/rules"
)

// databaseRules compiles the rules of rules.toml that ForRule knows.
func databaseRules(t *testing.T) *rules.Ruleset {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "rules.toml"))
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := rules.ParseDefault("rules.toml", data)
	if err != nil {
		t.Fatal(err)
	}
	var found []string
	cfg.Rules = slices.DeleteFunc(cfg.Rules, func(r rules.RuleSpec) bool {
		_, ok := ForRule(r.ID)
		if ok {
			found = append(found, r.ID)
		}
		return !ok
	})
	for id := range ruleKinds {
		if !slices.Contains(found, id) {
			t.Fatalf("ForRule knows %s, which rules.toml does not have", id)
		}
	}
	rs, err := rules.Compile(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return rs
}

// Each database rule's finding, matched by the real rule on a line,
// leads CheckMatch from the line and the finding's secret (only the
// password) to the whole connection string.
func TestCheckMatchFindsConnectionString(t *testing.T) {
	t.Parallel()
	rs := databaseRules(t)
	g := fake.New(11)
	pw := g.Alnum(10) + "Q7" + g.Alnum(6)
	key := g.Base64Bytes(32)
	cases := []struct {
		rule, line, secret, host string
	}{
		{"postgres-uri", "DATABASE_URL=postgres://app:" + pw + "@db.example.test:5432/app", pw, "db.example.test"},
		{"libpq-connection-string", `dsn = "host=db.example.test port=5432 user=app password=` + pw + ` dbname=app"`, pw, "db.example.test"},
		{"cockroachdb-uri", "url: cockroachdb://app:" + pw + "@crdb.example.test:26257/app", pw, "crdb.example.test"},
		{"mysql-uri", "  url: 'mysql://app:" + pw + "@db.example.test:3306/app'", pw, "db.example.test"},
		{"redis-uri", `REDIS_URL="rediss://:` + pw + `@cache.example.test:6380/0"`, pw, "cache.example.test"},
		{"mongodb-uri", "MONGO_URI=mongodb+srv://app:" + pw + "@cluster0.example.test/app?retryWrites=true", pw, "cluster0.example.test"},
		{"jdbc-url-password", "spring.datasource.url=jdbc:postgresql://db.example.test:5432/app?user=app&password=" + pw, pw, "db.example.test"},
		{"adonet-connection-string", `"Db": "Host=db.example.test;Port=5432;Database=app;Username=app;Password=` + pw + `"`, pw, "db.example.test"},
		{"azure-cache-redis-connection-string", "cache: name.redis.cache.windows.net:6380,password=" + key + ",ssl=True,abortConnect=False", key, "name.redis.cache.windows.net"},
	}
	m := rs.NewMatcher()
	for _, c := range cases {
		var secret string
		for _, match := range m.Find([]byte(c.line)) {
			if match.Rule.ID == c.rule {
				secret = string(match.Secret)
			}
		}
		if secret != c.secret {
			t.Errorf("%s: the rule matched secret %q on its line", c.rule, secret)
			continue
		}
		kind, _ := ForRule(c.rule)
		tgt, ok := extract(kind, c.line, secret)
		if !ok || tgt.host != c.host || tgt.password != c.secret {
			t.Errorf("%s: extract found %v %+v", c.rule, ok, tgt)
		}
	}
}

// CheckMatch against the local PostgreSQL server: a line, the password
// a finding would hold, and the verdict.
func TestCheckMatchPostgres(t *testing.T) {
	t.Parallel()
	s := pgServer.wait(t)
	line := "export DATABASE_URL='postgres://" + s.user + ":" + s.password + "@127.0.0.1:" + s.port + "/postgres' # prod"
	v := CheckMatch(context.Background(), KindPostgres, line, s.password, testOptions())
	want(t, v, findings.VerifyValid, s.password)
	other := fake.New(13).Alnum(12)
	v = CheckMatch(context.Background(), KindPostgres, strings.ReplaceAll(line, s.password, other), other, testOptions())
	want(t, v, findings.VerifyInvalid, other)
	v = CheckMatch(context.Background(), KindPostgres, line, other, testOptions())
	want(t, v, findings.VerifySkipped, other)
}

func TestForRule(t *testing.T) {
	t.Parallel()
	for id, kind := range map[string]Kind{"postgres-uri": KindPostgres, "jdbc-url-password": KindJDBC, "azure-cache-redis-connection-string": KindRedis} {
		if got, ok := ForRule(id); !ok || got != kind {
			t.Errorf("ForRule(%s) = %s, %v", id, got, ok)
		}
	}
	for _, id := range []string{"mssql-uri", "github-pat", ""} {
		if _, ok := ForRule(id); ok {
			t.Errorf("ForRule(%s) claims a check", id)
		}
	}
}
