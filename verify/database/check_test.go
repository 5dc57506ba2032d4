package database

import (
	"context"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/keysieve/keysieve/findings"
)

// want asserts a verification's status and that it never holds the password.
func want(t *testing.T, v findings.Verification, status, password string) {
	t.Helper()
	if v.Status != status {
		t.Fatalf("status %q (detail %q), want %q", v.Status, v.Detail, status)
	}
	assertNoSecret(t, v, password)
}

// assertNoSecret fails when any form of the password is in the verification.
func assertNoSecret(t *testing.T, v findings.Verification, password string) {
	t.Helper()
	text := v.Detail
	for k, val := range v.Identity {
		text += " " + k + "=" + val
	}
	for _, form := range []string{password, url.QueryEscape(password), url.PathEscape(password)} {
		if strings.Contains(text, form) {
			t.Fatalf("verification holds the password: %q", text)
		}
	}
}

// userinfo is user:password escaped for a URI.
func userinfo(user, password string) string {
	return url.UserPassword(user, password).String()
}

func TestPostgresLogin(t *testing.T) {
	t.Parallel()
	s := pgServer.wait(t)
	host := "127.0.0.1:" + s.port
	cases := []struct {
		name, kind, conn, status, database string
	}{
		{"uri", "postgres", "postgres://" + userinfo(s.user, s.password) + "@" + host + "/postgres", "valid", "postgres"},
		{"uri unescaped password", "postgres", "postgresql://" + s.user + ":" + s.password + "@" + host + "/postgres?sslmode=prefer", "valid", "postgres"},
		{"uri wrong password", "postgres", "postgres://" + userinfo(s.user, s.password+"x") + "@" + host + "/postgres", "invalid", ""},
		{"uri unknown user", "postgres", "postgres://" + userinfo("nobody", s.password) + "@" + host + "/postgres", "invalid", ""},
		{"missing database is still a login", "postgres", "postgres://" + userinfo(s.user, s.password) + "@" + host + "/ksdb", "valid", "ksdb"},
		{"libpq", "postgres", "host=127.0.0.1 port=" + s.port + " user=" + s.user + " dbname=postgres password='" + s.password + "' sslmode=disable", "valid", "postgres"},
		{"libpq wrong password", "postgres", "host=127.0.0.1 port=" + s.port + " user=" + s.user + " password=" + s.password + "y", "invalid", ""},
		{"jdbc", "jdbc", "jdbc:postgresql://" + host + "/postgres?user=" + s.user + "&password=" + url.QueryEscape(s.password), "valid", "postgres"},
		{"adonet npgsql", "adonet", "Host=127.0.0.1;Port=" + s.port + ";Database=postgres;Username=" + s.user + ";Password=" + s.password, "valid", "postgres"},
		{"cockroachdb uri", "cockroachdb", "cockroachdb://" + userinfo(s.user, s.password) + "@" + host + "/postgres", "valid", "postgres"},
		{"tls required, server has none", "postgres", "postgres://" + userinfo(s.user, s.password) + "@" + host + "/postgres?sslmode=require", "error", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			v := Check(context.Background(), Kind(c.kind), c.conn, testOptions())
			want(t, v, c.status, s.password)
			if c.status == "valid" {
				if v.Identity["user"] != s.user || v.Identity["database"] != c.database {
					t.Fatalf("identity %v", v.Identity)
				}
				if c.database == "postgres" && !strings.HasPrefix(v.Identity["server_version"], "1") {
					t.Fatalf("identity %v", v.Identity)
				}
			}
		})
	}
}

func TestMariaDBLogin(t *testing.T) {
	t.Parallel()
	s := mysqlServer.wait(t)
	host := "127.0.0.1:" + s.port
	cases := []struct {
		name, kind, conn, status string
	}{
		{"uri", "mysql", "mysql://" + userinfo(s.user, s.password) + "@" + host + "/" + s.database, "valid"},
		{"mariadb uri unescaped", "mysql", "mariadb://" + s.user + ":" + s.password + "@" + host + "/" + s.database, "valid"},
		{"go dsn style", "mysql", "mysql://" + s.user + ":" + s.password + "@tcp(" + host + ")/" + s.database, "valid"},
		{"wrong password", "mysql", "mysql://" + userinfo(s.user, s.password+"x") + "@" + host + "/" + s.database, "invalid"},
		{"no access to the database is still a login", "mysql", "mysql://" + userinfo(s.user, s.password) + "@" + host + "/ksother", "valid"},
		{"jdbc", "jdbc", "jdbc:mysql://" + host + "/" + s.database + "?user=" + s.user + "&password=" + url.QueryEscape(s.password), "valid"},
		{"jdbc mariadb wrong password", "jdbc", "jdbc:mariadb://" + host + "/" + s.database + "?user=" + s.user + "&password=" + s.password + "z", "invalid"},
		{"adonet", "adonet", "Server=127.0.0.1;Port=" + s.port + ";Database=" + s.database + ";Uid=" + s.user + ";Pwd=" + s.password + ";", "valid"},
		{"tls required, server has none", "mysql", "mysql://" + userinfo(s.user, s.password) + "@" + host + "/" + s.database + "?ssl-mode=REQUIRED", "error"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			v := Check(context.Background(), Kind(c.kind), c.conn, testOptions())
			want(t, v, c.status, s.password)
			if c.status == "valid" && (v.Identity["user"] != s.user || !strings.Contains(v.Identity["server_version"], "MariaDB")) {
				t.Fatalf("identity %v", v.Identity)
			}
		})
	}
}

func TestRedisLogin(t *testing.T) {
	t.Parallel()
	s := redisServer.wait(t)
	host := "127.0.0.1:" + s.port
	cases := []struct {
		name, conn, status string
	}{
		{"uri", "redis://" + userinfo("", s.password) + "@" + host + "/0", "valid"},
		{"uri unescaped, default user", "redis://default:" + s.password + "@" + host, "valid"},
		{"wrong password", "redis://" + userinfo("", s.password+"x") + "@" + host, "invalid"},
		{"acl user", "redis://" + userinfo(s.user, s.password) + "@" + host + "/1", "valid"},
		{"acl user, wrong password", "redis://" + userinfo(s.user, s.password+"x") + "@" + host, "invalid"},
		{"unknown user", "redis://" + userinfo("nobody", s.password) + "@" + host, "invalid"},
		{"stackexchange string", host + ",password=" + s.password + ",ssl=False,abortConnect=False", "valid"},
		{"stackexchange wrong password", host + ",password=" + s.password + "q,ssl=False", "invalid"},
		// Redis waits for a line that a TLS hello never ends: the check times out.
		{"rediss, server has no TLS", "rediss://" + userinfo("", s.password) + "@" + host, "error"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			opts := testOptions()
			if strings.HasPrefix(c.conn, "rediss") {
				opts.Timeout = time.Second
			}
			v := Check(context.Background(), KindRedis, c.conn, opts)
			want(t, v, c.status, s.password)
			if c.status == "valid" && v.Identity["host"] != "127.0.0.1" {
				t.Fatalf("identity %v", v.Identity)
			}
		})
	}
}
