package pmroles

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"
	"github.com/pmroles/pmroles/internal/jsondoc"
)

// Tests in this file pin behaviours that a mutation run found no test
// checking: each test's comment says which behaviour.

// TestNewAuthorityNamesBadLimitGrant checks that the error for a grant
// with a bad limit names that grant by its 1-based place among the grants.
func TestNewAuthorityNamesBadLimitGrant(t *testing.T) {
	_, err := NewAuthority(
		Grant{Decision: Roadmap, Scope: Product},
		Grant{Decision: Budget, Scope: Product, Limit: Money{Amount: 0, Currency: "USD"}},
	)
	if !errors.Is(err, ErrInvalidGrant) || !strings.Contains(err.Error(), "grant 2 of 2 (budget)") {
		t.Errorf("NewAuthority error = %v, want ErrInvalidGrant naming grant 2 of 2 (budget)", err)
	}
}

// TestWithLimitRefusesNonPositiveAmount checks that WithLimit refuses a
// limit that is zero or negative, even in a valid currency, with its own
// error wrapping ErrInvalidGrant.
func TestWithLimitRefusesNonPositiveAmount(t *testing.T) {
	for _, limit := range []Money{{0, "USD"}, {-5, "USD"}, {5, "usd"}, {}} {
		f, err := Default().With(WithLimit(ProductOwner, Budget, limit))
		if f != nil || !errors.Is(err, ErrInvalidGrant) || !strings.Contains(err.Error(), "WithLimit(") {
			t.Errorf("WithLimit(%v) = %v, %v; want nil and a WithLimit error wrapping ErrInvalidGrant", limit, f, err)
		}
	}
}

// TestLadderPromotionAgainstEquivalence checks that a promotion given
// against the direction of an equivalence between the same two roles is
// reported as a duplicate, at the promotion, not silently dropped.
func TestLadderPromotionAgainstEquivalence(t *testing.T) {
	ts := append(slices.Clone(defaultTransitions),
		Transition{DirectorOfUX, HeadOfProductAnalytics, Equivalence, Criteria{}},
		Transition{HeadOfProductAnalytics, DirectorOfUX, Promotion, Criteria{}})
	_, err := Default().With(WithAuthority(HeadOfProductAnalytics, defaultAuthority(catDirectorOfUX)), WithTransitions(ts...))
	want := []string{fmt.Sprintf("/ladder/%d", len(ts)-1)}
	if diff := cmp.Diff(want, pointers(err)); diff != "" {
		t.Errorf("pointers mismatch (-want +got):\n%s\nerror: %v", diff, err)
	}
	if err == nil || !strings.Contains(err.Error(), "both lead from") {
		t.Errorf("error = %v, want a duplicate transition", err)
	}
}

// TestLadderCycleNamesOnlyItsRoles checks that a promotion cycle's error
// names the roles on the cycle and no others.
func TestLadderCycleNamesOnlyItsRoles(t *testing.T) {
	_, err := Default().With(WithTransitions(append(slices.Clone(defaultTransitions),
		Transition{DirectorOfUX, HeadOfProductAnalytics, Promotion, Criteria{}},
		Transition{HeadOfProductAnalytics, DirectorOfUX, Promotion, Criteria{}})...))
	var got []string
	for _, fe := range frameworkErrors(err) {
		if fe.Pointer == "/ladder" {
			got = append(got, fe.Err.Error())
		}
	}
	want := []string{fmt.Sprintf("promotions form a cycle through %v, %v", DirectorOfUX, HeadOfProductAnalytics)}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("cycle problems mismatch (-want +got):\n%s", diff)
	}
}

// TestLadderLaterPromotionAsksLessManagement checks that a promotion
// asking fewer years of management than the promotion before it is
// refused even when it asks as many years of experience and every
// competency.
func TestLadderLaterPromotionAsksLessManagement(t *testing.T) {
	senior := barSenior
	senior.YearsManaging = 2 // more than the principal step's 1
	_, err := Default().With(WithTransitions(replaced(ProductManager, SeniorProductManager,
		Transition{ProductManager, SeniorProductManager, Promotion, senior})...))
	if diff := cmp.Diff([]string{"/ladder/4"}, pointers(err)); diff != "" {
		t.Errorf("pointers mismatch (-want +got):\n%s\nerror: %v", diff, err)
	}
}

// TestWithRolesJoinsRunThroughEquivalence checks that narrowing a ladder
// follows an equivalence in both directions: with product-manager left
// out, product-owner, equivalent to it, is still promoted to senior
// product manager through it.
func TestWithRolesJoinsRunThroughEquivalence(t *testing.T) {
	var ts []Transition
	for _, u := range defaultTransitions {
		if u.From != ProductOwner && u.To != ProductOwner {
			ts = append(ts, u)
		}
	}
	ts = append(ts, Transition{ProductManager, ProductOwner, Equivalence, Criteria{}})
	var keep []Role
	for r := range Roles() {
		if r != ProductManager {
			keep = append(keep, r)
		}
	}
	f, err := Default().With(WithTransitions(ts...), WithRoles(keep...))
	if err != nil {
		t.Fatal(err)
	}
	got := ladderEdges(f, func(u Transition) bool { return u.From == ProductOwner || u.To == ProductOwner })
	want := []ladderEdge{{AssociateProductManager, ProductOwner, Promotion}, {ProductOwner, SeniorProductManager, Promotion}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("product owner's transitions mismatch (-want +got):\n%s", diff)
	}
}

// TestWithRolesDropsTransitionsOfRolesNotInFramework checks that
// narrowing drops a transition that names a role the framework does not
// have, rather than reading it as a transition of another role.
func TestWithRolesDropsTransitionsOfRolesNotInFramework(t *testing.T) {
	var keep []Role
	for r := range Roles() {
		if r != ProductOwner {
			keep = append(keep, r)
		}
	}
	base, err := Default().With(WithRoles(keep...))
	if err != nil {
		t.Fatal(err)
	}
	ts := append(slices.Clone(defaultTransitions), Transition{SeniorProductManager, ProductOwner, TrackChange, Criteria{}})
	f, err := base.With(WithTransitions(ts...), WithRoles(keep...))
	if err != nil {
		t.Fatalf("With: %v", err)
	}
	for u := range f.Ladder().All() {
		if u.From == SeniorProductManager && u.To == AssociateProductManager {
			t.Errorf("narrowed ladder has %v", u)
		}
	}
}

// TestDeciderLowestFirstPerson checks that the decider is the lowest
// person who may decide, also when that is the first person given, and
// that among people of one level the one met first wins.
func TestDeciderLowestFirstPerson(t *testing.T) {
	o, err := Default().NewOrg([]Person{
		{ID: "pm-a", Role: ProductManager, ManagerID: "cpo", Product: "x"},
		{ID: "pm-b", Role: ProductManager, ManagerID: "cpo", Product: "x"},
		{ID: "cpo", Role: ChiefProductOfficer},
	})
	if err != nil {
		t.Fatal(err)
	}
	p, err := o.Decider("x", Backlog, Feature)
	if err != nil || p.ID != "pm-a" {
		t.Errorf("Decider = %q, %v; want pm-a", p.ID, err)
	}
}

// TestValidateChecksFirstRoleOfFramework checks that the manager rules
// apply to a person whose role is the framework's first role.
func TestValidateChecksFirstRoleOfFramework(t *testing.T) {
	f := Default()
	var first Role
	for r := range f.Roles() {
		first = r
		break
	}
	o, err := f.NewOrg([]Person{
		{ID: "cpo", Role: ChiefProductOfficer},
		{ID: "pmm", Role: ProductMarketingManager, ManagerID: "cpo"},
		{ID: "first", Role: first, ManagerID: "pmm"},
	})
	if err != nil {
		t.Fatal(err)
	}
	var got []found
	for _, p := range problemsOf(o) {
		if p.Person == "first" {
			got = append(got, p)
		}
	}
	if len(got) == 0 {
		t.Errorf("no problem reported for a %v managed by a %v", first, ProductMarketingManager)
	}
}

// TestSpanOfControlWithoutMaximum checks that a span of control with
// Max 0 bounds only the fewest reports: a manager with many is fine.
func TestSpanOfControlWithoutMaximum(t *testing.T) {
	s := Default().Spec()
	s.SpanOfControl = &SpanOfControl{Min: 1, Max: 0}
	f, err := Compile(s)
	if err != nil {
		t.Fatal(err)
	}
	o, err := f.NewOrg([]Person{
		{ID: "cpo", Role: ChiefProductOfficer},
		{ID: "pm1", Role: ProductManager, ManagerID: "cpo"},
		{ID: "pm2", Role: ProductManager, ManagerID: "cpo"},
		{ID: "pm3", Role: ProductManager, ManagerID: "cpo"},
	})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]found(nil), problemsOf(o)); diff != "" {
		t.Errorf("problems mismatch (-want +got):\n%s", diff)
	}
}

// chartProblems returns each problem of c as row, column and text.
func chartProblems(c *Chart) []string {
	var out []string
	for _, e := range c.Problems() {
		out = append(out, fmt.Sprintf("%d:%d %s", e.Row, e.Column, e.Problem))
	}
	return out
}

// TestChartPartyNamedTwiceColumn checks that a party named twice is
// reported at its second column, and that the problem names the column
// of its first mention.
func TestChartPartyNamedTwiceColumn(t *testing.T) {
	c, _ := Default().ReadChartCSV(strings.NewReader("Activity,product-owner,product-manager,product-manager\nBuild,,A/R,\n"))
	want := []string{"1:4 party named twice (also column 3)"}
	if diff := cmp.Diff(want, chartProblems(c)); diff != "" {
		t.Errorf("problems mismatch (-want +got):\n%s", diff)
	}
}

// TestChartShowsLongHeaderShortened checks that an unknown party's long
// header is shown by WriteMarkdown as its first 64 bytes and an
// ellipsis.
func TestChartShowsLongHeaderShortened(t *testing.T) {
	long := strings.Repeat("x", 100)
	c, _ := Default().ReadChartCSV(strings.NewReader("Activity,product-manager," + long + "\nBuild,A/R,\n"))
	var b bytes.Buffer
	if err := c.WriteMarkdown(&b); err != nil {
		t.Fatal(err)
	}
	if shown := strings.Repeat("x", 64) + "…"; !strings.Contains(b.String(), shown) || strings.Contains(b.String(), shown[1:]+"x") {
		t.Errorf("WriteMarkdown does not show the header as %q:\n%s", shown, b.String())
	}
}

// TestChartReadError checks that an error of the reader, before any
// byte, is reported as a reading problem wrapping it, not as empty input.
func TestChartReadError(t *testing.T) {
	boom := errors.New("boom")
	c, err := Default().ReadChartCSV(iotest.ErrReader(boom))
	if !errors.Is(err, boom) {
		t.Errorf("ReadChartCSV error = %v, want it to wrap %v; problems %q", err, boom, chartProblems(c))
	}
}

// TestChartHeaderOfMaxParties checks that a header of exactly
// MaxMatrixParties parties, after the decision and scope columns or
// without them, is not refused for its number of parties.
func TestChartHeaderOfMaxParties(t *testing.T) {
	for _, lead := range []string{"Activity", "Activity,Decision,Scope"} {
		head := lead + strings.Repeat(",product-manager", MaxMatrixParties)
		c, _ := Default().ReadChartCSV(strings.NewReader(head + "\n"))
		for _, p := range chartProblems(c) {
			if strings.Contains(p, "more than") {
				t.Errorf("%s: %d parties refused: %s", lead, MaxMatrixParties, p)
			}
		}
	}
}

// TestRACIActivityDecisionWithoutScope checks that a chart activity that
// names a decision but no scope, or a scope but no decision, is refused
// at the missing one.
func TestRACIActivityDecisionWithoutScope(t *testing.T) {
	for _, tt := range []struct {
		decision, scope, want string
	}{
		{"roadmap", "", "/raci/activities/0/scope"},
		{"", "product", "/raci/activities/0/decision"},
	} {
		s := Default().Spec()
		s.RACI.Activities[0].Decision, s.RACI.Activities[0].Scope = tt.decision, tt.scope
		_, err := Compile(s)
		if diff := cmp.Diff([]string{tt.want}, pointers(err)); diff != "" {
			t.Errorf("decision %q, scope %q: pointers mismatch (-want +got):\n%s", tt.decision, tt.scope, diff)
		}
	}
}

// TestNormalizeTitlesFormBound checks that NormalizeTitles keeps at most
// 10,000 distinct forms apart: a form first met once that many are kept
// is not listed, however often it recurs.
func TestNormalizeTitlesFormBound(t *testing.T) {
	word := func(i int) string {
		b := []byte("zq")
		for range 4 {
			b = append(b, byte('a'+i%26))
			i /= 26
		}
		return string(b)
	}
	const late = "Zqlate Wizard"
	titles := func(yield func(string) bool) {
		for i := range maxTrackedForms {
			w := word(i) + " Wizard"
			for range 2 { // each form twice
				if !yield(w) {
					return
				}
			}
		}
		for range 5 {
			if !yield(late) {
				return
			}
		}
	}
	rep := Default().NormalizeTitles(titles)
	forms := 0
	for _, g := range rep.Refused {
		for _, tf := range g.Forms {
			forms++
			if tf.Example == late {
				t.Errorf("form %q, met after %d others, is listed: %+v", tf.Form, maxTrackedForms, tf)
			}
		}
	}
	if forms == 0 {
		t.Errorf("no forms listed: the titles did not recur as intended: %+v", rep.Refused)
	}
}

// TestWithRolesMovesAccountabilityUp checks how a refitted chart treats
// an activity whose accountable role may no longer take its decision: the
// role loses the A (keeping an R it had with it) and the activity goes
// to the role the decision escalates to.
func TestWithRolesMovesAccountabilityUp(t *testing.T) {
	var grants []Grant
	for g := range Default().Authority(ProductOwner).All() {
		if g.Decision != ReleasePlanning {
			grants = append(grants, g)
		}
	}
	a, err := NewAuthority(grants...)
	if err != nil {
		t.Fatal(err)
	}
	f, err := Default().With(WithAuthority(ProductOwner, a), WithRoles(slices.Collect(Default().Roles())...))
	if err != nil {
		t.Fatal(err)
	}
	up, err := f.Escalate(ReleasePlanning, Product)
	if err != nil {
		t.Fatal(err)
	}
	for _, as := range f.Spec().RACI.Activities {
		if as.Decision != ReleasePlanning.String() {
			continue
		}
		got := map[string]string{ProductOwner.String(): as.Cells[ProductOwner.String()], up.String(): as.Cells[up.String()]}
		want := map[string]string{ProductOwner.String(): "", up.String(): "A"}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s cells mismatch (-want +got):\n%s", as.Name, diff)
		}
		return
	}
	t.Errorf("no activity decides %v in %v", ReleasePlanning, f.Spec().RACI.Activities)
}

// TestChartMarkdownListsProblemsAtNoCell checks that WriteMarkdown lists
// a problem that is at no cell ("and N more problems") after the
// footnotes, as a list item, not as a footnote no cell refers to.
func TestChartMarkdownListsProblemsAtNoCell(t *testing.T) {
	var in strings.Builder
	in.WriteString("Activity,product-manager\n")
	for i := range 120 {
		fmt.Fprintf(&in, "Build %d,C\n", i)
	}
	c, _ := Default().ReadChartCSV(strings.NewReader(in.String()))
	var b bytes.Buffer
	if err := c.WriteMarkdown(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if !strings.HasSuffix(out, "\n\n- and 140 more problems\n") || strings.Contains(out, "[^101]") {
		t.Errorf("WriteMarkdown does not end with the problem at no cell as a list item:\n%s", out[max(0, len(out)-300):])
	}
}

// TestParseFrameworkBadVersion checks that a document whose version is
// another string, or not a string, is refused at /version, once.
func TestParseFrameworkBadVersion(t *testing.T) {
	data, err := Default().Spec().MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range []string{`"pmroles/v9"`, `1`} {
		doc := bytes.Replace(data, []byte(`"version":"`+SpecVersion+`"`), []byte(`"version":`+v), 1)
		_, err = ParseFramework(doc)
		if diff := cmp.Diff([]string{"/version"}, pointers(err)); diff != "" {
			t.Errorf("version %s: pointers mismatch (-want +got):\n%s\nerror: %v", v, diff, err)
		}
	}
}

// TestChartShortRowWithDecisionColumns checks that a row shorter than the
// decision and scope columns is reported as ragged, in CSV and Markdown.
func TestChartShortRowWithDecisionColumns(t *testing.T) {
	for _, tt := range []struct {
		name string
		read func(*Framework, string) (*Chart, error)
		in   string
	}{
		{"csv", func(f *Framework, s string) (*Chart, error) { return f.ReadChartCSV(strings.NewReader(s)) },
			"Activity,Decision,Scope,product-manager\nBuild,roadmap\n"},
		{"markdown", func(f *Framework, s string) (*Chart, error) { return f.ReadChartMarkdown(strings.NewReader(s)) },
			"| Activity | Decision | Scope | product-manager |\n|---|---|---|---|\n| Build | roadmap |\n"},
	} {
		c, _ := tt.read(Default(), tt.in)
		if got := strings.Join(chartProblems(c), "\n"); !strings.Contains(got, "ragged row: 2 cells, the header has 4") {
			t.Errorf("%s: problems %q, want a ragged row", tt.name, got)
		}
	}
}

// TestMermaidLevelsOfTopLevelLadder checks that a ladder whose roles are
// all at MaxLevel is drawn with that one level and no level below it.
func TestMermaidLevelsOfTopLevelLadder(t *testing.T) {
	s := &Spec{Version: SpecVersion, Name: "Top", Roles: []RoleSpec{{ID: ChiefProductOfficer.String(), Level: int(MaxLevel)}}}
	f, err := Compile(s)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := f.Ladder().WriteMermaid(&b); err != nil {
		t.Fatal(err)
	}
	var levels []string
	for line := range strings.Lines(b.String()) {
		if strings.HasSuffix(line, ":::level\n") {
			levels = append(levels, strings.TrimSpace(line))
		}
	}
	if len(levels) != 1 || !strings.HasPrefix(levels[0], fmt.Sprintf("%v[", MaxLevel)) {
		t.Errorf("levels drawn: %q, want only %v\n%s", levels, MaxLevel, b.String())
	}
}

// TestWithRolesNarrowsToAnAddedRole: a catalogue role that WithRoles adds
// has its catalogue level and track while the ladder is narrowed, so a
// run to it through a role left out rises in level and becomes a
// promotion, not a track change.
func TestWithRolesNarrowsToAnAddedRole(t *testing.T) {
	f, err := Default().With(WithRoles(AssociateProductManager, ProductManager, SeniorProductManager))
	if err != nil {
		t.Fatal(err)
	}
	f, err = f.With(WithTransitions(
		Transition{From: AssociateProductManager, To: ProductManager, Kind: Promotion},
		Transition{From: ProductManager, To: SeniorProductManager, Kind: Promotion},
		Transition{From: SeniorProductManager, To: PrincipalProductManager, Kind: Promotion},
	), WithRoles(AssociateProductManager, ProductManager, PrincipalProductManager))
	if err != nil {
		t.Fatal(err)
	}
	got := ladderEdges(f, func(Transition) bool { return true })
	want := []ladderEdge{
		{AssociateProductManager, ProductManager, Promotion},
		{ProductManager, PrincipalProductManager, Promotion},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("narrowed ladder (-want +got):\n%s", diff)
	}
}

// TestFrameworkParseTitleJoinedBesideAliases: a company alias that does
// not match a title whose first segment goes on in the next ("Director,
// Product Management-Growth") leaves the built-in readings to it, as
// ParseTitle without aliases reads it.
func TestFrameworkParseTitleJoinedBesideAliases(t *testing.T) {
	f, err := Default().With(WithAlias("Growth Lead", ProductManager))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{
		"Director, Product Management-Growth",
		"Principal, Product Management-Growth",
		"Director, Digital Product Management",
	} {
		want, err := ParseTitle(s)
		if err != nil {
			t.Fatalf("ParseTitle(%q): %v", s, err)
		}
		got, err := f.ParseTitle(s)
		if err != nil {
			t.Errorf("Framework.ParseTitle(%q): %v", s, err)
			continue
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("Framework.ParseTitle(%q) (-ParseTitle +Framework.ParseTitle):\n%s", s, diff)
		}
	}
}

// TestChartMarksProblemPastTheTable: a problem at a column the table does
// not have, such as the extra cell of a ragged row, is marked on the
// row's activity, so that every footnote has its reference in the table.
func TestChartMarksProblemPastTheTable(t *testing.T) {
	c, err := Default().ReadChartCSV(strings.NewReader(
		"activity,product-manager,director-of-product\nShip the release,A/R,I,extra\n"))
	if err == nil {
		t.Fatal("a ragged row was read without a problem")
	}
	var b bytes.Buffer
	if err := c.WriteMarkdown(&b); err != nil {
		t.Fatal(err)
	}
	var row string
	for line := range strings.Lines(b.String()) {
		if strings.HasPrefix(line, "| Ship the release") {
			row = strings.TrimSpace(line)
		}
	}
	if want := "| Ship the release [^1] | A/R | I |"; row != want {
		t.Errorf("row written as %q, want %q; the chart:\n%s", row, want, b.String())
	}
}

// TestOffsetOfStopsAtTheDeepestValue: a JSON Pointer that leaves the
// document, by an index past an array's end, a negative or a non-numeric
// one, gives the offset of the deepest value on its way, the array.
func TestOffsetOfStopsAtTheDeepestValue(t *testing.T) {
	doc := `{"roles": [{"id": "a"}, {"id": "b"}]}`
	root, _, serr := jsondoc.Parse([]byte(doc))
	if serr != nil {
		t.Fatal(serr)
	}
	array := strings.Index(doc, "[")
	for _, tt := range []struct {
		ptr  string
		want int
	}{
		{"", 0},
		{"/roles", array},
		{"/roles/1", strings.LastIndex(doc, "{")},
		{"/roles/1/id", strings.Index(doc, `"b"`)},
		{"/roles/2", array},
		{"/roles/-1", array},
		{"/roles/x", array},
		{"/roles/1/nothing", strings.LastIndex(doc, "{")},
		{"/nothing", 0},
	} {
		if got := offsetOf(root, tt.ptr); got != tt.want {
			t.Errorf("offsetOf(%q) = %d, want %d", tt.ptr, got, tt.want)
		}
	}
}

// A ladderEdge is a transition without its criteria.
type ladderEdge struct {
	From, To Role
	Kind     TransitionKind
}

// ladderEdges returns the transitions of f's ladder that keep selects, in
// the ladder's order, without their criteria.
func ladderEdges(f *Framework, keep func(Transition) bool) []ladderEdge {
	var out []ladderEdge
	for u := range f.Ladder().All() {
		if keep(u) {
			out = append(out, ladderEdge{u.From, u.To, u.Kind})
		}
	}
	return out
}
