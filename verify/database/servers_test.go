package database

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/keysieve/keysieve/internal/fake"
	"github.com/keysieve/keysieve/internal/testtmp"
)

// The servers these tests log in to: real PostgreSQL, MariaDB and Redis
// from the machine's packages, each started once for the package, in
// parallel, on a free loopback port and a temporary directory. A test
// waits only for the server it uses.
var (
	pgServer    = &server{name: "PostgreSQL", pkg: "postgresql", start: startPostgres, stopSignal: syscall.SIGQUIT}
	mysqlServer = &server{name: "MariaDB", pkg: "mariadb-server", start: startMariaDB, stopSignal: syscall.SIGKILL}
	redisServer = &server{name: "Redis", pkg: "redis-server", start: startRedis, stopSignal: syscall.SIGKILL}
)

// server is one database server started for the tests.
type server struct {
	name, pkg string
	start     func(s *server, dir string) error
	once      sync.Once
	port      string
	user      string
	password  string
	database  string
	err       error         // why it did not start
	took      time.Duration // to start
	missing   bool          // its binary is not installed
	cmd       *exec.Cmd
	exited    chan error // receives once the server process has exited
	// stopSignal ends the server at once: its data is thrown away.
	stopSignal syscall.Signal
}

// startOnce starts the server, once; later calls wait for the first.
func (s *server) startOnce() {
	s.once.Do(func() {
		started := time.Now()
		s.user, s.database = "kstest", "ksdb"
		s.password = fake.New(uint64(len(s.pkg))).Alnum(12) + "#%&" + fake.New(5).Alnum(4) // characters a URI must escape
		s.err = s.start(s, filepath.Join(testDir, s.pkg))
		s.took = time.Since(started)
	})
}

// wait returns once the server is up. A missing binary skips the test,
// naming the package to install, except in CI (KEYSIEVE_CI=1), where
// it fails; so does a server that could not start.
func (s *server) wait(t *testing.T) *server {
	t.Helper()
	s.startOnce()
	t.Logf("%s started in %v", s.name, s.took.Round(time.Millisecond))
	switch {
	case s.missing && os.Getenv("KEYSIEVE_CI") != "1":
		t.Skipf("%s is not installed (apt-get install -y %s): %v", s.name, s.pkg, s.err)
	case s.err != nil:
		t.Fatalf("%s did not start (apt-get install -y %s): %v", s.name, s.pkg, s.err)
	}
	return s
}

// testDir holds the servers' directories; TestMain removes it.
var testDir string

func TestMain(m *testing.M) {
	done := testtmp.Use()
	dir, err := os.MkdirTemp("", "keysieve-dbtest-")
	if err == nil {
		// The PostgreSQL server runs as another user, which must reach its directory.
		err = os.Chmod(dir, 0o755)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		done()
		os.Exit(2)
	}
	testDir = dir
	// Start every server now, in parallel: tests wait only for theirs,
	// and the parallel-test slots (GOMAXPROCS) are not spent waiting.
	for _, s := range []*server{pgServer, mysqlServer, redisServer} {
		go s.startOnce()
	}
	code := m.Run()
	for _, s := range []*server{pgServer, mysqlServer, redisServer} {
		s.stop()
	}
	os.RemoveAll(dir)
	done()
	os.Exit(code)
}

// stop ends the server the tests started.
func (s *server) stop() {
	s.startOnce()
	if s.cmd == nil || s.cmd.Process == nil {
		return
	}
	s.cmd.Process.Signal(s.stopSignal)
	select {
	case <-s.exited:
	case <-time.After(3 * time.Second):
		s.cmd.Process.Kill()
		<-s.exited
	}
}

// findBinary looks for a server binary on PATH and in the given globs;
// the highest version wins.
func findBinary(name string, globs ...string) (string, error) {
	for _, g := range globs {
		m, _ := filepath.Glob(g)
		sort.Strings(m)
		if len(m) > 0 {
			return m[len(m)-1], nil
		}
	}
	return exec.LookPath(name)
}

// freePort picks a free loopback port.
func freePort() (string, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer l.Close()
	_, port, err := net.SplitHostPort(l.Addr().String())
	return port, err
}

// asUser runs cmd as the named user when the tests run as root (the
// PostgreSQL server refuses to run as root), and chowns the paths to it.
func asUser(cmd *exec.Cmd, name string, paths ...string) error {
	if os.Geteuid() != 0 {
		return nil
	}
	u, err := user.Lookup(name)
	if err != nil {
		return fmt.Errorf("user %s: %w", name, err)
	}
	uid, _ := strconv.Atoi(u.Uid)
	gid, _ := strconv.Atoi(u.Gid)
	for _, p := range paths {
		if err := os.Chown(p, uid, gid); err != nil {
			return err
		}
	}
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}}
	return nil
}

// startAndWait starts cmd and waits until its output (stdout or stderr)
// has a line holding readyLine.
func startAndWait(s *server, cmd *exec.Cmd, readyLine string) error {
	if cmd.SysProcAttr == nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{}
	}
	cmd.SysProcAttr.Pdeathsig = syscall.SIGKILL // no server outlives a killed test binary
	r, w := io.Pipe()
	cmd.Stdout, cmd.Stderr = w, w
	if err := cmd.Start(); err != nil {
		return err
	}
	s.cmd = cmd
	exited := make(chan error, 1)
	s.exited = exited
	go func() { exited <- cmd.Wait(); w.Close() }()
	lines := make(chan string, 64)
	go func() {
		sc := bufio.NewScanner(r)
		for sc.Scan() {
			select {
			case lines <- sc.Text():
			default:
			}
		}
		close(lines)
	}()
	var last []string
	timer := time.NewTimer(60 * time.Second)
	defer timer.Stop()
	for {
		select {
		case line, ok := <-lines:
			if !ok {
				err := <-exited
				s.cmd = nil
				return fmt.Errorf("%s exited (%v): %s", cmd.Path, err, strings.Join(last, " | "))
			}
			if strings.Contains(line, readyLine) {
				go func() { // drain the rest of the output
					for range lines {
					}
				}()
				return nil
			}
			last = append(last[max(0, len(last)-4):], line)
		case <-timer.C:
			return fmt.Errorf("%s not ready after 60 s: %s", cmd.Path, strings.Join(last, " | "))
		}
	}
}

// run runs a setup command and returns its output on failure.
func run(cmd *exec.Cmd) error {
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("%s: %w: %s", filepath.Base(cmd.Path), err, lastLines(string(out), 5))
	}
	return nil
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], " | ")
}

// startPostgres runs initdb (scram-sha-256 on TCP) and postgres.
func startPostgres(s *server, dir string) error {
	initdb, err := findBinary("initdb", "/usr/lib/postgresql/*/bin/initdb")
	if err != nil {
		s.missing = true
		return err
	}
	postgres := filepath.Join(filepath.Dir(initdb), "postgres")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	pwfile := filepath.Join(dir, "pw")
	if err := os.WriteFile(pwfile, []byte(s.password+"\n"), 0o600); err != nil {
		return err
	}
	data := filepath.Join(dir, "data")
	cmd := exec.Command(initdb, "-D", data, "-U", s.user, "--pwfile="+pwfile,
		"--auth-host=scram-sha-256", "--auth-local=scram-sha-256", "--no-sync", "--no-instructions", "-E", "UTF8", "--locale=C")
	if err := asUser(cmd, "postgres", dir, pwfile); err != nil {
		return err
	}
	if err := run(cmd); err != nil {
		return err
	}
	if s.port, err = freePort(); err != nil {
		return err
	}
	// The database "ksdb" is not created: a login to it must fail after
	// authentication (SQLSTATE 3D000); "postgres" exists.
	s.database = "postgres"
	cmd = exec.Command(postgres, "-D", data, "-p", s.port, "-k", dir, "-F",
		"-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "max_connections=20",
		"-c", "shared_buffers=8MB", "-c", "logging_collector=off")
	if err := asUser(cmd, "postgres"); err != nil {
		return err
	}
	return startAndWait(s, cmd, "ready to accept connections")
}

// startMariaDB bootstraps a data directory with only the system tables
// a login needs (mariadb-install-db would also load the help tables and
// the sys schema, twice as slow), then runs mariadbd.
func startMariaDB(s *server, dir string) error {
	mariadbd, err := findBinary("mariadbd", "/usr/sbin/mariadbd")
	if err != nil {
		s.missing = true
		return err
	}
	var sqlFiles []string
	for _, name := range []string{"mysql_system_tables.sql", "mysql_system_tables_data.sql"} {
		f, err := findBinary(name, "/usr/share/mysql/"+name, "/usr/share/mariadb/"+name)
		if err != nil {
			s.missing = true
			return err
		}
		sqlFiles = append(sqlFiles, f)
	}
	data := filepath.Join(dir, "data")
	if err := os.MkdirAll(data, 0o700); err != nil {
		return err
	}
	common := []string{"--no-defaults", "--datadir=" + data, "--skip-name-resolve", "--skip-log-bin",
		"--innodb-log-file-size=4M", "--innodb-buffer-pool-size=8M", "--innodb-data-file-path=ibdata1:4M:autoextend",
		"--innodb-temp-data-file-path=ibtmp1:1M:autoextend", "--innodb-autoextend-increment=1",
		"--innodb-flush-log-at-trx-commit=0", "--innodb-doublewrite=0", "--innodb-undo-tablespaces=0"}
	if os.Geteuid() == 0 {
		common = append(common, "--user=root")
	}
	// One statement a line: the bootstrap reader wants it so.
	boot := "CREATE DATABASE IF NOT EXISTS mysql;\nUSE mysql;\nSET @auth_root_socket=NULL;\n"
	for _, f := range sqlFiles {
		b, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		boot += string(b) + "\n"
	}
	cmd := exec.Command(mariadbd, append(common, "--bootstrap", "--log-warnings=0", "--enforce-storage-engine=", "--max-allowed-packet=8M")...)
	cmd.Stdin = strings.NewReader(boot)
	if err := run(cmd); err != nil {
		return err
	}
	// The bootstrap runs without grant tables: the user is made at start.
	initFile := filepath.Join(dir, "init.sql")
	sql := fmt.Sprintf("CREATE DATABASE %[1]s;\nCREATE DATABASE ksother;\nCREATE USER '%[2]s'@'%%' IDENTIFIED BY '%[3]s';\nGRANT ALL ON %[1]s.* TO '%[2]s'@'%%';\n",
		s.database, s.user, strings.ReplaceAll(s.password, "'", "''"))
	if err := os.WriteFile(initFile, []byte(sql), 0o600); err != nil {
		return err
	}
	if s.port, err = freePort(); err != nil {
		return err
	}
	args := append(common, "--init-file="+initFile, "--port="+s.port, "--bind-address=127.0.0.1", "--socket="+filepath.Join(dir, "sock"),
		"--pid-file="+filepath.Join(dir, "pid"), "--max-connections=20")
	return startAndWait(s, exec.Command(mariadbd, args...), "ready for connections")
}

// startRedis runs redis-server with requirepass and no persistence.
func startRedis(s *server, dir string) error {
	bin, err := findBinary("redis-server", "/usr/bin/redis-server")
	if err != nil {
		s.missing = true
		return err
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	if s.port, err = freePort(); err != nil {
		return err
	}
	// The default user has the password; an ACL user "kstest" has the
	// same one, for URIs that name a user.
	s.database = "0"
	cmd := exec.Command(bin, "--port", s.port, "--bind", "127.0.0.1", "--requirepass", s.password,
		"--user", s.user, "on", ">"+s.password, "~*", "+@all",
		"--save", "", "--appendonly", "no", "--dir", dir, "--daemonize", "no")
	return startAndWait(s, cmd, "Ready to accept connections")
}

// plainDial is a test dialer: loopback only, no guard.
func plainDial(ctx context.Context, network, addr string) (net.Conn, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, err
	}
	if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() {
		return nil, fmt.Errorf("test dialer: %s is not a loopback address", host)
	}
	var d net.Dialer
	return d.DialContext(ctx, network, addr)
}

// testOptions are the options of checks against the local servers.
func testOptions() Options {
	return Options{Dial: plainDial, Timeout: 10 * time.Second}
}
