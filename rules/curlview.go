package rules

import "bytes"

// Limits of the curl view.
const (
	// maxCurlCommands bounds the commands one file's view reads.
	maxCurlCommands = 256
	// maxCurlHits bounds the hits of "curl" one pass notes (libcurl and
	// curl_easy_setopt among them), so that a file of them costs bounded
	// memory.
	maxCurlHits = 16 * maxCurlCommands
	// maxCurlCommand bounds the bytes of one command, continuation lines
	// included.
	maxCurlCommand = 4 << 10
	// maxCurlHost is the longest scheme and host the view repeats.
	maxCurlHost = 128
)

// findCurlHeaders scans, at hits (where the plain pass found "curl"), the
// credentials a curl command sends (its -H and
// --header values, its -u and --user) each written after the scheme and
// host of the URL the command calls, on one line of a view:
//
//	curl -X GET \
//	  -H "X-Acme-Key: …" \
//	  https://api.acme.com/v1/items
//
// reads as `curl https://api.acme.com -H "X-Acme-Key: …"`. A provider rule
// that knows its key by the API's host (acme before a key word, within a
// line) then finds it whatever the order of the arguments and however
// the command is split across lines; docs write the header first as
// often as last. A secret found is reported at the file's offsets.
func (m *Matcher) findCurlHeaders(data []byte, hits []int, earlier []Match) []Match {
	if len(hits) == 0 {
		return nil
	}
	v := m.resetView()
	addCurlCommands(v, data, hits, m.stopped)
	if len(v.pieces) == 0 {
		return nil
	}
	return m.findInView(v, earlier)
}

// addCurlCommands adds to v the credential arguments of the curl commands
// at hits (where data holds "curl", in any case, ascending; see
// addCurlCommand), until stopped says to stop.
func addCurlCommands(v *view, data []byte, hits []int, stopped func() bool) {
	commands, next := 0, 0
	for _, start := range hits {
		if start < next || commands == maxCurlCommands || stopped() {
			continue
		}
		at := start + len(curlCommand)
		if start > 0 && isCommandNameByte(data[start-1]) || at >= len(data) || data[at] != ' ' && data[at] != '\t' {
			continue // curl_easy_setopt, libcurl, scurl
		}
		next = commandEnd(data, at)
		commands++
		if !v.full(next-start+maxCurlHost, 64) {
			addCurlCommand(v, data, at, next)
		}
	}
}

// curlCommand is the command the curl view reads.
const curlCommand = "curl"

// isCommandNameByte reports a byte that may continue a command's name.
func isCommandNameByte(c byte) bool { return isNameByte(c) || c == '/' }

// commandEnd returns where the shell command whose arguments start at
// data[from:] ends: its line's end, or a later line's when the line ends
// in a continuation (\ in sh, ^ in cmd, ` in PowerShell), bounded by
// maxCurlCommand.
func commandEnd(data []byte, from int) int {
	limit := min(len(data), from+maxCurlCommand)
	for pos := from; ; {
		nl := bytes.IndexByte(data[pos:limit], '\n')
		if nl < 0 {
			return limit
		}
		line := trimSpaceRight(data[pos : pos+nl])
		if n := len(line); n == 0 || line[n-1] != '\\' && line[n-1] != '^' && line[n-1] != '`' {
			return pos + nl
		}
		pos += nl + 1
	}
}

// addCurlCommand adds to v one line per credential argument of the curl
// command whose arguments are data[from:to]: the URL's scheme and host,
// then the argument as it stands. A command without a literal URL adds
// nothing.
func addCurlCommand(v *view, data []byte, from, to int) {
	cmd := data[from:to]
	host := urlHost(cmd)
	if host == nil {
		return
	}
	for i := 0; i < len(cmd); {
		opt, arg := nextCredentialArg(cmd, i)
		if opt < 0 {
			return
		}
		v.text = append(v.text, "curl "...)
		v.text = append(v.text, host...)
		v.text = append(v.text, ' ')
		v.copyRaw(data, from+opt, from+arg, false)
		end := argEnd(cmd, arg)
		v.copyRaw(data, from+arg, from+end, true)
		v.text = append(v.text, '\n')
		i = end
	}
}

// urlHost returns the scheme and host of the first http or https URL in
// cmd (https://api.acme.com), or nil.
func urlHost(cmd []byte) []byte {
	i := bytes.Index(cmd, []byte("http"))
	for ; i >= 0; i = nextIndex(cmd, i+4, "http") {
		rest := cmd[i:]
		var n int
		switch {
		case bytes.HasPrefix(rest, []byte("https://")):
			n = len("https://")
		case bytes.HasPrefix(rest, []byte("http://")):
			n = len("http://")
		default:
			continue
		}
		end := n
		for end < len(rest) && end < maxCurlHost && isHostByte(rest[end]) {
			end++
		}
		if end > n {
			return rest[:end]
		}
	}
	return nil
}

// nextIndex is bytes.Index of sep in s from from on, at s's offsets, or -1.
func nextIndex(s []byte, from int, sep string) int {
	if from >= len(s) {
		return -1
	}
	if i := bytes.Index(s[from:], []byte(sep)); i >= 0 {
		return from + i
	}
	return -1
}

// isHostByte reports a byte of a URL's host and port.
func isHostByte(c byte) bool { return isNameByte(c) || c == ':' }

// curlCredentialOptions are the options whose argument carries a
// credential: a header, or a user and password.
var curlCredentialOptions = []string{"-H", "--header", "-u", "--user"}

// nextCredentialArg finds the next credential option of cmd from i on:
// where the option starts and where its argument starts (past blanks or
// an =), or -1, -1. An option may open a continuation line unindented, as
// Postman's code export writes them (curl --location '…' \⏎--header '…').
func nextCredentialArg(cmd []byte, i int) (opt, arg int) {
	for ; i < len(cmd); i++ {
		if cmd[i] != '-' || i > 0 && !isArgSpace(cmd[i-1]) && cmd[i-1] != '\n' {
			continue
		}
		for _, o := range curlCredentialOptions {
			if !bytes.HasPrefix(cmd[i:], []byte(o)) {
				continue
			}
			j := i + len(o)
			if j < len(cmd) && cmd[j] == '=' && o[1] == '-' {
				return i, j + 1
			}
			if j < len(cmd) && isArgSpace(cmd[j]) {
				for j < len(cmd) && isArgSpace(cmd[j]) {
					j++
				}
				return i, j
			}
		}
	}
	return -1, -1
}

// isArgSpace reports a byte that separates a command's arguments.
func isArgSpace(c byte) bool { return c == ' ' || c == '\t' }

// argEnd returns where the argument starting at cmd[i] ends: its closing
// quote's end when quoted, else the next blank or line end.
func argEnd(cmd []byte, i int) int {
	if i < len(cmd) && (cmd[i] == '"' || cmd[i] == '\'') {
		if j := bytes.IndexByte(cmd[i+1:], cmd[i]); j >= 0 {
			return i + 1 + j + 1
		}
	}
	j := i
	for j < len(cmd) && !isArgSpace(cmd[j]) && cmd[j] != '\n' && cmd[j] != '\r' {
		j++
	}
	return j
}
