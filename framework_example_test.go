package pmroles_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/pmroles/pmroles"
)

func ExampleFramework() {
	f := pmroles.Default()
	n := 0
	for range f.Roles() {
		n++
	}
	fmt.Println(n, "roles in use")
	// Output: 14 roles in use
}

func ExampleDefault() {
	f := pmroles.Default()
	fmt.Println(f.Uses(pmroles.ChiefProductOfficer), f == pmroles.Default())
	// Output: true true
}

func ExampleFramework_With() {
	small, err := pmroles.Default().With(pmroles.WithRoles(
		pmroles.ProductManager, pmroles.SeniorProductManager, pmroles.HeadOfProduct,
	))
	if err != nil {
		fmt.Println(err)
		return
	}
	// The base framework is unchanged: frameworks are immutable.
	fmt.Println(small.Uses(pmroles.DirectorOfUX), pmroles.Default().Uses(pmroles.DirectorOfUX))
	// Output: false true
}

func ExampleWithRoles() {
	f, err := pmroles.Default().With(pmroles.WithRoles(pmroles.ProductManager, pmroles.DirectorOfProduct))
	if err != nil {
		fmt.Println(err)
		return
	}
	// The default ladder, joined over the roles left out, asks what the
	// steps between asked.
	for t := range f.Ladder().All() {
		fmt.Println(t, t.Requirements.YearsExperience)
	}
	_, err = pmroles.Default().With(pmroles.WithRoles(pmroles.ProductManager, pmroles.Role{}))
	fmt.Println(err)
	// Output:
	// promotion product-manager -> director-of-product 10
	// pmroles: unknown role: WithRoles: role 1 (%!Role(0)) is neither a role of the framework nor of the catalogue
}

func ExampleOption() {
	opts := []pmroles.Option{pmroles.WithRoles(pmroles.ProductOwner, pmroles.HeadOfProduct)}
	f, err := pmroles.Default().With(opts...)
	fmt.Println(f.Uses(pmroles.ProductOwner), err)
	// Output: true <nil>
}

func ExampleFramework_Roles() {
	f, _ := pmroles.Default().With(pmroles.WithRoles(pmroles.HeadOfProduct, pmroles.ProductManager))
	for r := range f.Roles() { // the framework's order, not the argument order
		fmt.Println(r)
	}
	// Output:
	// product-manager
	// head-of-product
}

func ExampleFramework_Uses() {
	fmt.Println(pmroles.Default().Uses(pmroles.ProductOwner), pmroles.Default().Uses(pmroles.Role{}))
	// Output: true false
}

func ExampleFramework_ParseRole() {
	f := acme()
	staff, err := f.ParseRole("Staff-Product-Manager") // IDs ignore ASCII case
	fmt.Println(staff, err)
	_, err = f.ParseRole("head-of-product") // a catalogue role Acme does not use
	fmt.Println(errors.Is(err, pmroles.ErrUnknownRole))
	// Output:
	// staff-product-manager <nil>
	// true
}

func ExampleFramework_Canonical() {
	// Two companies compare people through the catalogue.
	f := acme()
	sd, _ := f.ParseRole("senior-director-of-product")
	fmt.Println(f.Canonical(sd), f.Canonical(pmroles.ProductOwner))
	// Output: director-of-product product-owner
}

func ExampleFramework_Level() {
	// Acme's scale has nine levels; its principal PM sits at L5 with the
	// grade P5, above its own staff PM.
	f := acme()
	for r := range f.Roles() {
		if g := f.Grade(r); g != "" {
			fmt.Println(r, f.Level(r), g, "catalogue level", f.Canonical(r).Level())
		}
	}
	// Output:
	// staff-product-manager L4 P4 catalogue level L4
	// principal-product-manager L5 P5 catalogue level L4
}

func ExampleFramework_Title() {
	f := acme()
	staff, _ := f.ParseRole("staff-product-manager")
	fmt.Printf("%q %q %q\n", f.Title(staff), staff.Title(), f.Title(pmroles.ProductManager))
	// Output: "Staff Product Manager" "" "Product Manager"
}

func ExampleFramework_Track() {
	f := acme()
	staff, _ := f.ParseRole("staff-product-manager")
	fmt.Println(f.Track(staff), f.Track(pmroles.GroupProductManager))
	// Output: ic management
}

func ExampleFramework_Responsibilities() {
	f := acme()
	staff, _ := f.ParseRole("staff-product-manager")
	for d := range f.Responsibilities(staff) {
		fmt.Println(d.Duty)
	}
	// Output:
	// Leads discovery across a product line
	// Mentors senior product managers
}

func ExampleFramework_MayManage() {
	f := pmroles.Default()
	fmt.Println(f.MayManage(pmroles.GroupProductManager, pmroles.ProductManager))
	fmt.Println(f.MayManage(pmroles.GroupProductManager, pmroles.PrincipalProductManager)) // same level
	fmt.Println(f.MayManage(pmroles.SeniorProductManager, pmroles.ProductManager))         // not a manager role
	// Output:
	// true
	// false
	// false
}

func ExampleFramework_Reports() {
	for r := range acme().Reports(pmroles.DirectorOfProduct) {
		fmt.Println(r)
	}
	// Output:
	// staff-product-manager
	// principal-product-manager
	// group-product-manager
}

func ExampleFramework_ParseScope() {
	f := acme()
	for _, s := range []string{"Group", "stage", "portfolio", "Team"} {
		scope, err := f.ParseScope(s)
		fmt.Println(scope, err)
	}
	// Output:
	// product <nil>
	// product-line <nil>
	// portfolio <nil>
	// %!Scope(0) pmroles: unknown scope "Team" (want one of feature, product, product-line, portfolio, company or Feature, Group, Stage, Section, Company)
}

func ExampleFramework_ScopeLabel() {
	for s := range pmroles.Scopes() {
		fmt.Printf("%s=%s ", s, acme().ScopeLabel(s))
	}
	fmt.Println()
	// Output: feature=Feature product=Group product-line=Stage portfolio=Section company=Company
}

func ExampleFramework_ParseCompetency() {
	f := acme()
	exp, err := f.ParseCompetency("experimentation")
	fmt.Println(f.CompetencyID(exp), exp.IsCatalogue(), err)
	_, err = f.ParseCompetency("hiring") // in the catalogue, not in Acme's list
	fmt.Println(errors.Is(err, pmroles.ErrUnknownValue))
	// Output:
	// experimentation false <nil>
	// true
}

func ExampleFramework_Competencies() {
	f := acme()
	for c := range f.Competencies() {
		fmt.Print(f.CompetencyID(c), " ")
	}
	fmt.Println()
	// Output: execution customer-research roadmapping product-strategy people-management experimentation
}

func ExampleFramework_CompetencyID() {
	f := acme()
	exp, _ := f.ParseCompetency("experimentation")
	// A company competency is named by its framework; alone it prints
	// as a number.
	fmt.Println(f.CompetencyID(exp), exp)
	// Output: experimentation %!Competency(13)
}

func ExampleFramework_ParseFunction() {
	f := acme()
	legal, err := f.ParseFunction("Legal")
	fmt.Println(legal, legal.IsCatalogue(), err)
	_, err = f.ParseFunction("customer-support") // a catalogue function Acme does not list
	fmt.Println(err)
	// Output:
	// legal false <nil>
	// pmroles: unknown function "customer-support" (this framework has engineering, design, marketing, sales, finance, legal)
}

func ExampleFramework_Functions() {
	f := acme()
	for fn := range f.Functions() {
		fmt.Print(f.FunctionTitle(fn), "; ")
	}
	fmt.Println()
	// Output: Engineering; Design; Marketing; Sales; Finance; Legal;
}

func ExampleFramework_FunctionTitle() {
	fmt.Println(pmroles.Default().FunctionTitle(pmroles.ExecutiveTeam))
	// Output: Executive team
}

func ExampleFramework_Name() {
	fmt.Println(acme().Name())
	// Output: Acme product organisation
}

func ExampleFramework_Spec() {
	// The Spec spells every default out: Acme's document gives no grants
	// for the staff PM, its Spec lists the principal PM's.
	s := acme().Spec()
	for _, a := range s.Authority {
		if a.Role == "staff-product-manager" {
			fmt.Println(len(a.Grants), a.Grants[0].Decision, a.Grants[0].Scope)
		}
	}
	// Output: 16 vision portfolio
}

func ExampleFramework_MarshalJSON() {
	f, _ := pmroles.ParseFramework([]byte(`{"version": "pmroles/v1", "roles": [{"id": "head-of-product"}],
		"competencies": [], "functions": [], "ladder": [], "raci": {"parties": [], "activities": []}}`))
	b, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		fmt.Println(err)
		return
	}
	// The complete document: the role's every attribute, its grants, the
	// scope labels.
	fmt.Println(strings.Count(string(b), "\n"), "lines")
	fmt.Println(string(b[:strings.Index(string(b), `"responsibilities"`)]))
	// Output:
	// 114 lines
	// {
	//   "version": "pmroles/v1",
	//   "roles": [
	//     {
	//       "id": "head-of-product",
	//       "title": "Head of Product",
	//       "canonical": "head-of-product",
	//       "track": "management",
	//       "level": 6,
}

func ExampleFramework_UnmarshalJSON() {
	// A framework can sit in a configuration struct.
	var config struct {
		Service   string
		Framework *pmroles.Framework
	}
	err := json.Unmarshal([]byte(`{"Service": "pricing-api",
		"Framework": {"version": "pmroles/v1", "roles": [{"id": "product-manager"}, {"id": "head-of-product"}]}}`), &config)
	fmt.Println(config.Service, config.Framework.Top(), err)
	// Output: pricing-api head-of-product <nil>
}

func ExampleFramework_Grade() {
	f := acme()
	staff, _ := f.ParseRole("staff-product-manager")
	fmt.Printf("%q %q\n", f.Grade(staff), f.Grade(pmroles.ProductManager)) // Acme grades only two roles
	// Output: "P4" ""
}

func ExampleFramework_SpanOfControl() {
	_, ok := pmroles.Default().SpanOfControl() // the default bounds nothing
	s := pmroles.Default().Spec()
	s.SpanOfControl = &pmroles.SpanOfControl{Min: 2, Max: 10}
	f, err := pmroles.Compile(s)
	if err != nil {
		fmt.Println(err)
		return
	}
	span, ok2 := f.SpanOfControl()
	fmt.Println(ok, span, ok2)
	// Output: false {2 10} true
}
