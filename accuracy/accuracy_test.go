package accuracy_test

// The accuracy report: a labelled corpus of realistic files generated at
// run time, the full default ruleset run over it, and precision and recall
// per rule and overall. See docs/accuracy.md, which this file writes when
// run with -update.
//
// Nothing token-shaped is written into the repository: every secret comes
// from the rules' generated cases (allCases) and every hard negative from
// internal/fake, both seeded.
//
// Counting, per rule R (a "case snippet" is one of a rule's generated
// positive or negative cases, embedded whole in a host file):
//
//   - Label: each embedded positive of R is labelled with R and its byte
//     span; a file carries at most one positive of any one rule.
//   - TP: a label of R that a finding of R overlaps.
//   - FN: a label of R that no finding of R overlaps. When another rule
//     reports a secret in the snippet, the FN is also counted as "caught
//     elsewhere" (the secret is reported, under another rule's name).
//   - overlap: a finding of another rule that overlaps the secret of a
//     finding of the label's rule (two rules naming one secret). Neither
//     TP nor FP: this is the only exception to the FP rule below.
//   - unjudged: a finding of R inside a case snippet of another rule that
//     is not an overlap. A case is only labelled for its own rule: a
//     provider rule's negative (DIGITALOCEAN_TOKEN=<wrong shape>) is often a
//     fair catch for generic-secret, and a positive may carry a second
//     secret (an AWS key id beside the secret key). Neither TP nor FP.
//   - FP: every other finding of R: in filler lines, in hard-negative
//     files, in redacted positives, in R's own negative cases, or outside
//     its own label in a file labelled with R.
//   - Extra findings of R inside its own label are not counted again.
//
// Precision = TP/(TP+FP), recall = TP/(TP+FN); the overall figures are
// micro-averaged (sums over rules). Rules without generated cases have no
// labels: their recall is undefined, but their false positives count.
// Path allowlists (lockfiles, go.sum) are not applied: the corpus measures
// what the matcher does with a file's content.

import (
	"bytes"
	"cmp"
	"encoding/base64"
	"encoding/json"
	"flag"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
	"github.com/keysieve/keysieve/internal/rulecases"
	"github.com/keysieve/keysieve/rules"
)

var update = flag.Bool("update", false, "rewrite ../docs/accuracy.md from TestAccuracy")

// docMu serialises the tests' rewrites of docs/accuracy.md under -update:
// they run in parallel, and each rewrites its own region of the file.
var docMu sync.Mutex

// Thresholds TestAccuracy enforces; README.md ("## Accuracy") states them.
const (
	minPrecision  = 0.95 // overall, micro-averaged
	minRecall     = 0.97 // overall, micro-averaged
	minRuleRecall = 0.80 // every rule that has generated cases
)

// accuracySeeds are the seeds each rule's cases are built from. Building
// is the costly part (some builders generate keys), so there are two seeds
// and each positive is placed in placements different host formats.
var accuracySeeds = []uint64{1, 2}

const placements = 2

// maxPositivesPerSeed and maxNegativesPerSeed cap how many cases of one
// rule one seed adds, which keeps the corpus small enough for -race on two
// cores; only a seed's first positive is also added redacted.
const (
	maxPositivesPerSeed = 3
	maxNegativesPerSeed = 2
)

// accLabel is one embedded positive: rule id and byte span in the file.
type accLabel struct {
	rule       string
	start, end int
	neg        bool // a negative case of rule, not a positive
}

// accCorpusFile is one generated file of the corpus.
type accCorpusFile struct {
	name   string
	format string
	kind   string // "positive", "redacted", "case-negative" or "hard-negative"
	data   []byte
	labels []accLabel
}

// accSnippet is a text to embed in a host file, labelled with a rule or not.
type accSnippet struct {
	text string
	rule string // the rule whose case this is; "" for redacted positives
	neg  bool   // a negative case of rule
}

// ------------------------------------------------------------------ noise

// accNoise makes benign values that look random: the hard negatives.
type accNoise struct{ g *fake.Gen }

func (n accNoise) uuid() string {
	h := n.g.Hex(32)
	return h[:8] + "-" + h[8:12] + "-4" + h[13:16] + "-" + n.g.Pick("8", "9", "a", "b") + h[17:20] + "-" + h[20:]
}

// bytes returns k random bytes.
func (n accNoise) bytes(k int) []byte {
	b := make([]byte, k)
	for i := range b {
		b[i] = byte(n.g.IntN(256))
	}
	return b
}

func (n accNoise) gitSHA() string   { return n.g.Hex(40) }
func (n accNoise) shortSHA() string { return n.g.Hex(7) }
func (n accNoise) sha256() string   { return "sha256:" + n.g.Hex(64) }
func (n accNoise) integrity() string {
	return "sha512-" + base64.StdEncoding.EncodeToString(n.bytes(64))
}
func (n accNoise) h1() string { return "h1:" + base64.StdEncoding.EncodeToString(n.bytes(32)) }

// pngDataURI returns a small base64 PNG as a data: URI.
func (n accNoise) pngDataURI() string {
	raw := append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), n.bytes(48+n.g.IntN(96))...)
	return "data:image/png;base64," + base64.StdEncoding.EncodeToString(raw)
}

// ident returns a random identifier such as code generators emit.
func (n accNoise) ident() string {
	return n.g.String(fake.Lower, 1) + n.g.Alnum(15+n.g.IntN(10))
}

// placeholder returns a stand-in for a secret, as templates and docs write it.
func (n accNoise) placeholder() string {
	switch n.g.IntN(20) {
	case 0:
		return "your-api-key"
	case 1:
		return "${" + strings.ToUpper(n.g.String(fake.Lower, 6)) + "_TOKEN}"
	case 2:
		return "<token>"
	case 3:
		return strings.Repeat("x", 32)
	case 4:
		return "{{ .Values.auth.secret }}"
	case 5:
		return n.g.String(fake.Upper+fake.Digits, 12) + "EXAMPLE"
	case 6:
		return n.g.String(fake.Base64, 30) + "EXAMPLEKEY"
	case 7:
		return "changeme"
	case 8:
		return "<YOUR_PASSWORD>"
	case 9:
		return "REDACTED"
	case 10:
		return "os.environ['API_TOKEN']"
	case 11:
		return "YourTokenHere" + n.g.String(fake.Digits, 4)
	case 12:
		return "INSERT-TOKEN-HERE"
	case 13:
		return "__" + strings.ToUpper(n.g.String(fake.Lower, 6)) + "_TOKEN__"
	case 14:
		return "@@DB_PASSWORD@@"
	case 15:
		return "%GITHUB_TOKEN%"
	case 16:
		return "$DB_PASSWORD"
	case 17:
		return "[API_KEY_GOES_HERE]"
	case 18:
		return "not-a-real-secret"
	default:
		return "your_secret_here"
	}
}

// kv returns a benign key and value: a hash, an id or a placeholder under
// a name that reads like a secret's or a digest's.
func (n accNoise) kv() (string, string) {
	switch n.g.IntN(34) {
	case 0:
		return "request_id", n.uuid()
	case 1:
		return "commit", n.gitSHA()
	case 2:
		return "short_sha", n.shortSHA()
	case 3:
		return "image_digest", n.sha256()
	case 4:
		return "integrity", n.integrity()
	case 5:
		return "checksum", n.g.Hex(64)
	case 6:
		return "trace_id", n.g.Hex(32)
	case 7:
		return "correlation_id", n.ident()
	case 8:
		return "build_number", n.g.String(fake.Digits, 6)
	case 9:
		return "tenant_id", n.uuid()
	case 10:
		return "logo", n.pngDataURI()
	case 11:
		return "api_key", n.placeholder()
	case 12:
		return "password", n.placeholder()
	case 13:
		return "client_secret", n.placeholder()
	case 14:
		return "access_token", n.placeholder()
	case 15:
		return "token_url", "https://login.microsoftonline.com/" + n.uuid() + "/oauth2/v2.0/token"
	case 16:
		return "private_key_path", "/etc/ssl/private/" + n.g.String(fake.Lower, 8) + ".pem"
	case 17:
		return "secret_name", "projects/" + n.g.String(fake.Digits, 12) + "/secrets/db-password/versions/latest"
	case 18:
		return "password_reset_route", "/account/password/reset/" + n.g.String(fake.Lower, 6)
	case 19:
		return "api_key_header", "X-Api-Key"
	case 20:
		return "auth_token_cache_key", "auth.session.token." + n.g.String(fake.Lower, 10) + ".v2"
	case 21:
		return "credentials_file", "/var/run/secrets/" + n.g.String(fake.Lower, 10) + "/credentials.json"
	case 22:
		return "secret_key_ref", "app-" + n.g.String(fake.Lower, 8) + "-credentials"
	case 23:
		return "db_password", "var." + n.g.String(fake.Lower, 6) + "_db_password"
	case 24:
		return "api_key", "data.aws_ssm_parameter." + n.g.String(fake.Lower, 6) + ".value"
	case 25:
		return "password", "random_password." + n.g.String(fake.Lower, 6) + ".result"
	case 26:
		return "api_key_id", n.uuid()
	case 27:
		return "secret_version", n.gitSHA()
	case 28:
		return "token_checksum", "sha256:" + n.g.Hex(64)
	case 29:
		return "stripe_api_key", "settings.STRIPE_API_KEY"
	case 30:
		return "client_secret_arn", "arn:aws:secretsmanager:us-east-1:" + n.g.String(fake.Digits, 12) + ":secret:prod/api-" + n.g.Alnum(6)
	case 31:
		return "password_min_length", n.g.Pick("12", "16", "20")
	case 32:
		return "auth_token_ttl", n.g.Pick("3600s", "15m", "24h")
	default:
		return "aws_secret_access_key", n.placeholder()
	}
}

// minifiedJS returns one long line of minified code with chunk hashes,
// short identifiers and an inline image.
func (n accNoise) minifiedJS() string {
	var b strings.Builder
	b.WriteString(`!function(e,t){"use strict";`)
	for range 30 + n.g.IntN(30) {
		switch n.g.IntN(6) {
		case 0:
			fmt.Fprintf(&b, `var %s=%s(%d),%s=%s.a;`, n.g.String(fake.Lower, 1), n.g.String(fake.Lower, 1),
				n.g.IntN(9999), n.g.String(fake.Lower, 2), n.g.String(fake.Lower, 1))
		case 1:
			fmt.Fprintf(&b, `%d:"%s",`, n.g.IntN(999), n.g.Hex(8))
		case 2:
			fmt.Fprintf(&b, `t.p+"static/js/"+e+"."+{%d:"%s"}[e]+".chunk.js";`, n.g.IntN(99), n.g.Hex(20))
		case 3:
			fmt.Fprintf(&b, `function %s(e){return e&&e.__esModule?e:{default:e}}`, n.g.String(fake.Alnum, 2))
		case 4:
			fmt.Fprintf(&b, `e.exports="%s";`, n.g.String(fake.Base64URL, 22))
		default:
			fmt.Fprintf(&b, `o.token=o.token||"%s";`, n.placeholder())
		}
	}
	fmt.Fprintf(&b, `t.logo="%s"}();`, n.pngDataURI())
	b.WriteString("\n//# sourceMappingURL=main." + n.g.Hex(8) + ".js.map\n")
	return b.String()
}

// ----------------------------------------------------------------- hosts

// accHost is one file format: how its files start, what ordinary lines they
// hold, how a snippet is carried, and how they end.
type accHost struct {
	format string
	names  []string
	head   func(n accNoise) string
	filler func(n accNoise, key, val string) string
	// embed returns the text before the snippet, the snippet as the format
	// carries it, and the text after it. i numbers snippets in a file.
	embed func(i int, s string) (before, body, after string)
	tail  string
}

func accIndentLines(s, prefix string) string {
	return prefix + strings.ReplaceAll(s, "\n", "\n"+prefix)
}

// accJsonString quotes s as JSON writers do, without escaping <, > and &.
func accJsonString(s string) string {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s)
	return strings.TrimSuffix(b.String(), "\n")
}

func accBackquoted(s, q string) string {
	if strings.Contains(s, "`") || strings.Contains(s, "${") {
		return accJsonString(s)
	}
	return q
}

var accHosts = []accHost{
	{
		format: "dotenv", names: []string{".env", "config/.env.production", "deploy/app.env"},
		head: func(accNoise) string {
			return "# generated by scripts/bootstrap.sh\nAPP_ENV=production\nLOG_LEVEL=info\n"
		},
		filler: func(_ accNoise, k, v string) string { return strings.ToUpper(k) + "=" + v + "\n" },
		embed:  func(_ int, s string) (string, string, string) { return "", s, "\n" },
	},
	{
		format: "k8s-yaml", names: []string{"deploy/configmap.yaml", "k8s/base/app.yaml", "charts/api/templates/cm.yaml"},
		head: func(n accNoise) string {
			return "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: api-config\n  annotations:\n    checksum/config: " +
				n.g.Hex(64) + "\ndata:\n"
		},
		filler: func(_ accNoise, k, v string) string { return "  " + k + ": " + strconv.Quote(v) + "\n" },
		embed: func(i int, s string) (string, string, string) {
			return fmt.Sprintf("  fixture-%d.conf: |\n", i), accIndentLines(s, "    "), "\n"
		},
	},
	{
		format: "docker-compose", names: []string{"docker-compose.yml", "compose.override.yaml"},
		head: func(n accNoise) string {
			return "services:\n  api:\n    image: ghcr.io/acme/api@" + n.sha256() +
				"\n    environment:\n      - API_TOKEN=${API_TOKEN}\n      - LOG_LEVEL=debug\n"
		},
		filler: func(_ accNoise, k, v string) string { return "      - " + strings.ToUpper(k) + "=" + v + "\n" },
		embed: func(i int, s string) (string, string, string) {
			return fmt.Sprintf("  job%d:\n    image: busybox:1.36\n    entrypoint: |\n", i), accIndentLines(s, "      "), "\n"
		},
	},
	{
		format: "json", names: []string{"config/settings.json", "appsettings.json", ".vscode/launch.json"},
		head: func(n accNoise) string {
			return "{\n  \"name\": \"api\",\n  \"version\": \"1.4." + n.g.String(fake.Digits, 2) + "\",\n"
		},
		filler: func(_ accNoise, k, v string) string { return "  " + accJsonString(k) + ": " + accJsonString(v) + ",\n" },
		embed: func(i int, s string) (string, string, string) {
			return fmt.Sprintf("  \"fixture_%d\": ", i), accJsonString(s), ",\n"
		},
		tail: "  \"debug\": false\n}\n",
	},
	{
		format: "python", names: []string{"app/settings.py", "tests/conftest.py", "scripts/sync.py"},
		head:   func(accNoise) string { return "import os\n\nDEBUG = False\nAPI_KEY = os.environ[\"API_KEY\"]\n\n" },
		filler: func(_ accNoise, k, v string) string { return strings.ToUpper(k) + " = " + strconv.Quote(v) + "\n" },
		embed: func(i int, s string) (string, string, string) {
			return fmt.Sprintf("FIXTURE_%d = \"\"\"\n", i), s, "\n\"\"\"\n"
		},
	},
	{
		format: "javascript", names: []string{"src/config.js", "src/api/client.ts", "test/fixtures.mjs"},
		head: func(accNoise) string {
			return "import { createClient } from './client';\n\nexport const config = {};\n"
		},
		filler: func(_ accNoise, k, v string) string { return "config." + k + " = " + accJsonString(v) + ";\n" },
		embed: func(i int, s string) (string, string, string) {
			return fmt.Sprintf("export const fixture%d = ", i), accBackquoted(s, "`\n"+s+"\n`"), ";\n"
		},
	},
	{
		format: "go", names: []string{"internal/config/defaults.go", "cmd/server/main_test.go"},
		head: func(accNoise) string {
			return "package config\n\nimport \"os\"\n\nvar token = os.Getenv(\"API_TOKEN\")\n\n"
		},
		filler: func(_ accNoise, k, v string) string { return "var " + accGoName(k) + " = " + strconv.Quote(v) + "\n" },
		embed: func(i int, s string) (string, string, string) {
			return fmt.Sprintf("const fixture%d = ", i), accBackquoted(s, "`\n"+s+"\n`"), "\n"
		},
	},
	{
		format: "properties", names: []string{"src/main/resources/application.properties", "gradle.properties"},
		head:   func(accNoise) string { return "# Spring Boot\nspring.application.name=api\nserver.port=8080\n" },
		filler: func(_ accNoise, k, v string) string { return "app." + strings.ReplaceAll(k, "_", "-") + "=" + v + "\n" },
		embed:  func(_ int, s string) (string, string, string) { return "", s, "\n" },
	},
	{
		format: "terraform", names: []string{"infra/main.tf", "modules/db/variables.tf"},
		head: func(n accNoise) string {
			return "resource \"aws_instance\" \"web\" {\n  ami           = \"ami-" + n.g.Hex(17) +
				"\"\n  instance_type = \"t3.micro\"\n}\n\n"
		},
		filler: func(_ accNoise, k, v string) string {
			return "variable \"" + k + "\" {\n  default = " + strconv.Quote(v) + "\n}\n"
		},
		embed: func(i int, s string) (string, string, string) {
			return fmt.Sprintf("locals {\n  fixture_%d = <<-EOT\n", i), accIndentLines(s, "    "), "\n  EOT\n}\n"
		},
	},
	{
		format: "shell", names: []string{"scripts/deploy.sh", "bin/setup", ".ci/release.sh"},
		head:   func(accNoise) string { return "#!/usr/bin/env bash\nset -euo pipefail\n\n" },
		filler: func(_ accNoise, k, v string) string { return "export " + strings.ToUpper(k) + "=\"" + v + "\"\n" },
		embed: func(i int, s string) (string, string, string) {
			return fmt.Sprintf("cat > \"$tmp/fixture%d\" <<'EOF'\n", i), s, "\nEOF\n"
		},
	},
	{
		format: "dockerfile", names: []string{"Dockerfile", "build/Dockerfile.dev"},
		head: func(n accNoise) string {
			return "# syntax=docker/dockerfile:1\nFROM golang:1.26@" + n.sha256() + " AS build\nWORKDIR /src\n"
		},
		filler: func(_ accNoise, k, v string) string { return "ARG " + strings.ToUpper(k) + "=\"" + v + "\"\n" },
		embed: func(i int, s string) (string, string, string) {
			return fmt.Sprintf("COPY <<EOF /etc/app/fixture%d\n", i), s, "\nEOF\n"
		},
	},
	{
		format: "ini", names: []string{"setup.cfg", "config/app.ini", ".pypirc"},
		head:   func(accNoise) string { return "[server]\nhost = 0.0.0.0\nport = 8080\n\n[app]\n" },
		filler: func(_ accNoise, k, v string) string { return k + " = " + v + "\n" },
		embed: func(i int, s string) (string, string, string) {
			return fmt.Sprintf("\n[fixture%d]\n", i), s, "\n"
		},
	},
	{
		format: "xml", names: []string{"pom.xml", "src/main/resources/config.xml", "web.config"},
		head: func(accNoise) string { return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<configuration>\n" },
		filler: func(_ accNoise, k, v string) string {
			return "  <add key=\"" + k + "\" value=\"" + strings.NewReplacer("&", "&amp;", "\"", "&quot;", "<", "&lt;", ">", "&gt;").Replace(v) + "\"/>\n"
		},
		embed: func(i int, s string) (string, string, string) {
			return fmt.Sprintf("  <fixture id=\"%d\"><![CDATA[\n", i), s, "\n]]></fixture>\n"
		},
		tail: "</configuration>\n",
	},
	{
		format: "markdown", names: []string{"README.md", "docs/setup.md", "CONTRIBUTING.md"},
		head:   func(accNoise) string { return "# Setup\n\nSet the variables below, then run `make dev`.\n\n" },
		filler: func(_ accNoise, k, v string) string { return "- `" + k + "`: `" + v + "`\n" },
		embed: func(i int, s string) (string, string, string) {
			return fmt.Sprintf("\nExample %d:\n\n```\n", i), s, "\n```\n"
		},
	},
	{
		format: "ci-yaml", names: []string{".github/workflows/ci.yml", ".gitlab-ci.yml"},
		head: func(n accNoise) string {
			return "name: ci\non: [push]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@" +
				n.gitSHA() + "\n      - run: make test\n        env:\n          TOKEN: ${{ secrets.TOKEN }}\n"
		},
		filler: func(_ accNoise, k, v string) string {
			return "      - run: echo " + strconv.Quote(k+"="+v) + "\n"
		},
		embed: func(i int, s string) (string, string, string) {
			return fmt.Sprintf("      - name: fixture %d\n        run: |\n", i), accIndentLines(s, "          "), "\n"
		},
	},
}

func accGoName(k string) string {
	parts := strings.Split(k, "_")
	for i, p := range parts {
		if i > 0 && p != "" {
			parts[i] = strings.ToUpper(p[:1]) + p[1:]
		}
	}
	return strings.Join(parts, "")
}

// build writes one file of format h holding snippets among filler lines.
func (h accHost) build(g *fake.Gen, kind string, snippets []accSnippet) accCorpusFile {
	n := accNoise{g}
	var b strings.Builder
	b.WriteString(h.head(n))
	f := accCorpusFile{name: h.names[g.IntN(len(h.names))], format: h.format, kind: kind}
	fill := func() {
		for range g.IntN(2) {
			k, v := n.kv()
			b.WriteString(h.filler(n, k, v))
		}
	}
	for i, s := range snippets {
		fill()
		before, body, after := h.embed(i, s.text)
		b.WriteString(before)
		if s.rule != "" {
			f.labels = append(f.labels, accLabel{rule: s.rule, start: b.Len(), end: b.Len() + len(body), neg: s.neg})
		}
		b.WriteString(body)
		b.WriteString(after)
	}
	fill()
	b.WriteString(h.tail)
	f.data = []byte(b.String())
	return f
}

// accHardNegativeFiles are files of well-known shapes full of values that
// look random and are not secrets.
func accHardNegativeFiles(g *fake.Gen) []accCorpusFile {
	n := accNoise{g}
	var files []accCorpusFile
	add := func(name, format, text string) {
		files = append(files, accCorpusFile{name: name, format: format, kind: "hard-negative", data: []byte(text)})
	}
	var b strings.Builder
	// package-lock.json
	b.WriteString("{\n  \"name\": \"web\",\n  \"lockfileVersion\": 3,\n  \"packages\": {\n")
	for i := range 25 {
		fmt.Fprintf(&b, "    \"node_modules/%s\": {\n      \"version\": \"%d.%d.%d\",\n      \"resolved\": \"https://registry.npmjs.org/%s/-/%s-1.0.0.tgz\",\n      \"integrity\": %q\n    },\n",
			n.g.String(fake.Lower, 6), i%7, n.g.IntN(20), n.g.IntN(9), "pkg", "pkg", n.integrity())
	}
	b.WriteString("  }\n}\n")
	add("package-lock.json", "lockfile", b.String())
	b.Reset()
	// yarn.lock
	for range 25 {
		name := n.g.String(fake.Lower, 7)
		fmt.Fprintf(&b, "%s@^1.2.0:\n  version \"1.2.%d\"\n  resolved \"https://registry.yarnpkg.com/%s/-/%s-1.2.0.tgz#%s\"\n  integrity %s\n\n",
			name, n.g.IntN(9), name, name, n.gitSHA(), n.integrity())
	}
	add("yarn.lock", "lockfile", b.String())
	b.Reset()
	// go.sum
	for range 40 {
		mod := "github.com/" + n.g.String(fake.Lower, 6) + "/" + n.g.String(fake.Lower, 5)
		fmt.Fprintf(&b, "%s v1.%d.0 %s\n%s v1.%d.0/go.mod %s\n", mod, n.g.IntN(9), n.h1(), mod, n.g.IntN(9), n.h1())
	}
	add("go.sum", "go.sum", b.String())
	b.Reset()
	// Cargo.lock / poetry.lock style checksums
	for range 25 {
		fmt.Fprintf(&b, "[[package]]\nname = %q\nversion = \"0.%d.1\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = %q\n\n",
			n.g.String(fake.Lower, 8), n.g.IntN(30), n.g.Hex(64))
	}
	add("Cargo.lock", "lockfile", b.String())
	b.Reset()
	// minified JS and CSS with inline images
	add("dist/main."+n.g.Hex(8)+".min.js", "minified-js", n.minifiedJS()+n.minifiedJS())
	fmt.Fprintf(&b, ".logo{background:url(%s) no-repeat}.icon{background-image:url(%s)}\n", n.pngDataURI(), n.pngDataURI())
	add("dist/app.min.css", "css", b.String())
	b.Reset()
	fmt.Fprintf(&b, "<img alt=\"logo\" src=\"%s\">\n<img alt=\"badge\" src=\"%s\">\n", n.pngDataURI(), n.pngDataURI())
	add("public/index.html", "html", b.String())
	b.Reset()
	// hex test vectors and random identifiers in code
	b.WriteString("package sha3\n\nvar testVectors = []struct{ in, want string }{\n")
	for range 12 {
		fmt.Fprintf(&b, "\t{%q, %q},\n", n.g.Hex(2*(1+n.g.IntN(40))), n.g.Hex(64))
	}
	b.WriteString("}\n\nfunc TestIDs(t *testing.T) {\n")
	for range 8 {
		fmt.Fprintf(&b, "\trequestID := %q\n\tcacheKey := %q\n\tcommit := %q\n\tnonce := %q\n",
			n.uuid(), "user:"+n.ident(), n.gitSHA(), n.g.Hex(24))
	}
	b.WriteString("}\n")
	add("crypto/sha3/vectors_test.go", "go", b.String())
	b.Reset()
	// git metadata: SHAs and short SHAs
	for range 20 {
		fmt.Fprintf(&b, "%s %s %s\tbranch 'main' of github.com:acme/api\n", n.gitSHA(), n.gitSHA(), n.shortSHA())
	}
	add(".git/FETCH_HEAD", "git", b.String())
	b.Reset()
	for range 15 {
		fmt.Fprintf(&b, "* %s Merge pull request #%d from acme/%s (commit %s)\n", n.shortSHA(), n.g.IntN(9999), n.ident(), n.gitSHA())
	}
	add("CHANGELOG.md", "markdown", b.String())
	b.Reset()
	// API docs with the jwt.io sample claims (sub 1234567890, John Doe)
	// and a made-up signature: an illustration, not a credential.
	seg := func(s string) string { return base64.RawURLEncoding.EncodeToString([]byte(s)) }
	fmt.Fprintf(&b, "## Authentication\n\nSend a bearer token:\n\n```http\nGET /v1/me HTTP/1.1\nAuthorization: Bearer %s.%s.%s\n```\n",
		seg(`{"alg":"HS256","typ":"JWT"}`), seg(`{"sub":"1234567890","name":"John Doe","iat":1516239022}`),
		base64.RawURLEncoding.EncodeToString(n.bytes(32)))
	add("docs/api.md", "markdown", b.String())
	b.Reset()
	// templates full of placeholders
	for _, k := range []string{"API_KEY", "SECRET_KEY", "DB_PASSWORD", "GITHUB_TOKEN", "STRIPE_SECRET_KEY",
		"OPENAI_API_KEY", "AWS_SECRET_ACCESS_KEY", "SLACK_TOKEN", "CLIENT_SECRET", "AUTH_TOKEN", "PRIVATE_KEY"} {
		fmt.Fprintf(&b, "%s=%s\n", k, n.placeholder())
	}
	add(".env.example", "dotenv", b.String())
	b.Reset()
	b.WriteString("apiVersion: v1\nkind: Secret\nmetadata:\n  name: api\nstringData:\n")
	for _, k := range []string{"password", "apiKey", "token", "clientSecret", "privateKey"} {
		fmt.Fprintf(&b, "  %s: \"{{ .Values.%s }}\"\n", k, k)
	}
	add("charts/api/templates/secret.yaml", "k8s-yaml", b.String())
	b.Reset()
	// container image digests and UUIDs
	b.WriteString("{\n  \"schemaVersion\": 2,\n  \"manifests\": [\n")
	for range 10 {
		fmt.Fprintf(&b, "    {\"digest\": %q, \"size\": %d, \"annotations\": {\"org.opencontainers.image.revision\": %q, \"id\": %q}},\n",
			n.sha256(), n.g.IntN(99999), n.gitSHA(), n.uuid())
	}
	b.WriteString("  ]\n}\n")
	add("index.json", "json", b.String())
	files = append(files, accGenericHardNegatives(n)...)
	return files
}

// accGenericHardNegatives are files where secret-like names are given
// values that are not secrets: the generic detector's hard cases (labels,
// form fields, types, lookups, calls, templates, help text, URLs and
// commands that reference a secret kept elsewhere).
func accGenericHardNegatives(n accNoise) []accCorpusFile {
	var files []accCorpusFile
	add := func(name, format, text string) {
		files = append(files, accCorpusFile{name: name, format: format, kind: "hard-negative", data: []byte(text)})
	}
	word := func() string { return n.g.String(fake.Lower, 6+n.g.IntN(4)) }
	add("locales/en.yml", "yaml", "en:\n  auth:\n    password: \"Password\"\n    password_confirmation: \"Confirm password\"\n"+
		"    forgot_password: \"Forgot your password?\"\n    token: \"Access token\"\n    secret: \"Secret\"\n"+
		"    api_key_hint: \"Paste your API key here\"\n    password_hint: \"Enter your password\"\n")
	add("locales/fr.json", "json", "{\"password\": \"Mot de passe\", \"token\": \"Jeton d'accès\", \"secret\": \"Clé secrète\"}\n")
	add("templates/login.html", "html", "<form method=\"post\">\n  <label for=\"password\">Password</label>\n"+
		"  <input type=\"password\" id=\"password\" name=\"password\" autocomplete=\"current-password\" placeholder=\"Enter your password\">\n"+
		"  <input type=\"hidden\" name=\"csrf_token\" value=\"{{ csrf_token() }}\">\n</form>\n")
	add("src/types.ts", "typescript", "export interface Credentials {\n  username: string;\n  password: string;\n  apiKey?: string | null;\n  token: Token;\n}\n"+
		"const password = form.get('password') as string;\nconst token = await getToken(client);\nconst secret = process.env."+strings.ToUpper(word())+"_SECRET;\n")
	add("app/config.py", "python", "import os\n\nPASSWORD = os.getenv(\"DB_PASSWORD\")\nSECRET_KEY = os.environ[\"SECRET_KEY\"]\n"+
		"api_key = settings."+strings.ToUpper(word())+"_API_KEY\ntoken = request.headers.get(\"X-Token\")\npassword: str = Field(..., min_length=12)\n"+
		"DATABASE_URL = f\"postgresql://{user}:{password}@{host}/db\"\n")
	add("Main.java", "java", "String password = System.getenv(\"DB_PASSWORD\");\nchar[] secret = console.readPassword();\n"+
		"String token = tokenService.issue(user, Duration.ofHours(1));\nfinal String PASSWORD_PARAM = \"password\";\n")
	add("scripts/deploy.sh", "shell", "#!/bin/sh\nmysql -u root -p \"$DB_NAME\"\ncurl -u \"$CI_USER:$CI_TOKEN\" https://ci.acme.test/api\n"+
		"curl -H \"Authorization: Bearer ${API_TOKEN}\" https://api.acme.test\nvault login --password \"$VAULT_PASSWORD\"\n"+
		"git clone https://github.com/acme/"+word()+".git\n")
	add("docs/cli.md", "markdown", "```\nUsage: acme login [flags]\n\n  --password string   password for the account\n"+
		"  --token string      API token (or ACME_TOKEN)\n  -p, --port int      port to listen on\n```\n\n"+
		"Connect with `mysql://user:password@localhost/db` or `https://<user>:<token>@git.acme.test`.\n")
	add("config/app.ini", "ini", "[auth]\npassword_min_length = 12\npassword_hash = argon2id\ntoken_ttl = 3600\nsecret_file = /run/secrets/app\n"+
		"api_key = ${API_KEY}\npassword =\n")
	add("db/seed.sql", "sql", "CREATE USER app WITH PASSWORD :'app_password';\nALTER ROLE app WITH PASSWORD NULL;\n"+
		"-- CREATE USER 'shop'@'%' IDENTIFIED BY 'password';\n")
	return files
}

// ---------------------------------------------------------------- corpus

// accRedact replaces every finding in text with a run of x's kept to the
// secret's length: a positive as a template or a doc would show it.
func accRedact(m *rules.Matcher, text string) (string, bool) {
	return accRedactFound(text, m.Find([]byte(text)))
}

// accRedactFound is accRedact with ms, the matches in text.
func accRedactFound(text string, ms []rules.Match) (string, bool) {
	if len(ms) == 0 {
		return "", false
	}
	b := []byte(text)
	for _, f := range ms {
		if f.End-f.Start > 200 { // PEM blocks: not a placeholder accShape
			return "", false
		}
		keep := min(8, (f.End-f.Start)/3)
		for i := f.Start + keep; i < f.End; i++ {
			if b[i] != '\n' {
				b[i] = 'x'
			}
		}
	}
	return string(b), true
}

// accBuildCorpus generates the labelled corpus. It returns the files and,
// per rule, whether the rule had cases.
func accBuildCorpus(t testing.TB, rs *rules.Ruleset) ([]accCorpusFile, map[string]bool) {
	cases := allCases(t)
	hasCases := map[string]bool{}
	type job struct {
		id   string
		seed uint64
		c    rulecases.Cases
	}
	var jobs []job
	for _, id := range slices.Sorted(maps.Keys(cases)) {
		if rs.Rule(id) == nil {
			continue
		}
		hasCases[id] = true
		for _, seed := range accuracySeeds {
			jobs = append(jobs, job{id: id, seed: seed})
		}
	}
	// Some builders generate keys (bcrypt-protected OpenSSH keys take a
	// second under -race): build on two workers, each case from its own
	// seeded generator, then use them in a fixed order.
	var wg sync.WaitGroup
	const workers = 2
	for w := range workers {
		wg.Go(func() {
			for i := w; i < len(jobs); i += workers {
				jobs[i].c, _ = shared.Case(jobs[i].id, jobs[i].seed, cases[jobs[i].id]) // built once per test binary
			}
		})
	}
	wg.Wait()
	m := rs.NewMatcher()
	var pos, redacted, negs []accSnippet
	for _, jb := range jobs {
		for i, p := range jb.c.Positives {
			if i >= maxPositivesPerSeed {
				break
			}
			pos = append(pos, accSnippet{text: p, rule: jb.id})
			if i > 0 {
				continue
			}
			if r, ok := accRedactFound(p, shared.Find(m.Find, []byte(p))); ok {
				redacted = append(redacted, accSnippet{text: r})
			}
		}
		for i, neg := range jb.c.Negatives {
			if i < maxNegativesPerSeed {
				negs = append(negs, accSnippet{text: neg, rule: jb.id, neg: true})
			}
		}
	}
	g := fake.New(20261125)
	var files []accCorpusFile
	// Positives: rule i's j-th placement goes to host format (i+j) mod the
	// number of formats, so every rule meets every format about equally;
	// each format's snippets are shuffled and dealt into files of one to
	// four snippets of distinct rules.
	byHost := make([][]accSnippet, len(accHosts))
	ruleIndex, placed := map[string]int{}, map[string]int{}
	for range placements {
		for _, p := range pos {
			ri, ok := ruleIndex[p.rule]
			if !ok {
				ri = len(ruleIndex)
				ruleIndex[p.rule] = ri
			}
			h := (ri + placed[p.rule]) % len(accHosts)
			byHost[h] = append(byHost[h], p)
			placed[p.rule]++
		}
	}
	for h, batch := range byHost {
		accShuffle(g, batch)
		for len(batch) > 0 {
			k := 1 + g.IntN(4)
			var file []accSnippet
			seen := map[string]bool{}
			for i := 0; i < len(batch) && len(file) < k; i++ {
				if !seen[batch[i].rule] {
					seen[batch[i].rule] = true
					file = append(file, batch[i])
					batch = slices.Delete(batch, i, i+1)
					i--
				}
			}
			files = append(files, accHosts[h].build(g, "positive", file))
		}
	}
	hi := 0
	for _, group := range []struct {
		kind string
		s    []accSnippet
	}{{"redacted", redacted}, {"case-negative", negs}} {
		accShuffle(g, group.s)
		for i := 0; i < len(group.s); i += 4 {
			files = append(files, accHosts[hi%len(accHosts)].build(g, group.kind, group.s[i:min(i+4, len(group.s))]))
			hi++
		}
	}
	// Hosts holding only filler, and the hard-negative files.
	for _, h := range accHosts {
		files = append(files, h.build(g, "hard-negative", nil))
	}
	for _, seed := range accuracySeeds {
		files = append(files, accHardNegativeFiles(fake.New(seed))...)
	}
	return files, hasCases
}

func accShuffle(g *fake.Gen, s []accSnippet) {
	for i := len(s) - 1; i > 0; i-- {
		j := g.IntN(i + 1)
		s[i], s[j] = s[j], s[i]
	}
}

// ---------------------------------------------------------------- scoring

type accRuleScore struct {
	positives, tp, fn, fp, overlaps, unjudged int
	// caught counts FNs where another rule reported a secret in the snippet.
	caught int
}

func (s accRuleScore) precision() (float64, bool) {
	if s.tp+s.fp == 0 {
		return 0, false
	}
	return float64(s.tp) / float64(s.tp+s.fp), true
}

func (s accRuleScore) recall() (float64, bool) {
	if s.tp+s.fn == 0 {
		return 0, false
	}
	return float64(s.tp) / float64(s.tp+s.fn), true
}

// accFalseAlarm is a finding counted as an FP, kept for the test log.
type accFalseAlarm struct {
	rule, file, format, kind, shape, context string
}

type accAccuracy struct {
	scores   map[string]*accRuleScore
	byFormat map[string]*accRuleScore
	alarms   []accFalseAlarm
	misses   []accFalseAlarm
	files    int
	bytes    int
	kinds    map[string]int
}

// accFamilies groups rules that split one kind of secret by context: a
// PEM key at the start of its lines is private-key's, the same key
// indented in YAML or quoted in code is private-key-embedded's. Either
// finding detects a labelled key of the family.
var accFamilies = map[string]string{
	"private-key-embedded": "private-key",
}

// accSameFamily says whether a finding of rule found detects a secret
// labelled for rule label.
func accSameFamily(found, label string) bool {
	return cmp.Or(accFamilies[found], found) == cmp.Or(accFamilies[label], label)
}

// matchInParallel runs rs over n texts, text(i) being the i-th, and
// returns each one's matches. Matching is the slow part of the corpus
// tests: two workers, one Matcher each.
func matchInParallel(rs *rules.Ruleset, n int, text func(i int) []byte) [][]rules.Match {
	found := make([][]rules.Match, n)
	var wg sync.WaitGroup
	const workers = 2
	for w := range workers {
		wg.Go(func() {
			m := rs.NewMatcher()
			for i := w; i < n; i += workers {
				found[i] = m.Find(text(i))
			}
		})
	}
	wg.Wait()
	return found
}

func accOverlaps(a0, a1, b0, b1 int) bool { return a0 < b1 && b0 < a1 }

// accScore runs rs over every file and counts as the file comment says.
func accScore(rs *rules.Ruleset, files []accCorpusFile) *accAccuracy {
	acc := &accAccuracy{scores: map[string]*accRuleScore{}, byFormat: map[string]*accRuleScore{}, kinds: map[string]int{}}
	for _, r := range rs.Rules {
		acc.scores[r.ID] = &accRuleScore{}
	}
	findings := matchInParallel(rs, len(files), func(i int) []byte { return files[i].data })
	for fi, f := range files {
		acc.files++
		acc.bytes += len(f.data)
		acc.kinds[f.kind]++
		found := findings[fi]
		counted := make([]bool, len(found))
		var firedSecrets [][2]int // secrets of labelled rules that fired on their span
		fs := acc.byFormat[f.format]
		if fs == nil {
			fs = &accRuleScore{}
			acc.byFormat[f.format] = fs
		}
		for _, l := range f.labels {
			if l.neg {
				continue
			}
			s := acc.scores[l.rule]
			s.positives++
			fs.positives++
			hit := false
			for i, x := range found {
				if accSameFamily(x.Rule.ID, l.rule) && accOverlaps(x.Start, x.End, l.start, l.end) {
					hit, counted[i] = true, true
					firedSecrets = append(firedSecrets, [2]int{x.Start, x.End})
				}
			}
			if hit {
				s.tp++
				fs.tp++
			} else {
				s.fn++
				fs.fn++
				if slices.ContainsFunc(found, func(x rules.Match) bool { return accOverlaps(x.Start, x.End, l.start, l.end) }) {
					s.caught++
				}
				acc.misses = append(acc.misses, accFalseAlarm{rule: l.rule, file: f.name, format: f.format, kind: f.kind,
					context: accExcerpt(f.data, l.start, l.end)})
			}
		}
		for i, x := range found {
			if counted[i] {
				continue
			}
			s := acc.scores[x.Rule.ID]
			if slices.ContainsFunc(firedSecrets, func(w [2]int) bool { return accOverlaps(x.Start, x.End, w[0], w[1]) }) {
				s.overlaps++
				continue
			}
			own := slices.ContainsFunc(f.labels, func(l accLabel) bool {
				return l.neg && l.rule == x.Rule.ID && accOverlaps(x.Start, x.End, l.start, l.end)
			})
			other := slices.ContainsFunc(f.labels, func(l accLabel) bool {
				return l.rule != x.Rule.ID && accOverlaps(x.Start, x.End, l.start, l.end)
			})
			if !own && other {
				s.unjudged++
				continue
			}
			s.fp++
			fs.fp++
			acc.alarms = append(acc.alarms, accFalseAlarm{rule: x.Rule.ID, file: f.name, format: f.format, kind: f.kind,
				shape: accShape(x.Secret), context: accExcerpt(f.data, x.Start, x.End)})
		}
	}
	return acc
}

// accShape describes a secret without printing it: its first characters, its
// length and its character classes.
func accShape(s []byte) string {
	var classes []string
	for _, c := range []struct {
		name string
		in   func(byte) bool
	}{
		{"lower", func(b byte) bool { return b >= 'a' && b <= 'z' }},
		{"upper", func(b byte) bool { return b >= 'A' && b <= 'Z' }},
		{"digit", func(b byte) bool { return b >= '0' && b <= '9' }},
		{"other", func(b byte) bool { return !(b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9') }},
	} {
		if bytes.IndexFunc(s, func(r rune) bool { return r < 128 && c.in(byte(r)) }) >= 0 {
			classes = append(classes, c.name)
		}
	}
	return fmt.Sprintf("%q… len %d [%s]", s[:min(6, len(s))], len(s), strings.Join(classes, ","))
}

// accExcerpt returns the line(s) around [start, end), shortened.
func accExcerpt(data []byte, start, end int) string {
	lo := bytes.LastIndexByte(data[:start], '\n') + 1
	hi := end
	if i := bytes.IndexByte(data[end:], '\n'); i >= 0 {
		hi = end + i
	} else {
		hi = len(data)
	}
	s := string(data[lo:hi])
	if len(s) > 200 {
		s = s[:200] + "…"
	}
	return s
}

func (a *accAccuracy) total() accRuleScore {
	var t accRuleScore
	for _, s := range a.scores {
		t.positives += s.positives
		t.tp += s.tp
		t.fn += s.fn
		t.fp += s.fp
		t.overlaps += s.overlaps
		t.unjudged += s.unjudged
		t.caught += s.caught
	}
	return t
}

func accRatio(v float64, ok bool) string {
	if !ok {
		return "–"
	}
	return fmt.Sprintf("%.3f", v)
}

// table renders the per-rule table as Markdown.
func (a *accAccuracy) table(rs *rules.Ruleset, hasCases map[string]bool) string {
	var b strings.Builder
	b.WriteString("| rule | positives | TP | FN | FN caught elsewhere | FP | overlaps | unjudged | precision | recall |\n")
	b.WriteString("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
	ids := make([]string, 0, len(rs.Rules))
	for _, r := range rs.Rules {
		ids = append(ids, r.ID)
	}
	slices.Sort(ids)
	for _, id := range ids {
		s := a.scores[id]
		p, pok := s.precision()
		r, rok := s.recall()
		name := "`" + id + "`"
		if !hasCases[id] {
			name += " (no cases)"
		}
		fmt.Fprintf(&b, "| %s | %d | %d | %d | %d | %d | %d | %d | %s | %s |\n", name, s.positives, s.tp, s.fn, s.caught, s.fp,
			s.overlaps, s.unjudged, accRatio(p, pok), accRatio(r, rok))
	}
	t := a.total()
	p, pok := t.precision()
	r, rok := t.recall()
	fmt.Fprintf(&b, "| **overall (micro)** | %d | %d | %d | %d | %d | %d | %d | **%s** | **%s** |\n", t.positives, t.tp, t.fn,
		t.caught, t.fp, t.overlaps, t.unjudged, accRatio(p, pok), accRatio(r, rok))
	return b.String()
}

func (a *accAccuracy) formatTable() string {
	var b strings.Builder
	b.WriteString("| host format | positives | TP | FN | FP | recall |\n|---|---:|---:|---:|---:|---:|\n")
	for _, f := range slices.Sorted(func(yield func(string) bool) {
		for f := range a.byFormat {
			if !yield(f) {
				return
			}
		}
	}) {
		s := a.byFormat[f]
		r, rok := s.recall()
		fmt.Fprintf(&b, "| %s | %d | %d | %d | %d | %s |\n", f, s.positives, s.tp, s.fn, s.fp, accRatio(r, rok))
	}
	return b.String()
}

// TestAccuracy scores the default ruleset on the generated corpus and
// fails when the overall precision or recall, or any rule's recall, falls
// below the levels README.md states. -update rewrites docs/accuracy.md.
func TestAccuracy(t *testing.T) {
	t.Parallel()
	rs := loadDefault(t)
	files, hasCases := accBuildCorpus(t, rs)
	acc := accScore(rs, files)
	tab := acc.table(rs, hasCases)
	t.Logf("corpus: %d files, %d bytes, kinds %v\n\n%s\n%s", acc.files, acc.bytes, acc.kinds, tab, acc.formatTable())

	for _, fa := range acc.alarms {
		t.Logf("FP %s in %s (%s, %s): %s\n    %s", fa.rule, fa.file, fa.format, fa.kind, fa.shape, fa.context)
	}
	for _, fa := range acc.misses {
		t.Logf("FN %s in %s (%s): %s", fa.rule, fa.file, fa.format, fa.context)
	}

	tot := acc.total()
	if p, ok := tot.precision(); ok && p < minPrecision {
		t.Errorf("overall precision %.3f < %.2f", p, minPrecision)
	}
	if r, ok := tot.recall(); ok && r < minRecall {
		t.Errorf("overall recall %.3f < %.2f", r, minRecall)
	}
	for _, r := range rs.Rules {
		if rec, ok := acc.scores[r.ID].recall(); ok && rec < minRuleRecall {
			t.Errorf("rule %s: recall %.3f < %.2f", r.ID, rec, minRuleRecall)
		}
	}
	accCheckREADME(t)

	if *update {
		if err := accWriteDoc(accAccuracyDoc(acc, tab)); err != nil {
			t.Fatal(err)
		}
	}
}

// accDocRegions are the parts of docs/accuracy.md other tests write
// (TestBreadth, TestPeerCorpus); rewriting the rest keeps them.
var accDocRegions = []string{"breadth", "peer"}

// accWriteDoc writes doc to docs/accuracy.md, keeping the other tests'
// regions of the file it replaces.
func accWriteDoc(doc string) error {
	docMu.Lock()
	defer docMu.Unlock()
	path := filepath.Join("..", "docs", "accuracy.md")
	old, err := os.ReadFile(path)
	if err != nil && !os.IsNotExist(err) {
		return fmt.Errorf("write accuracy doc: %w", err)
	}
	for _, name := range accDocRegions {
		if body, ok := docRegion(string(old), name); ok {
			doc = withDocRegion(doc, name, body)
		}
	}
	if err := os.WriteFile(path, []byte(doc), 0o644); err != nil {
		return fmt.Errorf("write accuracy doc: %w", err)
	}
	return nil
}

// accCheckREADME fails when README.md does not state the thresholds above.
func accCheckREADME(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(data), "\n## Accuracy\n")
	if !ok {
		t.Fatal("README.md has no \"## Accuracy\" section")
	}
	for _, want := range []string{
		fmt.Sprintf("overall precision ≥ %.2f", minPrecision),
		fmt.Sprintf("overall recall ≥ %.2f", minRecall),
		fmt.Sprintf("recall ≥ %.2f for every rule", minRuleRecall),
	} {
		if !strings.Contains(section, want) {
			t.Errorf("README.md's Accuracy section does not say %q", want)
		}
	}
}

func accAccuracyDoc(acc *accAccuracy, tab string) string {
	var b strings.Builder
	tot := acc.total()
	p, _ := tot.precision()
	r, _ := tot.recall()
	formats := make([]string, 0, len(accHosts))
	for _, h := range accHosts {
		formats = append(formats, h.format)
	}
	fmt.Fprintf(&b, `# Accuracy

<!-- Generated by: go test ./accuracy -run TestAccuracy -update. Do not edit by hand. -->

Precision and recall of the default ruleset (rules.toml)
per rule, on a labelled corpus that the tests generate at run time. The
corpus is never stored: it holds no real secrets, and no token-shaped string
is written into the repository.

**Overall (micro-averaged): precision %.3f, recall %.3f** on %d files
(%d labelled positives of %d rules). TestAccuracy fails when overall
precision drops below %.2f, overall recall below %.2f, or any rule's recall
below %.2f.

## How the corpus is made

- **Positives.** For every rule, its generated positive cases
  (internal/rulecases, built by internal/fake) from seeds %s, at most
  %d per seed, each placed in %d host files of different formats: a rule's
  j-th placement goes to format (rule index + j) mod %d, so every rule
  meets the formats about equally: %s. Each format's
  snippets are dealt into files of one to four snippets of distinct
  rules, carried the way the format carries text (a line of a .env, a YAML
  block scalar, a JSON string with JSON escaping, a Python triple-quoted
  string, a JS template literal, a Go raw string, a Terraform heredoc, a
  shell heredoc, a Dockerfile COPY heredoc, an INI section, an XML CDATA
  section, a Markdown code fence, a CI step's run script) among ordinary
  lines, and labelled with the rule and the snippet's byte span.
- **Hard negatives** (no secrets): the filler lines of every file —
  placeholders (your-api-key, ${VAR}, <token>, xxxx, EXAMPLE keys,
  {{ .Values }}, changeme, \_\_TOKEN\_\_, @@VAR@@, %%VAR%%), UUIDs, git
  SHAs and short SHAs, sha256: digests, sha512- integrity strings, base64
  PNG data URIs, random identifiers, and values under secret-like names
  that are not secrets (references such as var.x or settings.X, paths,
  Secrets Manager ARNs, token URLs, lengths and TTLs); files of their own:
  package-lock.json, yarn.lock, go.sum (h1: hashes), Cargo.lock
  checksums, minified JS and CSS with inline images, HTML, hex test
  vectors and ids in Go code, git SHAs, an .env.example, a Helm secret
  template, an OCI index and API docs with the jwt.io sample claims;
  every rule's first positive per seed with its secrets redacted to x's;
  and every rule's negative cases (at most %d per seed), embedded in host
  files like the positives.
- Path allowlists (lockfiles, go.sum) are not applied: this measures the
  matcher on file content alone.

## Counting

- **TP**: a labelled snippet that a finding of its rule overlaps.
- **FN**: a labelled snippet its rule does not find; **FN caught
  elsewhere** counts those where another rule reported a secret in the
  snippet.
- **overlaps**: a finding of another rule on the same secret as a finding
  of the labelled rule (two rules naming one secret): neither TP nor FP.
- **unjudged**: a finding of a rule inside another rule's case snippet
  (positive or negative) that is not an overlap. A case is labelled only
  for its own rule: another provider's malformed token assigned to
  API_KEY= is a fair catch for generic-secret, and a positive may hold
  a second secret. Neither TP nor FP.
- **FP**: every other finding — in filler, hard-negative files, redacted
  positives, the rule's own negative cases, or outside its own label.
- Precision = TP/(TP+FP), recall = TP/(TP+FN); overall figures sum TP, FP
  and FN over rules. A rule marked "(no cases)" has no generated cases
  yet, so no positives: its recall is undefined (–), its FPs still count.

This file also holds two reports other tests write into it, each between
its own markers: the breadth corpus (TestBreadth: every rule's secret
planted in the contexts where keys are found, testdata/breadth) and the
peer examples (TestPeerCorpus: Nosey Parker's rule examples, when
../shared/corpus exists). Both come before the per-rule table.

## Regenerate

    go test ./accuracy -run TestAccuracy -v        # print the table and every FP/FN
    go test ./accuracy -run TestAccuracy -update   # rewrite this file (keeps the other reports)
    go test ./accuracy -run TestBreadth -update    # rewrite the breadth section
    go test ./accuracy -run TestPeerCorpus -update # reads ../shared/corpus, or the absolute $KEYSIEVE_PEER_CORPUS

## Per rule

%s
## Per host format

%s`, p, r, acc.files, tot.positives, len(acc.scores), minPrecision, minRecall, minRuleRecall,
		accSeedList(), maxPositivesPerSeed, placements, len(accHosts), strings.Join(formats, ", "), maxNegativesPerSeed, tab,
		acc.formatTable())
	return b.String()
}

func accSeedList() string {
	var s []string
	for _, seed := range accuracySeeds {
		s = append(s, strconv.FormatUint(seed, 10))
	}
	return strings.Join(s, ", ")
}
