package rules

import (
	"bytes"
	"regexp"
	"strings"
)

// Tables whose header names a credential column: a CSV or TSV header row
// (username,password) and the rows under it, or an SQL INSERT's column
// list and its VALUES tuples. A cell under such a column has no name of
// its own on its line; tableEntries names it by its column (password:
// cell) for the listed view, which every rule reads.

// maxTableRows bounds the rows read under one header.
const maxTableRows = 64

// maxTableColumns bounds the columns of a header worth reading.
const maxTableColumns = 64

// maxTables bounds the tables of one file read, so that a hostile file
// of header rows costs a bounded pass.
const maxTables = 64

// tableEntries adds to out the credential cells of the table whose header
// is the line at pos: an SQL INSERT's column list, or a delimited header
// row naming a credential column. found says whether the line heads such
// a table.
func tableEntries(out []listedEntry, data []byte, pos int, line []byte) (_ []listedEntry, found bool) {
	body := line[leadingSpace(line):]
	if len(body) > len("insert into") && (body[0] == 'i' || body[0] == 'I') && insertInto.Match(body) {
		return insertEntries(out, data, pos+len(line)-len(body))
	}
	return csvEntries(out, data, pos, line)
}

// insertInto is the start of an SQL INSERT with a column list.
var insertInto = regexp.MustCompile(`(?i)^insert\s+into\s+[\w."\x60\[\]]+\s*\(`)

// insertEntries reads the INSERT statement at from: its column list, then
// the tuples after VALUES (on this line or the next ones), each cell
// under a credential column an entry.
func insertEntries(out []listedEntry, data []byte, from int) ([]listedEntry, bool) {
	end := min(len(data), from+tableSpan)
	lparen := bytes.IndexByte(data[from:end], '(')
	if lparen < 0 {
		return out, false
	}
	lparen += from
	rparen := bytes.IndexByte(data[lparen:end], ')')
	if rparen < 0 || bytes.IndexByte(data[lparen:lparen+rparen], '\n') >= 0 {
		return out, false
	}
	rparen += lparen
	names := splitCells(data, lparen+1, rparen, ',')
	wanted := credentialColumns(data, names)
	if wanted == nil {
		return out, false
	}
	at := rparen + 1
	values := bytes.Index(bytes.ToLower(data[at:min(end, at+64)]), []byte("values"))
	if values < 0 {
		return out, true
	}
	at += values + len("values")
	for rows := 0; rows < maxTableRows && len(out) < maxListedEntries; rows++ {
		start := bytes.IndexByte(data[at:end], '(')
		if start < 0 {
			break
		}
		if gap := bytes.TrimSpace(data[at : at+start]); len(gap) > 0 && string(gap) != "," {
			break // the statement ended
		}
		cells, next := sqlTuple(data, at+start+1, end)
		if next < 0 {
			break
		}
		out = appendCells(out, data, names, cells, wanted)
		at = next
	}
	return out, true
}

// tableSpan is how far past a header its table is read.
const tableSpan = 64 << 10

// sqlTuple splits the tuple whose first cell starts at from into cells
// (strings in single quotes, a quote doubled inside, or bare words), and
// returns where the tuple's closing parenthesis ends, or -1 when it does
// not close before end.
func sqlTuple(data []byte, from, end int) ([]cell, int) {
	var cells []cell
	i := from
	for i < end && len(cells) < maxTableColumns {
		i = skipSpace(data, i, end)
		if i >= end {
			return nil, -1
		}
		c := cell{start: i}
		if data[i] == '\'' {
			j := i + 1
			for j < end && (data[j] != '\'' || j+1 < end && data[j+1] == '\'') {
				if data[j] == '\'' {
					j++ // an escaped quote
				}
				if data[j] == '\n' {
					return nil, -1
				}
				j++
			}
			if j >= end {
				return nil, -1
			}
			c = cell{start: i + 1, end: j}
			i = j + 1
		} else {
			depth := 0
			for i < end && (depth > 0 || data[i] != ',' && data[i] != ')') {
				switch data[i] {
				case '(':
					depth++
				case ')':
					depth--
				case '\n':
					return nil, -1
				}
				i++
			}
			c.end = max(c.start, len(trimSpaceRight(data[:i])))
		}
		cells = append(cells, c)
		i = skipSpace(data, i, end)
		if i < end && data[i] == ')' {
			return cells, i + 1
		}
		if i >= end || data[i] != ',' {
			return nil, -1
		}
		i++
	}
	return nil, -1
}

// skipSpace returns the index of the first byte at or after i, before
// end, that is not white space.
func skipSpace(data []byte, i, end int) int {
	for i < end && (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n') {
		i++
	}
	return i
}

// cell is a field of a table row: data[start:end], unquoted.
type cell struct{ start, end int }

// csvDelimiters are the delimiters a header row may use.
const csvDelimiters = ",;\t|"

// csvEntries reads the delimited header row at pos and the rows below it
// that have as many fields, each cell under a credential column an entry.
func csvEntries(out []listedEntry, data []byte, pos int, line []byte) ([]listedEntry, bool) {
	delim, ok := headerDelimiter(line)
	if !ok {
		return out, false
	}
	names := splitCells(data, pos, pos+len(line), delim)
	if len(names) < 2 || len(names) > maxTableColumns || !allNames(data, names) {
		return out, false
	}
	wanted := credentialColumns(data, names)
	if wanted == nil {
		return out, false
	}
	at := pos + len(line) + 1
	for rows := 0; rows < maxTableRows && at < len(data) && len(out) < maxListedEntries; rows++ {
		end := lineEndAfter(data, at, lineSpan)
		row := trimSpaceRight(data[at:end])
		if len(row) == 0 {
			break
		}
		cells := splitCells(data, at, at+len(row), delim)
		if len(cells) != len(names) {
			break
		}
		out = appendCells(out, data, names, cells, wanted)
		at = end + 1
	}
	return out, true
}

// headerDelimiter returns the delimiter of a header row: the one of
// csvDelimiters it holds most often, when it holds only what a header row
// does (names, spaces, quotes and delimiters).
func headerDelimiter(line []byte) (byte, bool) {
	var counts [len(csvDelimiters)]int
	for _, c := range line {
		switch k := headerBytes[c]; {
		case k < 0:
			return 0, false
		case k > 0:
			counts[k-1]++
		}
	}
	best := 0
	for i, n := range counts {
		if n > counts[best] {
			best = i
		}
	}
	return csvDelimiters[best], counts[best] > 0
}

// headerBytes classifies the bytes of a header row, looked up once a byte
// since every line of a file is tried: -1 for a byte no header holds, i+1
// for csvDelimiters[i], 0 for a byte of a name, a blank or a quote.
var headerBytes = func() (class [256]int8) {
	for c := range class {
		if !isNameByte(byte(c)) && !strings.ContainsRune(" \"'`\r", rune(c)) {
			class[c] = -1
		}
	}
	for i := range len(csvDelimiters) {
		class[csvDelimiters[i]] = int8(i + 1)
	}
	return class
}()

// splitCells splits data[from:to] at delim into trimmed cells; a cell in
// double quotes is unquoted ("a,b" stays one cell).
func splitCells(data []byte, from, to int, delim byte) []cell {
	var cells []cell
	for i := from; i <= to && len(cells) <= maxTableColumns; {
		j := i
		quoted := false
		for j < to && (quoted || data[j] != delim) {
			if data[j] == '"' {
				quoted = !quoted
			}
			j++
		}
		start := i + leadingSpace(data[i:j])
		start, end := unquote(data, start, start+len(trimSpaceRight(data[start:j])))
		cells = append(cells, cell{start, end})
		i = j + 1
	}
	return cells
}

// allNames reports whether every cell of a header row (whose bytes
// headerDelimiter vetted) is a column name: a letter or _ first, and no
// quote left inside.
func allNames(data []byte, cells []cell) bool {
	for _, c := range cells {
		name := data[c.start:c.end]
		if len(name) == 0 || !isASCIILetter(name[0]) && name[0] != '_' || bytes.ContainsAny(name, "\"'`") {
			return false
		}
	}
	return true
}

// credentialColumns returns, for each column, whether it holds
// credentials (password, api_key, secret_token; not password_hash,
// token_type or reset_password_sent_at); nil when none does.
func credentialColumns(data []byte, names []cell) []bool {
	var wanted []bool
	for i, c := range names {
		if !isCredentialColumn(columnName(data, c)) {
			continue
		}
		if wanted == nil {
			wanted = make([]bool, len(names))
		}
		wanted[i] = true
	}
	return wanted
}

// columnName is the name a header cell gives its column, without SQL
// Server's brackets ([password]); splitCells took the quotes off.
func columnName(data []byte, c cell) []byte { return bytes.Trim(data[c.start:c.end], "[]") }

// isCredentialColumn reports a column named for a credential's clear
// value.
func isCredentialColumn(name []byte) bool {
	credential, prev := false, ""
	for _, w := range nameWords(name) {
		switch {
		case columnCredentialWords[w], w == "key" && keyQualifiers[prev]:
			credential = true
		case columnNotClearWords[w] || secretNameSkips[w]:
			return false
		}
		prev = w
	}
	return credential
}

// keyQualifiers are the words before key that make it a credential's
// name (api_key, private_key); an access key alone is an id.
var keyQualifiers = map[string]bool{"api": true, "private": true, "auth": true, "secret": true}

// columnCredentialWords are the words of a credential column's name.
var columnCredentialWords = map[string]bool{
	"password": true, "passwd": true, "pwd": true, "pass": true, "passphrase": true,
	"secret": true, "token": true, "apikey": true,
}

// columnNotClearWords say a column holds something about a credential, or
// its hash, not the credential: with secretNameSkips (hash, digest, reset,
// at, ...), which isCredentialColumn also consults.
var columnNotClearWords = map[string]bool{
	"encrypted": true, "enc": true, "crypt": true, "crypted": true, "salt": true,
	"md5": true, "sha1": true, "sha256": true, "bcrypt": true,
	"sent": true, "changed": true, "updated": true, "created": true,
	"last": true, "old": true, "confirmation": true, "remember": true, "csrf": true,
}

// appendCells adds the cells under wanted columns, but those that are
// empty, NULL, or a password hash, named by their column.
func appendCells(out []listedEntry, data []byte, names, cells []cell, wanted []bool) []listedEntry {
	for i, c := range cells {
		if i >= len(wanted) || !wanted[i] || len(out) >= maxListedEntries {
			continue
		}
		value := data[c.start:c.end]
		if len(value) == 0 || bytes.EqualFold(value, []byte("null")) || isPasswordHash(value) {
			continue
		}
		out = append(out, listedEntry{name: columnName(data, names[i]), start: c.start, end: c.end})
	}
	return out
}

// passwordHash is a stored password's hash: crypt(3) forms ($2y$…, $6$…),
// LDAP's {SSHA}…, Django's algorithm$…, or hex of an MD5, SHA-1, SHA-256
// or SHA-512 digest.
var passwordHash = regexp.MustCompile(`^(?:\$[\w-]{1,12}\$\S+|\{[A-Z0-9-]{2,12}\}\S+|(?:pbkdf2_sha\d+|argon2\w*|bcrypt\w*|sha1|md5|scrypt)\$\S+|[0-9a-fA-F]{32}|[0-9a-fA-F]{40}|[0-9a-fA-F]{64}|[0-9a-fA-F]{128})$`)

// isPasswordHash reports a value that is a password's hash, not the password.
func isPasswordHash(value []byte) bool { return passwordHash.Match(value) }
