package conformance

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// small is a valid document that uses every member of every object, the
// base of the one-defect documents below.
const small = `{
  "version": "pmroles/v1",
  "name": "Small",
  "roles": [
    {"id": "product-manager", "level": 2},
    {"id": "senior-product-manager"},
    {"id": "lead-product-manager", "title": "Lead Product Manager", "canonical": "senior-product-manager",
     "track": "ic", "level": 4, "grade": "P4", "responsibilities": ["Leads a product line"]},
    {"id": "group-product-manager", "level": 5}
  ],
  "competencies": [{"id": "execution"},
                   {"id": "experimentation", "title": "Experimentation", "description": "Runs A/B tests"}],
  "functions": [{"id": "engineering"}, {"id": "legal", "title": "Legal"}],
  "scopes": {"product": "Group", "product-line": "Stage"},
  "aliases": [{"title": "Lead PM", "role": "lead-product-manager"}],
  "authority": [{"role": "group-product-manager", "inherit": true,
                 "grants": [{"decision": "investment", "scope": "product",
                             "limit": {"amount": 50000, "currency": "EUR"}}]}],
  "reporting": [{"manager": "group-product-manager", "reports": ["product-manager", "senior-product-manager"]}],
  "spanOfControl": {"min": 1, "max": 8},
  "ladder": [
    {"from": "product-manager", "to": "senior-product-manager", "kind": "promotion",
     "requirements": {"yearsExperience": 3, "yearsInRole": 1.5, "competencies": ["execution"]}},
    {"from": "senior-product-manager", "to": "lead-product-manager", "kind": "promotion",
     "requirements": {"yearsExperience": 6, "yearsInRole": 2, "yearsManaging": 0,
                      "competencies": ["execution", "experimentation"]}},
    {"from": "senior-product-manager", "to": "group-product-manager", "kind": "track-change",
     "requirements": {"yearsExperience": 6, "yearsInRole": 2, "competencies": ["execution"]}}
  ],
  "raci": {
    "parties": ["product-manager", "group-product-manager", "engineering", "legal"],
    "activities": [
      {"name": "Pricing", "decision": "pricing", "scope": "Group",
       "cells": {"product-manager": "A/R", "legal": "C", "group-product-manager": "I"}},
      {"name": "Launch review", "cells": {"group-product-manager": "A", "engineering": "R", "product-manager": "c"}}
    ]
  }
}`

// TestValidDocuments checks that every shipped and test document, and the
// base of the defect table, validates against the schema and loads; and
// that so does the canonical document pmroles writes of each.
func TestValidDocuments(t *testing.T) {
	docs := validDocuments(t)
	docs["small (the defect table's base)"] = []byte(small)
	for name, data := range docs {
		t.Run(name, func(t *testing.T) {
			v := judge(t, data)
			if v.schemaErr != nil {
				t.Errorf("the schema rejects it:\n%v", v.schemaErr)
			}
			if v.parseErr != nil {
				t.Fatalf("ParseFramework: %v", v.parseErr)
			}
			canonical, err := json.MarshalIndent(v.framework, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			if c := judge(t, canonical); c.schemaErr != nil || c.parseErr != nil {
				t.Errorf("its canonical form: schema: %v; ParseFramework: %v", c.schemaErr, c.parseErr)
			}
		})
	}
}

func set(ptr string, value any) op { return op{kind: opSet, path: tokens(ptr), value: value} }
func drop(ptr string) op           { return op{kind: opDrop, path: tokens(ptr)} }
func add(ptr, name string, value any) op {
	return op{kind: opAdd, path: tokens(ptr), name: name, value: value}
}
func repeat(ptr string) op { return op{kind: opRepeat, path: tokens(ptr)} }

// tokens splits a JSON Pointer without escapes.
func tokens(ptr string) []string {
	if ptr == "" {
		return nil
	}
	return strings.Split(ptr, "/")[1:]
}

// num is a JSON number as the decoder gives it.
func num(text string) json.Number { return json.Number(text) }

// obj reads a JSON object or array written in a test.
func obj(text string) any {
	var v any
	d := json.NewDecoder(strings.NewReader(text))
	d.UseNumber()
	if err := d.Decode(&v); err != nil {
		panic(err)
	}
	return v
}

// manyRoles is a roles array one longer than a framework may hold.
func manyRoles() any {
	var roles []any
	for i := range 65 {
		roles = append(roles, obj(fmt.Sprintf(
			`{"id": "role-%d", "title": "Role %c%c", "canonical": "product-manager"}`, i, 'A'+i/26, 'A'+i%26)))
	}
	return roles
}

// TestInvalidDocuments checks documents with one defect each, made from
// the valid document small by one change: the schema must reject each,
// ParseFramework too, and both must blame the place of the defect
// (ParseFramework exactly at ptr; the schema there, or on the way there).
func TestInvalidDocuments(t *testing.T) {
	const (
		cell  = "/raci/activities/0/cells/product-manager"
		limit = "/authority/0/grants/0/limit"
		years = "/ladder/0/requirements/yearsExperience"
		lead  = "/roles/2"
	)
	for _, c := range []struct {
		name string
		op   op
		ptr  string // where ParseFramework reports the defect
	}{
		{"document not an object", set("", obj(`[]`)), ""},
		{"unknown member", add("", "colour", "blue"), "/colour"},
		{"member in another case", add("", "Name", "Small"), "/Name"},
		{"missing version", drop("/version"), ""},
		{"other version", set("/version", "pmroles/v2"), "/version"},
		{"version as a number", set("/version", num("1")), "/version"},
		{"name as a number", set("/name", num("5")), "/name"},
		{"name with a control character", set("/name", "Small\tframework"), "/name"},
		{"name too long", set("/name", strings.Repeat("n", 257)), "/name"},
		{"null section", set("/ladder", nil), "/ladder"},

		{"missing roles", drop("/roles"), ""},
		{"no roles", set("/roles", obj(`[]`)), "/roles"},
		{"roles as an object", set("/roles", obj(`{}`)), "/roles"},
		{"65 roles", set("/roles", manyRoles()), "/roles"},
		{"role as a string", set("/roles/0", "product-manager"), "/roles/0"},
		{"unknown role member", add("/roles/0", "salary", num("1")), "/roles/0/salary"},
		{"role without ID", drop("/roles/1/id"), "/roles/1"},
		{"role ID as a number", set("/roles/1/id", num("7")), "/roles/1/id"},
		{"role ID with an underscore", set(lead+"/id", "lead_product_manager"), lead + "/id"},
		{"role ID in upper case", set(lead+"/id", "Lead-Product-Manager"), lead + "/id"},
		{"role ID with two dashes", set(lead+"/id", "lead--product-manager"), lead + "/id"},
		{"role ID ending in a dash", set(lead+"/id", "lead-product-manager-"), lead + "/id"},
		{"role ID too long", set(lead+"/id", strings.Repeat("x", 65)), lead + "/id"},
		{"empty role ID", set(lead+"/id", ""), lead + "/id"},
		{"role listed twice", repeat("/roles/1"), "/roles/4/id"},
		{"level 17", set("/roles/0/level", num("17")), "/roles/0/level"},
		{"level 0", set("/roles/0/level", num("0")), "/roles/0/level"},
		{"level -1", set("/roles/0/level", num("-1")), "/roles/0/level"},
		{"level 2.5", set("/roles/0/level", num("2.5")), "/roles/0/level"},
		{"level as a string", set("/roles/0/level", "2"), "/roles/0/level"},
		{"unknown track", set(lead+"/track", "executive"), lead + "/track"},
		{"track in upper case", set(lead+"/track", "IC"), lead + "/track"},
		{"catalogue role on another track", add("/roles/0", "track", "management"), "/roles/0/track"},
		{"catalogue role with another canonical role", add("/roles/0", "canonical", "senior-product-manager"), "/roles/0/canonical"},
		{"company role without canonical role", drop(lead + "/canonical"), lead + "/canonical"},
		{"company role anchored to a company role", set(lead+"/canonical", "staff-product-manager"), lead + "/canonical"},
		{"company role without title", drop(lead + "/title"), lead + "/title"},
		{"company role with an empty title", set(lead+"/title", ""), lead + "/title"},
		{"title with a control character", set(lead+"/title", "Lead\u0085Product Manager"), lead + "/title"},
		{"grade too long", set(lead+"/grade", strings.Repeat("P", 257)), lead + "/grade"},
		{"responsibilities as a string", set(lead+"/responsibilities", "Leads"), lead + "/responsibilities"},
		{"empty responsibility", set(lead+"/responsibilities/0", ""), lead + "/responsibilities/0"},
		{"responsibility too long", set(lead+"/responsibilities/0", strings.Repeat("d", 1025)), lead + "/responsibilities/0"},

		{"competency ID with a space", set("/competencies/1/id", "a b testing"), "/competencies/1/id"},
		{"competency listed twice", repeat("/competencies/0"), "/competencies/2/id"},
		{"competency description too long", set("/competencies/1/description", strings.Repeat("d", 1025)), "/competencies/1/description"},
		{"competency without ID", drop("/competencies/0/id"), "/competencies/0"},
		{"function with an unknown member", add("/functions/1", "owner", "cfo"), "/functions/1/owner"},
		{"function listed twice", repeat("/functions/1"), "/functions/2/id"},
		{"function title as an array", set("/functions/1/title", obj(`["Legal"]`)), "/functions/1/title"},

		{"unknown scope", add("/scopes", "team", "Squad"), "/scopes/team"},
		{"scope label with a newline", set("/scopes/product", "Gro\nup"), "/scopes/product"},
		{"scopes as an array", set("/scopes", obj(`["Group"]`)), "/scopes"},

		{"alias without role", drop("/aliases/0/role"), "/aliases/0"},
		{"alias with an empty title", set("/aliases/0/title", ""), "/aliases/0/title"},
		{"alias with a bad role ID", set("/aliases/0/role", "Lead PM"), "/aliases/0/role"},

		{"authority without grants", drop("/authority/0/grants"), "/authority/0"},
		{"inherit as a string", set("/authority/0/inherit", "yes"), "/authority/0/inherit"},
		{"unknown decision", set("/authority/0/grants/0/decision", "ship-it"), "/authority/0/grants/0/decision"},
		{"decision in upper case", set("/authority/0/grants/0/decision", "BUDGET"), "/authority/0/grants/0/decision"},
		{"grant without scope", drop("/authority/0/grants/0/scope"), "/authority/0/grants/0"},
		{"grant with an empty scope", set("/authority/0/grants/0/scope", ""), "/authority/0/grants/0/scope"},
		{"grant listed twice", repeat("/authority/0/grants/0"), "/authority/0/grants/1/decision"},
		{"negative limit", set(limit+"/amount", num("-5")), limit},
		{"limit of zero", set(limit+"/amount", num("0")), limit},
		{"fractional limit", set(limit+"/amount", num("10.5")), limit + "/amount"},
		{"limit too large", set(limit+"/amount", num("9223372036854775808")), limit + "/amount"},
		{"currency in lower case", set(limit+"/currency", "eur"), limit},
		{"two-letter currency", set(limit+"/currency", "EU"), limit},
		{"limit without currency", drop(limit + "/currency"), limit},
		{"limit as a number", set(limit, num("50000")), limit},

		{"reports as a string", set("/reporting/0/reports", "product-manager"), "/reporting/0/reports"},
		{"report listed twice", repeat("/reporting/0/reports/0"), "/reporting/0/reports/2"},
		{"reporting without manager", drop("/reporting/0/manager"), "/reporting/0"},

		{"negative span", set("/spanOfControl/min", num("-1")), "/spanOfControl/min"},
		{"fractional span", set("/spanOfControl/max", num("1.5")), "/spanOfControl/max"},
		{"span too large", set("/spanOfControl/max", num("2147483648")), "/spanOfControl/max"},
		{"empty span", set("/spanOfControl", obj(`{}`)), "/spanOfControl"},
		{"span of zeros", set("/spanOfControl", obj(`{"min": 0, "max": 0}`)), "/spanOfControl"},
		{"span with an unknown member", add("/spanOfControl", "average", num("4")), "/spanOfControl/average"},

		{"unknown transition kind", set("/ladder/0/kind", "demotion"), "/ladder/0/kind"},
		{"transition kind in title case", set("/ladder/0/kind", "Promotion"), "/ladder/0/kind"},
		{"transition without to", drop("/ladder/0/to"), "/ladder/0"},
		{"transition with a bad role ID", set("/ladder/0/from", "Product Manager"), "/ladder/0/from"},
		{"transition listed twice", repeat("/ladder/0"), "/ladder/3"},
		{"negative years", set(years, num("-1")), years},
		{"years as a string", set(years, "3"), years},
		{"unknown requirement", add("/ladder/0/requirements", "yearsOfService", num("2")), "/ladder/0/requirements/yearsOfService"},
		{"requirements as an array", set("/ladder/0/requirements", obj(`[]`)), "/ladder/0/requirements"},
		{"competency of a transition not an ID", set("/ladder/0/requirements/competencies/0", "Execution"), "/ladder/0/requirements/competencies/0"},

		{"chart without activities", drop("/raci/activities"), "/raci"},
		{"chart without parties", set("/raci/parties", obj(`[]`)), "/raci/activities/0/cells/legal"},
		{"chart without rows", set("/raci/activities", obj(`[]`)), "/raci"},
		{"party listed twice", repeat("/raci/parties/0"), "/raci/parties/4"},
		{"party not an ID", set("/raci/parties/2", "Engineering team"), "/raci/parties/2"},
		{"bad letter", set(cell, "X"), cell},
		{"two letters other than A and R", set(cell, "A/C"), cell},
		{"A and R without a slash", set(cell, "AR"), cell},
		{"three letters", set(cell, "A/R/C"), cell},
		{"A twice", set(cell, "A/A"), cell},
		{"cell as a number", set(cell, num("1")), cell},
		{"cell keyed by a title", add("/raci/activities/0/cells", "Product Manager", "C"), "/raci/activities/0/cells/Product Manager"},
		{"no cell", set("/raci/activities/0/cells", obj(`{}`)), "/raci/activities/0"},
		{"no accountable party", set("/raci/activities/0/cells", obj(`{"product-manager": "R", "legal": "C"}`)), "/raci/activities/0"},
		{"no responsible party", set("/raci/activities/0/cells", obj(`{"product-manager": "a", "legal": "C"}`)), "/raci/activities/0"},
		{"activity without name", drop("/raci/activities/0/name"), "/raci/activities/0"},
		{"empty activity name", set("/raci/activities/0/name", ""), "/raci/activities/0"},
		{"activity name with a space before", set("/raci/activities/0/name", " Pricing"), "/raci/activities/0"},
		{"activity name with a no-break space after", set("/raci/activities/0/name", "Pricing\u00a0"), "/raci/activities/0"},
		{"activity name with a tab", set("/raci/activities/0/name", "Pri\tcing"), "/raci/activities/0"},
		{"activity name too long", set("/raci/activities/0/name", strings.Repeat("a", 257)), "/raci/activities/0"},
		{"activity named twice", repeat("/raci/activities/0"), "/raci/activities/2"},
		{"decision without scope", drop("/raci/activities/0/scope"), "/raci/activities/0/scope"},
		{"scope without decision", drop("/raci/activities/0/decision"), "/raci/activities/0/decision"},
		{"unknown activity decision", set("/raci/activities/0/decision", "ship-it"), "/raci/activities/0/decision"},
		{"activity with an unknown member", add("/raci/activities/1", "owner", "legal"), "/raci/activities/1/owner"},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc, err := apply(decode(t, []byte(small)), c.op)
			if err != nil {
				t.Fatal(err)
			}
			v := judge(t, encode(t, doc))
			if v.schemaErr == nil {
				t.Errorf("%s: the schema accepts it", c.op)
			} else {
				for _, l := range leaves(v.schemaErr) {
					if !related(l, c.op.at()) {
						t.Errorf("%s: the schema blames %q, away from %q:\n%v", c.op, l, c.op.at(), v.schemaErr)
					}
				}
			}
			if v.parseErr == nil {
				t.Fatalf("%s: ParseFramework accepts it", c.op)
			}
			ptrs := problemPointers(v.parseErr)
			found := false
			for _, p := range ptrs {
				found = found || p == c.ptr
			}
			if !found {
				t.Errorf("%s: ParseFramework blames %q, want %q:\n%v", c.op, ptrs, c.ptr, v.parseErr)
			}
		})
	}
}
