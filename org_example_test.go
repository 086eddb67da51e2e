package pmroles_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/pmroles/pmroles"
)

// sample reads the sample HR export of the package's testdata: 51 people
// with a few planted problems, years counted to the start of 2026.
func sample() *pmroles.Org {
	file, err := os.Open("testdata/org/sample.csv")
	if err != nil {
		panic(err)
	}
	defer file.Close()
	o, err := pmroles.Default().ReadOrgCSV(file, pmroles.WithAsOf(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)))
	if err != nil {
		panic(err)
	}
	return o
}

func ExampleOrg() {
	export := `Employee ID,Name,Job Title,Manager ID,Product
E1,Ada,Chief Product Officer,,
E2,Bo,Director of Product,E1,
E3,Cy,Group Product Manager,E2,Checkout
E4,Di,Product Manager,E3,Checkout`
	o, err := pmroles.Default().ReadOrgCSV(strings.NewReader(export))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(o.Len(), "people;", o.Validate())
	who, _ := o.Decider("Checkout", pmroles.Pricing, pmroles.Product)
	fmt.Println("pricing for Checkout:", who.Name, who.Role)
	// Output:
	// 4 people; <nil>
	// pricing for Checkout: Di product-manager
}

func ExamplePerson() {
	p, _ := sample().Person("E005")
	fmt.Printf("%s %q %v reports to %s, %.1f years\n", p.Name, p.Title, p.Role, p.ManagerID, p.YearsExperience)
	// Output: Eli Nakamura "Director, Product" director-of-product reports to E003, 12.6 years
}

func ExampleFramework_NewOrg() {
	o, err := pmroles.Default().NewOrg([]pmroles.Person{
		{ID: "a", Role: pmroles.HeadOfProduct},
		{ID: "b", Title: "Sr. Product Manager", ManagerID: "a", Product: "Search"},
		{ID: "c", Title: "Program Manager", ManagerID: "a"},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	b, _ := o.Person("b")
	fmt.Println(b.Role) // parsed from the title
	fmt.Println(o.Validate())
	// Output:
	// senior-product-manager
	// pmroles: organisation: line 3, person "c": unknown-title: "Program Manager" names no role of the framework
}

func ExampleFramework_ReadOrgCSV() {
	// Headers as HR systems write them: case, spaces and underscores do
	// not matter; a header of the export's own is mapped with WithColumn.
	export := "\ufeffWORKER_ID,Business Title,Supervisor ID,Emp Start,Years in Role\r\n" +
		"w1,VP of Product,,2012-05-01,3\r\n" +
		"w2,Product Manager,w1,2021-09-01,1.5\r\n"
	o, err := pmroles.Default().ReadOrgCSV(strings.NewReader(export),
		pmroles.WithColumn("Emp Start", "hire-date"), pmroles.WithAsOf(time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC)))
	if err != nil {
		fmt.Println(err)
		return
	}
	for p := range o.People() {
		fmt.Printf("%s %v %.0f years, %.1f in role\n", p.ID, p.Role, p.YearsExperience, p.YearsInRole)
	}
	// Output:
	// w1 vp-of-product 14 years, 3.0 in role
	// w2 product-manager 5 years, 1.5 in role
}

func ExampleFramework_ReadOrgCSV_problems() {
	// Reading fails only on what cannot be read, every cell at once.
	export := "ID,Title,Manager ID,Hire Date,Years Managing\n" +
		"a,Head of Product,,2020-02-30,\n" +
		"b,Product Manager,a,2021-01-04,lots\n"
	_, err := pmroles.Default().ReadOrgCSV(strings.NewReader(export))
	var list *pmroles.ProblemList
	if errors.As(err, &list) {
		for _, e := range list.Problems {
			fmt.Println(e)
		}
	}
	// Output:
	// pmroles: organisation: line 2, column 4 ("Hire Date"): not a date (want YYYY-MM-DD)
	// pmroles: organisation: line 3, column 5 ("Years Managing"): not a number of years
}

func ExampleFramework_ReadOrgJSON() {
	export := `[
  {"id": "p1", "title": "Group Product Manager", "yearsExperience": 9, "competencies": ["people-management"]},
  {"id": "p2", "role": "product-manager", "managerId": "p1", "hireDate": "2023-03-01"}
]`
	o, err := pmroles.Default().ReadOrgJSON(strings.NewReader(export), pmroles.WithAsOf(time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)))
	if err != nil {
		fmt.Println(err)
		return
	}
	for p := range o.People() {
		fmt.Println(p.ID, p.Line, p.Role, p.YearsExperience, p.Competencies)
	}
	// Output:
	// p1 2 group-product-manager 9 {people-management}
	// p2 3 product-manager 3.0007460796594043 {}
}

func ExampleFramework_SyntheticOrg() {
	o, err := pmroles.Default().SyntheticOrg(100_000, 7)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(o.Len(), o.Count(pmroles.ChiefProductOfficer), o.Count(pmroles.GroupProductManager) > 100, o.Validate())
	// Output: 100000 1 true <nil>
}

func ExampleOrg_Validate() {
	err := sample().Validate()
	var list *pmroles.ProblemList
	if errors.As(err, &list) {
		for _, e := range list.Problems {
			fmt.Println(e)
		}
	}
	// Output:
	// pmroles: organisation: line 44, person "E020": duplicate-id: the ID of line 21 too
	// pmroles: organisation: line 45, person "E100": unknown-manager: manager ID "E999" names nobody
	// pmroles: organisation: line 46, person "E101": cycle: the 2 people on it report round: "E101" -> "E102" -> "E101"
	// pmroles: organisation: line 48, person "E103": several-roots: "E103" has no manager, nor has "E001" (line 2), the first
	// pmroles: organisation: line 49, person "E104": unknown-title: "Project Manager" names no role of the framework
	// pmroles: organisation: line 50, person "E105": outranks-manager: director-of-product (L5) outranks their manager "E014", senior-product-manager (L3)
	// pmroles: organisation: line 51, person "E106": may-not-manage: principal-product-manager may not manage product-manager under the framework's reporting rules (manager "E008")
	// pmroles: organisation: line 52, person "E107": unknown-manager: manager ID "E998" names nobody
	// pmroles: organisation: line 52, person "E107": no-accountable: no one on product "Islands" or above may decide its requirements at product scope
}

func ExampleOrg_Problems() {
	// Every problem, uncapped, to group them as a report does.
	byRule := map[pmroles.OrgRule]int{}
	for e := range sample().Problems() {
		byRule[e.Rule]++
	}
	for rule := range pmroles.OrgRules() {
		if n := byRule[rule]; n > 0 {
			fmt.Println(rule, n)
		}
	}
	// Output:
	// duplicate-id 1
	// unknown-manager 2
	// cycle 1
	// several-roots 1
	// unknown-title 1
	// outranks-manager 1
	// may-not-manage 1
	// no-accountable 1
}

func ExampleOrgError() {
	err := sample().Validate()
	var oe *pmroles.OrgError
	if errors.As(err, &oe) {
		fmt.Println(oe.Person, oe.Line, oe.Rule)
	}
	fmt.Println(errors.Is(err, pmroles.ErrInvalidOrg))
	// Output:
	// E020 44 duplicate-id
	// true
}

func ExampleOrgReadError() {
	_, err := pmroles.Default().ReadOrgCSV(strings.NewReader("ID,Title\na,PM\n"))
	var re *pmroles.OrgReadError
	if errors.As(err, &re) {
		fmt.Println(re.Line, re.Column, errors.Is(err, pmroles.ErrInvalidOrg))
		fmt.Println(re)
	}
	// Output:
	// 1 0 true
	// pmroles: organisation: line 1: missing column for manager (such as "Manager ID")
}

func ExampleOrgRule() {
	r, err := pmroles.ParseOrgRule("Span-Of-Control")
	fmt.Println(r, err)
	b, _ := json.Marshal(pmroles.RuleCycle)
	fmt.Println(string(b), pmroles.OrgRule(0).IsValid())
	// Output:
	// span-of-control <nil>
	// "cycle" false
}

func ExampleParseOrgRule() {
	_, err := pmroles.ParseOrgRule("loops")
	fmt.Println(errors.Is(err, pmroles.ErrUnknownValue))
	// Output: true
}

func ExampleOrgRules() {
	for r := range pmroles.OrgRules() {
		fmt.Print(r, " ")
	}
	fmt.Println()
	// Output: duplicate-id unknown-manager cycle several-roots unknown-title unknown-role outranks-manager may-not-manage authority-not-contained span-of-control no-accountable
}

func ExampleReadOption() {
	opts := []pmroles.ReadOption{
		pmroles.WithColumn("Staff No", "id"),
		pmroles.WithColumn("Line Manager", "manager"),
		pmroles.WithColumn("Team", "skip"), // this export's "Team" is not a product
	}
	o, err := pmroles.Default().ReadOrgCSV(strings.NewReader("Staff No,Title,Line Manager,Team\n1,Head of Product,,Alpha\n"), opts...)
	fmt.Println(o.Len(), err)
	p, _ := o.Person("1")
	fmt.Printf("%q\n", p.Product)
	// Output:
	// 1 <nil>
	// ""
}

func ExampleWithColumn() {
	_, err := pmroles.Default().ReadOrgCSV(strings.NewReader("ID\n"), pmroles.WithColumn("Pay", "salary"))
	fmt.Println(err)
	// Output: pmroles: unknown value: WithColumn("Pay", "salary"): unknown field (want one of id, name, title, role, manager, product, competencies, hire-date, role-start-date, first-management-date, years-of-experience, years-in-role, years-managing, or skip)
}

func ExampleWithAsOf() {
	export := "ID,Title,Manager ID,Role Start Date\na,Head of Product,,2024-07-01\n"
	o, _ := pmroles.Default().ReadOrgCSV(strings.NewReader(export), pmroles.WithAsOf(time.Date(2026, 7, 1, 0, 0, 0, 0, time.UTC)))
	p, _ := o.Person("a")
	fmt.Printf("%.2f\n", p.YearsInRole)
	// Output: 2.00
}

func ExampleOrg_Chain() {
	chain, _ := sample().Chain("E013")
	for _, p := range chain {
		fmt.Println(p.ID, p.Role)
	}
	// Output:
	// E013 senior-product-manager
	// E006 group-product-manager
	// E004 director-of-product
	// E003 head-of-product
	// E002 vp-of-product
	// E001 chief-product-officer
}

func ExampleOrg_Reports() {
	for p := range sample().Reports("E001") {
		fmt.Println(p.ID, p.Role)
	}
	// Output:
	// E002 vp-of-product
	// E009 director-of-product-marketing
	// E011 director-of-ux
	// E012 head-of-product-analytics
}

func ExampleOrg_Count() {
	o := sample()
	fmt.Println(o.Count(pmroles.ProductManager), o.Count(pmroles.DirectorOfProduct))
	// Output: 16 3
}

func ExampleOrg_Eligible() {
	for p, t := range sample().Eligible() {
		fmt.Println(p.ID, t)
	}
	// Output:
	// E004 track-change director-of-product -> principal-product-manager
	// E032 promotion product-owner -> senior-product-manager
	// E036 promotion product-manager -> senior-product-manager
	// E038 promotion associate-product-manager -> product-manager
	// E038 promotion associate-product-manager -> product-owner
}

func ExampleOrg_Decider() {
	o := sample()
	for _, s := range []pmroles.Scope{pmroles.Product, pmroles.Portfolio, pmroles.Company} {
		p, err := o.Decider("Payments", pmroles.Pricing, s)
		fmt.Println(s, p.ID, p.Role, err)
	}
	_, err := o.Decider("Islands", pmroles.Pricing, pmroles.Product)
	fmt.Println(err)
	// Output:
	// product E015 product-manager <nil>
	// portfolio E004 director-of-product <nil>
	// company E001 chief-product-officer <nil>
	// pmroles: no role has the authority: no one on "Islands" or above decides pricing at product scope: considered 1 people (1 product-marketing-manager); none of them may decide it at all
}

func ExampleOrg_Approver() {
	// Limits go from the top down: a manager must hold at least its
	// reports' limits.
	f, err := pmroles.Default().With(
		pmroles.WithLimit(pmroles.ChiefProductOfficer, pmroles.Budget, pmroles.Money{Amount: 5_000_000, Currency: "EUR"}),
		pmroles.WithLimit(pmroles.VPOfProduct, pmroles.Budget, pmroles.Money{Amount: 500_000, Currency: "EUR"}),
		pmroles.WithLimit(pmroles.HeadOfProduct, pmroles.Budget, pmroles.Money{Amount: 50_000, Currency: "EUR"}),
		pmroles.WithLimit(pmroles.DirectorOfProduct, pmroles.Budget, pmroles.Money{Amount: 10_000, Currency: "EUR"}),
		pmroles.WithLimit(pmroles.GroupProductManager, pmroles.Budget, pmroles.Money{Amount: 5_000, Currency: "EUR"}),
		pmroles.WithLimit(pmroles.SeniorProductManager, pmroles.Budget, pmroles.Money{Amount: 1_000, Currency: "EUR"}),
		pmroles.WithLimit(pmroles.PrincipalProductManager, pmroles.Budget, pmroles.Money{Amount: 1_000, Currency: "EUR"}),
		pmroles.WithLimit(pmroles.ProductOwner, pmroles.Budget, pmroles.Money{Amount: 1_000, Currency: "EUR"}),
	)
	if err != nil {
		fmt.Println(err)
		return
	}
	o, _ := f.NewOrg([]pmroles.Person{
		{ID: "cpo", Role: pmroles.ChiefProductOfficer},
		{ID: "vp", Role: pmroles.VPOfProduct, ManagerID: "cpo"},
		{ID: "head", Role: pmroles.HeadOfProduct, ManagerID: "vp"},
	})
	for _, amount := range []int64{20_000, 100_000, 900_000, 9_000_000} {
		p, err := o.Approver("head", pmroles.Budget, pmroles.Portfolio, pmroles.Money{Amount: amount, Currency: "EUR"})
		fmt.Println(amount, p.ID, err != nil)
	}
	// Output:
	// 20000 head false
	// 100000 vp false
	// 900000 cpo false
	// 9000000  true
}

func ExampleOrg_Person() {
	p, ok := sample().Person("E010")
	fmt.Println(p.Name, p.Role, ok)
	_, ok = sample().Person("E999")
	fmt.Println(ok)
	// Output:
	// Jordan Mbeki product-marketing-manager true
	// false
}

func ExampleOrg_People() {
	n := 0
	for p := range sample().People() {
		if p.Product == "Search" {
			n++
		}
	}
	fmt.Println(n, "people on Search")
	// Output: 18 people on Search
}

func ExampleOrg_Len() {
	fmt.Println(sample().Len())
	// Output: 51
}

func ExampleOrg_Framework() {
	fmt.Println(sample().Framework() == pmroles.Default())
	// Output: true
}

func ExampleOrg_WriteCSV() {
	o, _ := pmroles.Default().NewOrg([]pmroles.Person{
		{ID: "1", Name: "=cmd|' /C calc'!A0", Role: pmroles.HeadOfProduct},
		{ID: "2", Name: "Bo, Jr.", Title: "Product Manager", ManagerID: "1", YearsExperience: 2.5},
	})
	var b bytes.Buffer
	if err := o.WriteCSV(&b); err != nil {
		fmt.Println(err)
	}
	fmt.Print(b.String()) // a name a spreadsheet would run is written as text
	// Output:
	// Employee ID,Name,Title,Role,Manager ID,Product,Years of Experience,Years in Role,Years Managing,Competencies
	// 1,'=cmd|' /C calc'!A0,,head-of-product,,,0,0,0,
	// 2,"Bo, Jr.",Product Manager,product-manager,1,,2.5,0,0,
}

func ExampleOrg_MarshalJSON() {
	o, _ := pmroles.Default().NewOrg([]pmroles.Person{
		{ID: "1", Role: pmroles.HeadOfProduct, Competencies: pmroles.CompetencySetOf(pmroles.CompetencyHiring)},
	})
	b, err := json.Marshal(o)
	fmt.Println(string(b), err)
	// Output: [{"id":"1","role":"head-of-product","yearsExperience":0,"yearsInRole":0,"yearsManaging":0,"competencies":["hiring"]}] <nil>
}
