package database

import (
	"errors"
	"fmt"
	"maps"
	"net"
	"net/url"
	"slices"
	"strings"
)

// tlsMode is what a connection string asks of TLS.
type tlsMode int

const (
	tlsPrefer  tlsMode = iota // TLS when the server offers it, else plain (libpq's default)
	tlsDisable                // plain text only
	tlsRequire                // TLS only, certificate verified
)

// target is a parsed connection string: where to connect and with what.
type target struct {
	proto       Kind // the protocol spoken: KindPostgres, KindMySQL, KindRedis or KindMongoDB
	host        string
	port        string
	user        string
	password    string // decoded
	rawPassword string // as written in the string
	database    string
	tls         tlsMode
	uri         string // MongoDB: the URI the driver parses
	unsupported string // set when the string names a database no check speaks
	source      string // the text parsed, when extract found it in a line
}

// errNoPassword and errNoHost are parse failures; they never quote the input.
var (
	errNoPassword = errors.New("no password in the connection string")
	errNoHost     = errors.New("no host in the connection string")
)

// parse reads a connection string of a kind.
func parse(kind Kind, s string) (*target, error) {
	s = strings.TrimSpace(s)
	var t *target
	var err error
	switch kind {
	case KindPostgres:
		if strings.Contains(s, "://") {
			t, err = parseURL(s, KindPostgres, "5432")
		} else {
			t, err = parseLibpq(s)
		}
	case KindCockroachDB:
		t, err = parseURL(s, KindPostgres, "26257")
	case KindMySQL:
		t, err = parseURL(s, KindMySQL, "3306")
	case KindRedis:
		if strings.Contains(s, "://") {
			t, err = parseURL(s, KindRedis, "6379")
		} else {
			t, err = parseStackExchange(s)
		}
	case KindMongoDB:
		t, err = parseURL(s, KindMongoDB, "27017")
	case KindJDBC:
		t, err = parseJDBC(s)
	case KindADONET:
		t, err = parseADONET(s)
	default:
		return nil, fmt.Errorf("unknown kind %q", kind)
	}
	if err != nil {
		return nil, err
	}
	if t.unsupported != "" {
		return t, nil
	}
	if t.password == "" {
		return nil, errNoPassword
	}
	if t.host == "" {
		return nil, errNoHost
	}
	if strings.ContainsAny(t.host[:1], "/@") || strings.ContainsAny(t.host, "()") {
		return &target{unsupported: "only TCP hosts are checked, not local sockets"}, nil
	}
	return t, nil
}

// uriParts is a URI split by hand: passwords in leaked URIs are often
// not percent-encoded, which net/url refuses.
type uriParts struct {
	scheme, user, rawPassword, hosts, path, rawQuery string
	query                                            url.Values
}

// splitURI splits scheme://user:password@host1,host2/path?query.
func splitURI(s string) (uriParts, error) {
	var p uriParts
	if end := strings.IndexAny(s, " \t\r\n"); end >= 0 {
		s = s[:end]
	}
	i := strings.Index(s, "://")
	if i <= 0 {
		return p, errors.New("not a URI")
	}
	p.scheme = strings.ToLower(s[:i])
	rest := s[i+3:]
	if at := strings.IndexByte(rest, '@'); at >= 0 && !strings.ContainsAny(rest[:at], "/") {
		info := rest[:at]
		user, pass, _ := strings.Cut(info, ":")
		if !strings.ContainsAny(user, "?=&") {
			p.user, p.rawPassword = unescape(user), pass
			rest = rest[at+1:]
		}
	}
	end := strings.IndexAny(rest, "/?#")
	if end < 0 {
		end = len(rest)
	}
	p.hosts, rest = rest[:end], rest[end:]
	if strings.HasPrefix(p.hosts, "tcp(") && strings.HasSuffix(p.hosts, ")") {
		p.hosts = p.hosts[4 : len(p.hosts)-1] // Go MySQL DSN style: user:pass@tcp(host:port)/db
	}
	if strings.HasPrefix(rest, "/") {
		path, _, _ := strings.Cut(rest[1:], "?")
		p.path = unescape(path)
	}
	if _, q, ok := strings.Cut(rest, "?"); ok {
		p.rawQuery, _, _ = strings.Cut(q, "#")
		p.query, _ = url.ParseQuery(p.rawQuery) // keep what parses
	}
	if p.query == nil {
		p.query = url.Values{}
	}
	return p, nil
}

// unescape percent-decodes s, or returns it as written when it is not
// valid percent-encoding.
func unescape(s string) string {
	if u, err := url.PathUnescape(s); err == nil {
		return u
	}
	return s
}

// firstHostPort splits the first host of a comma-separated list.
func firstHostPort(hosts, defPort string) (string, string) {
	h, _, _ := strings.Cut(hosts, ",")
	if host, port, err := net.SplitHostPort(h); err == nil {
		return host, port
	}
	return strings.Trim(h, "[]"), defPort
}

// parseURL reads a URI for a protocol.
func parseURL(s string, proto Kind, defPort string) (*target, error) {
	p, err := splitURI(s)
	if err != nil {
		return nil, err
	}
	t := &target{proto: proto, user: p.user, rawPassword: p.rawPassword, database: p.path}
	t.host, t.port = firstHostPort(p.hosts, defPort)
	if q := p.query.Get("user"); t.user == "" && q != "" {
		t.user = q
	}
	if q := p.query.Get("password"); t.rawPassword == "" && q != "" {
		t.rawPassword = q
	}
	t.password = unescape(t.rawPassword)
	scheme := p.scheme
	switch proto {
	case KindPostgres:
		t.tls = pgTLS(p.query.Get("sslmode"))
	case KindMySQL:
		t.tls = mysqlTLS(p.query)
		if strings.HasPrefix(scheme, "mysqlx") {
			t.unsupported = "MySQL X Protocol URIs are not checked"
		}
	case KindRedis:
		t.tls = tlsDisable
		if strings.HasPrefix(scheme, "rediss") {
			t.tls = tlsRequire
		}
		if t.database == "" {
			t.database = "0"
		}
	case KindMongoDB:
		t.uri = mongoURI(p)
		t.database = firstNonEmpty(p.query.Get("authSource"), p.path, "admin")
		if strings.HasPrefix(scheme, "mongodb+srv") {
			t.port = ""
		}
	}
	return t, nil
}

// mongoURI rebuilds a MongoDB URI without its credentials, which the
// check passes apart: the driver then never sees, nor quotes, the password.
func mongoURI(p uriParts) string {
	u := p.scheme + "://" + p.hosts + "/" + url.PathEscape(p.path)
	if p.rawQuery != "" {
		u += "?" + p.rawQuery
	}
	return u
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}

// pgTLS maps libpq's sslmode.
func pgTLS(mode string) tlsMode {
	switch strings.ToLower(mode) {
	case "disable":
		return tlsDisable
	case "require", "verify-ca", "verify-full":
		return tlsRequire
	}
	return tlsPrefer
}

// mysqlTLS maps the TLS parameters of Go DSNs (tls=), MySQL URIs
// (ssl-mode=) and Connector/J (sslMode=, useSSL=, requireSSL=).
func mysqlTLS(q url.Values) tlsMode {
	for _, k := range slices.Sorted(maps.Keys(q)) { // one answer when several are given
		v := strings.ToLower(q.Get(k))
		switch strings.ToLower(k) {
		case "tls", "usessl", "requiressl", "ssl":
			switch v {
			case "false", "0":
				return tlsDisable
			case "preferred":
				return tlsPrefer
			case "":
			default:
				return tlsRequire
			}
		case "ssl-mode", "sslmode", "ssl_mode":
			switch v {
			case "disabled":
				return tlsDisable
			case "required", "verify_ca", "verify_identity", "verify-ca", "verify-full":
				return tlsRequire
			}
		}
	}
	return tlsPrefer
}

// parseLibpq reads a libpq key=value string: host=h port=5432 user=u password='p w'.
func parseLibpq(s string) (*target, error) {
	kv := libpqPairs(s)
	t := &target{proto: KindPostgres, host: firstNonEmpty(kv["host"], kv["hostaddr"]),
		port: firstNonEmpty(kv["port"], "5432"), user: kv["user"], database: kv["dbname"],
		password: kv["password"], rawPassword: kv["password"], tls: pgTLS(kv["sslmode"])}
	t.host, _, _ = strings.Cut(t.host, ",")
	t.port, _, _ = strings.Cut(t.port, ",")
	return t, nil
}

// libpqPairs splits key = value pairs; values may be single-quoted with
// backslash escapes.
func libpqPairs(s string) map[string]string {
	kv := map[string]string{}
	for {
		s = strings.TrimLeft(s, " \t\r\n")
		eq := strings.IndexByte(s, '=')
		if eq <= 0 {
			return kv
		}
		key := strings.ToLower(strings.TrimSpace(s[:eq]))
		s = strings.TrimLeft(s[eq+1:], " \t")
		var val strings.Builder
		if strings.HasPrefix(s, "'") {
			i := 1
			for ; i < len(s) && s[i] != '\''; i++ {
				if s[i] == '\\' && i+1 < len(s) {
					i++
				}
				val.WriteByte(s[i])
			}
			s = s[min(i+1, len(s)):]
		} else {
			end := strings.IndexAny(s, " \t\r\n")
			if end < 0 {
				end = len(s)
			}
			val.WriteString(s[:end])
			s = s[end:]
		}
		kv[key] = val.String()
	}
}

// parseJDBC reads jdbc:postgresql://, jdbc:mysql://, jdbc:mariadb:// and
// jdbc:redshift:// URLs; other subprotocols are not checked.
func parseJDBC(s string) (*target, error) {
	rest, ok := cutPrefixFold(s, "jdbc:")
	if !ok {
		return nil, errors.New("not a JDBC URL")
	}
	sub, _, _ := strings.Cut(rest, ":")
	sub = strings.ToLower(sub)
	var proto Kind
	var port string
	switch sub {
	case "postgresql", "pgsql":
		proto, port = KindPostgres, "5432"
	case "redshift":
		proto, port = KindPostgres, "5439"
	case "mysql", "mariadb":
		proto, port = KindMySQL, "3306"
	default:
		return &target{unsupported: "jdbc:" + sub + " URLs are not checked"}, nil
	}
	i := strings.Index(rest, "//")
	if i < 0 {
		return nil, errNoHost
	}
	return parseURL(sub+"://"+rest[i+2:], proto, port)
}

func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix) {
		return s[len(prefix):], true
	}
	return s, false
}

// adoKeys maps ADO.NET and ODBC keywords (lower case, spaces removed) to
// the field they set.
var adoKeys = map[string]string{
	"server": "host", "host": "host", "datasource": "host", "address": "host", "addr": "host",
	"networkaddress": "host", "port": "port", "database": "database", "initialcatalog": "database",
	"dbname": "database", "userid": "user", "uid": "user", "user": "user", "username": "user",
	"password": "password", "pwd": "password", "driver": "driver", "sslmode": "sslmode",
}

// parseADONET reads Key=Value; strings. The protocol is chosen from the
// ODBC driver name, the keywords Npgsql uses (Host, Username) or the
// port; anything else is taken for SQL Server, which is not checked.
func parseADONET(s string) (*target, error) {
	f := map[string]string{}
	for _, part := range splitADO(s) {
		k, v, ok := strings.Cut(part, "=")
		if !ok {
			continue
		}
		key := strings.ToLower(strings.Join(strings.Fields(k), ""))
		if field, known := adoKeys[key]; known {
			f[field] = strings.TrimSpace(v)
			if key == "host" || key == "username" {
				f["npgsql"] = "1"
			}
		}
	}
	host, port := f["host"], f["port"]
	if h, p, err := net.SplitHostPort(host); err == nil {
		host, port = h, firstNonEmpty(port, p)
	}
	driver := strings.ToLower(f["driver"])
	var proto Kind
	switch {
	case strings.Contains(driver, "postgres") || f["npgsql"] != "" || port == "5432":
		proto, port = KindPostgres, firstNonEmpty(port, "5432")
	case strings.Contains(driver, "mysql") || strings.Contains(driver, "mariadb") || f["port"] != "":
		// SQL Server has no Port keyword (it writes Server=host,port).
		proto, port = KindMySQL, firstNonEmpty(port, "3306")
	default:
		return &target{unsupported: "SQL Server connection strings are not checked"}, nil
	}
	t := &target{proto: proto, host: host, port: port, user: f["user"], database: f["database"],
		password: f["password"], rawPassword: f["password"], tls: adoTLS(f["sslmode"])}
	return t, nil
}

// adoTLS maps the SSL Mode of Npgsql (Disable, Prefer, Require,
// VerifyCA, VerifyFull) and MySQL Connector/NET (None, Preferred,
// Required, VerifyCA, VerifyFull).
func adoTLS(mode string) tlsMode {
	switch strings.ToLower(strings.Join(strings.Fields(mode), "")) {
	case "disable", "none":
		return tlsDisable
	case "require", "required", "verifyca", "verifyfull":
		return tlsRequire
	}
	return tlsPrefer
}

// splitADO splits at semicolons outside quotes, removing the quotes.
func splitADO(s string) []string {
	var parts []string
	var cur strings.Builder
	var quote byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case quote != 0 && c == quote:
			quote = 0
		case quote == 0 && (c == '"' || c == '\'') && strings.HasSuffix(strings.TrimSpace(cur.String()), "="):
			quote = c
		case quote == 0 && c == ';':
			parts = append(parts, cur.String())
			cur.Reset()
		default:
			cur.WriteByte(c)
		}
	}
	return append(parts, cur.String())
}

// parseStackExchange reads a StackExchange.Redis configuration string,
// as Azure Cache for Redis gives it:
// name.redis.cache.windows.net:6380,password=...,ssl=True,abortConnect=False.
func parseStackExchange(s string) (*target, error) {
	t := &target{proto: KindRedis, database: "0", tls: tlsDisable}
	var endpoint string
	for _, part := range strings.Split(s, ",") {
		k, v, ok := strings.Cut(strings.TrimSpace(part), "=")
		if !ok {
			if endpoint == "" {
				endpoint = k
			}
			continue
		}
		switch strings.ToLower(strings.TrimSpace(k)) {
		case "password":
			t.password, t.rawPassword = v, v
		case "user":
			t.user = v
		case "ssl":
			if strings.EqualFold(v, "true") {
				t.tls = tlsRequire
			}
		case "defaultdatabase":
			t.database = v
		}
	}
	defPort := "6379"
	if t.tls == tlsRequire {
		defPort = "6380"
	}
	t.host, t.port = firstHostPort(endpoint, defPort)
	return t, nil
}

// redact replaces every form of the password in s.
func (t *target) redact(s string) string {
	for _, form := range []string{t.rawPassword, t.password, url.QueryEscape(t.password), url.PathEscape(t.password)} {
		if form != "" {
			s = strings.ReplaceAll(s, form, "[redacted]")
		}
	}
	return s
}

// redactAll removes a whole connection string from s.
func redactAll(s, connString string) string {
	if connString == "" {
		return s
	}
	return strings.ReplaceAll(s, connString, "[redacted]")
}
