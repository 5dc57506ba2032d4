// Package sarifcheck validates SARIF output against GitHub's copy of the
// official SARIF 2.1.0 JSON schema, for tests. The schema is read from
// ../shared/sarif beside the checkout and is never copied into it.
package sarifcheck

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// schemaRel is where the schema sits relative to the repository root.
const schemaRel = "../shared/sarif/sarif-schema-2.1.0.json"

// ErrNoSchema means the schema is not beside the checkout.
var ErrNoSchema = errors.New("SARIF schema not found (../shared is absent)")

// Validate fails t unless data is a SARIF log the schema accepts. repoRoot
// is the path from the test's directory to the repository root. It skips
// the test with a message when the schema is not beside the checkout.
func Validate(t testing.TB, repoRoot string, data []byte) {
	t.Helper()
	err := Check(repoRoot, data)
	if errors.Is(err, ErrNoSchema) {
		t.Skipf("%v; skipping schema validation", err)
	}
	if err != nil {
		t.Fatal(err)
	}
}

// Check returns nil when data is a SARIF log the schema accepts.
func Check(repoRoot string, data []byte) error {
	path := filepath.Join(repoRoot, schemaRel)
	schema, err := compile(path)
	if os.IsNotExist(err) {
		return fmt.Errorf("%w: %s", ErrNoSchema, path)
	}
	if err != nil {
		return err
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return fmt.Errorf("SARIF output is not JSON: %w", err)
	}
	if err := schema.Validate(doc); err != nil {
		return fmt.Errorf("SARIF output does not validate against the 2.1.0 schema: %w", err)
	}
	return nil
}

func compile(path string) (*jsonschema.Schema, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		return nil, fmt.Errorf("parse schema %s: %w", path, err)
	}
	moveMisplacedAnyOf(doc)
	c := jsonschema.NewCompiler()
	if err := c.AddResource("sarif-schema-2.1.0.json", doc); err != nil {
		return nil, fmt.Errorf("add schema: %w", err)
	}
	s, err := c.Compile("sarif-schema-2.1.0.json")
	if err != nil {
		return nil, fmt.Errorf("compile schema: %w", err)
	}
	return s, nil
}

// moveMisplacedAnyOf repairs, in memory, the one quirk that stops the
// schema from compiling: in definitions.region an anyOf (region needs a
// start line or an offset) sits inside "properties", where the 2020-12
// metaschema wants only property schemas. It is moved up one level, where
// it was meant to be; the file itself is untouched.
func moveMisplacedAnyOf(doc any) {
	defs, _ := doc.(map[string]any)["definitions"].(map[string]any)
	region, _ := defs["region"].(map[string]any)
	props, _ := region["properties"].(map[string]any)
	if anyOf, ok := props["anyOf"]; ok {
		delete(props, "anyOf")
		region["anyOf"] = anyOf
	}
}
