package rules

import "bytes"

// Provider rules read a value after its name and an assignment (ACME_KEY
// = "…", acme_key: "…"). Other ways to write one are common in code and
// configuration, with the name and the value on one line:
//
//   - a fallback after an environment lookup: process.env.ACME_KEY || '…',
//     ?? '…', getenv("ACME_KEY") or '…', PHP's and Kotlin's ?: '…',
//     Ruby's ENV.fetch("ACME_KEY") { '…' }, Rust's .unwrap_or("…") and
//     .unwrap_or_else(|_| "…"), Java's .orElse("…");
//   - a type annotation between the name and the value (ACME_KEY: str =
//     "…", acmeKey: string = "…");
//   - a shell or Compose default, ${ACME_KEY:-…};
//   - a name/value pair, { "name": "ACME_KEY", "value": "…" } (an ECS task
//     definition) or - name: ACME_KEY⏎  value: … (a Kubernetes env entry),
//     whose value may be on the next line.
//
// The generic rules' patterns take most of them; rather than write them
// into every provider rule's pattern, the matcher searches a window that
// holds one a second time as plainAssignments rewrites it (see
// searchFrom): the form written as an assignment in place, to the same
// length (ACME_KEY || '…' as ACME_KEY  = '…', getenv("ACME_KEY") ?: '…'
// as getenv("ACME_KEY"   = '…', "ACME_KEY",⏎ "value": "…" as
// "ACME_KEY"           : "…").
//
// The forms are found by hand in one pass over the window, not by a
// regexp, and only in a window that holds its rule's required texts and
// run: a regexp asked in every provider rule's window cost a quarter more
// instructions on a scan of Git's sources.

// formRewrite is one rewrite of plainAssignments: data[from:to] becomes
// blanks that end in with.
type formRewrite struct {
	from, to int
	with     string
}

// formStarts are the bytes a form's operator starts with.
var formStarts = func() (t [256]bool) {
	for _, c := range []byte("|?:).{,\n") {
		t[c] = true
	}
	return t
}()

// findAssignmentForms appends to out the rewrites that write data's forms
// (see above) as assignments. data is a window, whose length bounds what
// out grows by; the rewrites do not overlap and come in order.
func findAssignmentForms(out []formRewrite, data []byte) []formRewrite {
	for i := 0; i < len(data); i++ {
		if !formStarts[data[i]] {
			continue
		}
		if n := len(out); n > 0 && i < out[n-1].to {
			continue // inside the last rewrite: )) or … after ) or
		}
		f, ok := formAt(data, i)
		if !ok {
			continue
		}
		if n := len(out); n > 0 {
			f.from = max(f.from, out[n-1].to) // the blanks a lookup's ) ends with
		}
		out = append(out, f)
		i = f.to - 1
	}
	return out
}

// formAt returns the rewrite of the form whose operator starts at data[i],
// if one does.
func formAt(data []byte, i int) (formRewrite, bool) {
	switch data[i] {
	case ':':
		if eq := stringAnnotationEnd(data, i+1); eq > 0 {
			return formRewrite{i, eq, ""}, true
		}
		if shellDefault(data, i) {
			return formRewrite{i, i + 2, ":="}, true
		}
	case ',', '\n':
		if to := pairValueLabelEnd(data, i); to > 0 {
			if data[i] == '\n' && i > 0 && data[i-1] == '\r' {
				i--
			}
			return formRewrite{i, to, ":"}, true
		}
	default:
		for _, op := range fallbackOperators {
			if bytes.HasPrefix(data[i:], op) && quotedNext(data[i+len(op):]) {
				return formRewrite{closingParens(data, i), i + len(op), "="}, true
			}
		}
	}
	return formRewrite{}, false
}

// plainAssignments returns text with forms (findAssignmentForms of text)
// applied, in buf (reused), or nil when there are none. The result has
// text's length and its bytes everywhere else, so a match in it is a
// match at the same offsets of text, with the same value.
func plainAssignments(text []byte, forms []formRewrite, buf []byte) []byte {
	if len(forms) == 0 {
		return nil
	}
	out := append(buf[:0], text...)
	for _, f := range forms {
		for k := f.from; k < f.to; k++ {
			out[k] = ' '
		}
		copy(out[f.to-len(f.with):f.to], f.with)
	}
	return out
}

// fallbackOperators give a default when what precedes them is unset, in
// JavaScript, C#, PHP, Kotlin, Python, Ruby, Rust and Java. Python's or
// is sought after a call's ) since a search for " or " stops at every
// blank; the ( or { that opens the default is the operator's, so the
// value after it is quoted next.
var fallbackOperators = [][]byte{
	[]byte("||"), []byte("??"), []byte("?:"), []byte(") or "), []byte(") {"),
	[]byte(").unwrap_or("), []byte(").unwrap_or_else(|_|"), []byte(").unwrap_or_else(||"),
	[]byte(").orElse("),
}

// closingParens returns where the ) and blanks that close a lookup before
// the operator at i start (getenv("ACME_KEY") ?? …): the rewrite blanks
// them too, since a rule's name part ends at the name's quote.
func closingParens(data []byte, i int) int {
	for i > 0 && (data[i-1] == ')' || data[i-1] == ' ' || data[i-1] == '\t') {
		i--
	}
	return i
}

// shellDefault reports whether the :- at data[i] gives the default of a
// shell or Compose parameter, ${ACME_KEY:-…}, which reads as ${ACME_KEY:=…}.
func shellDefault(data []byte, i int) bool {
	if i+2 >= len(data) || data[i+1] != '-' || data[i+2] == '}' {
		return false
	}
	j := i
	for j > 0 && isIdentByte(data[j-1]) {
		j--
	}
	return j < i && j >= 2 && data[j-1] == '{' && data[j-2] == '$'
}

// isIdentByte reports a byte of a shell variable's name.
func isIdentByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// pairValueLabelEnd returns the end of the value's label of a name/value
// pair, its colon included, when the comma or line end at data[i]
// separates them: the name (quoted or not) before it, then blanks and
// "value": or value: , as in { "name": "ACME_KEY", "value": "…" } or a
// Kubernetes env entry (- name: ACME_KEY⏎  value: …). It returns 0
// otherwise. The blanks may hold a new line, which the rewrite blanks too:
// a rule's name part ends on its name's line.
func pairValueLabelEnd(data []byte, i int) int {
	before := i
	if data[i] == '\n' && before > 0 && data[before-1] == '\r' {
		before--
	}
	if before == 0 || !isQuote(data[before-1]) && !isIdentByte(data[before-1]) {
		return 0
	}
	j := i + 1
	for j < len(data) && (data[j] == ' ' || data[j] == '\t' || data[j] == '\n' || data[j] == '\r') {
		j++
	}
	rest := data[j:]
	for _, labels := range [][][]byte{jsonValueLabels, plainValueLabels} {
		for _, label := range labels {
			if !bytes.HasPrefix(rest, label) {
				continue
			}
			k := j + len(label)
			k += leadingSpace(data[k:])
			if k < len(data) && data[k] == ':' {
				return k + 1
			}
		}
	}
	return 0
}

// Labels of a name/value pair's parts: JSON's (ECS, CloudFormation) and
// the unquoted ones of YAML and single-quoted ones of other formats.
var (
	jsonNameLabels   = [][]byte{[]byte(`"name"`), []byte(`"Name"`)}
	jsonValueLabels  = [][]byte{[]byte(`"value"`), []byte(`"Value"`)}
	plainValueLabels = [][]byte{[]byte(`'value'`), []byte("value"), []byte("Value")}
)

// hasAnyPrefix reports whether s starts with one of prefixes.
func hasAnyPrefix(s []byte, prefixes [][]byte) bool {
	for _, p := range prefixes {
		if bytes.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// quotedNext reports whether s, after blanks, starts a quoted value.
func quotedNext(s []byte) bool {
	s = s[leadingSpace(s):]
	return len(s) > 0 && isQuote(s[0])
}

// stringTypes are the string types an annotation may name: Python's str
// (bare, Final or Optional), pydantic's SecretStr, TypeScript's string,
// Kotlin's and Scala's String, Rust's &str and &'static str.
var stringTypes = [][]byte{
	[]byte("str"), []byte("string"), []byte("String"), []byte("SecretStr"),
	[]byte("Final[str]"), []byte("Optional[str]"), []byte("&str"), []byte("&'static str"),
}

// typeStarts are the first bytes of stringTypes.
var typeStarts = func() (first [256]bool) {
	for _, t := range stringTypes {
		first[t[0]] = true
	}
	return first
}()

// stringAnnotationEnd returns where the = after a string type annotation
// that starts at text[from:] (after its colon) is, or 0 when there is
// none: blanks, a type of stringTypes, an optional ?, blanks, then = and
// no second =.
func stringAnnotationEnd(text []byte, from int) int {
	i := from + leadingSpace(text[from:])
	if i == len(text) || !typeStarts[text[i]] {
		return 0 // most colons: a label, a key, a scheme
	}
	n := 0
	for _, t := range stringTypes {
		if bytes.HasPrefix(text[i:], t) && len(t) > n {
			n = len(t)
		}
	}
	if n == 0 {
		return 0
	}
	i += n
	if i < len(text) && text[i] == '?' {
		i++
	}
	i += leadingSpace(text[i:])
	if i+1 >= len(text) || text[i] != '=' || text[i+1] == '=' {
		return 0
	}
	return i
}
