package conformance

import (
	"bytes"
	"encoding/json"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pmroles/pmroles"
)

// TestSchemaEmbedded checks that pmroles.Schema returns the schema file,
// as a copy, and that it compiles.
func TestSchemaEmbedded(t *testing.T) {
	file, err := os.ReadFile(schemaFile)
	if err != nil {
		t.Fatal(err)
	}
	got := pmroles.Schema()
	if !bytes.Equal(got, file) {
		t.Fatalf("pmroles.Schema() is not %s", schemaFile)
	}
	got[0] = 'X'
	if again := pmroles.Schema(); !bytes.Equal(again, file) {
		t.Fatal("changing what pmroles.Schema returned changed the embedded schema")
	}
	schema(t)
}

// schemaJSON returns the schema as plain decoded JSON.
func schemaJSON(t *testing.T) map[string]any {
	t.Helper()
	var s map[string]any
	if err := json.Unmarshal(pmroles.Schema(), &s); err != nil {
		t.Fatal(err)
	}
	return s
}

// at returns the value of the schema at a JSON Pointer without escapes.
func at(t *testing.T, s map[string]any, ptr string) any {
	t.Helper()
	var v any = s
	for _, tok := range strings.Split(ptr, "/")[1:] {
		m, ok := v.(map[string]any)
		if !ok {
			t.Fatalf("schema %s: %s is not an object", ptr, tok)
		}
		if v, ok = m[tok]; !ok {
			t.Fatalf("schema %s: no %s", ptr, tok)
		}
	}
	return v
}

func strs(t *testing.T, v any) []string {
	t.Helper()
	list, ok := v.([]any)
	if !ok {
		t.Fatalf("%v is not an array", v)
	}
	out := make([]string, len(list))
	for i, e := range list {
		if out[i], ok = e.(string); !ok {
			t.Fatalf("%v is not an array of strings", v)
		}
	}
	return out
}

// jsonMembers returns the JSON names of the fields of a struct type.
func jsonMembers(typ reflect.Type) []string {
	var out []string
	for f := range typ.Fields() {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name != "" && name != "-" {
			out = append(out, name)
		}
	}
	slices.Sort(out)
	return out
}

// TestSchemaMembers checks that each object of the schema has exactly the
// members of the Go type that mirrors it, so that a member added to the
// Spec and forgotten in the schema fails here.
func TestSchemaMembers(t *testing.T) {
	s := schemaJSON(t)
	for _, c := range []struct {
		at  string
		typ any
	}{
		{"", pmroles.Spec{}},
		{"/$defs/role", pmroles.RoleSpec{}},
		{"/$defs/competency", pmroles.CompetencySpec{}},
		{"/$defs/function", pmroles.FunctionSpec{}},
		{"/properties/scopes", pmroles.ScopeLabels{}},
		{"/$defs/alias", pmroles.AliasSpec{}},
		{"/$defs/authority", pmroles.AuthoritySpec{}},
		{"/$defs/grant", pmroles.GrantSpec{}},
		{"/$defs/money", pmroles.Money{}},
		{"/$defs/reporting", pmroles.ReportingSpec{}},
		{"/properties/spanOfControl", pmroles.SpanOfControl{}},
		{"/$defs/transition", pmroles.TransitionSpec{}},
		{"/$defs/transition/properties/requirements", pmroles.RequirementsSpec{}},
		{"/$defs/raci", pmroles.RACISpec{}},
		{"/$defs/activity", pmroles.ActivitySpec{}},
	} {
		var obj map[string]any = s
		if c.at != "" {
			obj = at(t, s, c.at).(map[string]any)
		}
		props, _ := obj["properties"].(map[string]any)
		var got []string
		for name := range props {
			got = append(got, name)
		}
		slices.Sort(got)
		if diff := cmp.Diff(jsonMembers(reflect.TypeOf(c.typ)), got); diff != "" {
			t.Errorf("schema %q: members differ from %T (-Go +schema):\n%s", c.at, c.typ, diff)
		}
	}
}

// TestSchemaClosed checks that every object the schema describes refuses
// members it does not list, as ParseFramework does.
func TestSchemaClosed(t *testing.T) {
	var walk func(ptr string, v any)
	objects := 0
	walk = func(ptr string, v any) {
		switch c := v.(type) {
		case map[string]any:
			if _, ok := c["properties"]; ok && c["type"] == "object" {
				objects++
				if c["additionalProperties"] != false {
					t.Errorf("schema %s: an object without \"additionalProperties\": false", ptr)
				}
			}
			for k, e := range c {
				walk(ptr+"/"+k, e)
			}
		case []any:
			for _, e := range c {
				walk(ptr+"/[]", e)
			}
		}
	}
	walk("", schemaJSON(t))
	if objects < 15 {
		t.Errorf("found %d objects with members in the schema, want at least 15", objects)
	}
}

// TestSchemaVocabularies checks the schema's closed vocabularies and
// bounds against pmroles.
func TestSchemaVocabularies(t *testing.T) {
	s := schemaJSON(t)
	names := func(seq func(func(string) bool)) []string { return slices.Collect(seq) }
	roles := func(yield func(string) bool) {
		for r := range pmroles.Roles() {
			if !yield(r.String()) {
				return
			}
		}
	}
	tracks := func(yield func(string) bool) {
		for tr := range pmroles.Tracks() {
			if !yield(tr.String()) {
				return
			}
		}
	}
	decisions := func(yield func(string) bool) {
		for d := range pmroles.Decisions() {
			if !yield(d.String()) {
				return
			}
		}
	}
	kinds := func(yield func(string) bool) {
		for k := range pmroles.TransitionKinds() {
			if !yield(k.String()) {
				return
			}
		}
	}
	var scopes []string
	for sc := range pmroles.Scopes() {
		scopes = append(scopes, sc.String())
	}
	var scopeMembers []string
	for name := range at(t, s, "/properties/scopes/properties").(map[string]any) {
		scopeMembers = append(scopeMembers, name)
	}
	slices.Sort(scopeMembers)

	for _, c := range []struct {
		name      string
		want, got any
	}{
		{"version", pmroles.SpecVersion, at(t, s, "/properties/version/const")},
		{"catalogue roles", names(roles), strs(t, at(t, s, "/$defs/catalogueRole/enum"))},
		{"tracks", names(tracks), strs(t, at(t, s, "/$defs/track/enum"))},
		{"decisions", names(decisions), strs(t, at(t, s, "/$defs/decision/enum"))},
		{"transition kinds", names(kinds), strs(t, at(t, s, "/$defs/transition/properties/kind/enum"))},
		{"scopes", slices.Sorted(slices.Values(scopes)), scopeMembers},
		{"most roles", float64(pmroles.MaxRoles), at(t, s, "/properties/roles/maxItems")},
		{"most competencies", float64(pmroles.MaxCompetency), at(t, s, "/properties/competencies/maxItems")},
		{"lowest level", float64(pmroles.MinLevel), at(t, s, "/$defs/role/properties/level/minimum")},
		{"highest level", float64(pmroles.MaxLevel), at(t, s, "/$defs/role/properties/level/maximum")},
	} {
		if diff := cmp.Diff(c.want, c.got); diff != "" {
			t.Errorf("%s (-pmroles +schema):\n%s", c.name, diff)
		}
	}

	// Each catalogue role is its own canonical role, on its catalogue track.
	type entry struct{ Canonical, Track string }
	want := map[string]entry{}
	for r := range pmroles.Roles() {
		want[r.String()] = entry{r.String(), r.Track().String()}
	}
	got := map[string]entry{}
	for _, e := range at(t, s, "/$defs/catalogueRoleEntry/allOf").([]any) {
		m := e.(map[string]any)
		id := at(t, m, "/if/properties/id/const").(string)
		got[id] = entry{at(t, m, "/then/properties/canonical/const").(string), at(t, m, "/then/properties/track/const").(string)}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("catalogue role entries (-pmroles +schema):\n%s", diff)
	}
}
