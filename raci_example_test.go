package pmroles_test

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/pmroles/pmroles"
)

func ExampleLetter() {
	for l := range pmroles.Letters() {
		fmt.Print(l, " ")
	}
	fmt.Println()
	// Output: R A C I S
}

func ExampleParseLetter() {
	l, err := pmroles.ParseLetter("a")
	fmt.Println(l == pmroles.Accountable, err)
	// Output: true <nil>
}

func ExampleLetters() {
	n := 0
	for range pmroles.Letters() {
		n++
	}
	fmt.Println(n, "letters: RACI and S for RASCI")
	// Output: 5 letters: RACI and S for RASCI
}

func ExampleCell() {
	c := pmroles.CellOf(pmroles.Accountable, pmroles.Responsible)
	fmt.Println(c, c.IsValid(), c.Has(pmroles.Responsible))
	bad := pmroles.CellOf(pmroles.Consulted, pmroles.Informed)
	fmt.Println(bad, bad.IsValid())
	// Output:
	// A/R true true
	// C/I false
}

func ExampleCellOf() {
	fmt.Printf("%q %q\n", pmroles.CellOf(), pmroles.CellOf(pmroles.Informed))
	// Output: "" "I"
}

func ExampleParseCell() {
	for _, s := range []string{"R/A", " c ", "-", "A/C"} {
		c, err := pmroles.ParseCell(s)
		fmt.Printf("%q %v\n", c, err)
	}
	// Output:
	// "A/R" <nil>
	// "C" <nil>
	// "" <nil>
	// "" pmroles: invalid RACI matrix: bad cell "A/C": only A/R may combine two letters
}

func ExampleFunction() {
	for f := range pmroles.Functions() {
		fmt.Print(f, " ")
	}
	fmt.Println()
	// Output: engineering design marketing sales finance executive-team customer-support manufacturing distribution procurement
}

func ExampleParseFunction() {
	f, err := pmroles.ParseFunction("Customer-Support")
	fmt.Println(f == pmroles.CustomerSupport, err)
	// Output: true <nil>
}

func ExampleFunctions() {
	n := 0
	for range pmroles.Functions() {
		n++
	}
	fmt.Println(n)
	// Output: 10
}

func ExampleParty() {
	for _, p := range []pmroles.Party{pmroles.RoleParty(pmroles.ProductManager), pmroles.FunctionParty(pmroles.Sales)} {
		r, isRole := p.Role()
		f, isFunction := p.Function()
		fmt.Println(p, isRole, r, isFunction, f)
	}
	// Output:
	// product-manager true product-manager false %!Function(0)
	// sales false %!Role(0) true sales
}

func ExampleRoleParty() {
	fmt.Println(pmroles.RoleParty(pmroles.ChiefProductOfficer))
	// Output: chief-product-officer
}

func ExampleFunctionParty() {
	fmt.Println(pmroles.FunctionParty(pmroles.ExecutiveTeam))
	// Output: executive-team
}

func ExampleParseParty() {
	for _, s := range []string{"Product-Owner", "Executive Team", "CTO"} {
		p, err := pmroles.ParseParty(s)
		fmt.Println(p, err)
	}
	// Output:
	// product-owner <nil>
	// executive-team <nil>
	// %!Party(?) pmroles: unknown party "CTO": neither a role ID nor a function; closest: chief-product-officer, product-owner, executive-team
}

func ExampleActivity() {
	a := pmroles.Activity{Name: "Pricing", Decision: pmroles.Pricing, Scope: pmroles.Product}
	fmt.Println(a.Name, a.Decision, a.Scope)
	// Output: Pricing pricing product
}

func ExampleNewMatrix() {
	pm, eng := pmroles.RoleParty(pmroles.ProductManager), pmroles.FunctionParty(pmroles.Engineering)
	m, err := pmroles.NewMatrix([]pmroles.Party{pm, eng}, []pmroles.Row{
		{Activity: pmroles.Activity{Name: "Requirements", Decision: pmroles.Requirements, Scope: pmroles.Product},
			Cells: []pmroles.Cell{pmroles.CellOf(pmroles.Accountable), pmroles.CellOf(pmroles.Responsible)}},
	})
	fmt.Println(err, m.Validate())
	// Output: <nil> <nil>
}

func ExampleRow() {
	row := pmroles.Row{
		Activity: pmroles.Activity{Name: "Build"},
		Cells:    []pmroles.Cell{pmroles.CellOf(pmroles.Accountable, pmroles.Responsible)},
	}
	m, _ := pmroles.NewMatrix([]pmroles.Party{pmroles.FunctionParty(pmroles.Engineering)}, []pmroles.Row{row})
	fmt.Println(m.Activities()[0].Name, m.Parties())
	// Output: Build [engineering]
}

func ExampleParseMatrixCSV() {
	const chart = `Activity,Decision,Scope,product-manager,product-marketing-manager,sales
Pricing,pricing,product,A,R,C
Launch plan,,,A/R,R,I
`
	m, err := pmroles.ParseMatrixCSV(strings.NewReader(chart))
	if err != nil {
		fmt.Println(err)
		return
	}
	who, _ := m.Accountable("Pricing")
	fmt.Println(who, m.Responsible("Launch plan"))
	// Output: product-manager [product-manager product-marketing-manager]
}

func ExampleParseMatrixCSV_errors() {
	const chart = `Activity,product-manager,engineering,cto
Build,A,A,
Run,C,X,
`
	_, err := pmroles.ParseMatrixCSV(strings.NewReader(chart))
	fmt.Println(errors.Is(err, pmroles.ErrInvalidMatrix))
	fmt.Println(err)
	// Output:
	// true
	// pmroles: RACI matrix: row 1, column 4 (party "cto"): unknown party "cto": neither a role ID nor a function; closest: chief-product-officer, product-owner, executive-team
	// pmroles: RACI matrix: row 2, column 1 (activity "Build"): no responsible party: an activity needs an R (or A/R)
	// pmroles: RACI matrix: row 2, column 3 (activity "Build", party "engineering"): a second accountable party: an activity has exactly one A
	// pmroles: RACI matrix: row 3, column 3 (activity "Run", party "engineering"): bad cell "X": want R, A, C, I, S, A/R or nothing
}

func ExampleParseMatrixMarkdown() {
	const doc = `Our RACI chart:

| Activity | product-owner | engineering |
|----------|:-------------:|:-----------:|
| Backlog  | A/R           | C           |
`
	m, err := pmroles.ParseMatrixMarkdown(strings.NewReader(doc))
	fmt.Println(m.Cell("Backlog", pmroles.FunctionParty(pmroles.Engineering)), err)
	// Output: C <nil>
}

func ExampleMatrix() {
	m := pmroles.Default().RACI()
	fmt.Println(len(m.Activities()), "activities by", len(m.Parties()), "parties")
	// Output: 17 activities by 14 parties
}

func ExampleMatrix_Validate() {
	pm, eng := pmroles.RoleParty(pmroles.ProductManager), pmroles.FunctionParty(pmroles.Engineering)
	a := pmroles.CellOf(pmroles.Accountable)
	m, _ := pmroles.NewMatrix([]pmroles.Party{pm, eng}, []pmroles.Row{
		{Activity: pmroles.Activity{Name: "Build"}, Cells: []pmroles.Cell{a, a}},
	})
	fmt.Println(m.Validate())
	// Output:
	// pmroles: RACI matrix: row 2, column 1 (activity "Build"): no responsible party: an activity needs an R (or A/R)
	// pmroles: RACI matrix: row 2, column 3 (activity "Build", party "engineering"): a second accountable party: an activity has exactly one A
}

func ExampleMatrixError() {
	_, err := pmroles.ParseMatrixCSV(strings.NewReader("Activity,product-manager\nBuild,Q\n"))
	var me *pmroles.MatrixError
	if errors.As(err, &me) {
		fmt.Println(me.Row, me.Column, me.Activity, me.Party)
	}
	// Output: 2 2 Build product-manager
}

func ExampleMatrix_WriteMarkdown() {
	m, _ := pmroles.ParseMatrixCSV(strings.NewReader("Activity,product-manager,design\nDiscovery,A/R,C\n"))
	m.WriteMarkdown(os.Stdout)
	// Output:
	// | activity | product-manager | design |
	// |---|---|---|
	// | Discovery | A/R | C |
}

func ExampleMatrix_WriteCSV() {
	m, _ := pmroles.ParseMatrixMarkdown(strings.NewReader("| Activity | product-manager |\n|---|---|\n| Discovery | A/R |\n"))
	m.WriteCSV(os.Stdout)
	// Output:
	// activity,product-manager
	// Discovery,A/R
}

func ExampleMatrix_Accountable() {
	m := pmroles.Default().RACI()
	for _, activity := range []string{"Pricing", "Partnerships and acquisitions", "Hiring"} {
		p, _ := m.Accountable(activity)
		fmt.Println(activity+":", p)
	}
	// Output:
	// Pricing: product-manager
	// Partnerships and acquisitions: chief-product-officer
	// Hiring: head-of-product
}

func ExampleMatrix_Responsible() {
	fmt.Println(pmroles.Default().RACI().Responsible("Go-to-market"))
	// Output: [product-marketing-manager marketing]
}

func ExampleMatrix_Duties() {
	m := pmroles.Default().RACI()
	for a, c := range m.Duties(pmroles.FunctionParty(pmroles.Finance)) {
		fmt.Println(c, a.Name)
	}
	// Output:
	// I Vision and strategy
	// I Roadmap
	// C Pricing
	// C End of life
	// C Budget
	// C Resource allocation
	// C Partnerships and acquisitions
}

func ExampleMatrix_Workload() {
	for _, l := range pmroles.Default().RACI().Workload()[:5] {
		fmt.Printf("%-22s A=%d R=%d accountable for none: %v\n", l.Party, l.Counts[pmroles.Accountable], l.Counts[pmroles.Responsible], l.AccountableForNone)
	}
	// Output:
	// chief-product-officer  A=4 R=0 accountable for none: false
	// vp-of-product          A=2 R=4 accountable for none: false
	// head-of-product        A=1 R=5 accountable for none: false
	// director-of-product    A=0 R=3 accountable for none: true
	// product-manager        A=9 R=2 accountable for none: false
}

func ExampleLoad() {
	m, _ := pmroles.ParseMatrixCSV(strings.NewReader("Activity,product-manager,design\nDiscovery,A/R,C\nDelivery,A/R,\n"))
	l := m.Workload()[0]
	fmt.Println(l.Party, l.AccountableForAll)
	// Output: product-manager true
}

func ExampleMatrix_Cell() {
	m := pmroles.Default().RACI()
	fmt.Println(m.Cell("Launch", pmroles.RoleParty(pmroles.ProductOwner)))
	// Output: A
}

func ExampleMatrix_Equal() {
	m := pmroles.Default().RACI()
	var b strings.Builder
	m.WriteCSV(&b)
	back, _ := pmroles.ParseMatrixCSV(strings.NewReader(b.String()))
	fmt.Println(back.Equal(m))
	// Output: true
}

func ExampleMatrix_Parties() {
	fmt.Println(pmroles.Startup().RACI().Parties()[:2])
	// Output: [head-of-product product-manager]
}

func ExampleMatrix_Activities() {
	for _, a := range pmroles.Default().RACI().Activities()[:3] {
		fmt.Println(a.Name, a.Decision, a.Scope)
	}
	// Output:
	// Vision and strategy vision company
	// Roadmap roadmap portfolio
	// Prioritisation prioritization product
}

func ExampleFramework_RACI() {
	// In a startup without a CPO, the head of product answers for what
	// the CPO would.
	m := pmroles.Startup().RACI()
	p, _ := m.Accountable("Vision and strategy")
	fmt.Println(p, m.Cell("Vision and strategy", p))
	fmt.Println(pmroles.Startup().ValidateMatrix(m))
	// Output:
	// head-of-product A/R
	// <nil>
}

func ExampleFramework_ValidateMatrix() {
	const chart = `Activity,Decision,Scope,product-manager,engineering
Pricing,pricing,portfolio,A,R
Tech stack,requirements,product,R,A
`
	m, err := pmroles.ParseMatrixCSV(strings.NewReader(chart))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(pmroles.Default().ValidateMatrix(m))
	// Output:
	// pmroles: RACI matrix: row 2, column 4 (activity "Pricing", party "product-manager"): product-manager is accountable, but may not decide pricing at portfolio scope (director-of-product may)
	// pmroles: RACI matrix: row 3, column 5 (activity "Tech stack", party "engineering"): engineering is accountable for deciding requirements, but a function cannot be accountable for a product decision
}

func ExampleLetter_String() {
	fmt.Println(pmroles.Accountable.String(), pmroles.Letter(0).String())
	// Output: A %!Letter(0)
}

func ExampleLetter_IsValid() {
	fmt.Println(pmroles.Accountable.IsValid(), pmroles.Letter(0).IsValid())
	// Output: true false
}

func ExampleLetter_MarshalText() {
	b, err := pmroles.Accountable.MarshalText()
	fmt.Println(string(b), err)
	// Output: A <nil>
}

func ExampleLetter_AppendText() {
	b, err := pmroles.Accountable.AppendText([]byte("letter="))
	fmt.Println(string(b), err)
	// Output: letter=A <nil>
}

func ExampleLetter_UnmarshalText() {
	var x pmroles.Letter
	err := x.UnmarshalText([]byte("A"))
	fmt.Println(x, err)
	// Output: A <nil>
}

func ExampleFunction_String() {
	fmt.Println(pmroles.CustomerSupport.String(), pmroles.Function{}.String())
	// Output: customer-support %!Function(0)
}

func ExampleFunction_IsValid() {
	fmt.Println(pmroles.CustomerSupport.IsValid(), pmroles.Function{}.IsValid())
	// Output: true false
}

func ExampleFunction_MarshalText() {
	b, err := pmroles.CustomerSupport.MarshalText()
	fmt.Println(string(b), err)
	// Output: customer-support <nil>
}

func ExampleFunction_AppendText() {
	b, err := pmroles.CustomerSupport.AppendText([]byte("function="))
	fmt.Println(string(b), err)
	// Output: function=customer-support <nil>
}

func ExampleFunction_UnmarshalText() {
	var x pmroles.Function
	err := x.UnmarshalText([]byte("CUSTOMER-SUPPORT"))
	fmt.Println(x, err)
	// Output: customer-support <nil>
}

func ExampleParty_String() {
	fmt.Println(pmroles.FunctionParty(pmroles.Design).String(), pmroles.Party{}.String())
	// Output: design %!Party(?)
}

func ExampleParty_IsValid() {
	fmt.Println(pmroles.FunctionParty(pmroles.Design).IsValid(), pmroles.Party{}.IsValid())
	// Output: true false
}

func ExampleParty_MarshalText() {
	b, err := pmroles.FunctionParty(pmroles.Design).MarshalText()
	fmt.Println(string(b), err)
	// Output: design <nil>
}

func ExampleParty_AppendText() {
	b, err := pmroles.FunctionParty(pmroles.Design).AppendText([]byte("party="))
	fmt.Println(string(b), err)
	// Output: party=design <nil>
}

func ExampleParty_UnmarshalText() {
	var x pmroles.Party
	err := x.UnmarshalText([]byte("DESIGN"))
	fmt.Println(x, err)
	// Output: design <nil>
}

func ExampleCell_Has() {
	c, _ := pmroles.ParseCell("A/R")
	fmt.Println(c.Has(pmroles.Accountable), c.Has(pmroles.Responsible), c.Has(pmroles.Consulted))
	// Output: true true false
}

func ExampleCell_IsValid() {
	fmt.Println(pmroles.CellOf().IsValid(), pmroles.CellOf(pmroles.Informed).IsValid(), pmroles.CellOf(pmroles.Responsible, pmroles.Support).IsValid())
	// Output: true true false
}

func ExampleCell_String() {
	fmt.Printf("%q %q %q\n", pmroles.CellOf(), pmroles.CellOf(pmroles.Support), pmroles.CellOf(pmroles.Responsible, pmroles.Accountable))
	// Output: "" "S" "A/R"
}

func ExampleCell_MarshalText() {
	b, err := pmroles.CellOf(pmroles.Accountable, pmroles.Responsible).MarshalText()
	fmt.Println(string(b), err)
	_, err = pmroles.CellOf(pmroles.Consulted, pmroles.Informed).MarshalText()
	fmt.Println(err)
	// Output:
	// A/R <nil>
	// pmroles: invalid RACI matrix: cannot marshal invalid cell C/I
}

func ExampleCell_UnmarshalText() {
	var c pmroles.Cell
	err := c.UnmarshalText([]byte("r/a"))
	fmt.Println(c, err)
	// Output: A/R <nil>
}

func ExampleParty_Role() {
	r, ok := pmroles.RoleParty(pmroles.ProductOwner).Role()
	fmt.Println(r, ok)
	_, ok = pmroles.FunctionParty(pmroles.Finance).Role()
	fmt.Println(ok)
	// Output:
	// product-owner true
	// false
}

func ExampleParty_Function() {
	f, ok := pmroles.FunctionParty(pmroles.Finance).Function()
	fmt.Println(f, ok)
	// Output: finance true
}

func ExampleMatrixError_Error() {
	err := &pmroles.MatrixError{Row: 4, Column: 2, Activity: "Pricing", Party: "sales", Problem: "bad cell \"X\""}
	fmt.Println(err.Error())
	// Output: pmroles: RACI matrix: row 4, column 2 (activity "Pricing", party "sales"): bad cell "X"
}

func ExampleMatrixError_Unwrap() {
	err := &pmroles.MatrixError{Row: 1, Column: 1, Problem: "the matrix is empty"}
	fmt.Println(errors.Is(err, pmroles.ErrInvalidMatrix))
	// Output: true
}

func ExampleChart() {
	// A team's chart with three mistakes: one pass finds them all.
	const chart = `Activity,Decision,Scope,product-manager,engineering
Pricing,pricing,portfolio,A,R
Build,,,R/C,A
Launch,,,A,R
Launch,,,A,R
`
	c, err := pmroles.Default().ReadChartCSV(strings.NewReader(chart))
	fmt.Println(len(c.Problems()), "problems; matrix:", c.Matrix())
	var me *pmroles.MatrixError
	if errors.As(err, &me) {
		fmt.Println("first at row", me.Row, "column", me.Column)
	}
	// Output:
	// 3 problems; matrix: <nil>
	// first at row 2 column 4
}

func ExampleFramework_ReadChartCSV() {
	const chart = `Activity,Decision,Scope,product-manager,engineering,cto
Pricing,pricing,portfolio,A,R,
Build,,,AR,R,
Run,,,C,I,
`
	_, err := pmroles.Default().ReadChartCSV(strings.NewReader(chart))
	fmt.Println(err)
	// Output:
	// pmroles: RACI matrix: row 1, column 6 (party "cto"): unknown party "cto": neither a role ID nor a function; closest: chief-product-officer, product-owner, executive-team
	// pmroles: RACI matrix: row 2, column 4 (activity "Pricing", party "product-manager"): product-manager is accountable, but may not decide pricing at portfolio scope (director-of-product may)
	// pmroles: RACI matrix: row 3, column 4 (activity "Build", party "product-manager"): bad cell "AR": want R, A, C, I, S, A/R or nothing
	// pmroles: RACI matrix: row 4, column 1 (activity "Run"): no accountable party: an activity has exactly one A
	// pmroles: RACI matrix: row 4, column 1 (activity "Run"): no responsible party: an activity needs an R (or A/R)
}

func ExampleFramework_ReadChartMarkdown() {
	// Outer pipes are optional, as on GitHub; the table in the code
	// fence is an example, not the chart.
	const doc = "# Our chart\n\n```\n| Activity | cto |\n|---|---|\n```\n\n" +
		"Activity | product-owner | engineering\n:-- | :-: | :-:\nBacklog | A/R | C\nRelease | A | R\n"
	c, err := pmroles.Default().ReadChartMarkdown(strings.NewReader(doc))
	fmt.Println(err, c.Matrix().Responsible("Release"))
	// Output: <nil> [engineering]
}

func ExampleChart_WriteMarkdown() {
	const chart = "Activity,product-manager,engineering\nBuild,A,X\nRun,A,A/R\n"
	c, _ := pmroles.Default().ReadChartCSV(strings.NewReader(chart))
	c.WriteMarkdown(os.Stdout)
	// Output:
	// | activity | product-manager | engineering |
	// |---|---|---|
	// | Build | A | X [^1] |
	// | Run | A | A/R [^2] |
	//
	// [^1]: row 2, column 3 (activity "Build", party "engineering"): bad cell "X": want R, A, C, I, S, A/R or nothing
	// [^2]: row 3, column 3 (activity "Run", party "engineering"): a second accountable party: an activity has exactly one A
}

func ExampleChart_Problems() {
	c, _ := pmroles.Default().ReadChartMarkdown(strings.NewReader("| Activity | product-manger |\n|---|---|\n| Build | A/R |\n"))
	for _, p := range c.Problems() {
		fmt.Println(p.Row, p.Column, p.Party, errors.Is(p, pmroles.ErrUnknownValue))
	}
	// Output: 1 2 product-manger true
}

func ExampleChart_Matrix() {
	c, err := pmroles.Default().ReadChartCSV(strings.NewReader("Activity,product-manager,design\nDiscovery,A/R,C\n"))
	fmt.Println(err, c.Matrix().Cell("Discovery", pmroles.FunctionParty(pmroles.Design)))
	// Output: <nil> C
}

func ExampleMatrix_WriteCSV_injection() {
	// An activity name a spreadsheet would run as a formula is written
	// with an apostrophe, which spreadsheets hide and ParseMatrixCSV
	// removes.
	m, _ := pmroles.NewMatrix([]pmroles.Party{pmroles.RoleParty(pmroles.ProductManager)}, []pmroles.Row{
		{Activity: pmroles.Activity{Name: "=HYPERLINK(\"http://x\")"}, Cells: []pmroles.Cell{pmroles.CellOf(pmroles.Accountable, pmroles.Responsible)}},
	})
	var b strings.Builder
	m.WriteCSV(&b)
	fmt.Print(b.String())
	back, _ := pmroles.ParseMatrixCSV(strings.NewReader(b.String()))
	fmt.Println(back.Equal(m))
	// Output:
	// activity,product-manager
	// "'=HYPERLINK(""http://x"")",A/R
	// true
}
