package rules

import "bytes"

// Provider rules read a value after its name and an assignment (ACME_KEY
// = "…", acme_key: "…"). Two more ways to write one are common in code:
// a fallback after an environment lookup (process.env.ACME_KEY || '…',
// ?? '…', Python's or '…') and a type annotation between the name and
// the value (ACME_KEY: str = "…", acmeKey: string = "…"). The generic
// rules' patterns take both; rather than write them into every provider
// rule's pattern, the matcher searches a window that holds one a second
// time as plainAssignments rewrites it (see searchFrom).
//
// The forms are found by hand, not by a regexp, and only in a window that
// holds its rule's required texts and run: a regexp asked in every
// provider rule's window cost a quarter more instructions on a scan of
// Git's sources, the search as written here nothing measurable there and
// 1.3 % on a Python library.

// formRewrite is one rewrite of plainAssignments: data[from:to] becomes
// blanks that end in with.
type formRewrite struct {
	from, to int
	with     string
}

// findAssignmentForms appends to out the rewrites that write data's
// fallbacks before a quoted value as assignments (|| and ?? as " =", or
// as "  = ") and blank its string type annotations up to their =. data
// is a window, whose length bounds what out grows by.
func findAssignmentForms(out []formRewrite, data []byte) []formRewrite {
	for _, op := range fallbackOperators {
		for at := 0; ; {
			i := bytes.Index(data[at:], op)
			if i < 0 {
				break
			}
			i += at
			at = i + len(op)
			if quotedNext(data[at:]) {
				out = append(out, fallbackRewrite(op, i))
			}
		}
	}
	for at := 0; ; {
		i := bytes.IndexByte(data[at:], ':')
		if i < 0 {
			break
		}
		i += at
		at = i + 1
		if eq := stringAnnotationEnd(data, at); eq > 0 {
			out = append(out, formRewrite{i, eq, ""})
			at = eq
		}
	}
	return out
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

// fallbackOperators give a default when what precedes them is unset:
// JavaScript's || and ??, and Python's or after a call (getenv("…") or
// "…"), sought with its ) since a search for " or " stops at every blank.
var fallbackOperators = [][]byte{[]byte("||"), []byte("??"), []byte(") or ")}

// fallbackRewrite returns the rewrite of op found at i: its operator's
// bytes blank but for an = in their last non-blank place.
func fallbackRewrite(op []byte, i int) formRewrite {
	if op[0] == ')' {
		return formRewrite{i + 1, i + len(op), "= "}
	}
	return formRewrite{i, i + len(op), "="}
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
