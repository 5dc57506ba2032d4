package rules

import (
	"bytes"
	"encoding/base64"
	"slices"
)

// Limits of the Kubernetes Secret reading.
const (
	// secretDocReach is how far above and below a `kind: Secret` line its
	// document's data: section is looked for, each way.
	secretDocReach = 64 << 10
	// maxSecretDocs bounds the Secret documents one pass reads, so that a
	// hostile file of many `kind: Secret` lines costs a bounded pass.
	maxSecretDocs = 64
)

// secretKindKeywords note the lines that may say a manifest is a
// Kubernetes Secret (sectionKeywords); isSecretKind judges them.
var secretKindKeywords = []string{"kind: secret", "kind: \"secret", "kind: 'secret", "\"kind\": \"secret", "\"kind\":\"secret"}

// isSecretKind reports whether body, a line without its indentation,
// says its document is a Kubernetes Secret: `kind: Secret` (quoted or
// not, as a list item's first key or not) or JSON's `"kind": "Secret",`.
// A SecretStore or SecretProviderClass is not one.
func isSecretKind(body []byte) bool {
	b := bytes.TrimPrefix(body, []byte("- "))
	b = bytes.TrimSuffix(trimSpaceRight(b), []byte(","))
	key, value, ok := bytes.Cut(b, []byte(":"))
	if !ok || string(bytes.Trim(key, `"`)) != "kind" {
		return false
	}
	value = bytes.TrimSpace(value)
	if len(value) >= 2 && (value[0] == '"' || value[0] == '\'') && value[len(value)-1] == value[0] {
		value = value[1 : len(value)-1]
	}
	return bytes.EqualFold(value, []byte("secret"))
}

// secretDataEntries appends to out the entries of the data: section of
// the Secret whose kind line starts at pos, indented by lead: every value
// there is a secret, base64-encoded. Each entry's value is decoded and
// named for what it is (acme: → acme_secret, db_password stays), so that
// every rule reads `acme_secret: <decoded>`. Entries about the secret
// (username, host, tls.crt: secretNameSkips) and values that do not
// decode to one line of text are left out; a multi-line value (a PEM key,
// a .dockerconfigjson) is the decoding pass's (findEncoded).
func secretDataEntries(out []listedEntry, data []byte, pos, lead int) []listedEntry {
	keyIndent := lead
	if bytes.HasPrefix(data[pos+lead:], []byte("- ")) {
		keyIndent += 2 // the Secret is an item of a list (kind: List)
	}
	header, ok := secretDataHeader(data, pos, keyIndent)
	if !ok {
		return out
	}
	first := len(out)
	out = appendEntries(out, data, lineEndAfter(data, header, lineSpan), keyIndent, false, secretEntryName)
	decoded := out[:first]
	for _, e := range out[first:] {
		if decodeSecretValue(data, &e) {
			decoded = append(decoded, e)
		}
	}
	return decoded
}

// secretDataHeader finds the data: line of the document holding the line
// at pos, among the document's keys at indentation keyIndent: above and
// below pos, up to a document separator (---), a line indented less (the
// document, or the list item, ends) or secretDocReach bytes.
func secretDataHeader(data []byte, pos, keyIndent int) (int, bool) {
	// Below: from the line after pos.
	for at := lineEndAfter(data, pos, lineSpan) + 1; at < len(data) && at-pos < secretDocReach; {
		end := lineEndAfter(data, at, lineSpan)
		if header, stop := secretDataLine(data[at:end], keyIndent); header || stop {
			return at, header
		}
		at = end + 1
	}
	return secretDataAbove(data, pos, keyIndent)
}

// secretDataAbove looks for the data: line above the line at pos.
func secretDataAbove(data []byte, pos, keyIndent int) (int, bool) {
	stop := max(0, pos-secretDocReach)
	for end := pos - 1; end > stop; {
		start := bytes.LastIndexByte(data[stop:end], '\n') + 1 + stop
		if header, done := secretDataLine(data[start:end], keyIndent); header || done {
			return start, header
		}
		end = start - 1
	}
	return 0, false
}

// secretDataLine judges one line of a Secret's document: header when it
// opens the data: section at keyIndent, stop when the document ends there.
func secretDataLine(raw []byte, keyIndent int) (header, stop bool) {
	line := trimSpaceRight(raw)
	ind := leadingSpace(line)
	body := line[ind:]
	switch {
	case len(body) == 0 || body[0] == '#':
		return false, false
	case bytes.HasPrefix(body, []byte("---")):
		return false, true
	case ind < keyIndent:
		// the document's (or list item's) first line may hold a key too
		item := bytes.HasPrefix(body, []byte("- ")) && ind+2 == keyIndent
		return item && isDataHeader(body[2:]), true
	case ind > keyIndent:
		return false, false
	}
	return isDataHeader(body), false
}

// isDataHeader reports a line (without indentation) opening a data:
// mapping: `data:` or JSON's `"data": {`.
func isDataHeader(body []byte) bool {
	name, ok := sectionName(body)
	return ok && string(name) == "data"
}

// secretEntryName names an entry of a Secret's data: for what it is: its
// own name when that says credential (db_password), else joined to the
// secret word (acme → acme_secret); nil for an entry about the secret
// (username, host, tls.crt: secretNameSkips).
func secretEntryName(key []byte) []byte {
	own := false
	for _, w := range nameWords(key) {
		if secretNameSkips[w] {
			return nil
		}
		own = own || listedNameSkips[w]
	}
	if own {
		return slices.Clip(key)
	}
	return append(slices.Clip(key), "_secret"...)
}

// decodeSecretValue sets e's span to its value without quotes and e's
// decoded value, and reports whether the value decodes, as base64, to
// one line of printable text long enough for a secret.
func decodeSecretValue(data []byte, e *listedEntry) bool {
	start, end := quotedValueSpan(data, e.start, e.end)
	decoded, err := base64.StdEncoding.DecodeString(string(data[start:end]))
	if err != nil {
		return false
	}
	decoded = bytes.TrimRight(decoded, "\r\n") // echo "pw" | base64 keeps the newline
	if len(decoded) < minGenericValue || !printableASCII(decoded) {
		return false
	}
	e.start, e.end, e.decoded = start, end, decoded
	return true
}

// quotedValueSpan returns the span of the value in data[start:end]
// without a trailing comma (JSON) or the quotes around it (unquote).
func quotedValueSpan(data []byte, start, end int) (int, int) {
	if end > start && data[end-1] == ',' {
		end--
	}
	return unquote(data, start, end)
}
