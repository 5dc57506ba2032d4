package rules_test

import (
	"strings"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
)

// TestProviderRulesReadForms checks, end to end with the default ruleset,
// that provider rules of both name-part shapes (lmnt's, whose blanks may
// cross lines, and acuity's, whose blanks stay on the line) find their
// value in every form plainAssignments rewrites, and in the Terraform
// variable and ECS pair that the nested pass and the window read.
func TestProviderRulesReadForms(t *testing.T) {
	t.Parallel()
	m := loadDefault(t).NewMatcher()
	forms := []string{
		`const k = process.env.{NAME} || '{V}';`,
		`k = os.getenv("{NAME}") or "{V}"`,
		`$k = getenv('{NAME}') ?: '{V}';`,
		`var k = Environment.GetEnvironmentVariable("{NAME}") ?? "{V}";`,
		`k = ENV.fetch("{NAME}") { "{V}" }`,
		`let k = std::env::var("{NAME}").unwrap_or_else(|_| "{V}".to_string());`,
		`String k = Optional.ofNullable(System.getenv("{NAME}")).orElse("{V}");`,
		`{NAME}: str = "{V}"`,
		"services:\n  api:\n    environment:\n      {NAME}: ${{NAME}:-{V}}\n",
		`[{ "name": "{NAME}", "value": "{V}" }]`,
		"{\n  \"environment\": [\n    {\n      \"name\": \"{NAME}\",\n      \"value\": \"{V}\"\n    }\n  ]\n}\n",
		"env:\n  - name: {NAME}\n    value: \"{V}\"\n",
		"variable \"{snake}\" {\n  type      = string\n  sensitive = true\n  default   = \"{V}\"\n}\n",
	}
	g := fake.New(7)
	for _, rule := range []struct{ id, name string }{
		{"lmnt-api-key", "LMNT_API_KEY"},
		{"acuity-scheduling-api-key", "ACUITY_API_KEY"},
	} {
		for _, form := range forms {
			value := g.Hex(32)
			text := strings.NewReplacer("{NAME}", rule.name, "{snake}", strings.ToLower(rule.name), "{V}", value).Replace(form)
			found := ruleAt(m.Find([]byte(text)), text, value) == rule.id
			if !found {
				t.Errorf("%s does not find its value in:\n%s", rule.id, text)
			}
		}
	}
}
