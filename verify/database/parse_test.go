package database

import (
	"strings"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
)

func TestParseConnectionStrings(t *testing.T) {
	t.Parallel()
	pw := fake.New(3).Alnum(14)
	cases := []struct {
		name        string
		kind        Kind
		conn        string
		want        target // uri is not compared
		unsupported bool
	}{
		{"postgres uri with driver and tls", KindPostgres, "postgresql+psycopg2://app:" + pw + "@db.example.test:6543/app?sslmode=verify-full",
			target{proto: KindPostgres, host: "db.example.test", port: "6543", user: "app", database: "app", tls: tlsRequire}, false},
		{"postgres several hosts", KindPostgres, "postgres://app:" + pw + "@h1:5433,h2:5434/app",
			target{proto: KindPostgres, host: "h1", port: "5433", user: "app", database: "app"}, false},
		{"postgres ipv6", KindPostgres, "postgres://app:" + pw + "@[::1]/app?sslmode=disable",
			target{proto: KindPostgres, host: "::1", port: "5432", user: "app", database: "app", tls: tlsDisable}, false},
		{"postgres uri then text", KindPostgres, "postgres://app:" + pw + "@h/app and more",
			target{proto: KindPostgres, host: "h", port: "5432", user: "app", database: "app"}, false},
		{"libpq quoted", KindPostgres, "host=h port=5 user=u dbname = d sslmode=require password='" + pw + "'",
			target{proto: KindPostgres, host: "h", port: "5", user: "u", database: "d", tls: tlsRequire}, false},
		{"cockroachdb default port", KindCockroachDB, "cockroachdb://app:" + pw + "@crdb.example.test/defaultdb",
			target{proto: KindPostgres, host: "crdb.example.test", port: "26257", user: "app", database: "defaultdb"}, false},
		{"mysql go dsn", KindMySQL, "mysql://app:" + pw + "@tcp(db.example.test:3307)/app?tls=skip-verify",
			target{proto: KindMySQL, host: "db.example.test", port: "3307", user: "app", database: "app", tls: tlsRequire}, false},
		{"mysql x protocol", KindMySQL, "mysqlx://app:" + pw + "@db.example.test:33060/app", target{}, true},
		{"rediss with db", KindRedis, "rediss://:" + pw + "@cache.example.test:6380/2",
			target{proto: KindRedis, host: "cache.example.test", port: "6380", database: "2", tls: tlsRequire}, false},
		{"azure redis", KindRedis, "name.redis.cache.windows.net,abortConnect=False,ssl=True,password=" + pw,
			target{proto: KindRedis, host: "name.redis.cache.windows.net", port: "6380", database: "0", tls: tlsRequire}, false},
		{"mongodb srv", KindMongoDB, "mongodb+srv://app:" + pw + "@cluster0.example.test/app?retryWrites=true",
			target{proto: KindMongoDB, host: "cluster0.example.test", user: "app", database: "app"}, false},
		{"mongodb auth source", KindMongoDB, "mongodb://app:" + pw + "@m1:27018,m2/app?authSource=admin",
			target{proto: KindMongoDB, host: "m1", port: "27018", user: "app", database: "admin"}, false},
		{"jdbc mysql userinfo", KindJDBC, "jdbc:mysql://app:" + pw + "@db.example.test/app",
			target{proto: KindMySQL, host: "db.example.test", port: "3306", user: "app", database: "app"}, false},
		{"jdbc mysql loadbalance", KindJDBC, "jdbc:mysql:loadbalance://h1,h2/app?user=app&password=" + pw,
			target{proto: KindMySQL, host: "h1", port: "3306", user: "app", database: "app"}, false},
		{"jdbc redshift", KindJDBC, "jdbc:redshift://rs.example.test/dev?user=app&password=" + pw,
			target{proto: KindPostgres, host: "rs.example.test", port: "5439", user: "app", database: "dev"}, false},
		{"jdbc sqlserver", KindJDBC, "jdbc:sqlserver://h:1433;databaseName=app;user=app;password=" + pw, target{}, true},
		{"jdbc oracle", KindJDBC, "jdbc:oracle:thin:app/" + pw + "@h:1521/svc", target{}, true},
		{"libpq unix socket", KindPostgres, "host=/var/run/postgresql user=u password=" + pw, target{}, true},
		{"mysql unix socket", KindMySQL, "mysql://u:" + pw + "@unix(/run/mysqld/mysqld.sock)/app", target{}, true},
		{"adonet sql server", KindADONET, "Server=tcp:h,1433;Initial Catalog=app;User ID=app;Password=" + pw + ";", target{}, true},
		{"odbc postgres", KindADONET, "Driver={PostgreSQL Unicode};Server=h;Database=app;Uid=app;Pwd=" + pw + ";",
			target{proto: KindPostgres, host: "h", port: "5432", user: "app", database: "app"}, false},
		{"adonet mysql quoted", KindADONET, "Server=h;Port=3306;Database=app;User Id=app;Password=\"" + pw + "\";",
			target{proto: KindMySQL, host: "h", port: "3306", user: "app", database: "app"}, false},
		{"npgsql verify full", KindADONET, "Host=h;Username=app;Password=" + pw + ";SSL Mode=VerifyFull",
			target{proto: KindPostgres, host: "h", port: "5432", user: "app", tls: tlsRequire}, false},
		{"connector/net ssl none", KindADONET, "Server=h;Port=3307;Uid=app;Pwd=" + pw + ";SslMode=None",
			target{proto: KindMySQL, host: "h", port: "3307", user: "app", tls: tlsDisable}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			got, err := parse(c.kind, c.conn)
			if err != nil {
				t.Fatalf("parse: %v", err)
			}
			if c.unsupported {
				if got.unsupported == "" {
					t.Fatalf("parsed as supported: %+v", got)
				}
				return
			}
			if got.password != pw || got.rawPassword != pw {
				t.Fatalf("password not parsed")
			}
			if got.uri != "" && strings.Contains(got.uri, pw) {
				t.Fatalf("the MongoDB URI handed to the driver holds the password")
			}
			got.password, got.rawPassword, got.uri = "", "", ""
			if *got != c.want {
				t.Fatalf("got %+v\nwant %+v", *got, c.want)
			}
		})
	}
}

func TestParseFailures(t *testing.T) {
	t.Parallel()
	pw := fake.New(4).Alnum(14)
	for _, c := range []struct {
		kind Kind
		conn string
		want error
	}{
		{KindPostgres, "postgres://app@h/app", errNoPassword},
		{KindPostgres, "postgres://app:" + pw + "@/app", errNoHost},
		{KindPostgres, "dbname=app password=" + pw, errNoHost},
		{KindRedis, "cache.example.test:6379,ssl=False", errNoPassword},
	} {
		if _, err := parse(c.kind, c.conn); err != c.want {
			t.Errorf("parse(%s): %v, want %v", c.kind, err, c.want)
		}
	}
}
