package rules

import (
	"strings"
	"testing"
)

// TestTableEntries checks which cells of CSV rows and SQL INSERT tuples
// are read as named by their credential column.
func TestTableEntries(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string // column = cell
	}{
		{"csv", "username,password\nadmin,v1v1v1v1\nbob,v2v2v2v2\n",
			[]string{"password=v1v1v1v1", "password=v2v2v2v2"}},
		{"semicolons, quoted", "\"user\";\"api_key\";\"note\"\n\"a\";\"k1k1k1k1k1\";\"x;y\"\n",
			[]string{"api_key=k1k1k1k1k1"}},
		{"tabs", "login\tpwd\nroot\tp4p4p4p4\n", []string{"pwd=p4p4p4p4"}},
		{"a row of other width ends the table", "user,password\na,p1p1p1p1\n\nb,p2p2p2p2\n", []string{"password=p1p1p1p1"}},
		{"hashes and empties", "user,password\na,$2y$10$abcdefghijklmnopqrstuv\nb,5f4dcc3b5aa765d61d8327deb882cf99\nc,\nd,NULL\n", nil},
		{"a hash's column", "user,password_hash,reset_password_sent_at\na,p1p1p1p1,p2p2p2p2\n", nil},
		{"not a header", "password = p1p1p1p1,x\na,b\n", nil},
		{"sql", "INSERT INTO users (name, email, password) VALUES ('admin', 'a@b.c', 'v1v1v1v1');\n",
			[]string{"password=v1v1v1v1"}},
		{"sql rows on lines", "insert into `accounts` (`id`, `api_token`) values\n  (1, 'tok1tok1tok1'),\n  (2, 'it''s-a-token'),\n  (3, NULL);\nSELECT 1;\n",
			[]string{"api_token=tok1tok1tok1", "api_token=it''s-a-token"}},
		{"sql function cell", "INSERT INTO u (created, secret) VALUES (NOW(), 's1s1s1s1s1');\n", []string{"secret=s1s1s1s1s1"}},
		{"sql bare and empty cells", "INSERT INTO u (a, secret, b) VALUES ( , NULL , 7 ), (1, s2s2s2s2s2 , 2);\n", []string{"secret=s2s2s2s2s2"}},
		{"sql statement ends", "INSERT INTO u (secret) VALUES ('s1s1s1s1s1');\nUPDATE u SET x = ('s2s2s2s2s2');\n", []string{"secret=s1s1s1s1s1"}},
	} {
		data := []byte(tc.text)
		got := listedOfEveryLine(data, func(e listedEntry) string { return string(data[e.start:e.end]) })
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%s: read %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestTablesAreBounded checks that a file of many credential headers has
// at most maxTables of them read, and a table at most maxTableRows rows.
func TestTablesAreBounded(t *testing.T) {
	var b strings.Builder
	b.WriteString("user,password\n")
	for range 3 * maxTableRows {
		b.WriteString("a,p1p1p1p1\n")
	}
	if n := len(listedEntries([]byte(b.String()), []int{0})); n != maxTableRows {
		t.Errorf("%d rows read, want the bound %d", n, maxTableRows)
	}
	b.Reset()
	var lines []int
	for range 3 * maxTables {
		lines = append(lines, b.Len())
		b.WriteString("user,password\na,p1p1p1p1\nb\n")
	}
	if n := len(listedEntries([]byte(b.String()), lines)); n != maxTables {
		t.Errorf("%d cells read from %d tables, want the bound %d", n, 3*maxTables, maxTables)
	}
}
