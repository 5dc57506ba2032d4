package rules

import "testing"

func TestPlainAssignments(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		text, want string // want "" when nothing is rewritten
	}{
		{`const k = process.env.ACME_KEY || 'v1'`, `const k = process.env.ACME_KEY  = 'v1'`},
		{`const k = process.env.ACME_KEY ?? "v1"`, `const k = process.env.ACME_KEY  = "v1"`},
		{`k = os.getenv("ACME_KEY") or "v1"`, `k = os.getenv("ACME_KEY"    ="v1"`},
		{`$k = getenv('ACME_KEY') ?: 'v1';`, `$k = getenv('ACME_KEY'   = 'v1';`},
		{`var k = Environment.GetEnvironmentVariable("ACME_KEY") ?? "v1";`, `var k = Environment.GetEnvironmentVariable("ACME_KEY"   = "v1";`},
		{`k = ENV.fetch("ACME_KEY") { "v1" }`, `k = ENV.fetch("ACME_KEY"  = "v1" }`},
		{`env::var("ACME_KEY").unwrap_or("v1")`, `env::var("ACME_KEY"           ="v1")`},
		{`env::var("ACME_KEY").unwrap_or_else(|_| "v1".into())`, `env::var("ACME_KEY"                   = "v1".into())`},
		{`Optional.ofNullable(System.getenv("ACME_KEY")).orElse("v1")`, `Optional.ofNullable(System.getenv("ACME_KEY"         ="v1")`},
		{`ACME_KEY: ${ACME_KEY:-v1}`, `ACME_KEY: ${ACME_KEY:=v1}`},
		{`{ "name": "ACME_KEY", "value": "v1" }`, `{ "name": "ACME_KEY"         : "v1" }`},
		{"\"name\": \"ACME_KEY\",\n  \"value\": \"v1\"", "\"name\": \"ACME_KEY\"           : \"v1\""},
		{"- name: ACME_KEY\n  value: \"v1\"", "- name: ACME_KEY        : \"v1\""},
		{"- name: ACME_KEY\r\n  value: v1", "- name: ACME_KEY         : v1"},
		{`- {name: ACME_KEY, value: v1}`, `- {name: ACME_KEY       : v1}`},
		{`ACME_KEY: str = "v1"`, `ACME_KEY      = "v1"`},
		{`acmeKey: string = "v1";`, `acmeKey         = "v1";`},
		{`val acmeKey: String = "v1"`, `val acmeKey         = "v1"`},
		{`ACME_KEY: Final[str] = "v1"`, `ACME_KEY             = "v1"`},
		{`acme_key: Optional[str] = 'v1'`, `acme_key                = 'v1'`},
		{`let acme_key: &'static str = "v1";`, `let acme_key               = "v1";`},
		// not these: no quote after the operator, a comparison, no
		// assignment after the type, another type, a word ending in or
		{`ok := a || b`, ""},
		{`if acme_key: str == "v1"`, ""},
		{`def f(acme_key: str) -> None:`, ""},
		{`ACME_KEY: int = 5`, ""},
		{`color "red"`, ""},
		{`x = cond ?: fallback`, ""},
		{`echo ${ACME_KEY:-}`, ""},
		{`echo $ACME_KEY:-v1`, ""},
		{`f(a, value)`, ""},
		{`if (ok) { return }`, ""},
	} {
		got := plainAssignments([]byte(tc.text), findAssignmentForms(nil, []byte(tc.text)), nil)
		if tc.want == "" {
			if got != nil {
				t.Errorf("%q: rewritten as %q, want no change", tc.text, got)
			}
			continue
		}
		if string(got) != tc.want {
			t.Errorf("%q:\n got %q\nwant %q", tc.text, got, tc.want)
		}
		if len(got) != len(tc.text) {
			t.Errorf("%q: length %d, want %d", tc.text, len(got), len(tc.text))
		}
	}
}
