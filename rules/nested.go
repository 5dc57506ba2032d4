package rules

import (
	"bytes"
	"slices"
	"strings"
)

// Limits of the nested-section pass.
const (
	// maxSectionName is the longest section name joined to its entries.
	maxSectionName = 64
	// maxNestedEntries bounds the entries one pass looks up the section
	// of, so that a hostile file of many entries costs a bounded pass.
	maxNestedEntries = 4096
)

// findNested finds secrets whose provider is named by the section that
// holds them rather than by their own name: a YAML mapping
// (iterable:⏎  api_key: …), a TOML or INI table ([iterable]⏎api_key = …)
// or a JSON object ("iterable": {⏎  "api_key": "…"). Each entry whose name
// is a credential word is joined to its section's name
// (iterable_api_key: …) in a view (views.go) whose values map back to
// data, so that every rule, whatever its pattern, reads the pair as one
// assignment. Generic rules read such entries in the plain pass too; of
// theirs, only token-shaped values the plain pass did not report are kept
// (see minJoinedGenericValue), and of provider rules' matches those
// earlier passes did not find.
//
// lines are the starts of the lines where the plain pass found a generic
// rule's keyword (key, secret, token...): every entry worth joining holds
// one, so the pass reads those lines and the few above each, not the file.
// They are read before the view is scanned, which notes lines anew.
//
// The other way round, a section named for credentials (secrets:,
// "apiKeys": {, [tokens], a Kubernetes Secret's stringData:) lists
// entries named for their providers (acme: …): each is joined to the
// section's word (acme_secret: …). A Secret's data: entries are read
// the same way with their base64 values decoded.
// Those joined pairs are read by every rule, generic ones too: no earlier
// pass saw a credential's name there.
func (m *Matcher) findNested(data []byte, lines []int, earlier []Match) []Match {
	listed := listedEntries(data, lines) // lines is reused by the next findPlain
	v := m.resetView()
	v.onePiece = true // a match lies in one entry's value
	calls := joinNestedEntries(v, data, lines, providerSpans(earlier))
	out := slices.DeleteFunc(m.findInView(v, earlier), func(x Match) bool {
		return x.Rule.Category == "generic" && (len(x.Secret) < minJoinedGenericValue || insideAny(calls, x.Start))
	})
	if len(listed) == 0 {
		return out
	}
	v = m.resetView()
	v.onePiece = true
	for _, e := range listed {
		v.text = append(append(v.text, e.name...), ": "...)
		if e.decoded != nil {
			v.addDecoded(e.decoded, e.start, e.end)
		} else {
			v.copyRaw(data, e.start, e.end, true)
		}
		v.text = append(v.text, '\n')
	}
	found := m.findInView(v, append(slices.Clip(earlier), out...))
	markDecodedEntries(found, listed)
	return append(out, found...)
}

// minJoinedGenericValue is the shortest value a generic rule reports from
// an entry joined to its section's name. Generic rules read the entry on
// its own in the plain pass; joined, they find what its name alone did not
// say (acme:⏎  pat: …), which is worth a finding when the value is
// token-shaped, not a short password (accessKey:⏎  password: <8 bytes>)
// that the plain pass already judged.
const minJoinedGenericValue = 16

// span is a range [start, end) of data.
type span struct{ start, end int }

// ruleSpan is where a provider rule found a secret, and the first word
// of the rule's id, which names its provider (holded of holded-api-key).
type ruleSpan struct {
	span
	provider string
}

// providerSpans returns the spans of ms that provider rules (not generic
// ones) found, by start.
func providerSpans(ms []Match) []ruleSpan {
	var out []ruleSpan
	for _, x := range ms {
		if x.Rule.Category != "generic" {
			provider, _, _ := strings.Cut(x.Rule.ID, "-")
			out = append(out, ruleSpan{span{x.Start, x.End}, provider})
		}
	}
	slices.SortFunc(out, func(a, b ruleSpan) int { return a.start - b.start })
	return out
}

// foundByNamedRule reports whether [start, end), the value of the entry
// named key, holds a secret that a rule of a provider key names found
// (found, sorted by start): HOLDED_API_KEY's value found by
// holded-api-key. A section can add nothing to such an entry; one whose
// value a broad rule found (jwt under trengo:) is joined.
func foundByNamedRule(found []ruleSpan, key []byte, start, end int) bool {
	i, _ := slices.BinarySearchFunc(found, start, func(s ruleSpan, t int) int { return s.start - t })
	for ; i < len(found) && found[i].start < end; i++ {
		if found[i].end <= end && found[i].provider != "" && containsFold(key, found[i].provider) {
			return true
		}
	}
	return false
}

// insideAny reports whether pos lies in one of spans.
func insideAny(spans []span, pos int) bool {
	for _, s := range spans {
		if pos >= s.start && pos < s.end {
			return true
		}
	}
	return false
}

// markDecodedEntries marks the matches on base64 values that were read
// decoded (a Kubernetes Secret's data:) as found in base64.
func markDecodedEntries(found []Match, listed []listedEntry) {
	for i := range found {
		for _, e := range listed {
			if e.decoded != nil && found[i].Start == e.start && found[i].End == e.end {
				found[i].Decoded = "base64"
				break
			}
		}
	}
}

// maxListedEntries bounds the entries read under one credentials
// section, and all such entries of one pass.
const maxListedEntries = 256

// listedEntry is an entry of a credentials section: its name joined to
// the section's word, and where its value lies in data.
type listedEntry struct {
	name       []byte
	start, end int
	// decoded, when set, is the value data[start:end] stands for
	// (base64-decoded): the view reads it instead of the raw bytes.
	decoded []byte
}

// listedEntries returns the entries under the sections that lines (line
// starts in data, ascending) open when those sections are named for
// credentials (see listSuffix); entries whose own name is a credential's
// are left to the other passes. A line saying its document is a
// Kubernetes Secret adds the document's data: entries, decoded
// (secretDataEntries); a table's header naming a credential column adds
// the cells under it (tableEntries); a Terraform variable named for a
// credential adds its default, under the variable's name.
func listedEntries(data []byte, lines []int) []listedEntry {
	var out []listedEntry
	docs, tables := 0, 0 // Kubernetes Secrets and tables read
	for _, pos := range lines {
		line := trimSpaceRight(data[pos:lineEndAfter(data, pos, lineSpan)])
		lead := leadingSpace(line)
		if tables < maxTables {
			var table bool
			if out, table = tableEntries(out, data, pos, line); table {
				tables++
				continue
			}
		}
		if name, ok := terraformVariable(line[lead:]); ok {
			out = appendEntries(out, data, pos+len(line), lead, false, func(key []byte) []byte {
				if string(key) == "default" {
					return name
				}
				return nil
			})
			continue
		}
		if isSecretKind(line[lead:]) {
			if docs++; docs <= maxSecretDocs {
				out = secretDataEntries(out, data, pos, lead)
			}
			continue
		}
		name, ok := sectionName(line[lead:])
		if !ok {
			continue
		}
		if suffix := listSuffix(name); suffix != "" {
			out = appendListed(out, data, pos+len(line), lead, line[lead] == '[', suffix)
		}
		if len(out) >= maxListedEntries {
			break
		}
	}
	return out
}

// terraformVariable reports whether body (a line without its lead spaces)
// opens a Terraform variable named for a credential, variable
// "acme_api_key" {, and returns its name: the block's default = "…" is
// that credential's value.
func terraformVariable(body []byte) ([]byte, bool) {
	rest, ok := bytes.CutPrefix(body, []byte(`variable "`))
	if !ok || len(rest) < 3 || rest[len(rest)-1] != '{' {
		return nil, false
	}
	name, after, ok := bytes.Cut(rest, []byte(`"`))
	if !ok || len(bytes.TrimSpace(after)) != 1 || !isSectionWord(name) || !isCredentialName(name) {
		return nil, false
	}
	return name, true
}

// appendListed adds to out the entries of the section whose header line
// ends at from: the lines indented deeper than lead, or for a table
// (`[tokens]`) the lines up to the next table. Only the section's own
// entries are taken, at the first one's indentation: deeper lines belong
// to entries of its entries. Entries named as things about a credential
// (description, id, url: secretNameSkips) are left out.
func appendListed(out []listedEntry, data []byte, from, lead int, table bool, suffix string) []listedEntry {
	return appendEntries(out, data, from, lead, table, func(key []byte) []byte {
		if !isListedName(key) {
			return nil
		}
		return append(append(slices.Clip(key), '_'), suffix...)
	})
}

// appendEntries is appendListed naming each entry by name(key), and
// leaving out those it names nil.
func appendEntries(out []listedEntry, data []byte, from, lead int, table bool, name func(key []byte) []byte) []listedEntry {
	child := -1 // the indentation of the section's entries
	for pos := from + 1; pos < len(data) && len(out) < maxListedEntries; {
		end := lineEndAfter(data, pos, lineSpan)
		line := trimSpaceRight(data[pos:end])
		next := end + 1
		ind := leadingSpace(line)
		body := line[ind:]
		if child < 0 && len(body) > 0 && body[0] != '#' && body[0] != ';' {
			child = ind
		}
		switch {
		case len(body) == 0 || body[0] == '#' || body[0] == ';':
		case table && body[0] == '[', !table && ind <= lead:
			return out
		case ind != child:
		default:
			if key, vs, ok := entryValue(body); ok {
				if joined := name(key); joined != nil {
					out = append(out, listedEntry{name: joined, start: pos + ind + vs, end: pos + len(line)})
				}
			}
		}
		pos = next
	}
	return out
}

// isListedName reports whether key, an entry of a credentials section,
// names what the credential is for (acme, sendgrid, auth0): no word of it
// is a credential's own (api_key, token: the plain pass reads those) or
// says the value is about the credential (client_id, description, url).
// Words, not substrings: sendgrid holds id, keycloak holds key.
func isListedName(key []byte) bool {
	for _, w := range nameWords(key) {
		if listedNameSkips[w] || secretNameSkips[w] {
			return false
		}
	}
	return true
}

// listedNameSkips are the words of an entry's name that make it a
// credential's own name, which the plain pass reads.
var listedNameSkips = map[string]bool{
	"key": true, "apikey": true, "secret": true, "token": true, "password": true, "passwd": true,
	"pass": true, "pwd": true, "credential": true, "credentials": true, "creds": true, "auth": true,
}

// listSuffix returns the credential word that a section's name, a plural
// (secrets, apiKeys, access_tokens), gives its entries, or "".
func listSuffix(section []byte) string {
	words := nameWords(section)
	if len(words) == 0 {
		return ""
	}
	last := words[len(words)-1]
	if len(words) == 2 && words[0] == "string" && last == "data" {
		return "secret" // a Kubernetes Secret's stringData: every entry is one
	}
	switch last {
	case "credentials", "creds":
		return last
	case "secrets", "tokens", "passwords":
		return strings.TrimSuffix(last, "s")
	case "apikeys":
		return "api_key"
	case "keys":
		if len(words) > 1 && words[len(words)-2] == "api" {
			return "api_key"
		}
	}
	return ""
}

// joinNestedEntries adds to v the entries on lines (line starts in data,
// ascending) joined to the names of their sections: the joined name is
// the view's own text, the value a piece of data. It returns where the
// values of entries joined to a callee's name lie (new Acme({⏎ apiKey:):
// such a name says which provider, not that the value is a credential.
// An entry whose own name names the provider whose rule found its value
// already (found, see foundByNamedRule) is left out: scanning the joined
// pair again costs every rule its keywords' windows once more.
func joinNestedEntries(v *view, data []byte, lines []int, found []ruleSpan) (calls []span) {
	lookups := 0
	for _, pos := range lines {
		if lookups == maxNestedEntries {
			break // each lookup may read sectionLookback bytes: bound the pass
		}
		line := trimSpaceRight(data[pos:lineEndAfter(data, pos, lineSpan)])
		lead := leadingSpace(line)
		body := line[lead:]
		key, vs, ok := entryValue(body)
		if !ok || !isCredentialName(key) || foundByNamedRule(found, key, pos+lead+vs, pos+len(line)) {
			continue
		}
		lookups++
		section, call := enclosingSection(data, pos, lead)
		if section == nil {
			continue
		}
		if call {
			calls = append(calls, span{pos + lead + vs, pos + len(line)})
		}
		v.text = append(append(append(v.text, section...), '_'), key...)
		v.text = append(v.text, ": "...)
		v.copyRaw(data, pos+lead+vs, pos+len(line), true)
		v.text = append(v.text, '\n')
	}
	return calls
}

// enclosingSection returns the name of the section holding the entry line
// at pos, indented by lead, or nil, and whether it names a call's
// arguments: the nearest line above with less indentation when it opens a
// YAML mapping, a JSON object or a block of code, or the
// nearest TOML or INI table header at the entry's own indentation (at the
// margin, or a whole TOML or INI file indented into a YAML block scalar or
// a Terraform heredoc). It reads at most sectionLookback bytes above the
// entry.
func enclosingSection(data []byte, pos, lead int) (name []byte, call bool) {
	stop := max(0, pos-sectionLookback)
	for end := pos - 1; end > stop; {
		start := bytes.LastIndexByte(data[stop:end], '\n') + 1 + stop
		if start == stop && stop > 0 {
			return nil, false // the line above starts before the lookback
		}
		line := trimSpaceRight(data[start:end])
		ind := leadingSpace(line)
		body := line[ind:]
		end = start - 1
		if len(body) == 0 || body[0] == '#' || body[0] == ';' {
			continue // blank lines and comments
		}
		if lead > 0 && ind < lead {
			name, call, ok := sectionHeader(body)
			if !ok || body[0] == '[' {
				return nil, false
			}
			return name, call
		}
		if body[0] == '[' && (lead == 0 || ind == lead) {
			if name, ok := sectionName(body); ok {
				return name, false
			}
			return nil, false
		}
	}
	return nil, false
}

// sectionLookback is how far above an entry its section header is looked for.
const sectionLookback = 4 << 10

// sectionName reports whether body (a line without its lead spaces) opens
// a section: `name:` (YAML), `[name]` (TOML, INI), `"name": {` (JSON) or a
// block of code (see blockName), and returns its name.
func sectionName(body []byte) ([]byte, bool) {
	name, _, ok := sectionHeader(body)
	return name, ok
}

// sectionHeader is sectionName also saying whether the section is a
// call's arguments (new Acme({, client = Acme(), named by the callee.
func sectionHeader(body []byte) (name []byte, call, ok bool) {
	n := len(body)
	switch {
	case n < 2 || n > maxSectionName+maxBlockHead:
		return nil, false, false
	case body[n-1] == ':':
		name := bytes.TrimPrefix(body[:n-1], []byte("- "))
		return name, false, isSectionWord(name)
	case body[0] == '[' && body[n-1] == ']':
		name := bytes.Trim(body[1:n-1], ` "'`)
		return name, false, isSectionWord(name)
	case body[n-1] == '{' || body[n-1] == '[' || body[n-1] == '(':
		return blockName(body)
	}
	return nil, false, false
}

// maxBlockHead is how much a block's opening line may hold besides its
// name: `const client = new ` … `({`.
const maxBlockHead = 48

// blockName returns the name that a line opening a block of code (one
// ending in {, [ or () gives the block's entries:
//
//	"acme": {    acme: {    acme = {    ACME = {    const acme = {
//	'acme' => [    :acme => {    'acme' => array(    acme.Config{
//	provider "acme" {    resource "acme_record" "www" {    (the type)
//	new Acme({    client = Acme(    acme.init({    (the callee)
//
// A block opened by a control word (else, try, do) or by a function's
// parameters names nothing. call says the name is a callee's.
func blockName(body []byte) (name []byte, call, ok bool) {
	head := trimSpaceRight(body[:len(body)-1])
	call = body[len(body)-1] == '('
	if h, found := bytes.CutSuffix(head, []byte("array")); found && call {
		head, call = trimSpaceRight(h), false // PHP's 'acme' => array(
	} else if h, found := bytes.CutSuffix(head, []byte("(")); found {
		head, call = trimSpaceRight(h), true // new Acme({
	}
	if call {
		name = head[lastNameStart(head):]
	} else {
		name = labelName(trimAssignment(head))
	}
	if len(name) == 0 || controlWords[string(name)] {
		return nil, false, false
	}
	return name, call, isSectionWord(name)
}

// controlWords open blocks that name nothing.
var controlWords = map[string]bool{
	"else": true, "try": true, "do": true, "finally": true, "begin": true, "then": true, "return": true,
	"if": true, "for": true, "while": true, "switch": true, "with": true, "catch": true, "when": true,
	"match": true, "case": true, "select": true, "function": true, "func": true, "def": true, "fn": true,
}

// trimAssignment returns head (without trailing spaces) without the
// operator that gives a name its block (=, :, =>, :=) and the spaces
// before it.
func trimAssignment(head []byte) []byte {
	for _, op := range []string{"=>", ":=", "=", ":"} {
		if h, ok := bytes.CutSuffix(head, []byte(op)); ok {
			return trimSpaceRight(h)
		}
	}
	return head
}

// labelName returns the name a block's head ends with: its last word,
// unquoted (acme, "acme", 'acme', :acme), or, when a word is followed by
// quoted labels only (Terraform's resource "acme_record" "www"), the
// first label, which names the provider's type.
func labelName(head []byte) []byte {
	var first, second, last []byte
	n := 0
	for f, rest := nextField(head); f != nil; f, rest = nextField(rest) {
		switch n {
		case 0:
			first = f
		case 1:
			second = f
		}
		last = f
		n++
	}
	if n >= 3 && isSectionWord(first) && isQuotedLabel(second) && isQuotedLabel(last) {
		last = second
	}
	return bytes.Trim(bytes.TrimPrefix(last, []byte(":")), `"'`)
}

// nextField returns the first field of s that spaces and tabs delimit,
// and what follows it; nil when s holds none.
func nextField(s []byte) (field, rest []byte) {
	i := leadingSpace(s)
	j := i
	for j < len(s) && s[j] != ' ' && s[j] != '\t' {
		j++
	}
	if i == j {
		return nil, nil
	}
	return s[i:j], s[j:]
}

// isQuotedLabel reports a word in double quotes.
func isQuotedLabel(w []byte) bool {
	return len(w) >= 2 && w[0] == '"' && w[len(w)-1] == '"'
}

// lastNameStart returns where the name that s ends with starts.
func lastNameStart(s []byte) int {
	i := len(s)
	for i > 0 && isNameByte(s[i-1]) {
		i--
	}
	return i
}

// trimSpaceRight returns line without its trailing spaces, tabs and \r.
func trimSpaceRight(line []byte) []byte {
	n := len(line)
	for n > 0 && (line[n-1] == ' ' || line[n-1] == '\t' || line[n-1] == '\r') {
		n--
	}
	return line[:n]
}

// leadingSpace returns how many spaces and tabs line starts with.
func leadingSpace(line []byte) int {
	i := 0
	for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
		i++
	}
	return i
}

// isSectionWord reports a section name made of letters, digits and the
// separators _ . -: what a provider's section is called.
func isSectionWord(name []byte) bool {
	if len(name) == 0 || len(name) > maxSectionName {
		return false
	}
	for _, c := range name {
		if !isNameByte(c) {
			return false
		}
	}
	return true
}

// entryValue splits an entry line `key: value`, `key = value`,
// `"key": value`, `'key' => value` or `:key => value` into its key and
// where its value starts.
func entryValue(body []byte) ([]byte, int, bool) {
	i := 0
	if len(body) > 0 && body[0] == ':' {
		i = 1 // a Ruby symbol
	}
	var quote byte
	if i < len(body) && (body[i] == '"' || body[i] == '\'') {
		quote = body[i]
		i++
	}
	start := i
	for i < len(body) && isNameByte(body[i]) {
		i++
	}
	key := body[start:i]
	if len(key) == 0 {
		return nil, 0, false
	}
	if quote != 0 {
		if i >= len(body) || body[i] != quote {
			return nil, 0, false
		}
		i++
	}
	i = skipBlanks(body, i)
	if i >= len(body) || body[i] != ':' && body[i] != '=' {
		return nil, 0, false
	}
	i++
	if body[i-1] == '=' && i < len(body) && body[i] == '>' {
		i++
	}
	i = skipBlanks(body, i)
	if len(body)-i < minGenericValue {
		return nil, 0, false
	}
	return key, i, true
}

// skipBlanks returns the index of the first byte of s at or after i that
// is not a space or a tab.
func skipBlanks(s []byte, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}

// credentialNameWords are the words an entry's name holds when its value
// may be a credential.
var credentialNameWords = [][]byte{
	[]byte("key"), []byte("secret"), []byte("token"), []byte("pass"), []byte("pwd"),
	[]byte("auth"), []byte("cred"), []byte("pat"), []byte("sid"), []byte("id"),
	[]byte("bearer"), []byte("hmac"), []byte("seed"), []byte("jwt"), []byte("signing"),
	[]byte("refresh"), []byte("encryption"), []byte("master"),
}

// isCredentialName reports whether an entry's name holds a credential word.
func isCredentialName(key []byte) bool {
	lower := bytes.ToLower(key)
	for _, w := range credentialNameWords {
		if bytes.Contains(lower, w) {
			return true
		}
	}
	return false
}
