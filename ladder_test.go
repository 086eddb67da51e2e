package pmroles

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/pmroles/pmroles/internal/bitset"
	"pgregory.net/rapid"
)

// update rewrites the golden files under testdata: go test -run TestGolden -update.
var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// ladderCmp compares ladder values: CompetencySet by value, NaN equal to
// NaN (an invalid candidate's years are reported as they are).
var ladderCmp = cmp.Options{
	cmp.Comparer(func(a, b CompetencySet) bool { return a == b }),
	cmpopts.EquateNaNs(),
}

func TestTransitionKindEnum(t *testing.T) {
	checkEnum(t, "TransitionKind", TransitionKinds(), ParseTransitionKind)
}

func TestCompetencyEnum(t *testing.T) {
	// Numbers past the catalogue's are valid: frameworks give them to
	// their own competencies.
	checkEnum(t, "Competency", Competencies(), ParseCompetency, int(MaxCompetency))
	if c := Competency(numCompetencies + 1); !c.IsValid() || c.IsCatalogue() || c.String() != "%!Competency(13)" {
		t.Errorf("Competency(13): valid %v, catalogue %v, String %q", c.IsValid(), c.IsCatalogue(), c.String())
	}
}

func TestCompetencySet(t *testing.T) {
	roadmap := CompetencySetOf(CompetencyRoadmapping)
	both := CompetencySetOf(CompetencyHiring, CompetencyRoadmapping, CompetencyRoadmapping)
	invalid := CompetencySetOf(CompetencyRoadmapping, 0)
	tests := []struct {
		name    string
		s       CompetencySet
		wantAll []Competency
		wantStr string
		valid   bool
	}{
		{"empty", CompetencySet{}, nil, "{}", true},
		{"one", roadmap, []Competency{CompetencyRoadmapping}, "{roadmapping}", true},
		{"sorted, duplicates collapse", both, []Competency{CompetencyRoadmapping, CompetencyHiring}, "{roadmapping, hiring}", true},
		{"invalid value kept as a mark", invalid, []Competency{CompetencyRoadmapping}, "{roadmapping, %!Competency(?)}", false},
		{"only invalid", CompetencySetOf(MaxCompetency + 1), nil, "{%!Competency(?)}", false},
		{"company competency", CompetencySetOf(numCompetencies+1, MaxCompetency), []Competency{numCompetencies + 1, MaxCompetency}, "{%!Competency(13), %!Competency(127)}", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.wantAll, slices.Collect(tt.s.All())); diff != "" {
				t.Errorf("All() mismatch (-want +got):\n%s", diff)
			}
			if got := tt.s.String(); got != tt.wantStr {
				t.Errorf("String() = %q, want %q", got, tt.wantStr)
			}
			if got := tt.s.Len(); got != len(tt.wantAll) {
				t.Errorf("Len() = %d, want %d", got, len(tt.wantAll))
			}
			if got := tt.s.IsValid(); got != tt.valid {
				t.Errorf("IsValid() = %v, want %v", got, tt.valid)
			}
			if got := tt.s.Contains(tt.s); got != tt.valid {
				t.Errorf("Contains(itself) = %v, want %v (reflexive when valid)", got, tt.valid)
			}
			if got := tt.s.Contains(CompetencySet{}); got != tt.valid {
				t.Errorf("Contains(empty) = %v, want %v", got, tt.valid)
			}
		})
	}
	if !both.Contains(roadmap) || roadmap.Contains(both) || both.Contains(invalid) || invalid.Contains(roadmap) {
		t.Error("Contains disagrees with set inclusion")
	}
	if roadmap.Has(0) || roadmap.Has(200) || !roadmap.Has(CompetencyRoadmapping) {
		t.Error("Has is wrong")
	}
	n := 0
	for range both.All() {
		n++
		break
	}
	if n != 1 {
		t.Errorf("break after first competency: iterated %d times", n)
	}
}

// TestCompetencySetProperties: Contains is set inclusion, reflexive and
// transitive.
func TestCompetencySetProperties(t *testing.T) {
	gen := rapid.Custom(func(t *rapid.T) CompetencySet {
		var cs []Competency
		for _, c := range rapid.SliceOfN(rapid.OneOf(rapid.Uint8Range(0, numCompetencies+1), rapid.Uint8Range(60, 130)), 0, 6).Draw(t, "cs") {
			cs = append(cs, Competency(c))
		}
		return CompetencySetOf(cs...)
	})
	rapid.Check(t, func(t *rapid.T) {
		a, b, c := gen.Draw(t, "a"), gen.Draw(t, "b"), gen.Draw(t, "c")
		inclusion := a.IsValid() && b.IsValid()
		for x := range b.All() {
			inclusion = inclusion && a.Has(x)
		}
		if a.Contains(b) != inclusion {
			t.Fatalf("%v.Contains(%v) = %v, want %v", a, b, a.Contains(b), inclusion)
		}
		if a.Contains(b) && b.Contains(c) && !a.Contains(c) {
			t.Fatalf("Contains is not transitive: %v, %v, %v", a, b, c)
		}
		if a.Union(b).Len() > a.Len()+b.Len() || a.minus(b).Len() > a.Len() {
			t.Fatalf("union or minus has too many elements: %v, %v", a, b)
		}
	})
}

func TestCompetencySetJSON(t *testing.T) {
	start := CompetencySetOf(CompetencyBudgeting)
	tests := []struct {
		name    string
		in      string
		want    CompetencySet
		wantErr error // nil, ErrUnknownValue, or errSyntax for a JSON error
	}{
		{"ids", `["hiring","roadmapping"]`, CompetencySetOf(CompetencyRoadmapping, CompetencyHiring), nil},
		{"case and duplicates", `["Hiring","HIRING"]`, CompetencySetOf(CompetencyHiring), nil},
		{"empty", `[]`, CompetencySet{}, nil},
		{"null keeps the value", `null`, start, nil},
		{"unknown id", `["hiring","charisma"]`, start, ErrUnknownValue},
		{"not an array", `{"hiring":true}`, start, errSyntax},
		{"numbers", `[1,2]`, start, errSyntax},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := start
			err := s.UnmarshalJSON([]byte(tt.in))
			switch {
			case tt.wantErr == nil && err != nil, tt.wantErr != nil && err == nil:
				t.Fatalf("UnmarshalJSON(%s) = %v, want error %v", tt.in, err, tt.wantErr)
			case tt.wantErr == ErrUnknownValue && !errors.Is(err, ErrUnknownValue):
				t.Fatalf("UnmarshalJSON(%s) = %v, want ErrUnknownValue", tt.in, err)
			}
			if err != nil && !strings.HasPrefix(err.Error(), "pmroles: ") {
				t.Errorf("error %q lacks the package prefix", err)
			}
			if s != tt.want {
				t.Errorf("UnmarshalJSON(%s) set %v, want %v", tt.in, s, tt.want)
			}
		})
	}
	if _, err := json.Marshal(CompetencySetOf(0)); err == nil {
		t.Error("an invalid set was marshalled")
	}
}

var errSyntax = errors.New("JSON error")

// FuzzCompetencySetJSON: decoding never panics, fails with a pmroles error
// leaving the set unchanged, or gives a valid set that encodes and decodes
// back to itself.
func FuzzCompetencySetJSON(f *testing.F) {
	for _, s := range []string{`["roadmapping","hiring"]`, `null`, `[]`, `["x"]`, `{"a":1}`, `["HIRING"]`, `[`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		start := CompetencySetOf(CompetencyExecution)
		s := start
		if err := s.UnmarshalJSON([]byte(in)); err != nil {
			if !strings.HasPrefix(err.Error(), "pmroles: ") || s != start {
				t.Fatalf("UnmarshalJSON(%q) = %v, set %v", in, err, s)
			}
			return
		}
		if !s.IsValid() {
			t.Fatalf("UnmarshalJSON(%q) gave an invalid set", in)
		}
		b, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		var back CompetencySet
		if err := json.Unmarshal(b, &back); err != nil || back != s {
			t.Fatalf("round trip of %v through %s = %v, %v", s, b, back, err)
		}
	})
}

// TestDefaultFigures pins the default requirements to their sources (see
// the comments on the figures in ladder.go).
func TestDefaultFigures(t *testing.T) {
	type row struct {
		From, To                     Role
		Kind                         TransitionKind
		Experience, InRole, Managing float64
	}
	want := []row{
		{AssociateProductManager, ProductManager, Promotion, 2, 1, 0},       // GitLab PM 2-4
		{AssociateProductManager, ProductOwner, Promotion, 2, 1, 0},         // as the PM
		{ProductManager, SeniorProductManager, Promotion, 4, 2, 0},          // the CPO career article: 4-5; GitLab senior 4-6
		{SeniorProductManager, PrincipalProductManager, Promotion, 8, 2, 1}, // GitLab principal 8-10, a year managing
		{SeniorProductManager, GroupProductManager, TrackChange, 6, 2, 0},
		{PrincipalProductManager, DirectorOfProduct, TrackChange, 10, 2, 1},
		{GroupProductManager, DirectorOfProduct, Promotion, 10, 2, 2},
		{DirectorOfProduct, PrincipalProductManager, TrackChange, 8, 1, 1},
		{DirectorOfProduct, HeadOfProduct, Promotion, 12, 2, 4}, // above the product levels article's 3-5 floor
		{HeadOfProduct, VPOfProduct, Promotion, 14, 2, 6},
		{VPOfProduct, ChiefProductOfficer, Promotion, 15, 2, 8},
		{ProductOwner, SeniorProductManager, Promotion, 4, 2, 0},
		{ProductMarketingManager, DirectorOfProductMarketing, Promotion, 8, 2, 2},
	}
	var got []row
	for tr := range Default().Ladder().All() {
		r := tr.Requirements
		got = append(got, row{tr.From, tr.To, tr.Kind, r.YearsExperience, r.YearsInRole, r.YearsManaging})
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("default ladder mismatch (-want +got):\n%s", diff)
	}
	// the product levels article: "at least three to five years' experience before becoming
	// a head of product": the startup asks within that range.
	tr, ok := transition(Startup(), SeniorProductManager, HeadOfProduct)
	if !ok || tr.Requirements.YearsExperience < 3 || tr.Requirements.YearsExperience > 5 {
		t.Errorf("startup senior -> head = %+v, want 3 to 5 years", tr)
	}
}

// transition returns the ladder's transition from a to b.
func transition(f *Framework, a, b Role) (Transition, bool) {
	for tr := range f.Ladder().Next(a) {
		if tr.To == b {
			return tr, true
		}
	}
	return Transition{}, false
}

func TestCheck(t *testing.T) {
	senior := competenciesSenior
	tests := []struct {
		name  string
		f     *Framework
		c     Candidate
		to    Role
		want  error // nil, ErrNotEligible, ErrInvalidCandidate or ErrNoTransition
		kind  TransitionKind
		short []Shortfall
	}{
		{"eligible", Default(), Candidate{ProductManager, 5, 2, 0, senior}, SeniorProductManager, nil, 0, nil},
		{"exactly the bar", Default(), Candidate{ProductManager, 4, 2, 0, senior}, SeniorProductManager, nil, 0, nil},
		{"three years", Default(), Candidate{ProductManager, 3, 1, 0, senior}, SeniorProductManager, ErrNotEligible, Promotion, []Shortfall{
			{Field: "YearsExperience", Need: 4, Have: 3},
			{Field: "YearsInRole", Need: 2, Have: 1},
		}},
		{"everything unmet", Default(), Candidate{SeniorProductManager, 5, 0.5, 0, CompetencySetOf(CompetencyExecution)}, PrincipalProductManager, ErrNotEligible, Promotion, []Shortfall{
			{Field: "YearsExperience", Need: 8, Have: 5},
			{Field: "YearsInRole", Need: 2, Have: 0.5},
			{Field: "YearsManaging", Need: 1, Have: 0},
			{Field: "Competencies", Missing: competenciesPrincipal.minus(CompetencySetOf(CompetencyExecution))},
		}},
		{"lacks competencies only", Default(), Candidate{ProductManager, 9, 9, 9, competenciesPM}, SeniorProductManager, ErrNotEligible, Promotion, []Shortfall{
			{Field: "Competencies", Missing: CompetencySetOf(CompetencyRoadmapping, CompetencyGoToMarket, CompetencyStakeholderManagement)},
		}},
		{"track change", Default(), Candidate{SeniorProductManager, 6, 2, 0, competenciesGroup}, GroupProductManager, nil, 0, nil},
		{"equivalence asks nothing", ScaleUp(), Candidate{Role: HeadOfProduct}, VPOfProduct, nil, 0, nil},
		{"NaN", Default(), Candidate{ProductManager, math.NaN(), 2, 0, senior}, SeniorProductManager, ErrInvalidCandidate, Promotion, []Shortfall{
			{Field: "YearsExperience", Need: 4, Have: math.NaN(), Invalid: true},
		}},
		{"negative and infinite", Default(), Candidate{ProductManager, 9, -1, math.Inf(1), senior}, SeniorProductManager, ErrInvalidCandidate, Promotion, []Shortfall{
			{Field: "YearsInRole", Need: 2, Have: -1, Invalid: true},
			{Field: "YearsManaging", Need: 0, Have: math.Inf(1), Invalid: true},
		}},
		{"infinite experience, all else met", Default(), Candidate{ProductManager, math.Inf(1), 2, 0, senior}, SeniorProductManager, ErrInvalidCandidate, Promotion, []Shortfall{
			{Field: "YearsExperience", Need: 4, Have: math.Inf(1), Invalid: true},
		}},
		{"invalid competency, all else met", Default(), Candidate{ProductManager, 5, 2, 0, senior.Union(CompetencySetOf(0))}, SeniorProductManager, ErrInvalidCandidate, Promotion, []Shortfall{
			{Field: "Competencies", Invalid: true},
		}},
		{"invalid competency", Default(), Candidate{ProductManager, 9, 9, 0, CompetencySetOf(CompetencyHiring, MaxCompetency+1)}, SeniorProductManager, ErrInvalidCandidate, Promotion, []Shortfall{
			{Field: "Competencies", Invalid: true},
		}},
		{"invalid even for an equivalence", ScaleUp(), Candidate{Role: HeadOfProduct, YearsExperience: math.NaN()}, VPOfProduct, ErrInvalidCandidate, Equivalence, []Shortfall{
			{Field: "YearsExperience", Have: math.NaN(), Invalid: true},
		}},
		{"no transition", Default(), Candidate{ProductManager, 30, 30, 30, senior}, ChiefProductOfficer, ErrNoTransition, 0, nil},
		{"not down the ladder", Default(), Candidate{SeniorProductManager, 30, 30, 30, senior}, ProductManager, ErrNoTransition, 0, nil},
		{"same role", Default(), Candidate{Role: ProductManager}, ProductManager, ErrNoTransition, 0, nil},
		{"unused role", Startup(), Candidate{Role: AssociateProductManager}, ProductManager, ErrNoTransition, 0, nil},
		{"unused target", Startup(), Candidate{Role: SeniorProductManager}, PrincipalProductManager, ErrNoTransition, 0, nil},
		{"invalid role", Default(), Candidate{Role: Role{}}, ProductManager, ErrNoTransition, 0, nil},
		{"invalid target", Default(), Candidate{Role: ProductManager}, Role{}, ErrNoTransition, 0, nil},
		{"company role of another framework", Default(), Candidate{Role: ProductManager}, companyRole("staff-product-manager"), ErrNoTransition, 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.f.Ladder().Check(tt.c, tt.to)
			if tt.want == nil {
				if err != nil {
					t.Fatalf("Check = %v, want nil", err)
				}
				return
			}
			if !errors.Is(err, tt.want) {
				t.Fatalf("Check = %v, want an error wrapping %v", err, tt.want)
			}
			var te *TransitionError
			if !errors.As(err, &te) {
				t.Fatalf("Check = %T, want a *TransitionError", err)
			}
			if te.From != tt.c.Role || te.To != tt.to || te.Kind != tt.kind {
				t.Errorf("error names %v %v -> %v, want %v %v -> %v", te.Kind, te.From, te.To, tt.kind, tt.c.Role, tt.to)
			}
			if diff := cmp.Diff(tt.short, te.Shortfalls, ladderCmp); diff != "" {
				t.Errorf("Shortfalls mismatch (-want +got):\n%s", diff)
			}
			if errors.Is(err, ErrInvalidCandidate) && !errors.Is(err, ErrNotEligible) {
				t.Errorf("an invalid candidate's error does not match ErrNotEligible")
			}
			if !strings.HasPrefix(err.Error(), "pmroles: ladder: ") {
				t.Errorf("message %q lacks the package prefix", err)
			}
		})
	}
}

func TestCheckDoesNotAllocate(t *testing.T) {
	l := Default().Ladder()
	c := Candidate{ProductManager, 5, 2, 0, competenciesSenior}
	if n := testing.AllocsPerRun(100, func() {
		if l.Check(c, SeniorProductManager) != nil {
			t.Fatal("not eligible")
		}
	}); n != 0 {
		t.Errorf("Check allocates %v times when eligible", n)
	}
	// Ranging directly, as callers do, lets the iterators stay on the
	// stack.
	sum := 0
	if n := testing.AllocsPerRun(100, func() {
		for tr := range l.Next(SeniorProductManager) {
			sum += int(tr.Kind)
		}
	}); n != 0 {
		t.Errorf("ranging over Next allocates %v times", n)
	}
	if n := testing.AllocsPerRun(100, func() {
		for tr := range l.Eligible(c) {
			sum += int(tr.Kind)
		}
	}); n != 0 {
		t.Errorf("ranging over Eligible allocates %v times", n)
	}
	if n := testing.AllocsPerRun(100, func() {
		for tr := range l.All() {
			sum += int(tr.Kind)
		}
	}); n != 0 {
		t.Errorf("ranging over All allocates %v times", n)
	}
}

func TestPath(t *testing.T) {
	tests := []struct {
		name     string
		f        *Framework
		from, to Role
		want     []Role // the roles visited, from included; nil for an error
	}{
		{"APM to CPO", Default(), AssociateProductManager, ChiefProductOfficer, []Role{
			AssociateProductManager, ProductManager, SeniorProductManager, PrincipalProductManager,
			DirectorOfProduct, HeadOfProduct, VPOfProduct, ChiefProductOfficer}},
		{"tie goes to the first role", Default(), SeniorProductManager, DirectorOfProduct, []Role{
			SeniorProductManager, PrincipalProductManager, DirectorOfProduct}},
		{"one step", Default(), ProductOwner, SeniorProductManager, []Role{ProductOwner, SeniorProductManager}},
		{"track change back", Default(), GroupProductManager, PrincipalProductManager, []Role{
			GroupProductManager, DirectorOfProduct, PrincipalProductManager}},
		{"empty", Default(), HeadOfProduct, HeadOfProduct, []Role{HeadOfProduct}},
		{"scale-up skips the group PM", ScaleUp(), AssociateProductManager, ChiefProductOfficer, []Role{
			AssociateProductManager, ProductManager, SeniorProductManager, DirectorOfProduct, HeadOfProduct, ChiefProductOfficer}},
		{"through an equivalence", ScaleUp(), VPOfProduct, HeadOfProduct, []Role{VPOfProduct, HeadOfProduct}},
		{"startup", Startup(), ProductManager, HeadOfProduct, []Role{ProductManager, SeniorProductManager, HeadOfProduct}},
		{"no way down", Default(), ChiefProductOfficer, ProductManager, nil},
		{"other discipline", Default(), DirectorOfUX, ChiefProductOfficer, nil},
		{"unused", Startup(), AssociateProductManager, HeadOfProduct, nil},
		{"invalid", Default(), Role{}, HeadOfProduct, nil},
		{"invalid target", Default(), HeadOfProduct, companyRole("ghost"), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := tt.f.Ladder().Path(tt.from, tt.to)
			if tt.want == nil {
				var te *TransitionError
				if !errors.Is(err, ErrNoTransition) || !errors.As(err, &te) || p != nil {
					t.Fatalf("Path = %v, %v; want nil and a TransitionError wrapping ErrNoTransition", p, err)
				}
				if te.From != tt.from || te.To != tt.to {
					t.Errorf("error names %v -> %v", te.From, te.To)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			got := []Role{tt.from}
			for i, step := range p {
				if step.From != got[len(got)-1] {
					t.Fatalf("step %d (%v) does not start where the previous one ends", i, step)
				}
				got = append(got, step.To)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Path roles mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestNextAndEligible(t *testing.T) {
	l := Default().Ladder()
	var to []Role
	for tr := range l.Next(SeniorProductManager) {
		if tr.From != SeniorProductManager {
			t.Errorf("Next(senior) yielded %v", tr)
		}
		to = append(to, tr.To)
	}
	if diff := cmp.Diff([]Role{PrincipalProductManager, GroupProductManager}, to); diff != "" {
		t.Errorf("Next(senior) mismatch (-want +got):\n%s", diff)
	}
	for _, r := range []Role{{}, ChiefProductOfficer, DirectorOfUX, companyRole("ghost")} {
		if n := len(slices.Collect(l.Next(r))); n != 0 {
			t.Errorf("Next(%v) yielded %d transitions", r, n)
		}
	}

	c := Candidate{SeniorProductManager, 7, 3, 0, competenciesPrincipal.Union(competenciesGroup)}
	var eligible []Role
	for tr := range l.Eligible(c) {
		eligible = append(eligible, tr.To)
	}
	if diff := cmp.Diff([]Role{GroupProductManager}, eligible); diff != "" {
		t.Errorf("Eligible mismatch (-want +got):\n%s", diff)
	}
	c.YearsExperience, c.YearsManaging = 8, 1
	if n := len(slices.Collect(l.Eligible(c))); n != 2 {
		t.Errorf("Eligible yields %d transitions, want 2", n)
	}
	c.YearsInRole = math.NaN()
	if n := len(slices.Collect(l.Eligible(c))); n != 0 {
		t.Errorf("Eligible yields %d transitions for an invalid candidate", n)
	}
	for range l.Next(AssociateProductManager) {
		break // stopping early must not panic
	}
	for range l.All() {
		break
	}
}

func TestNilLadder(t *testing.T) {
	var f Framework
	l := f.Ladder()
	if l != nil {
		t.Fatalf("zero Framework has ladder %v", l)
	}
	if err := l.Check(Candidate{Role: ProductManager}, SeniorProductManager); !errors.Is(err, ErrNoTransition) {
		t.Errorf("nil Check = %v", err)
	}
	if p, err := l.Path(ProductManager, SeniorProductManager); p != nil || !errors.Is(err, ErrNoTransition) {
		t.Errorf("nil Path = %v, %v", p, err)
	}
	if len(slices.Collect(l.Next(ProductManager)))+len(slices.Collect(l.All()))+len(slices.Collect(l.Eligible(Candidate{}))) != 0 {
		t.Error("nil ladder yields transitions")
	}
	var b bytes.Buffer
	if err := l.WriteDOT(&b); err != nil || !strings.Contains(b.String(), "digraph") {
		t.Errorf("nil WriteDOT = %v, %q", err, b.String())
	}
	if err := l.WriteMermaid(&b); err != nil {
		t.Errorf("nil WriteMermaid = %v", err)
	}
}

// frameworkErrors returns the *FrameworkError values of an error that
// lists problems.
func frameworkErrors(err error) []*FrameworkError {
	var l *ProblemList
	if !errors.As(err, &l) {
		return nil
	}
	var out []*FrameworkError
	for _, e := range l.Problems {
		if fe, ok := e.(*FrameworkError); ok {
			out = append(out, fe)
		}
	}
	return out
}

// pointers returns the pointers of an error's problems.
func pointers(err error) []string {
	var out []string
	for _, fe := range frameworkErrors(err) {
		out = append(out, fe.Pointer)
	}
	return out
}

func hasPointer(err error, ptr string) bool { return slices.Contains(pointers(err), ptr) }

// replaced returns the default transitions with the one from a to b
// replaced by t (or removed, if t is the zero Transition) and extra added.
func replaced(a, b Role, t Transition, extra ...Transition) []Transition {
	var ts []Transition
	for _, u := range defaultTransitions {
		if u.From == a && u.To == b {
			if t != (Transition{}) {
				ts = append(ts, t)
			}
			continue
		}
		ts = append(ts, u)
	}
	return append(ts, extra...)
}

func TestLadderValidation(t *testing.T) {
	senior := Transition{ProductManager, SeniorProductManager, Promotion, barSenior}
	withSenior := func(r Criteria) Transition { s := senior; s.Requirements = r; return s }
	tests := []struct {
		name string
		opts []Option
		want []string // the pointers of problems that must be listed
	}{
		{"negative years", []Option{WithTransitions(replaced(ProductManager, SeniorProductManager, withSenior(Criteria{YearsExperience: -4}))...)},
			[]string{"/ladder/2/requirements/yearsExperience"}},
		{"NaN and infinite years", []Option{WithTransitions(replaced(ProductManager, SeniorProductManager, withSenior(Criteria{YearsInRole: math.NaN(), YearsManaging: math.Inf(1)}))...)},
			[]string{"/ladder/2/requirements/yearsInRole", "/ladder/2/requirements/yearsManaging"}},
		{"invalid competency", []Option{WithTransitions(replaced(ProductManager, SeniorProductManager, withSenior(Criteria{Competencies: CompetencySetOf(0)}))...)},
			[]string{"/ladder/2/requirements/competencies/0"}},
		{"invalid roles and kind", []Option{WithTransitions(append(slices.Clone(defaultTransitions), Transition{Role{}, ProductManager, Promotion, Criteria{}}, Transition{ProductManager, companyRole("ghost"), 0, Criteria{}})...)},
			[]string{"/ladder/13/from", "/ladder/14/to", "/ladder/14/kind"}},
		{"to itself", []Option{WithTransitions(append(slices.Clone(defaultTransitions), Transition{ProductManager, ProductManager, Promotion, Criteria{}})...)},
			[]string{"/ladder/13"}},
		{"duplicate", []Option{WithTransitions(append(slices.Clone(defaultTransitions), senior)...)},
			[]string{"/ladder/13"}},
		{"equivalence given twice the same way", []Option{WithTransitions(append(slices.Clone(defaultTransitions),
			Transition{DirectorOfUX, HeadOfProductAnalytics, Equivalence, Criteria{}},
			Transition{DirectorOfUX, HeadOfProductAnalytics, Equivalence, Criteria{}})...)},
			[]string{"/ladder/14"}},
		{"equivalence against a promotion", []Option{WithTransitions(append(slices.Clone(defaultTransitions), Transition{SeniorProductManager, ProductManager, Equivalence, Criteria{}})...)},
			[]string{"/ladder/13"}},
		{"equivalence with requirements", []Option{WithTransitions(append(slices.Clone(defaultTransitions), Transition{ProductManager, ProductOwner, Equivalence, barPM})...)},
			[]string{"/ladder/13"}},
		{"equivalence across tracks", []Option{WithTransitions(append(slices.Clone(defaultTransitions), Transition{PrincipalProductManager, GroupProductManager, Equivalence, Criteria{}})...)},
			[]string{"/ladder/13"}},
		{"equivalence of different authority", []Option{WithTransitions(append(slices.Clone(defaultTransitions), Transition{ProductManager, ProductOwner, Equivalence, Criteria{}})...)},
			[]string{"/ladder/13"}},
		{"lowers the level", []Option{WithTransitions(append(slices.Clone(defaultTransitions), Transition{SeniorProductManager, ProductOwner, Promotion, Criteria{}})...)},
			[]string{"/ladder/13"}},
		{"loses authority", []Option{WithTransitions(append(slices.Clone(defaultTransitions), Transition{ProductManager, DirectorOfUX, Promotion, barDirector})...)},
			[]string{"/ladder/13"}},
		{"loses authority after WithAuthority", []Option{WithAuthority(SeniorProductManager, defaultAuthority(catAssociateProductManager))},
			[]string{"/ladder/2", "/ladder/11"}},
		{"cycle at one level", []Option{WithTransitions(append(slices.Clone(defaultTransitions),
			Transition{DirectorOfUX, HeadOfProductAnalytics, Promotion, Criteria{}},
			Transition{HeadOfProductAnalytics, DirectorOfUX, Promotion, Criteria{}})...)},
			[]string{"/ladder"}},
		{"promotion inside an equivalence", []Option{
			WithAuthority(HeadOfProductAnalytics, defaultAuthority(catDirectorOfUX)),
			WithTransitions(append(slices.Clone(defaultTransitions),
				Transition{DirectorOfUX, HeadOfProductAnalytics, Equivalence, Criteria{}},
				Transition{DirectorOfUX, DirectorOfProductMarketing, Promotion, Criteria{}},
				Transition{DirectorOfProductMarketing, HeadOfProductAnalytics, Promotion, Criteria{}})...)},
			[]string{"/ladder"}},
		{"asks less than the step before", []Option{WithTransitions(replaced(SeniorProductManager, PrincipalProductManager,
			Transition{SeniorProductManager, PrincipalProductManager, Promotion, Criteria{YearsExperience: 3, YearsInRole: 2, YearsManaging: 1, Competencies: competenciesPM}})...)},
			[]string{"/ladder/4"}},
		{"unreachable", []Option{WithTransitions(slices.DeleteFunc(slices.Clone(defaultTransitions), func(t Transition) bool {
			return t.To == DirectorOfProduct
		})...)},
			[]string{"/roles/5", "/roles/6"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Default().With(tt.opts...)
			if f != nil || !errors.Is(err, ErrInvalidFramework) {
				t.Fatalf("With = %v, %v; want nil and an ErrInvalidFramework error", f, err)
			}
			for _, want := range tt.want {
				if !hasPointer(err, want) {
					t.Errorf("error does not list a problem at %s:\n%v", want, err)
				}
			}
			for _, fe := range frameworkErrors(err) {
				if !strings.HasPrefix(fe.Error(), "pmroles: framework: /") || fe.Offset != -1 {
					t.Errorf("message %q lacks the prefix and pointer, or has an offset", fe)
				}
			}
		})
	}
}

// TestLadderJoinsUnusedRoles checks how a framework narrows a ladder to the
// roles it uses.
func TestLadderJoinsUnusedRoles(t *testing.T) {
	f, err := Default().With(WithRoles(ProductManager, DirectorOfProduct, HeadOfProduct))
	if err != nil {
		t.Fatal(err)
	}
	got := slices.Collect(f.Ladder().All())
	want := []Transition{
		// Through senior and principal PMs (principal before group PM in
		// Roles order): the most any step asks.
		{ProductManager, DirectorOfProduct, Promotion, Criteria{10, 2, 1, competenciesDirector}},
		{DirectorOfProduct, HeadOfProduct, Promotion, barHead},
	}
	if diff := cmp.Diff(want, got, ladderCmp); diff != "" {
		t.Errorf("joined ladder mismatch (-want +got):\n%s", diff)
	}

	// A run that does not rise but changes track is a track change.
	f, err = Default().With(WithRoles(AssociateProductManager, ProductManager, SeniorProductManager, PrincipalProductManager, GroupProductManager, HeadOfProduct))
	if err != nil {
		t.Fatal(err)
	}
	tr, ok := transition(f, GroupProductManager, PrincipalProductManager)
	if want := (Transition{GroupProductManager, PrincipalProductManager, TrackChange, Criteria{10, 2, 2, competenciesDirector}}); !ok || tr != want {
		t.Errorf("group PM -> principal = %v, %v; want %v", tr, ok, want)
	}

	// A run of equivalences is an equivalence.
	same := grantSpecs(defaultAuthority(catDirectorOfUX))
	f, err = Compile(&Spec{
		Version: SpecVersion,
		Roles:   []RoleSpec{{ID: "director-of-ux"}, {ID: "director-of-product-marketing"}, {ID: "head-of-product-analytics"}},
		Authority: []AuthoritySpec{
			{Role: "director-of-product-marketing", Grants: same},
			{Role: "head-of-product-analytics", Grants: same},
		},
		Ladder: []TransitionSpec{
			{From: "director-of-ux", To: "director-of-product-marketing", Kind: "equivalence"},
			{From: "head-of-product-analytics", To: "director-of-product-marketing", Kind: "equivalence"},
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	if f, err = f.With(WithRoles(DirectorOfUX, HeadOfProductAnalytics)); err != nil {
		t.Fatal(err)
	}
	if tr, ok := transition(f, DirectorOfUX, HeadOfProductAnalytics); !ok || tr.Kind != Equivalence {
		t.Errorf("joined equivalences = %v, %v", tr, ok)
	}
}

// TestDefaultSubsets: whatever roles a company keeps, the default ladder
// joined over the others is sound. The only errors Default().With(WithRoles
// (...)) may give are those of the authority check.
func TestDefaultSubsets(t *testing.T) {
	for mask := 1; mask < 1<<numRoles; mask++ {
		var roles []Role
		for c := catRole(1); c <= numRoles; c++ {
			if mask&(1<<(c-1)) != 0 {
				roles = append(roles, c.role())
			}
		}
		f, err := Default().With(WithRoles(roles...))
		for _, ptr := range pointers(err) {
			if strings.HasPrefix(ptr, "/ladder") || strings.HasPrefix(ptr, "/reporting") || strings.HasPrefix(ptr, "/raci") {
				t.Fatalf("WithRoles(%v): refused:\n%v", roles, err)
			}
		}
		if err != nil {
			var ae *AuthorityError
			if !errors.As(err, &ae) {
				t.Fatalf("WithRoles(%v): %v", roles, err)
			}
			continue
		}
		for tr := range f.Ladder().All() {
			if !f.Uses(tr.From) || !f.Uses(tr.To) {
				t.Fatalf("WithRoles(%v): ladder has %v", roles, tr)
			}
		}
	}
}

func profileFrameworks() map[string]*Framework {
	return map[string]*Framework{"default": Default(), "scaleup": ScaleUp(), "startup": Startup()}
}

// TestProfileInvariants checks every profile against the framework
// invariants of the design that concern the ladder.
func TestProfileInvariants(t *testing.T) {
	for name, f := range profileFrameworks() {
		t.Run(name, func(t *testing.T) {
			top := f.Top()
			for r := range f.Roles() {
				if !f.Authority(top).Contains(f.Authority(r)) {
					t.Errorf("top %v does not contain %v", top, r)
				}
				if p, err := f.Ladder().Path(r, r); p != nil || err != nil {
					t.Errorf("Path(%v, %v) = %v, %v", r, r, p, err)
				}
			}
			for tr := range f.Ladder().All() {
				switch tr.Kind {
				case Promotion:
					if f.Level(tr.To) < f.Level(tr.From) || !f.Authority(tr.To).Contains(f.Authority(tr.From)) {
						t.Errorf("%v lowers the level or loses authority", tr)
					}
				case Equivalence:
					if f.Authority(tr.To) != f.Authority(tr.From) {
						t.Errorf("%v links different authorities", tr)
					}
				}
				if !tr.Requirements.Competencies.IsValid() || !yearsValid(tr.Requirements.YearsExperience) {
					t.Errorf("%v has invalid requirements", tr)
				}
			}
			for r := range f.Roles() {
				reached := false
				for e := range f.Roles() {
					if _, err := f.Ladder().Path(e, r); err == nil && f.Ladder().isEntry(e) {
						reached = true
					}
				}
				if !reached {
					t.Errorf("%v is not reachable from an entry role", r)
				}
			}
			if _, err := Compile(f.Spec()); err != nil {
				t.Errorf("compiling the framework's Spec again: %v", err)
			}
		})
	}
	for _, profile := range []func() *Framework{Default, Startup, ScaleUp} {
		if first, second := profile(), profile(); first != second {
			t.Error("a profile is built more than once")
		}
	}
	if Startup().Top() != HeadOfProduct || !Startup().Can(HeadOfProduct, Acquisitions, Company) {
		t.Error("the startup's head of product does not hold company-wide authority")
	}
	if tr, ok := transition(ScaleUp(), VPOfProduct, HeadOfProduct); !ok || tr.Kind != Equivalence {
		t.Error("scale-up: head of product and VP of product are not one role")
	}
}

// TestWithCompilesOwnLadder: With compiles a new ladder for the new
// framework and leaves the shared one alone.
func TestWithCompilesOwnLadder(t *testing.T) {
	f := Default()
	l := f.Ladder()
	g, err := f.With(WithRoles(ProductManager, SeniorProductManager))
	if err != nil {
		t.Fatal(err)
	}
	if g.Ladder() == l || f.Ladder() != l {
		t.Error("With did not compile a ladder of its own")
	}
	if n := len(slices.Collect(l.All())); n != len(defaultTransitions) {
		t.Errorf("the default ladder changed: %d transitions", n)
	}
}

func TestWithTransitions(t *testing.T) {
	ts := []Transition{
		{ProductManager, SeniorProductManager, Promotion, barSenior},
		{SeniorProductManager, HeadOfProduct, Promotion, barStartupToHead},
	}
	opt := WithTransitions(ts...)
	ts[0].Requirements.YearsExperience = -1 // WithTransitions copied ts
	f, err := Default().With(WithRoles(ProductManager, SeniorProductManager, HeadOfProduct), opt)
	if err != nil {
		t.Fatal(err)
	}
	if tr, _ := transition(f, ProductManager, SeniorProductManager); tr.Requirements != barSenior {
		t.Errorf("caller's change reached the framework: %v", tr.Requirements)
	}

	// No transitions: no ladder, and no ladder invariants to keep: a
	// product manager may hire, which a senior PM may not.
	hiring := defaultAuthority(catProductManager)
	hiring, _ = NewAuthority(append(slices.Collect(hiring.All()), Grant{Hiring, Product, Money{}})...)
	if _, err := Default().With(WithAuthority(ProductManager, hiring)); !hasPointer(err, "/ladder/2") {
		t.Fatalf("with the default ladder, the promotion to senior PM loses authority: want a problem at /ladder/2, got %v", err)
	}
	f, err = Default().With(WithTransitions(), WithAuthority(ProductManager, hiring))
	if err != nil {
		t.Fatal(err)
	}
	if n := len(slices.Collect(f.Ladder().All())); n != 0 {
		t.Errorf("empty ladder has %d transitions", n)
	}
	if err := f.Ladder().Check(Candidate{Role: ProductManager, YearsExperience: 99}, SeniorProductManager); !errors.Is(err, ErrNoTransition) {
		t.Errorf("Check on an empty ladder = %v", err)
	}
	if p, err := f.Ladder().Path(ProductManager, ProductManager); p != nil || err != nil {
		t.Errorf("Path(a, a) on an empty ladder = %v, %v", p, err)
	}
}

// TestLadderConcurrent reads one ladder from many goroutines; with -race it
// shows that queries need no locks.
func TestLadderConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			l := Startup().Ladder()
			for range 100 {
				_ = l.Check(Candidate{Role: ProductManager, YearsExperience: 4}, SeniorProductManager)
				if _, err := l.Path(ProductManager, HeadOfProduct); err != nil {
					t.Error(err)
				}
			}
		}()
	}
	wg.Wait()
}

// genCandidate draws any candidate at all: invalid roles, NaN, infinite
// and negative years, invalid competencies.
var genCandidate = rapid.Custom(func(t *rapid.T) Candidate {
	years := rapid.OneOf(
		rapid.Float64Range(0, 20),
		rapid.Float64Range(-5, 0),
		rapid.SampledFrom([]float64{math.NaN(), math.Inf(1), math.Inf(-1), 0, math.MaxFloat64, math.SmallestNonzeroFloat64}),
	)
	return Candidate{
		Role:            rapid.SampledFrom(append(slices.Collect(Roles()), Role{}, companyRole("staff-product-manager"))).Draw(t, "role"),
		YearsExperience: years.Draw(t, "experience"),
		YearsInRole:     years.Draw(t, "in role"),
		YearsManaging:   years.Draw(t, "managing"),
		Competencies:    CompetencySet{bitset.Of(rapid.Uint64Range(0, 1<<(numCompetencies+1)-1).Draw(t, "competencies"), 0)},
	}
})

// meetsReference says whether c meets r, written from the documentation
// rather than from Check's code.
func meetsReference(c Candidate, r Criteria) bool {
	return candidateValid(c) && c.YearsExperience >= r.YearsExperience && c.YearsInRole >= r.YearsInRole &&
		c.YearsManaging >= r.YearsManaging && c.Competencies.Contains(r.Competencies)
}

func candidateValid(c Candidate) bool {
	return yearsValid(c.YearsExperience) && yearsValid(c.YearsInRole) && yearsValid(c.YearsManaging) && c.Competencies.IsValid()
}

// distance is a breadth-first search over Next, independent of the
// tables Path reads: the number of steps from a to b, or -1.
func distance(l *Ladder, a, b Role) int {
	dist := map[Role]int{a: 0}
	queue := []Role{a}
	for len(queue) > 0 {
		u := queue[0]
		queue = queue[1:]
		for tr := range l.Next(u) {
			if _, ok := dist[tr.To]; !ok {
				dist[tr.To] = dist[u] + 1
				queue = append(queue, tr.To)
			}
		}
	}
	if d, ok := dist[b]; ok {
		return d
	}
	return -1
}

// TestLadderStateMachine walks a candidate along random transitions of a
// random profile while checking the ladder's promises.
func TestLadderStateMachine(t *testing.T) {
	names := []string{"default", "scaleup", "startup"}
	moves := 0
	defer func() {
		if moves == 0 {
			t.Error("no move was ever accepted: the properties on accepted moves went untested")
		}
	}()
	rapid.Check(t, func(t *rapid.T) {
		f := profileFrameworks()[rapid.SampledFrom(names).Draw(t, "framework")]
		l := f.Ladder()
		roles := slices.Collect(f.Roles())
		var entries []Role
		for r := range f.Roles() {
			if l.isEntry(r) {
				entries = append(entries, r)
			}
		}
		c := Candidate{Role: rapid.SampledFrom(entries).Draw(t, "entry role")}
		t.Repeat(map[string]func(*rapid.T){
			"work": func(t *rapid.T) {
				dt := rapid.Float64Range(0, 4).Draw(t, "years")
				c.YearsExperience += dt
				c.YearsInRole += dt
				if f.Track(c.Role) == Management || rapid.Bool().Draw(t, "leads people") {
					c.YearsManaging += dt
				}
			},
			"learn": func(t *rapid.T) {
				c.Competencies = c.Competencies.Union(CompetencySetOf(rapid.SampledFrom(slices.Collect(Competencies())).Draw(t, "competency")))
			},
			"prepare": func(t *rapid.T) {
				// Bring the candidate up to the bar of a transition, so
				// that moves are often accepted.
				next := slices.Collect(l.Next(c.Role))
				if len(next) == 0 {
					t.Skip("no transition from " + c.Role.String())
				}
				r := rapid.SampledFrom(next).Draw(t, "bar").Requirements
				c.YearsExperience = max(c.YearsExperience, r.YearsExperience)
				c.YearsInRole = max(c.YearsInRole, r.YearsInRole)
				c.YearsManaging = max(c.YearsManaging, r.YearsManaging)
				c.Competencies = c.Competencies.Union(r.Competencies)
			},
			"move": func(t *rapid.T) {
				next := slices.Collect(l.Next(c.Role))
				if len(next) == 0 {
					t.Skip("no transition from " + c.Role.String())
				}
				tr := rapid.SampledFrom(next).Draw(t, "transition")
				err := l.Check(c, tr.To)
				if got, want := err == nil, slices.Contains(slices.Collect(l.Eligible(c)), tr); got != want {
					t.Fatalf("Check(%+v, %v) = %v, but Eligible says %v", c, tr.To, err, want)
				}
				if got, want := err == nil, meetsReference(c, tr.Requirements); got != want {
					t.Fatalf("Check(%+v, %v) = %v, but the candidate meets the requirements: %v", c, tr.To, err, want)
				}
				if err != nil {
					var te *TransitionError
					if !errors.As(err, &te) || !errors.Is(err, ErrNotEligible) || te.Kind != tr.Kind || len(te.Shortfalls) == 0 {
						t.Fatalf("Check(%+v, %v) = %v", c, tr.To, err)
					}
					for _, s := range te.Shortfalls {
						if s.Field != "Competencies" && s.Have >= s.Need || s.Field == "Competencies" && s.Missing.Len() == 0 {
							t.Fatalf("Check lists a requirement the candidate meets: %v", s)
						}
					}
					return
				}
				if tr.Kind == Promotion && (f.Level(tr.To) < f.Level(c.Role) || !f.Authority(tr.To).Contains(f.Authority(c.Role))) {
					t.Fatalf("accepted %v lowers the level or loses authority", tr)
				}
				c.Role, c.YearsInRole = tr.To, 0
				moves++
			},
			"path": func(t *rapid.T) {
				a, b := rapid.SampledFrom(roles).Draw(t, "from"), rapid.SampledFrom(roles).Draw(t, "to")
				p, err := l.Path(a, b)
				d := distance(l, a, b)
				if err != nil {
					if d >= 0 || !errors.Is(err, ErrNoTransition) {
						t.Fatalf("Path(%v, %v) = %v, but the distance is %d", a, b, err, d)
					}
					return
				}
				if (len(p) == 0) != (a == b) || len(p) != d {
					t.Fatalf("Path(%v, %v) has %d steps, distance %d", a, b, len(p), d)
				}
				at := a
				for _, step := range p {
					if step.From != at || !slices.Contains(slices.Collect(l.Next(at)), step) {
						t.Fatalf("Path(%v, %v): step %v is not a transition from %v", a, b, step, at)
					}
					at = step.To
				}
				if at != b {
					t.Fatalf("Path(%v, %v) ends at %v", a, b, at)
				}
			},
			"corrupt": func(t *rapid.T) {
				// A candidate who meets every requirement but one field
				// that is not a number of years, or an invalid
				// competency, is refused as invalid.
				next := slices.Collect(l.Next(c.Role))
				if len(next) == 0 {
					t.Skip("no transition from " + c.Role.String())
				}
				tr := rapid.SampledFrom(next).Draw(t, "transition")
				r := tr.Requirements
				bad := Candidate{c.Role, max(c.YearsExperience, r.YearsExperience), max(c.YearsInRole, r.YearsInRole),
					max(c.YearsManaging, r.YearsManaging), c.Competencies.Union(r.Competencies)}
				junk := rapid.SampledFrom([]float64{math.NaN(), math.Inf(1), math.Inf(-1), -1}).Draw(t, "junk")
				field := rapid.SampledFrom([]string{"YearsExperience", "YearsInRole", "YearsManaging", "Competencies"}).Draw(t, "field")
				switch field {
				case "YearsExperience":
					bad.YearsExperience = junk
				case "YearsInRole":
					bad.YearsInRole = junk
				case "YearsManaging":
					bad.YearsManaging = junk
				default:
					bad.Competencies = bad.Competencies.Union(CompetencySetOf(0))
				}
				err := l.Check(bad, tr.To)
				var te *TransitionError
				if !errors.Is(err, ErrInvalidCandidate) || !errors.As(err, &te) || len(te.Shortfalls) != 1 || te.Shortfalls[0].Field != field {
					t.Fatalf("Check(%+v, %v) = %v, want ErrInvalidCandidate naming %s", bad, tr.To, err, field)
				}
				if n := len(slices.Collect(l.Eligible(bad))); n != 0 {
					t.Fatalf("Eligible yields %d transitions for %+v", n, bad)
				}
			},
			"check anyone": func(t *rapid.T) {
				cand := genCandidate.Draw(t, "candidate")
				to := rapid.SampledFrom(append(slices.Collect(Roles()), Role{}, companyRole("staff-product-manager"))).Draw(t, "to")
				err := l.Check(cand, to)
				tr, exists := transition(f, cand.Role, to)
				exists = exists && f.Uses(cand.Role)
				if err == nil {
					if !exists || !meetsReference(cand, tr.Requirements) {
						t.Fatalf("Check(%+v, %v) accepted", cand, to)
					}
					return
				}
				var te *TransitionError
				if !errors.As(err, &te) || !strings.HasPrefix(err.Error(), "pmroles: ladder: ") {
					t.Fatalf("Check(%+v, %v) = %v", cand, to, err)
				}
				switch {
				case !exists:
					if !errors.Is(err, ErrNoTransition) {
						t.Fatalf("Check(%+v, %v) = %v, want ErrNoTransition", cand, to, err)
					}
				case !candidateValid(cand):
					if !errors.Is(err, ErrInvalidCandidate) || len(te.Shortfalls) == 0 {
						t.Fatalf("Check(%+v, %v) = %v, want ErrInvalidCandidate", cand, to, err)
					}
					for _, s := range te.Shortfalls {
						if !s.Invalid {
							t.Fatalf("invalid candidate: shortfall %v is not an invalid field", s)
						}
					}
				default:
					if meetsReference(cand, tr.Requirements) || !errors.Is(err, ErrNotEligible) || errors.Is(err, ErrInvalidCandidate) || len(te.Shortfalls) == 0 {
						t.Fatalf("Check(%+v, %v) = %v, want ErrNotEligible", cand, to, err)
					}
				}
			},
			"": func(t *rapid.T) {
				if !f.Uses(c.Role) || !candidateValid(c) {
					t.Fatalf("candidate %+v left the framework", c)
				}
			},
		})
	})
}

// TestBadLaddersRefused breaks a profile's ladder in one random way and
// checks that the framework refuses it, listing that problem.
func TestBadLaddersRefused(t *testing.T) {
	names := []string{"default", "scaleup", "startup"}
	rapid.Check(t, func(t *rapid.T) {
		f := profileFrameworks()[rapid.SampledFrom(names).Draw(t, "framework")]
		ts := slices.Collect(f.Ladder().All())
		top := f.Top()
		var roles []Role
		for r := range f.Roles() {
			roles = append(roles, r)
		}
		has := func(a, b Role) bool {
			_, ok := transition(f, a, b)
			return ok
		}

		breakers := map[string]func(*rapid.T) ([]Transition, string){
			"bad figure": func(t *rapid.T) ([]Transition, string) {
				i := rapid.IntRange(0, len(ts)-1).Draw(t, "transition")
				bad := rapid.SampledFrom([]float64{-1, -0.5, math.NaN(), math.Inf(1), math.Inf(-1)}).Draw(t, "figure")
				out := slices.Clone(ts)
				field := rapid.SampledFrom([]string{"yearsExperience", "yearsInRole", "yearsManaging"}).Draw(t, "field")
				switch field {
				case "yearsExperience":
					out[i].Requirements.YearsExperience = bad
				case "yearsInRole":
					out[i].Requirements.YearsInRole = bad
				default:
					out[i].Requirements.YearsManaging = bad
				}
				return out, fmt.Sprintf("/ladder/%d/requirements/%s", i, field)
			},
			"lowering promotion": func(t *rapid.T) ([]Transition, string) {
				var pairs [][2]Role
				for _, a := range roles {
					for _, b := range roles {
						if f.Level(b) < f.Level(a) && !has(a, b) && !has(b, a) {
							pairs = append(pairs, [2]Role{a, b})
						}
					}
				}
				if len(pairs) == 0 {
					return nil, ""
				}
				p := rapid.SampledFrom(pairs).Draw(t, "pair")
				return append(slices.Clone(ts), Transition{p[0], p[1], Promotion, Criteria{}}), fmt.Sprintf("/ladder/%d", len(ts))
			},
			"authority loss": func(t *rapid.T) ([]Transition, string) {
				var pairs [][2]Role
				for _, a := range roles {
					for _, b := range roles {
						if a != b && b != top && f.Level(b) >= f.Level(a) && !has(a, b) && !has(b, a) && !f.Authority(b).Contains(f.Authority(a)) {
							pairs = append(pairs, [2]Role{a, b})
						}
					}
				}
				if len(pairs) == 0 {
					return nil, ""
				}
				p := rapid.SampledFrom(pairs).Draw(t, "pair")
				return append(slices.Clone(ts), Transition{p[0], p[1], Promotion, Criteria{YearsExperience: 99, YearsManaging: 99}}), fmt.Sprintf("/ladder/%d", len(ts))
			},
			"cycle": func(t *rapid.T) ([]Transition, string) {
				var pairs [][2]Role
				for _, a := range roles {
					for _, b := range roles {
						if f.index(a) < f.index(b) && f.Level(a) == f.Level(b) && !has(a, b) && !has(b, a) {
							pairs = append(pairs, [2]Role{a, b})
						}
					}
				}
				if len(pairs) == 0 {
					return nil, ""
				}
				p := rapid.SampledFrom(pairs).Draw(t, "pair")
				return append(slices.Clone(ts),
					Transition{p[0], p[1], Promotion, Criteria{}},
					Transition{p[1], p[0], Promotion, Criteria{}}), "/ladder"
			},
			"unreachable": func(t *rapid.T) ([]Transition, string) {
				var targets []Role
				for _, r := range roles {
					if !f.Ladder().isEntry(r) {
						targets = append(targets, r)
					}
				}
				if len(targets) == 0 {
					return nil, ""
				}
				r := rapid.SampledFrom(targets).Draw(t, "role")
				out := slices.DeleteFunc(slices.Clone(ts), func(tr Transition) bool { return tr.To == r || tr.From == r && tr.Kind == Equivalence })
				return out, fmt.Sprintf("/roles/%d", f.index(r))
			},
			"decreasing": func(t *rapid.T) ([]Transition, string) {
				var chains [][2]int
				for i, p := range ts {
					for j, q := range ts {
						if p.Kind == Promotion && q.Kind == Promotion && q.From == p.To && q.To != p.From && p.Requirements.YearsExperience > 0 {
							chains = append(chains, [2]int{i, j})
						}
					}
				}
				if len(chains) == 0 {
					return nil, ""
				}
				ch := rapid.SampledFrom(chains).Draw(t, "chain")
				out := slices.Clone(ts)
				p := out[ch[0]]
				out[ch[1]].Requirements.YearsExperience = p.Requirements.YearsExperience * rapid.Float64Range(0, 0.99).Draw(t, "fraction")
				return out, fmt.Sprintf("/ladder/%d", ch[1])
			},
		}
		var kinds []string
		for k := range breakers {
			kinds = append(kinds, k)
		}
		slices.Sort(kinds)
		broken, want := breakers[rapid.SampledFrom(kinds).Draw(t, "defect")](t)
		if want == "" {
			return // this profile has no room for the defect
		}
		g, err := f.With(WithTransitions(broken...))
		if g != nil || !errors.Is(err, ErrInvalidFramework) {
			t.Fatalf("broken ladder accepted: %v", err)
		}
		if !hasPointer(err, want) {
			t.Fatalf("error does not list a problem at %s:\n%v", want, err)
		}
	})
}

func TestGolden(t *testing.T) {
	for _, name := range []string{"default", "scaleup", "startup"} {
		l := profileFrameworks()[name].Ladder()
		for ext, write := range map[string]func(*bytes.Buffer) error{
			"mmd": func(b *bytes.Buffer) error { return l.WriteMermaid(b) },
			"dot": func(b *bytes.Buffer) error { return l.WriteDOT(b) },
		} {
			t.Run(name+"."+ext, func(t *testing.T) {
				var got bytes.Buffer
				if err := write(&got); err != nil {
					t.Fatal(err)
				}
				var again bytes.Buffer
				if err := write(&again); err != nil || !bytes.Equal(got.Bytes(), again.Bytes()) {
					t.Fatalf("output is not deterministic (%v)", err)
				}
				path := filepath.Join("testdata", "ladder", name+"."+ext)
				if *update {
					if err := os.WriteFile(path, got.Bytes(), 0o644); err != nil {
						t.Fatal(err)
					}
				}
				want, err := os.ReadFile(path)
				if err != nil {
					t.Fatalf("%v (run go test -run TestGolden -update to create it)", err)
				}
				if diff := cmp.Diff(string(want), got.String()); diff != "" {
					t.Errorf("%s mismatch (-want +got):\n%s", path, diff)
				}
			})
		}
	}
}

type failingWriter struct{}

var errWrite = errors.New("disk full")

func (failingWriter) Write([]byte) (int, error) { return 0, errWrite }

func TestWriteErrors(t *testing.T) {
	l := Default().Ladder()
	if err := l.WriteDOT(failingWriter{}); !errors.Is(err, errWrite) {
		t.Errorf("WriteDOT = %v", err)
	}
	if err := l.WriteMermaid(failingWriter{}); !errors.Is(err, errWrite) {
		t.Errorf("WriteMermaid = %v", err)
	}
}

// FuzzLadderCheck: Check never panics, and accepts exactly the valid
// candidates who meet the transition's requirements.
func FuzzLadderCheck(f *testing.F) {
	lo, _ := competenciesSenior.bits.Words()
	f.Add(uint8(catProductManager), uint8(catSeniorProductManager), 4.0, 2.0, 0.0, lo, uint64(0))
	f.Add(uint8(catSeniorProductManager), uint8(catPrincipalProductManager), math.NaN(), -1.0, math.Inf(1), uint64(1), uint64(0))
	f.Add(uint8(0), uint8(255), 0.0, 0.0, 0.0, uint64(0), uint64(1)<<63)
	l := Default().Ladder()
	roles := append(slices.Collect(Roles()), Role{}, companyRole("staff-product-manager"))
	f.Fuzz(func(t *testing.T, from, to uint8, exp, inRole, managing float64, lo, hi uint64) {
		a, b := roles[int(from)%len(roles)], roles[int(to)%len(roles)]
		c := Candidate{a, exp, inRole, managing, CompetencySet{bitset.Of(lo, hi)}}
		err := l.Check(c, b)
		tr, ok := transition(Default(), a, b)
		want := ok && meetsReference(c, tr.Requirements)
		if (err == nil) != want {
			t.Fatalf("Check(%+v, %v) = %v, want accepted %v", c, b, err, want)
		}
		if err != nil && !strings.HasPrefix(err.Error(), "pmroles: ladder: ") {
			t.Fatalf("message %q", err)
		}
	})
}

var (
	sinkErr  error
	sinkPath []Transition
)

func BenchmarkLadderCheck(b *testing.B) {
	l := Default().Ladder()
	c := Candidate{ProductManager, 5, 2, 0, competenciesSenior}
	b.ReportAllocs()
	for b.Loop() {
		sinkErr = l.Check(c, SeniorProductManager)
	}
	if sinkErr != nil {
		b.Fatal(sinkErr)
	}
}

func BenchmarkLadderCheckIneligible(b *testing.B) {
	l := Default().Ladder()
	c := Candidate{ProductManager, 3, 1, 0, competenciesPM}
	b.ReportAllocs()
	for b.Loop() {
		sinkErr = l.Check(c, SeniorProductManager)
	}
	if sinkErr == nil {
		b.Fatal("eligible")
	}
}

func BenchmarkLadderPath(b *testing.B) {
	l := Default().Ladder()
	b.ReportAllocs()
	for b.Loop() {
		sinkPath, sinkErr = l.Path(AssociateProductManager, ChiefProductOfficer)
	}
	if len(sinkPath) != 7 {
		b.Fatalf("path of %d steps", len(sinkPath))
	}
}

// BenchmarkWithTransitions measures building a framework with a new
// ladder: compiling and checking it.
func BenchmarkWithTransitions(b *testing.B) {
	opt := WithTransitions(defaultTransitions...)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Default().With(opt); err != nil {
			b.Fatal(err)
		}
	}
}

// TestEquivalenceBothWays: an equivalence may be given in both directions
// once each, and is one equivalence.
func TestEquivalenceBothWays(t *testing.T) {
	f, err := Default().With(WithTransitions(append(slices.Clone(defaultTransitions),
		Transition{DirectorOfUX, HeadOfProductAnalytics, Equivalence, Criteria{}},
		Transition{HeadOfProductAnalytics, DirectorOfUX, Equivalence, Criteria{}})...))
	if err != nil {
		t.Fatal(err)
	}
	a, ok1 := transition(f, DirectorOfUX, HeadOfProductAnalytics)
	b, ok2 := transition(f, HeadOfProductAnalytics, DirectorOfUX)
	if !ok1 || !ok2 || a.Kind != Equivalence || b.Kind != Equivalence {
		t.Errorf("equivalence both ways: %v %v, %v %v", a, ok1, b, ok2)
	}
}
