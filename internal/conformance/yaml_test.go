package conformance

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pmroles/pmroles"
	"sigs.k8s.io/yaml"
)

// TestYAML checks the way the README gives to keep a framework in YAML:
// acme.yaml, converted to JSON by sigs.k8s.io/yaml, validates and compiles
// to the framework of acme.json, the same bytes in canonical form.
func TestYAML(t *testing.T) {
	y, err := os.ReadFile("../../testdata/framework/acme.yaml")
	if err != nil {
		t.Fatal(err)
	}
	j, err := os.ReadFile("../../testdata/framework/acme.json")
	if err != nil {
		t.Fatal(err)
	}
	want := canonical(t, j)
	for name, convert := range map[string]func([]byte) ([]byte, error){
		"YAMLToJSON":       yaml.YAMLToJSON,
		"YAMLToJSONStrict": yaml.YAMLToJSONStrict,
	} {
		t.Run(name, func(t *testing.T) {
			data, err := convert(y)
			if err != nil {
				t.Fatal(err)
			}
			if v := judge(t, data); v.schemaErr != nil {
				t.Errorf("the schema rejects the converted document:\n%v", v.schemaErr)
			}
			if diff := cmp.Diff(string(want), string(canonical(t, data))); diff != "" {
				t.Errorf("the YAML framework differs from the JSON one (-json +yaml):\n%s", diff)
			}
		})
	}
}

// canonical parses a document and returns json.Marshal of its framework.
func canonical(t *testing.T, data []byte) []byte {
	t.Helper()
	f, err := pmroles.ParseFramework(data)
	if err != nil {
		t.Fatalf("ParseFramework: %v", err)
	}
	b, err := json.Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestYAMLDuplicateKeys shows why the README advises YAMLToJSONStrict:
// ParseFramework refuses duplicate keys in JSON, but YAMLToJSON keeps the
// last of them silently, so only the strict conversion catches them.
func TestYAMLDuplicateKeys(t *testing.T) {
	const doc = "version: pmroles/v1\nroles:\n  - id: product-manager\n    level: 2\n    level: 3\n"
	data, err := yaml.YAMLToJSON([]byte(doc))
	if err != nil {
		t.Fatalf("YAMLToJSON: %v", err)
	}
	if _, err := pmroles.ParseFramework(data); err != nil {
		t.Errorf("YAMLToJSON no longer hides the duplicate key (%v): the README's advice may change", err)
	}
	if _, err := yaml.YAMLToJSONStrict([]byte(doc)); err == nil {
		t.Error("YAMLToJSONStrict accepts a duplicate key")
	}
}
