package pmroles

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"runtime"
	"slices"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"
	"github.com/pmroles/pmroles/internal/mdtable"
	"pgregory.net/rapid"
)

func TestLetterEnum(t *testing.T) { checkEnum(t, "Letter", Letters(), ParseLetter) }
func TestFunctionEnum(t *testing.T) {
	checkHandle(t, "Function", Functions(), numFunctions, ParseFunction, companyFunction)
}

func TestParseCell(t *testing.T) {
	tests := []struct {
		in      string
		want    Cell
		wantErr bool
	}{
		{"", 0, false},
		{"  ", 0, false},
		{"-", 0, false},
		{"R", CellOf(Responsible), false},
		{" a ", CellOf(Accountable), false},
		{"c", CellOf(Consulted), false},
		{"I", CellOf(Informed), false},
		{"S", CellOf(Support), false},
		{"A/R", CellOf(Accountable, Responsible), false},
		{"R/A", CellOf(Accountable, Responsible), false},
		{"r / a", CellOf(Accountable, Responsible), false},
		{"A/C", 0, true},
		{"R/R", 0, true},
		{"A/R/C", 0, true},
		{"AR", 0, true},
		{"X", 0, true},
		{"/", 0, true},
		{"A/", 0, true},
		{"responsible", 0, true},
	}
	for _, tt := range tests {
		got, err := ParseCell(tt.in)
		if (err != nil) != tt.wantErr || got != tt.want {
			t.Errorf("ParseCell(%q) = %v, %v; want %v, error %v", tt.in, got, err, tt.want, tt.wantErr)
		}
		if err != nil && !errors.Is(err, ErrInvalidMatrix) {
			t.Errorf("ParseCell(%q) error %v does not wrap ErrInvalidMatrix", tt.in, err)
		}
	}
}

func TestCellValidity(t *testing.T) {
	// Every set of letters: valid exactly when empty, one letter or A/R,
	// and then its text parses back to it.
	for bits := range 1 << numLetters {
		var ls []Letter
		for l := range Letters() {
			if bits&(1<<(l-1)) != 0 {
				ls = append(ls, l)
			}
		}
		c := CellOf(ls...)
		want := len(ls) <= 1 || c == CellOf(Accountable, Responsible)
		if c.IsValid() != want {
			t.Errorf("CellOf(%v).IsValid() = %v, want %v", ls, c.IsValid(), want)
		}
		back, err := ParseCell(c.String())
		if want && (err != nil || back != c) {
			t.Errorf("ParseCell(%q) = %v, %v; want %v", c.String(), back, err, c)
		}
		if !want && err == nil {
			t.Errorf("ParseCell(%q) accepted an invalid cell", c.String())
		}
		if _, err := c.MarshalText(); (err == nil) != want {
			t.Errorf("MarshalText(%v) error = %v", ls, err)
		}
	}
	if Cell(1 << 7).IsValid() {
		t.Error("a cell with a bit of no letter is valid")
	}
}

func TestParseParty(t *testing.T) {
	tests := []struct {
		in   string
		want Party
		ok   bool
	}{
		{"product-manager", RoleParty(ProductManager), true},
		{"Chief-Product-Officer", RoleParty(ChiefProductOfficer), true},
		{"engineering", FunctionParty(Engineering), true},
		{"Executive Team", FunctionParty(ExecutiveTeam), true},
		{"customer_support", FunctionParty(CustomerSupport), true},
		{"Product Manager", RoleParty(ProductManager), true},
		{"cto", Party{}, false},
		{"", Party{}, false},
		{strings.Repeat("engineering ", 10), Party{}, false},
	}
	for _, tt := range tests {
		got, err := ParseParty(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("ParseParty(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
		if err != nil && (!errors.Is(err, ErrUnknownValue) || !strings.HasPrefix(err.Error(), "pmroles: unknown party ")) {
			t.Errorf("ParseParty(%q) error = %v", tt.in, err)
		}
	}
	// Every party round-trips through its text form.
	for p := range allParties() {
		text, err := p.MarshalText()
		var back Party
		if err != nil || back.UnmarshalText(text) != nil || back != p {
			t.Errorf("party %v: text %q, back %v, err %v", p, text, back, err)
		}
	}
	if (Party{}).IsValid() || (Party{role: ProductManager, fn: Sales}).IsValid() {
		t.Error("an invalid party is valid")
	}
	if _, err := (Party{}).MarshalText(); err == nil {
		t.Error("MarshalText of the zero Party succeeded")
	}
}

func allParties() func(func(Party) bool) {
	return func(yield func(Party) bool) {
		for r := range Roles() {
			if !yield(RoleParty(r)) {
				return
			}
		}
		for f := range Functions() {
			if !yield(FunctionParty(f)) {
				return
			}
		}
	}
}

// matrixErrors returns the MatrixErrors of err as (row, column) pairs
// with their problem's first words, for comparison.
func matrixErrors(err error) []string {
	var out []string
	var walk func(error)
	walk = func(err error) {
		if me, ok := err.(*MatrixError); ok {
			out = append(out, fmt.Sprintf("%d:%d", me.Row, me.Column))
			return
		}
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			for _, e := range j.Unwrap() {
				walk(e)
			}
			return
		}
		if err != nil {
			out = append(out, "not a MatrixError: "+err.Error())
		}
	}
	walk(err)
	return out
}

const validCSV = `Activity,Decision,Scope,product-manager,engineering,head-of-product
Pricing,pricing,product,A/R,C,I
Build,,,C,A/R,
`

func TestParseMatrixCSVErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string // row:column of every error
	}{
		{"valid", validCSV, nil},
		{"empty input", "", []string{"1:1"}},
		{"header only", "Activity,product-manager\n", []string{"2:1"}},
		{"bad letter", "Activity,product-manager,engineering\nBuild,A,X\n", []string{"2:3"}},
		{"two letters", "Activity,product-manager,engineering\nBuild,A/C,R\n", []string{"2:2"}},
		{"unknown party", "Activity,product-manager,cto\nBuild,A/R,\n", []string{"1:3"}},
		{"ragged row", "Activity,product-manager,engineering\nBuild,A/R\n", []string{"2:3"}},
		{"no A", "Activity,product-manager,engineering\nBuild,R,C\n", []string{"2:1"}},
		{"two A", "Activity,product-manager,engineering\nBuild,A,A/R\n", []string{"2:3"}},
		{"no R", "Activity,product-manager,engineering\nBuild,A,C\n", []string{"2:1"}},
		{"no A and no R", "Activity,product-manager,engineering\nBuild,C,I\n", []string{"2:1", "2:1"}},
		{"duplicate activity", "Activity,product-manager\nBuild,A/R\nRun,A/R\nBuild,A/R\n", []string{"4:1"}},
		{"duplicate party", "Activity,product-manager,Product-Manager\nBuild,A/R,\n", []string{"1:3"}},
		{"decision without scope", "Activity,decision,scope,product-manager\nPricing,pricing,,A/R\n", []string{"2:2"}},
		{"unknown decision", "Activity,decision,scope,product-manager\nPricing,prices,product,A/R\n", []string{"2:2"}},
		{"unknown scope", "Activity,decision,scope,product-manager\nPricing,pricing,galaxy,A/R\n", []string{"2:3"}},
		{"several problems", "Activity,product-manager,engineering\nBuild,A,A\nRun,C,X\n", []string{"2:1", "2:3", "3:3"}}, // reading and rules in one pass
		{"malformed CSV", "Activity,product-manager\n\"Build,A/R\n", []string{"2:1"}},
		{"empty activity name", "Activity,product-manager\n,A/R\n", []string{"2:1"}},
		{"party columns with decision", "Activity,decision,scope,product-manager,engineering\nBuild,,,A,A\n", []string{"2:5", "2:1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := ParseMatrixCSV(strings.NewReader(tt.in))
			if tt.want == nil {
				if err != nil {
					t.Fatalf("ParseMatrixCSV: %v", err)
				}
				return
			}
			if m != nil || !errors.Is(err, ErrInvalidMatrix) {
				t.Fatalf("ParseMatrixCSV = %v, %v; want nil and an ErrInvalidMatrix error", m, err)
			}
			got := matrixErrors(err)
			slices.Sort(got)
			want := slices.Clone(tt.want)
			slices.Sort(want)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("error positions mismatch (-want +got):\n%s\nerror: %v", diff, err)
			}
			if !strings.HasPrefix(err.Error(), "pmroles: ") {
				t.Errorf("message %q lacks the package prefix", err)
			}
		})
	}
}

// TestParseMatrixMarkdownErrors: the same problems at the same places as
// in CSV.
func TestParseMatrixMarkdownErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"valid", "Some text.\n\n| Activity | product-manager | engineering |\n|---|:---:|---|\n| Build | A | R |\n\nMore text.\n", nil},
		{"no table", "just prose\n", []string{"0:0"}},
		{"no delimiter", "| Activity | product-manager |\n| Build | A/R |\n", []string{"0:0"}},
		{"bad letter", "| Activity | product-manager | engineering |\n|---|---|---|\n| Build | A | Q |\n", []string{"2:3"}},
		{"ragged row", "| Activity | product-manager | engineering |\n|---|---|---|\n| Build | A/R |\n", []string{"2:3"}},
		{"no A", "| Activity | product-manager |\n|---|---|\n| Build | R |\n", []string{"2:1"}},
		{"unknown party", "| Activity | product-manager | cto |\n|---|---|---|\n| Build | A/R | |\n", []string{"1:3"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := ParseMatrixMarkdown(strings.NewReader(tt.in))
			if tt.want == nil {
				if err != nil || m == nil {
					t.Fatalf("ParseMatrixMarkdown: %v", err)
				}
				return
			}
			if m != nil || !errors.Is(err, ErrInvalidMatrix) {
				t.Fatalf("ParseMatrixMarkdown = %v, %v", m, err)
			}
			if diff := cmp.Diff(tt.want, matrixErrors(err)); diff != "" {
				t.Errorf("error positions mismatch (-want +got):\n%s\nerror: %v", diff, err)
			}
		})
	}
}

func TestMarkdownPipes(t *testing.T) {
	m := mustMatrix(t, []Party{RoleParty(ProductManager)}, Row{Activity{Name: "A | B"}, []Cell{CellOf(Accountable, Responsible)}})
	var buf bytes.Buffer
	if err := m.WriteMarkdown(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := ParseMatrixMarkdown(&buf)
	if err != nil || !back.Equal(m) {
		t.Fatalf("Markdown round trip of a name with a pipe: %v, %v\n%s", back, err, buf.String())
	}
}

func mustMatrix(t testing.TB, parties []Party, rows ...Row) *Matrix {
	t.Helper()
	m, err := NewMatrix(parties, rows)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestValidateRules builds matrices in code that break one rule each.
func TestValidateRules(t *testing.T) {
	pm, eng, cpo := RoleParty(ProductManager), FunctionParty(Engineering), RoleParty(ChiefProductOfficer)
	a, r, ar, c := CellOf(Accountable), CellOf(Responsible), CellOf(Accountable, Responsible), CellOf(Consulted)
	tests := []struct {
		name    string
		parties []Party
		rows    []Row
		want    []string
	}{
		{"valid", []Party{pm, eng}, []Row{{Activity{Name: "Build"}, []Cell{a, r}}}, nil},
		{"empty", nil, nil, []string{"1:1"}},
		{"no activities", []Party{pm}, nil, []string{"1:1"}},
		{"invalid party", []Party{pm, {}}, []Row{{Activity{Name: "Build"}, []Cell{ar, 0}}}, []string{"1:3"}},
		{"duplicate party", []Party{pm, pm}, []Row{{Activity{Name: "Build"}, []Cell{ar, 0}}}, []string{"1:3"}},
		{"invalid cell", []Party{pm, eng}, []Row{{Activity{Name: "Build"}, []Cell{ar, CellOf(Consulted, Informed)}}}, []string{"2:3"}},
		{"name with spaces", []Party{pm}, []Row{{Activity{Name: " Build"}, []Cell{ar}}}, []string{"2:1"}},
		{"name with newline", []Party{pm}, []Row{{Activity{Name: "Bu\nild"}, []Cell{ar}}}, []string{"2:1"}},
		{"huge name", []Party{pm}, []Row{{Activity{Name: strings.Repeat("x", 1000)}, []Cell{ar}}}, []string{"2:1"}},
		{"decision without scope", []Party{pm}, []Row{{Activity{"Pricing", Pricing, 0}, []Cell{ar}}}, []string{"2:3"}},
		{"invalid decision", []Party{pm}, []Row{{Activity{"Pricing", 99, Product}, []Cell{ar}}}, []string{"2:2"}},
		{"several A", []Party{pm, eng, cpo}, []Row{{Activity{Name: "Build"}, []Cell{a, ar, a}}}, []string{"2:3", "2:4"}},
		{"no R", []Party{pm, eng}, []Row{{Activity{Name: "Build"}, []Cell{a, c}}}, []string{"2:1"}},
		{"duplicate activity", []Party{pm}, []Row{{Activity{Name: "Build"}, []Cell{ar}}, {Activity{Name: "Build"}, []Cell{ar}}}, []string{"3:1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := mustMatrix(t, tt.parties, tt.rows...)
			err := m.Validate()
			if diff := cmp.Diff(tt.want, matrixErrors(err)); diff != "" {
				t.Errorf("Validate positions mismatch (-want +got):\n%s\nerror: %v", diff, err)
			}
		})
	}
	if _, err := NewMatrix([]Party{pm, eng}, []Row{{Activity{Name: "Build"}, []Cell{ar}}}); !errors.Is(err, ErrInvalidMatrix) {
		t.Errorf("NewMatrix with a ragged row: error = %v", err)
	}
	_, err := NewMatrix(slices.Repeat([]Party{pm}, MaxMatrixParties+1), []Row{{Activity{Name: "Build"}, make([]Cell, MaxMatrixParties+1)}})
	if diff := cmp.Diff([]string{"1:66"}, matrixErrors(err)); diff != "" {
		t.Errorf("NewMatrix with too many parties mismatch (-want +got):\n%s", diff)
	}
}

func TestValidateMatrixAuthority(t *testing.T) {
	pm, eng, dir := RoleParty(ProductManager), FunctionParty(Engineering), RoleParty(DirectorOfProduct)
	a, r := CellOf(Accountable), CellOf(Responsible)
	tests := []struct {
		name string
		f    *Framework
		rows []Row
		want []string
	}{
		{"allowed", Default(), []Row{{Activity{"Pricing", Pricing, Product}, []Cell{a, r, 0}}}, nil},
		{"no decision, function accountable", Default(), []Row{{Activity{Name: "Build"}, []Cell{r, a, 0}}}, nil},
		{"function accountable for a decision", Default(), []Row{{Activity{"Pricing", Pricing, Product}, []Cell{r, a, 0}}}, []string{"2:5"}},
		{"scope too wide", Default(), []Row{{Activity{"Pricing", Pricing, Portfolio}, []Cell{a, r, 0}}}, []string{"2:4"}},
		{"director may", Default(), []Row{{Activity{"Pricing", Pricing, Portfolio}, []Cell{0, r, a}}}, nil},
		{"role not used", Startup(), []Row{{Activity{"Pricing", Pricing, Product}, []Cell{a, r, 0}}}, []string{"1:6"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := mustMatrix(t, []Party{pm, eng, dir}, tt.rows...)
			err := tt.f.ValidateMatrix(m)
			if diff := cmp.Diff(tt.want, matrixErrors(err)); diff != "" {
				t.Errorf("ValidateMatrix positions mismatch (-want +got):\n%s\nerror: %v", diff, err)
			}
		})
	}
}

// TestDefaultRACI: the default matrix passes ValidateMatrix in every ready
// framework and in frameworks of any roles, and each A of the default one
// is the role the sources name.
func TestDefaultRACI(t *testing.T) {
	for _, f := range []*Framework{Default(), Startup(), ScaleUp()} {
		m := f.RACI()
		if err := f.ValidateMatrix(m); err != nil {
			t.Errorf("ValidateMatrix(RACI()) in a framework topped by %v: %v", f.Top(), err)
		}
		if f != Startup() && len(m.Activities()) != len(raciTemplate) { // the startup's head of product decides everything
			t.Errorf("RACI() has %d activities, want %d", len(m.Activities()), len(raciTemplate))
		}
	}
	want := map[string]Party{
		"Vision and strategy":           RoleParty(ChiefProductOfficer),
		"Roadmap":                       RoleParty(VPOfProduct),
		"Pricing":                       RoleParty(ProductManager),
		"Go-to-market":                  RoleParty(ProductManager),
		"Positioning":                   RoleParty(ProductManager),
		"Launch":                        RoleParty(ProductOwner),
		"Budget":                        RoleParty(VPOfProduct),
		"Partnerships and acquisitions": RoleParty(ChiefProductOfficer),
		"Hiring":                        RoleParty(HeadOfProduct),
	}
	m := Default().RACI()
	for activity, party := range want {
		if got, ok := m.Accountable(activity); !ok || got != party {
			t.Errorf("Accountable(%q) = %v, %v; want %v", activity, got, ok, party)
		}
	}
	// The shared template is never changed by deriving matrices.
	before := defaultRACI.cells
	if Startup().RACI(); !slices.Equal(before, defaultRACI.cells) {
		t.Error("RACI() changed the template")
	}
}

func TestRACIForAnyRoles(t *testing.T) {
	built := 0 // the premise: a framework of the roles drawn
	rapid.Check(t, func(t *rapid.T) {
		roles := rapid.SliceOfNDistinct(rapid.SampledFrom(slices.Collect(Roles())), 1, int(numRoles), rapid.ID).Draw(t, "roles")
		f, err := Default().With(WithRoles(roles...))
		if err != nil {
			// Some sets of roles make no framework, such as a principal
			// and a group PM with no one above them to hold both
			// authorities; there is then no matrix to fit.
			if !errors.Is(err, ErrInvalidFramework) {
				t.Fatalf("framework of %v: %v", roles, err)
			}
			t.Skip("no framework of these roles")
		}
		built++
		if err := f.ValidateMatrix(f.RACI()); err != nil {
			t.Fatalf("RACI of a framework of %v: %v", roles, err)
		}
	})
	t.Logf("premise: %d frameworks built", built)
	if built < 30 {
		t.Errorf("only %d of the drawn sets of roles made a framework", built)
	}
}

func TestQueries(t *testing.T) {
	m := Default().RACI()
	if got := m.Responsible("Pricing"); !slices.Equal(got, []Party{RoleParty(ProductMarketingManager)}) {
		t.Errorf("Responsible(Pricing) = %v", got)
	}
	if m.Responsible("Lunch") != nil {
		t.Error("Responsible of an unknown activity is not nil")
	}
	if _, ok := m.Accountable("Lunch"); ok {
		t.Error("Accountable of an unknown activity reported true")
	}
	if got := m.Cell("Hiring", RoleParty(HeadOfProduct)); got != CellOf(Accountable) {
		t.Errorf("Cell(Hiring, head) = %v", got)
	}
	if got := m.Cell("Hiring", FunctionParty(Procurement)); got != 0 {
		t.Errorf("Cell of a party not in the matrix = %v", got)
	}
	var duties []string
	for a, c := range m.Duties(RoleParty(ProductOwner)) {
		if c == 0 {
			t.Errorf("Duties yields an empty cell for %q", a.Name)
		}
		duties = append(duties, a.Name+"="+c.String())
	}
	want := []string{"Vision and strategy=I", "Roadmap=C", "Prioritisation=R", "Requirements=R", "Market research=C",
		"Customer feedback=R", "Go-to-market=I", "Launch=A", "Enhancements=R", "End of life=C", "Budget=I"}
	if diff := cmp.Diff(want, duties); diff != "" {
		t.Errorf("Duties(product-owner) mismatch (-want +got):\n%s", diff)
	}
	for range m.Duties(FunctionParty(Procurement)) {
		t.Error("Duties of a party not in the matrix yields something")
	}
}

func TestWorkload(t *testing.T) {
	pm, eng := RoleParty(ProductManager), FunctionParty(Engineering)
	ar, c := CellOf(Accountable, Responsible), CellOf(Consulted)
	m := mustMatrix(t, []Party{pm, eng},
		Row{Activity{Name: "Build"}, []Cell{ar, c}},
		Row{Activity{Name: "Run"}, []Cell{ar, 0}})
	var want [numLetters + 1]int
	want[Accountable], want[Responsible] = 2, 2
	got := m.Workload()
	if len(got) != 2 || got[0].Party != pm || got[0].Counts != want || !got[0].AccountableForAll || got[0].AccountableForNone {
		t.Errorf("Workload()[0] = %+v", got[0])
	}
	want = [numLetters + 1]int{}
	want[Consulted] = 1
	if got[1].Counts != want || got[1].AccountableForAll || !got[1].AccountableForNone {
		t.Errorf("Workload()[1] = %+v", got[1])
	}
	// Over the default matrix, the counts add up to the letters in it.
	m = Default().RACI()
	total := 0
	for _, l := range m.Workload() {
		for _, n := range l.Counts {
			total += n
		}
	}
	letters := 0
	for _, a := range m.Activities() {
		for _, p := range m.Parties() {
			for l := range Letters() {
				if m.Cell(a.Name, p).Has(l) {
					letters++
				}
			}
		}
	}
	if total != letters {
		t.Errorf("Workload counts %d letters, the matrix holds %d", total, letters)
	}
}

// genMatrix draws a valid matrix: distinct parties and activity names,
// one A in each row, an R somewhere.
var genMatrix = rapid.Custom(func(t *rapid.T) *Matrix {
	parties := rapid.SliceOfNDistinct(rapid.SampledFrom(slices.Collect(allParties())), 1, 8, rapid.ID).Draw(t, "parties")
	names := rapid.SliceOfNDistinct(rapid.OneOf(
		rapid.StringMatching(`[A-Za-z][A-Za-z0-9 ,|"&/-]{0,20}[A-Za-z0-9]`),
		// Names a spreadsheet would run, and the characters CSV and
		// Markdown escape or split on.
		rapid.StringMatching(`[=+\-@'][A-Za-z0-9 ,;|"\\*'=+@-]{0,12}[A-Za-z0-9é|\\]`),
	), 1, 12, rapid.ID).Draw(t, "names")
	decisions := slices.Collect(Decisions())
	scopes := slices.Collect(Scopes())
	others := []Cell{0, CellOf(Responsible), CellOf(Consulted), CellOf(Informed), CellOf(Support)}
	var rows []Row
	for i, name := range names {
		a := Activity{Name: name}
		if rapid.Bool().Draw(t, fmt.Sprint("decision ", i)) {
			a.Decision = rapid.SampledFrom(decisions).Draw(t, "d")
			a.Scope = rapid.SampledFrom(scopes).Draw(t, "s")
		}
		cells := make([]Cell, len(parties))
		for j := range cells {
			cells[j] = rapid.SampledFrom(others).Draw(t, "cell")
		}
		acc := rapid.IntRange(0, len(parties)-1).Draw(t, "A")
		cells[acc] = rapid.SampledFrom([]Cell{CellOf(Accountable), CellOf(Accountable, Responsible)}).Draw(t, "A cell")
		if !slices.ContainsFunc(cells, func(c Cell) bool { return c.Has(Responsible) }) {
			cells[acc] = CellOf(Accountable, Responsible)
		}
		rows = append(rows, Row{a, cells})
	}
	m, err := NewMatrix(parties, rows)
	if err != nil {
		t.Fatal(err)
	}
	return m
})

func TestMatrixProperties(t *testing.T) {
	// Premises the properties must reach: names a spreadsheet would run,
	// and a second A added to a row.
	formulas, secondA := 0, 0
	rapid.Check(t, func(t *rapid.T) {
		m := genMatrix.Draw(t, "m")
		for _, a := range m.activities {
			if strings.ContainsAny(a.Name[:1], "=+-@") {
				formulas++
			}
		}
		if err := m.Validate(); err != nil {
			t.Fatalf("a generated valid matrix fails: %v", err)
		}
		// CSV and Markdown round trips are lossless.
		for _, format := range []struct {
			name  string
			write func(*Matrix, *bytes.Buffer) error
			parse func(*bytes.Buffer) (*Matrix, error)
		}{
			{"CSV", func(m *Matrix, b *bytes.Buffer) error { return m.WriteCSV(b) }, func(b *bytes.Buffer) (*Matrix, error) { return ParseMatrixCSV(b) }},
			{"Markdown", func(m *Matrix, b *bytes.Buffer) error { return m.WriteMarkdown(b) }, func(b *bytes.Buffer) (*Matrix, error) { return ParseMatrixMarkdown(b) }},
		} {
			var buf bytes.Buffer
			if err := format.write(m, &buf); err != nil {
				t.Fatal(err)
			}
			text := buf.String()
			back, err := format.parse(&buf)
			if err != nil || !back.Equal(m) {
				t.Fatalf("%s round trip: %v\n%s", format.name, err, text)
			}
		}

		// Removing the A of a row, or adding a second one, is caught at
		// that row.
		i := rapid.IntRange(0, len(m.activities)-1).Draw(t, "row")
		row := slices.Clone(m.row(i))
		acc := slices.IndexFunc(row, func(c Cell) bool { return c.Has(Accountable) })
		broken := slices.Clone(row)
		broken[acc] = CellOf(Responsible)
		wantRow := i + 2
		if len(row) > 1 && rapid.Bool().Draw(t, "add a second A") {
			other := rapid.SampledFrom(slices.DeleteFunc(indexes(len(row)), func(j int) bool { return j == acc })).Draw(t, "other")
			broken = slices.Clone(row)
			broken[other] = CellOf(Accountable)
			secondA++
		}
		rows := make([]Row, len(m.activities))
		for k, a := range m.activities {
			rows[k] = Row{a, m.row(k)}
		}
		rows[i].Cells = broken
		bad, err := NewMatrix(m.parties, rows)
		if err != nil {
			t.Fatal(err)
		}
		err = bad.Validate()
		var me *MatrixError
		if !errors.As(err, &me) || me.Row != wantRow {
			t.Fatalf("breaking the A of row %d: error %v", wantRow, err)
		}
	})
	t.Logf("premises: %d formula names, %d second As", formulas, secondA)
	if formulas < 50 || secondA < 20 {
		t.Errorf("premises reached too seldom: %d names a spreadsheet would run, %d second As", formulas, secondA)
	}
}

func indexes(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

// checkParsed is the fuzz property of both parsers: nothing panics, a
// refusal is a pmroles ErrInvalidMatrix error and no matrix, and what is
// accepted validates and survives a round trip.
func checkParsed(t *testing.T, m *Matrix, err error) {
	if err != nil {
		if m != nil || !errors.Is(err, ErrInvalidMatrix) || !strings.HasPrefix(err.Error(), "pmroles: ") {
			t.Fatalf("refusal: matrix %v, error %v", m, err)
		}
		return
	}
	if err := m.Validate(); err != nil {
		t.Fatalf("accepted a matrix that Validate rejects: %v", err)
	}
	var buf bytes.Buffer
	if err := m.WriteCSV(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := ParseMatrixCSV(&buf)
	if err != nil || !back.Equal(m) {
		t.Fatalf("round trip of an accepted matrix: %v", err)
	}
}

func FuzzParseMatrixCSV(f *testing.F) {
	f.Add(validCSV)
	f.Add("Activity,product-manager\nBuild,A/R\n")
	f.Add("Activity,product-manager,engineering\nBuild,A,A\n")
	var buf bytes.Buffer
	if err := Default().RACI().WriteCSV(&buf); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.String())
	f.Fuzz(func(t *testing.T, s string) {
		m, err := ParseMatrixCSV(strings.NewReader(s))
		checkParsed(t, m, err)
	})
}

func FuzzParseMatrixMarkdown(f *testing.F) {
	f.Add("| Activity | product-manager |\n|---|---|\n| Build | A/R |\n")
	f.Add("| a | b |\n|--|\n")
	var buf bytes.Buffer
	if err := Default().RACI().WriteMarkdown(&buf); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.String())
	f.Fuzz(func(t *testing.T, s string) {
		m, err := ParseMatrixMarkdown(strings.NewReader(s))
		checkParsed(t, m, err)
	})
}

// FuzzParseCellParty covers the two small RACI parsers.
func FuzzParseCellParty(f *testing.F) {
	for _, s := range []string{"A/R", "r/a", "-", "", "Executive Team", "product-manager", "A/C"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseCell(s)
		if err == nil {
			if !c.IsValid() {
				t.Fatalf("ParseCell(%q) = invalid %v", s, c)
			}
			if back, err := ParseCell(c.String()); err != nil || back != c {
				t.Fatalf("ParseCell(%q) = %v, which does not round-trip", s, c)
			}
		} else if !errors.Is(err, ErrInvalidMatrix) {
			t.Fatalf("ParseCell(%q) error %v", s, err)
		}
		p, err := ParseParty(s)
		if err == nil {
			if back, err := ParseParty(p.String()); !p.IsValid() || err != nil || back != p {
				t.Fatalf("ParseParty(%q) = %v, which does not round-trip", s, p)
			}
		} else if !errors.Is(err, ErrUnknownValue) {
			t.Fatalf("ParseParty(%q) error %v", s, err)
		}
	})
}

// bigMatrix returns a valid matrix of n activities by the 12 first
// parties.
func bigMatrix(tb testing.TB, n int) *Matrix {
	parties := slices.Collect(allParties())[:12]
	rows := make([]Row, n)
	for i := range rows {
		cells := make([]Cell, len(parties))
		for j := range cells {
			cells[j] = []Cell{0, CellOf(Consulted), CellOf(Informed), CellOf(Responsible)}[(i+j)%4]
		}
		cells[i%len(parties)] = CellOf(Accountable, Responsible)
		rows[i] = Row{Activity{Name: fmt.Sprintf("Activity %05d", (i*7919)%n)}, cells}
	}
	return mustMatrix(tb, parties, rows...)
}

func BenchmarkMatrixValidate(b *testing.B) {
	m := bigMatrix(b, 1000)
	if err := m.Validate(); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := m.Validate(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseMatrixCSV(b *testing.B) {
	m := bigMatrix(b, 1000)
	var buf bytes.Buffer
	if err := m.WriteCSV(&buf); err != nil {
		b.Fatal(err)
	}
	data := buf.Bytes()
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := ParseMatrixCSV(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
	cells := 1000 * 12
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*cells), "ns/cell")
}

// Tests of the findings of issue 11 on the RACI side: each failed before
// its fix, against the code it fixes.

// allocated returns the bytes allocated while running f.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// noPanic runs f and fails the test if it panics.
func noPanic(t *testing.T, name string, f func()) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Errorf("%s panics: %v", name, r)
		}
	}()
	f()
}

// TestFindingNewMatrixHuge: 200,000 parties by 200,000 rows, about 8 MB
// of arguments, are refused before rows x parties cells are allocated.
func TestFindingNewMatrixHuge(t *testing.T) {
	const n = 200_000
	parties := make([]Party, n)
	for i := range parties {
		parties[i] = FunctionParty(Engineering)
	}
	cells := make([]Cell, n)
	rows := make([]Row, n)
	for i := range rows {
		rows[i] = Row{Activity{Name: "x"}, cells}
	}
	var m *Matrix
	var err error
	if got := allocated(func() { m, err = NewMatrix(parties, rows) }); got > 1<<20 {
		t.Errorf("NewMatrix allocated %d bytes before refusing", got)
	}
	if m != nil || !errors.Is(err, ErrInvalidMatrix) {
		t.Errorf("NewMatrix = %v, %v; want an ErrInvalidMatrix error", m, err)
	}
}

// TestFindingBoundedErrors: many bad cells give at most 100 problems, a
// short message and bounded allocation; a header of commas is refused
// without splitting it; a huge value is quoted by a short prefix.
func TestFindingBoundedErrors(t *testing.T) {
	const maxProblems = 100
	var b strings.Builder
	b.WriteString("Activity,product-manager,engineering\n")
	for i := range 20_000 {
		b.WriteString("Build")
		b.WriteString(strings.Repeat("x", i%7))
		b.WriteString(",X,Y\n")
	}
	in := b.String()
	var err error
	alloc := allocated(func() { _, err = ParseMatrixCSV(strings.NewReader(in)) })
	if n := len(matrixErrors(err)); n > maxProblems+1 {
		t.Errorf("%d bad cells gave %d errors, want at most %d and a count of the rest", 40_000, n, maxProblems+1)
	}
	if n := len(err.Error()); n > 64<<10 {
		t.Errorf("the message is %d bytes long", n)
	}
	if alloc > 16*uint64(len(in)) {
		t.Errorf("reading %d bytes allocated %d", len(in), alloc)
	}

	for _, tc := range []struct {
		name string
		in   string
		read func(string) (*Matrix, error)
	}{
		{"CSV header of commas", "Activity" + strings.Repeat(",", 4<<20) + "\n", func(s string) (*Matrix, error) { return ParseMatrixCSV(strings.NewReader(s)) }},
		{"Markdown header of pipes", "| Activity " + strings.Repeat("|", 1<<20-20) + "\n|---|---|\n", func(s string) (*Matrix, error) { return ParseMatrixMarkdown(strings.NewReader(s)) }},
		{"CSV huge cell", "Activity,product-manager\nBuild," + strings.Repeat("Q", 4<<20) + "\n", func(s string) (*Matrix, error) { return ParseMatrixCSV(strings.NewReader(s)) }},
		{"CSV huge party", "Activity,product-manager," + strings.Repeat("Q", 4<<20) + "\nBuild,A/R,\n", func(s string) (*Matrix, error) { return ParseMatrixCSV(strings.NewReader(s)) }},
		{"CSV huge name", "Activity,product-manager\n" + strings.Repeat("Q", 4<<20) + ",X\n", func(s string) (*Matrix, error) { return ParseMatrixCSV(strings.NewReader(s)) }},
	} {
		var err error
		alloc := allocated(func() { _, err = tc.read(tc.in) })
		if !errors.Is(err, ErrInvalidMatrix) {
			t.Errorf("%s: error %v", tc.name, err)
			continue
		}
		if alloc > 4*uint64(len(tc.in)) {
			t.Errorf("%s: reading %d bytes allocated %d", tc.name, len(tc.in), alloc)
		}
		if n := len(err.Error()); n > 4<<10 {
			t.Errorf("%s: the message is %d bytes long", tc.name, n)
		}
	}
}

// TestFindingNil: nil readers, nil matrices and the zero Matrix give
// errors, never panics or output.
func TestFindingNil(t *testing.T) {
	var nilMatrix *Matrix
	checks := map[string]func() error{
		"ParseMatrixCSV(nil)":      func() error { _, err := ParseMatrixCSV(nil); return err },
		"ParseMatrixMarkdown(nil)": func() error { _, err := ParseMatrixMarkdown(nil); return err },
		"ValidateMatrix(nil)":      func() error { return Default().ValidateMatrix(nil) },
		"nil Validate":             func() error { return nilMatrix.Validate() },
		"nil WriteCSV":             func() error { return nilMatrix.WriteCSV(new(bytes.Buffer)) },
		"nil WriteMarkdown":        func() error { return nilMatrix.WriteMarkdown(new(bytes.Buffer)) },
		"zero WriteCSV":            func() error { return new(Matrix).WriteCSV(new(bytes.Buffer)) },
		"zero WriteMarkdown":       func() error { return new(Matrix).WriteMarkdown(new(bytes.Buffer)) },
		"zero ValidateMatrix":      func() error { return Default().ValidateMatrix(new(Matrix)) },
	}
	for name, check := range checks {
		noPanic(t, name, func() {
			if err := check(); err == nil || !strings.HasPrefix(err.Error(), "pmroles: ") {
				t.Errorf("%s: error %v, want a pmroles error", name, err)
			}
		})
	}
	noPanic(t, "nil queries", func() {
		if nilMatrix.Parties() != nil || nilMatrix.Activities() != nil || nilMatrix.Cell("x", RoleParty(ProductManager)) != 0 ||
			nilMatrix.Responsible("x") != nil || nilMatrix.Workload() != nil {
			t.Error("a nil matrix answers with something")
		}
		if _, ok := nilMatrix.Accountable("x"); ok {
			t.Error("a nil matrix has an accountable party")
		}
		for range nilMatrix.Duties(RoleParty(ProductManager)) {
			t.Error("a nil matrix has duties")
		}
	})
}

// TestFindingMarkdownAsGitHub: rows without outer pipes are rows, tables
// in code fences are not tables, a byte-order mark is skipped, and a
// structural error says its row and column in fields.
func TestFindingMarkdownAsGitHub(t *testing.T) {
	const want = "Activity,product-manager,engineering\nBuild,A/R,C\nRun,C,A/R\nShip,A,R\n"
	wantM, err := ParseMatrixCSV(strings.NewReader(want))
	if err != nil {
		t.Fatal(err)
	}
	for name, in := range map[string]string{
		"no outer pipes":  "Activity | product-manager | engineering\n--- | --- | ---\nBuild | A/R | C\nRun | C | A/R\nShip | A | R\n",
		"mixed pipes":     "| Activity | product-manager | engineering |\n|---|---|---|\n| Build | A/R | C |\nRun | C | A/R\n| Ship | A | R |\n",
		"after a fence":   "```\n| Activity | cto |\n|---|---|\n| Old | A |\n```\n\n| Activity | product-manager | engineering |\n|---|---|---|\n| Build | A/R | C |\n| Run | C | A/R |\n| Ship | A | R |\n",
		"byte-order mark": "\ufeff| Activity | product-manager | engineering |\n|---|---|---|\n| Build | A/R | C |\n| Run | C | A/R |\n| Ship | A | R |\n",
	} {
		m, err := ParseMatrixMarkdown(strings.NewReader(in))
		if err != nil || !m.Equal(wantM) {
			t.Errorf("%s: %v, %v", name, m, err)
		}
	}
	_, err = ParseMatrixMarkdown(strings.NewReader("| Activity | product-manager | engineering |\n|---|---|\n| Build | A/R | C |\n"))
	var me *MatrixError
	if !errors.As(err, &me) || me.Row != 1 || me.Column != 3 {
		t.Errorf("a delimiter row short of a column: error %#v", err)
	}
}

// TestFindingCSVInjection: no field WriteCSV writes starts a formula,
// whether a spreadsheet splits on commas or semicolons, and the matrix
// reads back the same.
func TestFindingCSVInjection(t *testing.T) {
	pm := RoleParty(ProductManager)
	var rows []Row
	for _, name := range []string{"=1+1", "+cmd", "-2+3", "@SUM(A1)", "'quoted", "Build;=HYPERLINK(\"x\")", "Plan,-1", "Fine"} {
		rows = append(rows, Row{Activity{Name: name}, []Cell{CellOf(Accountable, Responsible)}})
	}
	m := mustMatrix(t, []Party{pm}, rows...)
	var buf bytes.Buffer
	if err := m.WriteCSV(&buf); err != nil {
		t.Fatal(err)
	}
	for _, sep := range []rune{',', ';'} {
		r := csv.NewReader(strings.NewReader(buf.String()))
		r.Comma, r.FieldsPerRecord, r.LazyQuotes = sep, -1, true
		recs, err := r.ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		for _, rec := range recs {
			for _, f := range rec {
				if f != "" && strings.ContainsRune("=+-@\t\r", rune(f[0])) {
					t.Errorf("split on %q, WriteCSV wrote the field %q", sep, f)
				}
			}
		}
	}
	back, err := ParseMatrixCSV(&buf)
	if err != nil || !back.Equal(m) {
		t.Errorf("round trip: %v", err)
	}
}

// TestFindingOnePass: reading problems and RACI rule problems come out of
// one call.
func TestFindingOnePass(t *testing.T) {
	const chart = "Activity,product-manager,engineering\nBuild,A,X\nRun,C,R\n"
	_, err := ParseMatrixCSV(strings.NewReader(chart))
	got := matrixErrors(err)
	want := []string{"2:3", "3:1"} // the bad cell, then row 3's missing A
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("problems at %v, want %v: %v", got, want, err)
	}
}

// TestFindingNameHygiene: activity names refuse invalid UTF-8 and C1
// control characters (a CSI introduces a terminal escape sequence).
func TestFindingNameHygiene(t *testing.T) {
	for _, name := range []string{"Bu\xffild", "Bu\u009b31mild", "Next\u0085line", "\xc2"} {
		m := mustMatrix(t, []Party{RoleParty(ProductManager)}, Row{Activity{Name: name}, []Cell{CellOf(Accountable, Responsible)}})
		var me *MatrixError
		if err := m.Validate(); !errors.As(err, &me) || me.Row != 2 || me.Column != 1 {
			t.Errorf("name %q: Validate = %v", name, err)
		}
	}
}

// TestFindingErrors: unknown values name the valid ones or the closest;
// every error wraps a sentinel.
func TestFindingErrors(t *testing.T) {
	_, err := ParseParty("product-manger")
	if err == nil || !strings.Contains(err.Error(), "product-manager") {
		t.Errorf("ParseParty of a typo: %v, want the closest names", err)
	}
	_, err = ParseMatrixCSV(strings.NewReader("Activity,product-manger\nBuild,A/R\n"))
	if !errors.Is(err, ErrUnknownValue) || !strings.Contains(err.Error(), `"product-manager"`) && !strings.Contains(err.Error(), " product-manager") {
		t.Errorf("an unknown party in a chart: %v, want ErrUnknownValue and the closest names", err)
	}
	_, err = ParseMatrixCSV(strings.NewReader("Activity,decision,scope,product-manager\nPricing,prices,galaxy,A/R\n"))
	if !errors.Is(err, ErrUnknownValue) || !strings.Contains(err.Error(), "pricing") || !strings.Contains(err.Error(), "portfolio") {
		t.Errorf("an unknown decision and scope: %v, want ErrUnknownValue and the valid or closest values", err)
	}
	for name, err := range map[string]error{
		"Party":    func() error { _, err := Party{}.MarshalText(); return err }(),
		"Letter":   func() error { _, err := Letter(9).MarshalText(); return err }(),
		"Function": func() error { _, err := Function{}.MarshalText(); return err }(),
	} {
		if !errors.Is(err, ErrUnknownValue) && !errors.Is(err, ErrInvalidMatrix) {
			t.Errorf("marshalling an invalid %s: %v wraps no sentinel", name, err)
		}
		if strings.Count(err.Error(), "pmroles:") != 1 {
			t.Errorf("marshalling an invalid %s: %q", name, err)
		}
	}
}

// TestReadChart: one pass finds reading, rule and authority problems
// alike, and the matrix comes only from a sound chart.
func TestReadChart(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string // row:column of every problem, in order
	}{
		{"sound", validCSV, nil},
		{"every kind at once", "Activity,Decision,Scope,product-manager,engineering,cto\n" +
			"Pricing,pricing,portfolio,A,R,\n" + // authority
			"Build,,,AR,R,\n" + // a bad cell, and so no claim of a missing A
			"Build,prices,product,A,X,\n" + // named twice, unknown decision, bad cell
			"\"Sh\"ip,,,A,R,\n" + // malformed CSV
			"Launch,,,A,R\n" + // ragged
			"Run,,,C,I,\n", // no A, no R
			[]string{"1:6", "2:4", "3:4", "4:1", "4:2", "4:5", "5:1", "6:6", "7:1", "7:1"}},
		{"role not used", "Activity,vp-of-product\nBuild,A/R\n", []string{"1:2"}},
		{"empty", "", []string{"1:1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := Default()
			if tt.name == "role not used" {
				f = Startup()
			}
			c, err := f.ReadChartCSV(strings.NewReader(tt.in))
			if diff := cmp.Diff(tt.want, matrixErrors(err)); diff != "" {
				t.Errorf("problem positions mismatch (-want +got):\n%s\nerror: %v", diff, err)
			}
			if got := len(c.Problems()); got != len(tt.want) {
				t.Errorf("Problems() has %d problems, want %d", got, len(tt.want))
			}
			if (c.Matrix() != nil) != (tt.want == nil) {
				t.Errorf("Matrix() = %v with problems %v", c.Matrix(), tt.want)
			}
		})
	}
}

// TestChartWriteMarkdown: a chart with problems is written with each
// problem marked at its cell and explained below; text that could not
// be read is shown escaped.
func TestChartWriteMarkdown(t *testing.T) {
	const chart = "Activity,product-manager,engineering,cto\nBuild,AR,R,\nBu\u009bild,A,X,\n\"Sh\"ip,A,R,\n"
	c, err := Default().ReadChartCSV(strings.NewReader(chart))
	if err == nil {
		t.Fatal("no problems found")
	}
	var b strings.Builder
	if err := c.WriteMarkdown(&b); err != nil {
		t.Fatal(err)
	}
	want := `| activity | product-manager | engineering | cto [^1] |
|---|---|---|---|
| Build | AR [^2] | R |  |
| Bu\\u009bild [^3] | A | X [^4] |  |
| [^5] |  |  |  |

[^1]: row 1, column 4 (party "cto"): unknown party "cto": neither a role ID nor a function; closest: chief-product-officer, product-owner, executive-team
[^2]: row 2, column 2 (activity "Build", party "product-manager"): bad cell "AR": want R, A, C, I, S, A/R or nothing
[^3]: row 3, column 1 (activity "Bu\u009bild"): the name holds a control character
[^4]: row 3, column 3 (activity "Bu\u009bild", party "engineering"): bad cell "X": want R, A, C, I, S, A/R or nothing
[^5]: row 4, column 1: malformed CSV: line 4, column 4: extraneous or missing " in quoted-field
`
	if diff := cmp.Diff(want, b.String()); diff != "" {
		t.Errorf("WriteMarkdown mismatch (-want +got):\n%s", diff)
	}

	// A sound chart is written as its matrix is.
	c, err = Default().ReadChartCSV(strings.NewReader(validCSV))
	if err != nil {
		t.Fatal(err)
	}
	var fromChart, fromMatrix strings.Builder
	if err := c.WriteMarkdown(&fromChart); err != nil {
		t.Fatal(err)
	}
	if err := c.Matrix().WriteMarkdown(&fromMatrix); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(fromMatrix.String(), fromChart.String()); diff != "" {
		t.Errorf("a sound chart's Markdown mismatch (-matrix +chart):\n%s", diff)
	}

	// Problems at no cell are listed after the table.
	c, _ = Default().ReadChartMarkdown(strings.NewReader("no table here\n"))
	b.Reset()
	if err := c.WriteMarkdown(&b); err != nil || !strings.HasPrefix(b.String(), "\n- no Markdown table") {
		t.Errorf("WriteMarkdown of a chart with no table: %q, %v", b.String(), err)
	}
}

// TestChartNil: a nil chart, reader or framework is a problem, not a
// panic.
func TestChartNil(t *testing.T) {
	var c *Chart
	if c.Matrix() != nil || c.Problems() != nil {
		t.Error("a nil chart has a matrix or problems")
	}
	if err := c.WriteMarkdown(new(bytes.Buffer)); !errors.Is(err, ErrInvalidMatrix) {
		t.Errorf("WriteMarkdown of a nil chart: %v", err)
	}
	if c, err := Default().ReadChartCSV(nil); c == nil || !errors.Is(err, ErrInvalidMatrix) {
		t.Errorf("ReadChartCSV(nil) = %v, %v", c, err)
	}
	var f *Framework
	if c, err := f.ReadChartMarkdown(strings.NewReader("| a | engineering |\n|---|---|\n| b | A/R |\n")); c == nil || !errors.Is(err, ErrInvalidFramework) {
		t.Errorf("ReadChartMarkdown on a nil framework = %v, %v", c, err)
	}
	if err := f.ValidateMatrix(Default().RACI()); !errors.Is(err, ErrInvalidFramework) {
		t.Errorf("ValidateMatrix on a nil framework: %v", err)
	}
	if f.RACI() != nil || new(Framework).RACI() != nil {
		t.Error("RACI of a nil or zero framework is not nil")
	}
	noPanic(t, "ValidateMatrix on the zero framework", func() {
		if err := new(Framework).ValidateMatrix(Default().RACI()); !errors.Is(err, ErrInvalidMatrix) {
			t.Errorf("ValidateMatrix on the zero framework: %v", err)
		}
	})
}

// TestMatrixEqual is the test of the oracle of every round trip: Equal
// must see a change to any one part of a matrix, and nothing else.
func TestMatrixEqual(t *testing.T) {
	base := Default().RACI()
	rows := func(m *Matrix) []Row {
		out := make([]Row, len(m.activities))
		for i, a := range m.activities {
			out[i] = Row{a, slices.Clone(m.row(i))}
		}
		return out
	}
	rebuild := func(parties []Party, rows []Row) *Matrix { return mustMatrix(t, parties, rows...) }
	if !base.Equal(rebuild(base.Parties(), rows(base))) || !base.Equal(base) {
		t.Fatal("a matrix is not Equal to a copy of itself")
	}
	var nilMatrix *Matrix
	if !nilMatrix.Equal(nil) || base.Equal(nil) || nilMatrix.Equal(base) {
		t.Error("Equal and nil")
	}
	// The column layout of the source table does not matter.
	layout := rebuild(base.Parties(), rows(base))
	layout.partyCol = 2
	if !base.Equal(layout) {
		t.Error("Equal depends on the column layout")
	}
	// Every single change is seen: each cell, each party, each activity's
	// name, decision and scope, the order and number of rows.
	changes := 0
	for i := range base.activities {
		for j := range base.parties {
			r := rows(base)
			r[i].Cells[j] ^= CellOf(Informed)
			if base.Equal(rebuild(base.Parties(), r)) {
				t.Errorf("Equal misses a change of cell (%d, %d)", i, j)
			}
			changes++
		}
		for _, change := range []func(*Activity){
			func(a *Activity) { a.Name += "!" },
			func(a *Activity) { a.Decision = Hiring + Vision - a.Decision },
			func(a *Activity) { a.Scope = Company + Feature - a.Scope },
		} {
			r := rows(base)
			change(&r[i].Activity)
			if base.Equal(rebuild(base.Parties(), r)) {
				t.Errorf("Equal misses a change of activity %d: %+v", i, r[i].Activity)
			}
			changes++
		}
	}
	for j := range base.parties {
		p := base.Parties()
		p[j] = FunctionParty(Procurement)
		if base.Equal(rebuild(p, rows(base))) {
			t.Errorf("Equal misses a change of party %d", j)
		}
		changes++
	}
	r := rows(base)
	r[0], r[1] = r[1], r[0]
	if base.Equal(rebuild(base.Parties(), r)) {
		t.Error("Equal misses swapped rows")
	}
	if base.Equal(rebuild(base.Parties(), rows(base)[1:])) {
		t.Error("Equal misses a missing row")
	}
	if changes < len(base.activities)*len(base.parties) {
		t.Errorf("only %d changes tried", changes)
	}
}

// FuzzReadChart: reading a chart never panics; it has a matrix exactly
// when it has no problems, and then the matrix passes ValidateMatrix; it
// lists at most MaxMatrixProblems and a count; its problems agree with
// ParseMatrixCSV but for authority; and it can always be written, as a
// table with a row per activity.
func FuzzReadChart(f *testing.F) {
	f.Add(validCSV)
	f.Add("Activity,Decision,Scope,product-manager,engineering,cto\nPricing,pricing,portfolio,A,R,\nBuild,,,AR,R,\n\"Sh\"ip,,,A,R\n")
	f.Add("Activity,product-manager\n'=1+1,A/R\n")
	f.Fuzz(func(t *testing.T, s string) {
		c, err := Default().ReadChartCSV(strings.NewReader(s))
		if c == nil {
			t.Fatal("nil chart")
		}
		if (err == nil) != (c.Matrix() != nil) {
			t.Fatalf("error %v but matrix %v", err, c.Matrix())
		}
		if m := c.Matrix(); m != nil {
			if err := Default().ValidateMatrix(m); err != nil {
				t.Fatalf("a sound chart's matrix fails ValidateMatrix: %v", err)
			}
		}
		if n := len(c.Problems()); n > MaxMatrixProblems+1 {
			t.Fatalf("%d problems", n)
		}
		m, perr := ParseMatrixCSV(strings.NewReader(s))
		if perr != nil && err == nil || perr == nil && (m == nil || c.Matrix() != nil && !m.Equal(c.Matrix())) {
			t.Fatalf("ParseMatrixCSV = %v, %v; the chart's error %v", m, perr, err)
		}
		var b strings.Builder
		if err := c.WriteMarkdown(&b); err != nil {
			t.Fatal(err)
		}
		if c.m.partyCol > 0 {
			r := mdtable.NewReader(strings.NewReader(b.String()), 100, 1<<20)
			rows := 0
			for {
				if _, err := r.Read(); err != nil {
					break
				}
				rows++
			}
			if rows != len(c.m.activities)+1 {
				t.Fatalf("the chart written has %d rows, want %d:\n%s", rows, len(c.m.activities)+1, b.String())
			}
		}
	})
}

func BenchmarkParseMatrixMarkdown(b *testing.B) {
	var buf bytes.Buffer
	if err := bigMatrix(b, 1000).WriteMarkdown(&buf); err != nil {
		b.Fatal(err)
	}
	data := buf.Bytes()
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := ParseMatrixMarkdown(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReadChartCSV reads a chart of 1,000 activities with a problem
// in every row: the cost of the one pass and of capping its problems.
func BenchmarkReadChartCSV(b *testing.B) {
	var buf bytes.Buffer
	if err := bigMatrix(b, 1000).WriteCSV(&buf); err != nil {
		b.Fatal(err)
	}
	data := bytes.ReplaceAll(buf.Bytes(), []byte(",C,"), []byte(",Q,"))
	f := Default()
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := f.ReadChartCSV(bytes.NewReader(data)); err == nil {
			b.Fatal("no problems found")
		}
	}
}

// TestLimitedReaderBoundary: an input of exactly the limit is read whole,
// as MaxMatrixBytes promises; one byte more is refused, and never cut
// short in silence.
func TestLimitedReaderBoundary(t *testing.T) {
	for _, tt := range []struct {
		in      string
		n       int64
		wantErr bool
	}{
		{"", 0, false},
		{"abcde", 5, false},
		{"abcd", 5, false},
		{"abcdef", 5, true},
		{"a", 0, true},
	} {
		// iotest.OneByteReader makes every read short, so the limit is
		// met on a read of its own before EOF is seen.
		got, err := io.ReadAll(&limitedReader{r: iotest.OneByteReader(strings.NewReader(tt.in)), n: tt.n})
		if (err != nil) != tt.wantErr {
			t.Errorf("reading %q with limit %d: error %v, want error %v", tt.in, tt.n, err, tt.wantErr)
		}
		if !tt.wantErr && string(got) != tt.in {
			t.Errorf("reading %q with limit %d gave %q", tt.in, tt.n, got)
		}
	}
}
