package pmroles_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/pmroles/pmroles"
)

// acme loads the Acme document of the package's testdata: eleven roles,
// two of them Acme's own (a Staff PM and a Senior Director of Product),
// its own level scale and grades, competencies, a "legal" function, scope
// labels, aliases, reporting rules, a ladder and a RACI chart.
func acme() *pmroles.Framework {
	data, err := os.ReadFile("testdata/framework/acme.json")
	if err != nil {
		panic(err)
	}
	f, err := pmroles.ParseFramework(data)
	if err != nil {
		panic(err)
	}
	return f
}

func ExampleParseFramework() {
	// A company role joins no ladder by itself: this small company
	// gives none yet ("ladder": []); without it, the catalogue's ladder
	// would apply, and the staff PM could not be reached.
	f, err := pmroles.ParseFramework([]byte(`{
		"version": "pmroles/v1",
		"name": "Small company",
		"roles": [
			{"id": "product-manager"},
			{"id": "staff-product-manager", "title": "Staff Product Manager",
			 "canonical": "principal-product-manager", "level": 3, "grade": "P3"},
			{"id": "head-of-product", "level": 4}
		],
		"authority": [{"role": "head-of-product", "inherit": true,
			"grants": [{"decision": "acquisitions", "scope": "company"}]}],
		"ladder": []
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	staff, _ := f.ParseRole("staff-product-manager")
	fmt.Println(staff, f.Canonical(staff), f.Level(staff), f.Grade(staff))
	fmt.Println(f.Can(staff, pmroles.Strategy, pmroles.Portfolio))
	who, _ := f.Escalate(pmroles.Acquisitions, pmroles.Company)
	fmt.Println(who)
	// Output:
	// staff-product-manager principal-product-manager L3 P3
	// true
	// head-of-product
}

func ExampleParseFramework_problems() {
	// Every problem at once, each with the JSON Pointer and byte offset
	// of the value at fault.
	_, err := pmroles.ParseFramework([]byte(`{"version": "pmroles/v1", "roles": [
		{"id": "product-manager", "level": 17},
		{"id": "staff-pm", "title": "Staff PM", "canonical": "cto"}
	], "ladder": [{"from": "product-manager", "to": "vp", "kind": "promotion"}]}`))
	fmt.Println(errors.Is(err, pmroles.ErrInvalidFramework))
	var list *pmroles.ProblemList
	if errors.As(err, &list) {
		for _, p := range list.Problems {
			var fe *pmroles.FrameworkError
			if errors.As(p, &fe) {
				fmt.Println(fe.Pointer, fe.Offset)
			}
		}
	}
	// Output:
	// true
	// /roles/0/level 74
	// /roles/1/canonical 134
	// /ladder/0/to 190
}

func ExampleReadFramework() {
	doc := `{"version": "pmroles/v1", "roles": [{"id": "product-owner"}, {"id": "head-of-product"}]}`
	f, err := pmroles.ReadFramework(strings.NewReader(doc))
	fmt.Println(f.Top(), err)
	// Output: head-of-product <nil>
}

func ExampleCompile() {
	// A Spec written in Go, as a document would say it.
	f, err := pmroles.Compile(&pmroles.Spec{
		Version: pmroles.SpecVersion,
		Roles: []pmroles.RoleSpec{
			{ID: "product-manager"},
			{ID: "senior-product-manager"},
			{ID: "lead-product-manager", Title: "Lead Product Manager", Canonical: "senior-product-manager", Level: 4},
			{ID: "head-of-product", Level: 5},
		},
		Ladder: []pmroles.TransitionSpec{
			{From: "product-manager", To: "senior-product-manager", Kind: "promotion",
				Requirements: pmroles.RequirementsSpec{YearsExperience: 4, YearsInRole: 1.5}},
			{From: "senior-product-manager", To: "lead-product-manager", Kind: "promotion",
				Requirements: pmroles.RequirementsSpec{YearsExperience: 6, YearsInRole: 2}},
			{From: "lead-product-manager", To: "head-of-product", Kind: "track-change",
				Requirements: pmroles.RequirementsSpec{YearsExperience: 8, YearsInRole: 2, YearsManaging: 1}},
		},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	path, _ := f.Ladder().Path(pmroles.ProductManager, pmroles.HeadOfProduct)
	for _, t := range path {
		fmt.Println(t)
	}
	// Output:
	// promotion product-manager -> senior-product-manager
	// promotion senior-product-manager -> lead-product-manager
	// track-change lead-product-manager -> head-of-product
}

func ExampleParseSpec() {
	// Read a document without compiling it, to look at or edit it.
	s, err := pmroles.ParseSpec([]byte(`{"version": "pmroles/v1", "name": "Draft",
		"roles": [{"id": "product-manager"}, {"id": "growth-pm", "title": "Growth PM", "canonical": "product-manager"}]}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.Name, len(s.Roles), s.Roles[1].Canonical, s.Ladder == nil)
	// Output: Draft 2 product-manager true
}

func ExampleSpec() {
	// A framework's Spec is complete: every default spelled out. Edit
	// it and compile the result.
	s := acme().Spec()
	fmt.Println(len(s.Roles), len(s.Authority), len(s.Ladder), len(s.Reporting))
	s.Name = "Acme, next year"
	s.Roles = append(s.Roles, pmroles.RoleSpec{ID: "principal-designer", Title: "Principal Designer",
		Canonical: "director-of-ux", Level: 6})
	s.Authority = append(s.Authority, pmroles.AuthoritySpec{Role: "principal-designer", Inherit: true,
		Grants: []pmroles.GrantSpec{}})
	g, err := pmroles.Compile(s)
	if err != nil {
		fmt.Println(err)
		return
	}
	designer, _ := g.ParseRole("principal-designer")
	fmt.Println(g.Name(), g.Canonical(designer), g.Level(designer))
	// Output:
	// 11 11 12 5
	// Acme, next year director-of-ux L6
}

func ExampleSpec_MarshalJSON() {
	b, err := json.Marshal(pmroles.Spec{Version: pmroles.SpecVersion, Roles: []pmroles.RoleSpec{{ID: "product-manager"}}})
	fmt.Println(string(b), err)
	// Output: {"version":"pmroles/v1","roles":[{"id":"product-manager"}]} <nil>
}

func ExampleSpec_UnmarshalJSON() {
	var s pmroles.Spec
	err := json.Unmarshal([]byte(`{"version": "pmroles/v1", "roles": [{"id": "product-manager", "levle": 3}]}`), &s)
	fmt.Println(err)
	// Output: pmroles: framework: /roles/0/levle (byte 71): unknown member "levle" (want one of id, title, canonical, track, level, grade, responsibilities)
}

func ExampleFrameworkError() {
	_, err := pmroles.ParseFramework([]byte(`{"version": "pmroles/v1",
		"roles": [{"id": "product-manager"}, {"id": "head-of-product"}],
		"reporting": [{"manager": "product-manager", "reports": ["head-of-product"]}]}`))
	var fe *pmroles.FrameworkError
	if errors.As(err, &fe) {
		fmt.Println(fe.Pointer)
		fmt.Println(fe)
	}
	// Output:
	// /reporting/0/reports/0
	// pmroles: framework: /reporting/0/reports/0 (byte 152): product-manager (L2) may not manage head-of-product (L6): a manager outranks its reports
}

func ExampleProblemList() {
	// Past MaxProblems problems, the error counts the rest.
	var b strings.Builder
	b.WriteString(`{"version": "pmroles/v1", "roles": [`)
	for i := range 32 {
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, `{"id": "Role %d"}, {"id": "r%d", "canonical": "cto", "level": 0}`, i, i)
	}
	b.WriteString("]}")
	_, err := pmroles.ParseFramework([]byte(b.String()))
	var list *pmroles.ProblemList
	if errors.As(err, &list) {
		fmt.Println(len(list.Problems), list.More)
	}
	// Output: 100 28
}

func ExampleRoleSpec() {
	// A company role: an ID, a title, the catalogue role it is a variant
	// of, and what differs. Without grants or duties of its own it takes
	// its canonical role's.
	f, err := pmroles.Compile(&pmroles.Spec{Version: pmroles.SpecVersion, Roles: []pmroles.RoleSpec{
		{ID: "product-manager"},
		{ID: "senior-director-of-product", Title: "Senior Director of Product",
			Canonical: "director-of-product", Track: "management", Level: 9},
	}})
	if err != nil {
		fmt.Println(err)
		return
	}
	sd, _ := f.ParseRole("senior-director-of-product")
	fmt.Println(f.Title(sd), f.Level(sd), f.Track(sd))
	fmt.Println(f.Authority(sd) == pmroles.Default().Authority(pmroles.DirectorOfProduct))
	// Output:
	// Senior Director of Product L9 management
	// true
}

func ExampleCompetencySpec() {
	f := acme()
	c, _ := f.ParseCompetency("experimentation")
	fmt.Println(c.IsCatalogue(), f.CompetencyID(c))
	for _, cs := range f.Spec().Competencies {
		if cs.ID == "experimentation" {
			fmt.Println(cs.Title, "-", cs.Description)
		}
	}
	// Output:
	// false experimentation
	// Experimentation - Designs A/B tests and decides from their results
}

func ExampleFunctionSpec() {
	f := acme()
	legal, _ := f.ParseFunction("legal")
	fmt.Println(legal, f.FunctionTitle(legal), f.RACI().Cell("Pricing", pmroles.FunctionParty(legal)))
	// Output: legal Legal C
}

func ExampleScopeLabels() {
	// Acme calls its scopes as GitLab does: group, stage, section.
	f := acme()
	s, _ := f.ParseScope("Stage")
	fmt.Println(s, f.ScopeLabel(pmroles.Portfolio))
	// Output: product-line Section
}

func ExampleAliasSpec() {
	f := acme()
	t, _ := f.ParseTitle("Staff PM, Payments")
	fmt.Println(t.Role, t.Area)
	t, _ = f.ParseTitle("Lead Product Manager")
	fmt.Println(t.Role)
	// Output:
	// staff-product-manager Payments
	// senior-product-manager
}

func ExampleAuthoritySpec() {
	// inherit keeps the role's default grants and lays the listed ones
	// over them; here, a limited right to invest in a product line.
	f := acme()
	sd, _ := f.ParseRole("senior-director-of-product")
	limit, ok := f.Authority(sd).Limit(pmroles.Investment)
	fmt.Println(f.Can(sd, pmroles.Investment, pmroles.ProductLine), limit, ok)
	// Output: true 250000 USD true
}

func ExampleGrantSpec() {
	s := acme().Spec()
	for _, a := range s.Authority {
		if a.Role != "senior-director-of-product" {
			continue
		}
		for _, g := range a.Grants {
			if g.Limit != (pmroles.Money{}) {
				fmt.Println(g.Decision, g.Scope, g.Limit)
			}
		}
	}
	// Output: investment product-line 250000 USD
}

func ExampleReportingSpec() {
	f := acme()
	staff, _ := f.ParseRole("staff-product-manager")
	fmt.Println(f.MayManage(pmroles.DirectorOfProduct, staff), f.MayManage(pmroles.GroupProductManager, staff))
	// Output: true false
}

func ExampleTransitionSpec() {
	f := acme()
	staff, _ := f.ParseRole("staff-product-manager")
	for t := range f.Ladder().Next(staff) {
		fmt.Println(t, t.Requirements.YearsExperience)
	}
	// Output: promotion staff-product-manager -> principal-product-manager 8
}

func ExampleRequirementsSpec() {
	// Years are fractional, and a candidate exactly on the bar meets it.
	f := acme()
	c := pmroles.Candidate{Role: pmroles.AssociateProductManager, YearsExperience: 1.5, YearsInRole: 1,
		Competencies: pmroles.CompetencySetOf(pmroles.CompetencyExecution)}
	fmt.Println(f.Ladder().Check(c, pmroles.ProductManager))
	// Output: <nil>
}

func ExampleRACISpec() {
	m := acme().RACI()
	for _, p := range m.Parties() {
		fmt.Print(p, " ")
	}
	fmt.Println()
	// Output: product-manager senior-product-manager director-of-product engineering design legal
}

func ExampleActivitySpec() {
	m := acme().RACI()
	for _, a := range m.Activities() {
		who, _ := m.Accountable(a.Name)
		fmt.Println(a.Name, a.Decision, a.Scope, who)
	}
	// Output:
	// Pricing pricing product product-manager
	// Requirements requirements product product-manager
}

func ExampleSpanOfControl() {
	f, err := pmroles.ParseFramework([]byte(`{"version": "pmroles/v1",
		"roles": [{"id": "product-manager"}, {"id": "head-of-product"}],
		"spanOfControl": {"min": 1, "max": 12}}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	span, ok := f.SpanOfControl()
	fmt.Println(span.Min, span.Max, ok)
	// Output: 1 12 true
}

func ExampleAuthority_MarshalJSON() {
	a, _ := pmroles.NewAuthority(
		pmroles.Grant{Decision: pmroles.Pricing, Scope: pmroles.Product},
		pmroles.Grant{Decision: pmroles.Budget, Scope: pmroles.ProductLine, Limit: pmroles.Money{Amount: 50000, Currency: "EUR"}},
	)
	b, err := json.Marshal(a)
	fmt.Println(string(b), err)
	// Output: [{"decision":"pricing","scope":"product"},{"decision":"budget","scope":"product-line","limit":{"amount":50000,"currency":"EUR"}}] <nil>
}

func ExampleAuthority_UnmarshalJSON() {
	var a pmroles.Authority
	err := json.Unmarshal([]byte(`[{"decision": "hiring", "scope": "portfolio"}]`), &a)
	fmt.Println(a, err)
	err = json.Unmarshal([]byte(`[{"decision": "hiring", "scope": "portfolio"}, {"decision": "hiring", "scope": "product"}]`), &a)
	fmt.Println(errors.Is(err, pmroles.ErrInvalidGrant))
	// Output:
	// {hiring@portfolio} <nil>
	// true
}

func ExampleMatrix_MarshalJSON() {
	m, _ := pmroles.ParseMatrixCSV(strings.NewReader("Activity,product-manager,engineering\nBuild,A,R\n"))
	b, err := json.Marshal(m)
	fmt.Println(string(b), err)
	// Output: {"parties":["product-manager","engineering"],"activities":[{"name":"Build","cells":{"product-manager":"A","engineering":"R"}}]} <nil>
}

func ExampleMatrix_UnmarshalJSON() {
	var m pmroles.Matrix
	err := json.Unmarshal([]byte(`{"parties": ["product-manager", "design"],
		"activities": [{"name": "Requirements", "decision": "requirements", "scope": "product",
			"cells": {"product-manager": "A/R", "design": "C"}}]}`), &m)
	fmt.Println(m.Cell("Requirements", pmroles.FunctionParty(pmroles.Design)), m.Validate(), err)
	// Output: C <nil> <nil>
}

func ExampleLadder_MarshalJSON() {
	b, err := json.Marshal(pmroles.Startup().Ladder())
	fmt.Println(string(b)[:120], err)
	// Output: [{"from":"product-manager","to":"senior-product-manager","kind":"promotion","requirements":{"yearsExperience":4,"yearsIn <nil>
}

func ExampleRole_Equal() {
	// A Role is its ID: the staff PM of two frameworks compiled apart is
	// one Role. Equal lets go-cmp compare structs that hold Roles.
	r, _ := acme().ParseRole("staff-product-manager")
	again, _ := acme().ParseRole("staff-product-manager")
	fmt.Println(r.Equal(again), r == again, r.Equal(pmroles.PrincipalProductManager))
	// Output: true true false
}

func ExampleFunction_IsCatalogue() {
	legal, _ := acme().ParseFunction("legal")
	fmt.Println(legal.IsCatalogue(), pmroles.Engineering.IsCatalogue())
	// Output: false true
}

func ExampleFunction_Title() {
	legal, _ := acme().ParseFunction("legal")
	fmt.Printf("%q %q %q\n", pmroles.CustomerSupport.Title(), legal.Title(), acme().FunctionTitle(legal))
	// Output: "Customer support" "" "Legal"
}

func ExampleFunction_Equal() {
	fn, _ := pmroles.ParseFunction("Finance")
	fmt.Println(fn.Equal(pmroles.Finance), fn == pmroles.Finance)
	// Output: true true
}

func ExampleCompetency_IsCatalogue() {
	exp, _ := acme().ParseCompetency("experimentation")
	fmt.Println(pmroles.CompetencyHiring.IsCatalogue(), exp.IsCatalogue(), exp.IsValid())
	// Output: true false true
}
