package pmroles

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pmroles/pmroles/internal/profiles"
	"pgregory.net/rapid"
)

func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile("testdata/framework/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// canonical returns the canonical file form of f.
func canonical(t testing.TB, f *Framework) []byte {
	t.Helper()
	b, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return append(b, '\n')
}

func TestAcmeDocument(t *testing.T) {
	f, err := ParseFramework(readTestdata(t, "acme.json"))
	if err != nil {
		t.Fatal(err)
	}
	staff, err := f.ParseRole("staff-product-manager")
	if err != nil {
		t.Fatal(err)
	}
	sd, _ := f.ParseRole("senior-director-of-product")
	type row struct {
		Role      string
		Canonical string
		Level     Level
		Grade     string
		Track     Track
		Title     string
	}
	var got []row
	for r := range f.Roles() {
		got = append(got, row{r.String(), f.Canonical(r).String(), f.Level(r), f.Grade(r), f.Track(r), f.Title(r)})
	}
	want := []row{
		{"associate-product-manager", "associate-product-manager", 1, "", IndividualContributor, "Associate Product Manager"},
		{"product-manager", "product-manager", 2, "", IndividualContributor, "Product Manager"},
		{"senior-product-manager", "senior-product-manager", 3, "", IndividualContributor, "Senior Product Manager"},
		{"staff-product-manager", "principal-product-manager", 4, "P4", IndividualContributor, "Staff Product Manager"},
		{"principal-product-manager", "principal-product-manager", 5, "P5", IndividualContributor, "Principal Product Manager"},
		{"group-product-manager", "group-product-manager", 5, "", Management, "Group Product Manager"},
		{"director-of-product", "director-of-product", 6, "", Management, "Director of Product"},
		{"senior-director-of-product", "director-of-product", 7, "", Management, "Senior Director of Product"},
		{"vp-of-product", "vp-of-product", 8, "", Management, "VP of Product"},
		{"chief-product-officer", "chief-product-officer", 9, "", Management, "Chief Product Officer"},
		{"product-owner", "product-owner", 2, "", IndividualContributor, "Product Owner"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("roles mismatch (-want +got):\n%s", diff)
	}

	// A company role without grants holds its canonical role's authority;
	// the senior director inherits the director's and adds a limited
	// investment right.
	if f.Authority(staff) != f.Authority(PrincipalProductManager) {
		t.Errorf("staff authority %v, want the principal's %v", f.Authority(staff), f.Authority(PrincipalProductManager))
	}
	if !f.Authority(sd).Contains(f.Authority(DirectorOfProduct)) || !f.Can(sd, Investment, ProductLine) || f.Can(sd, Investment, Portfolio) {
		t.Errorf("senior director authority: %v", f.Authority(sd))
	}
	if who, err := f.Approver(Investment, ProductLine, Money{250_000, "USD"}); err != nil || who != sd {
		t.Errorf("Approver(investment, product line, 250000 USD) = %v, %v; want %v", who, err, sd)
	}
	if who, err := f.Approver(Investment, ProductLine, Money{250_001, "USD"}); err != nil || who != VPOfProduct {
		t.Errorf("Approver(investment, product line, 250001 USD) = %v, %v; want the VP", who, err)
	}
	if who, _ := f.Escalate(Vision, Portfolio); who != staff {
		t.Errorf("Escalate(vision, portfolio) = %v, want %v, the lowest level holding it", who, staff)
	}

	// Titles, scope labels, competencies, functions.
	for in, want := range map[string]Role{
		"Staff PM":                   staff,
		"Senior Staff PM":            staff,
		"Staff Product Manager":      staff,
		"Lead Product Manager":       SeniorProductManager,
		"Senior Director of Product": sd,
	} {
		if got, err := f.ParseTitle(in); err != nil || got.Role != want {
			t.Errorf("ParseTitle(%q) = %v, %v; want %v", in, got.Role, err, want)
		}
	}
	for in, want := range map[string]Scope{"Stage": ProductLine, "stage": ProductLine, "group": Product, "portfolio": Portfolio, "Feature": Feature} {
		if got, err := f.ParseScope(in); err != nil || got != want {
			t.Errorf("ParseScope(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	if _, err := f.ParseScope("Team"); !errors.Is(err, ErrUnknownValue) {
		t.Errorf("ParseScope(Team) = %v, want ErrUnknownValue", err)
	}
	exp, err := f.ParseCompetency("experimentation")
	if err != nil || exp.IsCatalogue() || f.CompetencyID(exp) != "experimentation" {
		t.Errorf("ParseCompetency(experimentation) = %v, %v", exp, err)
	}
	if _, err := f.ParseCompetency("hiring"); !errors.Is(err, ErrUnknownValue) {
		t.Errorf("hiring is not an Acme competency, ParseCompetency = %v", err)
	}
	legal, err := f.ParseFunction("legal")
	if err != nil || legal.IsCatalogue() || f.FunctionTitle(legal) != "Legal" {
		t.Errorf("ParseFunction(legal) = %v, %v", legal, err)
	}
	if a, ok := f.RACI().Accountable("Pricing"); !ok || a != RoleParty(ProductManager) {
		t.Errorf("Pricing is accountable to %v, want the product manager", a)
	}
	if c := f.RACI().Cell("Pricing", FunctionParty(legal)); c != CellOf(Consulted) {
		t.Errorf("legal's Pricing cell = %v, want C", c)
	}

	// The ladder: a staff PM with the bar met moves up; one lacking the
	// company's own competency lacks it by name.
	c := Candidate{Role: SeniorProductManager, YearsExperience: 6, YearsInRole: 2,
		Competencies: CompetencySetOf(CompetencyExecution, CompetencyCustomerResearch, CompetencyRoadmapping)}
	err = f.Ladder().Check(c, staff)
	var te *TransitionError
	if !errors.As(err, &te) || len(te.Shortfalls) != 1 || te.Shortfalls[0].Missing != CompetencySetOf(exp) ||
		!strings.Contains(err.Error(), "lacks {experimentation}") {
		t.Errorf("Check without experimentation = %v", err)
	}
	c.Competencies = c.Competencies.Union(CompetencySetOf(exp))
	if err := f.Ladder().Check(c, staff); err != nil {
		t.Errorf("Check with every requirement = %v", err)
	}
	path, err := f.Ladder().Path(SeniorProductManager, PrincipalProductManager)
	if err != nil || len(path) != 2 || path[0].To != staff {
		t.Errorf("Path(senior, principal) = %v, %v; want through the staff PM", path, err)
	}
	if !f.MayManage(DirectorOfProduct, staff) || f.MayManage(staff, ProductManager) || f.MayManage(VPOfProduct, DirectorOfProduct) {
		t.Error("MayManage disagrees with the document's reporting rules")
	}

	// Canonical output: marshal, parse, marshal again gives the same bytes.
	first := canonical(t, f)
	g, err := ParseFramework(first)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(first), string(canonical(t, g))); diff != "" {
		t.Errorf("canonical form is not stable (-first +second):\n%s", diff)
	}
}

// minimalSpec is the smallest document of the whole catalogue: every
// section left to the defaults.
func minimalSpec(name string) *Spec {
	s := &Spec{Version: SpecVersion, Name: name}
	for r := range Roles() {
		s.Roles = append(s.Roles, RoleSpec{ID: r.String()})
	}
	return s
}

// TestProfiles checks the embedded documents: each is canonical (parse
// then marshal gives the same bytes), and the default one is exactly what
// the catalogue's defaults compile to. -update rewrites the default.
func TestProfiles(t *testing.T) {
	d, err := Compile(minimalSpec("Default"))
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile("internal/profiles/default.json", canonical(t, d), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if diff := cmp.Diff(string(canonical(t, d)), string(profiles.Default)); diff != "" {
		t.Errorf("the embedded default differs from the catalogue's defaults (go test -run TestProfiles -update) (-catalogue +embedded):\n%s", diff)
	}
	for name, doc := range map[string][]byte{"default": profiles.Default, "scaleup": profiles.ScaleUp, "startup": profiles.Startup} {
		f, err := ParseFramework(doc)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if diff := cmp.Diff(string(doc), string(canonical(t, f))); diff != "" {
			t.Errorf("%s is not canonical (-stored +marshalled):\n%s", name, diff)
		}
		compact, err := json.Marshal(f)
		if err != nil {
			t.Fatal(err)
		}
		g, err := ParseFramework(compact)
		if err != nil {
			t.Fatal(err)
		}
		if again, _ := json.Marshal(g); !bytes.Equal(again, compact) {
			t.Errorf("%s: the compact form does not survive a round trip", name)
		}
	}
}

// problemCase is a document with one defect, and where it must be
// reported.
type problemCase struct {
	name    string
	doc     string
	pointer string // the pointer of a problem that must be reported
	is      error  // a sentinel that problem must match, besides ErrInvalidFramework
}

const okRoles = `"roles": [{"id": "product-manager"}, {"id": "senior-product-manager"}, {"id": "head-of-product"}]`

func TestParseFrameworkProblems(t *testing.T) {
	doc := func(members string) string { return `{"version": "pmroles/v1", ` + members + `}` }
	tests := []problemCase{
		{"malformed", `{"version": "pmroles/v1",`, "", nil},
		{"not an object", `[]`, "", nil},
		{"no version", `{` + okRoles + `}`, "", nil},
		{"unknown version", `{"version": "pmroles/v9", ` + okRoles + `}`, "/version", nil},
		{"unknown member", doc(okRoles + `, "levels": []`), "/levels", nil},
		{"duplicate key", doc(okRoles + `, "name": "a", "name": "b"`), "/name", nil},
		{"wrong type", doc(`"roles": {"id": "product-manager"}`), "/roles", nil},
		{"no roles", doc(`"roles": []`), "/roles", nil},
		{"bad role ID", doc(`"roles": [{"id": "Product Manager"}]`), "/roles/0/id", nil},
		{"duplicate role", doc(`"roles": [{"id": "product-manager"}, {"id": "product-manager"}]`), "/roles/1/id", nil},
		{"company role without canonical", doc(`"roles": [{"id": "product-manager"}, {"id": "staff-pm", "title": "Staff PM"}]`), "/roles/1/canonical", nil},
		{"unknown canonical", doc(`"roles": [{"id": "staff-pm", "title": "Staff PM", "canonical": "cto"}]`), "/roles/0/canonical", ErrUnknownRole},
		{"catalogue role with another canonical", doc(`"roles": [{"id": "product-manager", "canonical": "product-owner"}]`), "/roles/0/canonical", nil},
		{"level out of range", doc(`"roles": [{"id": "product-manager", "level": 17}]`), "/roles/0/level", nil},
		{"level not whole", doc(`"roles": [{"id": "product-manager", "level": 2.5}]`), "/roles/0/level", nil},
		{"unknown track", doc(`"roles": [{"id": "staff-pm", "title": "Staff PM", "canonical": "principal-product-manager", "track": "expert"}]`), "/roles/0/track", nil},
		{"control character in a title", doc(`"roles": [{"id": "product-manager", "title": "Product\u001b[31m Manager"}]`), "/roles/0/title", nil},
		{"unknown role in authority", doc(okRoles + `, "authority": [{"role": "cto", "grants": []}]`), "/authority/0/role", ErrUnknownRole},
		{"unknown decision", doc(okRoles + `, "authority": [{"role": "product-manager", "grants": [{"decision": "taste", "scope": "product"}]}]`), "/authority/0/grants/0/decision", ErrUnknownValue},
		{"unknown scope", doc(okRoles + `, "authority": [{"role": "product-manager", "grants": [{"decision": "pricing", "scope": "galaxy"}]}]`), "/authority/0/grants/0/scope", ErrUnknownValue},
		{"bad limit", doc(okRoles + `, "authority": [{"role": "product-manager", "inherit": true, "grants": [{"decision": "pricing", "scope": "product", "limit": {"amount": 5, "currency": "usd"}}]}]`), "/authority/0/grants/0/limit", ErrInvalidGrant},
		{"escapes the top role", doc(okRoles + `, "authority": [{"role": "product-manager", "inherit": true, "grants": [{"decision": "acquisitions", "scope": "company"}]}]`), "/authority/0", nil},
		{"manager does not outrank", doc(okRoles + `, "reporting": [{"manager": "product-manager", "reports": ["senior-product-manager"]}]`), "/reporting/0/reports/0", nil},
		{"manager does not contain", doc(okRoles + `, "reporting": [{"manager": "senior-product-manager", "reports": ["product-manager"]}],
			"authority": [{"role": "product-manager", "inherit": true, "grants": [{"decision": "hiring", "scope": "product"}]}], "ladder": []`), "/reporting/0/reports/0", nil},
		{"unknown report", doc(okRoles + `, "reporting": [{"manager": "head-of-product", "reports": ["cto"]}]`), "/reporting/0/reports/0", ErrUnknownRole},
		{"alias to an unknown role", doc(okRoles + `, "aliases": [{"title": "Staff PM", "role": "staff-pm"}]`), "/aliases/0/role", ErrUnknownRole},
		{"alias taken", doc(okRoles + `, "aliases": [{"title": "Staff PM", "role": "senior-product-manager"}, {"title": "staff product manager", "role": "head-of-product"}]`), "/aliases/1/title", nil},
		{"scope labels collide", doc(okRoles + `, "scopes": {"product": "Team", "portfolio": "team"}`), "/scopes/portfolio", nil},
		{"scope label is another scope's ID", doc(okRoles + `, "scopes": {"product": "portfolio"}`), "/scopes/product", nil},
		{"unknown competency", doc(okRoles + `, "ladder": [{"from": "product-manager", "to": "senior-product-manager", "kind": "promotion", "requirements": {"yearsExperience": 1, "yearsInRole": 1, "yearsManaging": 0, "competencies": ["juggling"]}}]`), "/ladder/0/requirements/competencies/0", ErrUnknownValue},
		{"negative years", doc(okRoles + `, "ladder": [{"from": "product-manager", "to": "senior-product-manager", "kind": "promotion", "requirements": {"yearsExperience": -1, "yearsInRole": 1, "yearsManaging": 0, "competencies": []}}]`), "/ladder/0/requirements/yearsExperience", nil},
		{"unknown kind", doc(okRoles + `, "ladder": [{"from": "product-manager", "to": "senior-product-manager", "kind": "leap", "requirements": {"yearsExperience": 1, "yearsInRole": 1, "yearsManaging": 0, "competencies": []}}]`), "/ladder/0/kind", nil},
		{"default ladder lacks a competency", doc(okRoles + `, "competencies": [{"id": "execution"}]`), "/ladder", nil},
		{"span of control", doc(okRoles + `, "spanOfControl": {"min": 5, "max": 2}`), "/spanOfControl/max", nil},
		{"unknown party", doc(okRoles + `, "raci": {"parties": ["product-manager", "legal"], "activities": [{"name": "Pricing", "cells": {"product-manager": "A/R"}}]}`), "/raci/parties/1", ErrUnknownValue},
		{"cell of no party", doc(okRoles + `, "raci": {"parties": ["product-manager"], "activities": [{"name": "Pricing", "cells": {"product-manager": "A/R", "design": "C"}}]}`), "/raci/activities/0/cells/design", nil},
		{"two accountable", doc(okRoles + `, "raci": {"parties": ["product-manager", "head-of-product"], "activities": [{"name": "Pricing", "cells": {"product-manager": "A/R", "head-of-product": "A"}}]}`), "/raci/activities/0", ErrInvalidMatrix},
		{"accountable without the authority", doc(okRoles + `, "raci": {"parties": ["product-manager", "head-of-product"], "activities": [{"name": "Acquisitions", "decision": "acquisitions", "scope": "company", "cells": {"product-manager": "A/R", "head-of-product": "C"}}]}`), "/raci/activities/0", ErrInvalidMatrix},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := ParseFramework([]byte(tt.doc))
			if f != nil || !errors.Is(err, ErrInvalidFramework) {
				t.Fatalf("ParseFramework = %v, %v; want nil and ErrInvalidFramework", f, err)
			}
			var found *FrameworkError
			for _, fe := range frameworkErrors(err) {
				if fe.Pointer == tt.pointer {
					found = fe
				}
				if fe.Offset < 0 || fe.Offset > len(tt.doc) || !strings.HasPrefix(fe.Error(), "pmroles: framework: ") {
					t.Errorf("problem %q has offset %d", fe, fe.Offset)
				}
			}
			if found == nil {
				t.Fatalf("no problem at %q:\n%v", tt.pointer, err)
			}
			if tt.is != nil && !errors.Is(found, tt.is) {
				t.Errorf("problem at %q does not match %v: %v", tt.pointer, tt.is, found)
			}
			// The offset points at the start of a value: the value at
			// fault, or the object that lacks it.
			if c := tt.doc[min(found.Offset, len(tt.doc)-1)]; found.Offset < len(tt.doc) && !strings.ContainsRune(`{["-0123456789tfn`, rune(c)) {
				t.Errorf("problem at %q has offset %d, at %q", tt.pointer, found.Offset, tt.doc[found.Offset:])
			}
		})
	}
}

func TestParseFrameworkLimits(t *testing.T) {
	big := bytes.Repeat([]byte(" "), MaxSpecSize+1)
	if _, err := ParseFramework(big); !errors.Is(err, ErrInvalidFramework) || len(err.Error()) > 200 {
		t.Errorf("ParseFramework(%d bytes) = %v", len(big), err)
	}
	if _, err := ReadFramework(bytes.NewReader(big)); !errors.Is(err, ErrInvalidFramework) {
		t.Errorf("ReadFramework(%d bytes) = %v", len(big), err)
	}
	if _, err := ReadFramework(nil); !errors.Is(err, ErrInvalidFramework) {
		t.Errorf("ReadFramework(nil) = %v", err)
	}
	// Sixty roles with four problems each: the first MaxProblems, then a
	// count.
	var b strings.Builder
	b.WriteString(`{"version": "pmroles/v1", "roles": [`)
	for i := range 60 {
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, `{"id": "r-%d", "canonical": "cto", "level": 99, "track": "x"}`, i)
	}
	b.WriteString(`]}`)
	_, err := ParseFramework([]byte(b.String()))
	var l *ProblemList
	if !errors.As(err, &l) || len(l.Problems) != MaxProblems || l.More < 100 || !strings.HasSuffix(err.Error(), fmt.Sprintf("and %d more problems", l.More)) {
		t.Errorf("60 bad roles: %d problems and %d more, want %d and at least 100", len(l.Problems), l.More, MaxProblems)
	}
	// More roles than a framework may use are refused at once.
	b.Reset()
	b.WriteString(`{"version": "pmroles/v1", "roles": [`)
	for i := range MaxRoles + 1 {
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, `{"id": "r-%d", "title": "R", "canonical": "product-manager"}`, i)
	}
	b.WriteString(`]}`)
	if _, err := ParseFramework([]byte(b.String())); !hasPointer(err, "/roles") {
		t.Errorf("%d roles: %v", MaxRoles+1, err)
	}
	// Hostile text is quoted short.
	long := strings.Repeat("x", 1<<16)
	_, err = ParseFramework([]byte(`{"version": "pmroles/v1", "roles": [{"id": "` + long + `"}]}`))
	if err == nil || len(err.Error()) > 500 {
		t.Errorf("a 64 KiB ID gives a %d-byte message", len(err.Error()))
	}
	// Deep nesting is refused, not a stack overflow.
	deep := strings.Repeat("[", 100000)
	if _, err := ParseFramework([]byte(deep)); !errors.Is(err, ErrInvalidFramework) {
		t.Errorf("deep nesting: %v", err)
	}
	if _, err := Compile(nil); !errors.Is(err, ErrInvalidFramework) {
		t.Errorf("Compile(nil) = %v", err)
	}
}

// genSpec draws a valid framework document with company roles: a set of
// catalogue roles and of company roles anchored to catalogue roles, levels
// of the framework's own, a top role holding everything company-wide, the
// default or an explicit subset of reporting rules, a ladder built so that
// its promotions rise and ask more, company competencies and functions,
// scope labels, aliases and limits.
var genSpec = rapid.Custom(func(t *rapid.T) *Spec {
	s := &Spec{Version: SpecVersion, Name: rapid.StringMatching(`[A-Za-z ]{0,20}`).Draw(t, "name")}
	catalogue := slices.Collect(Roles())
	cats := rapid.SliceOfNDistinct(rapid.SampledFrom(catalogue), 1, 6, func(r Role) string { return r.String() }).Draw(t, "catalogue roles")
	shift := rapid.IntRange(0, 4).Draw(t, "level shift")
	for _, r := range cats {
		rs := RoleSpec{ID: r.String()}
		if shift > 0 {
			rs.Level = int(r.Level()) + shift
		}
		s.Roles = append(s.Roles, rs)
	}
	for i := range rapid.IntRange(0, 4).Draw(t, "company roles") {
		canon := rapid.SampledFrom(catalogue).Draw(t, "canonical")
		rs := RoleSpec{
			ID:        fmt.Sprintf("company-role-%d", i),
			Title:     fmt.Sprintf("Company Role %c", 'A'+i),
			Canonical: canon.String(),
			Level:     int(canon.Level()) + shift + rapid.IntRange(0, 1).Draw(t, "level bump"),
			Grade:     rapid.SampledFrom([]string{"", "P5", "M3"}).Draw(t, "grade"),
		}
		if rapid.Bool().Draw(t, "own duties") {
			rs.Responsibilities = []string{"Leads " + rs.Title}
		}
		s.Roles = append(s.Roles, rs)
	}
	// The top role, alone at the highest level, holds everything.
	s.Roles = append(s.Roles, RoleSpec{ID: "chief-of-everything", Title: "Chief of Everything", Canonical: "chief-product-officer", Level: 16})
	var all []GrantSpec
	for d := range Decisions() {
		all = append(all, GrantSpec{Decision: d.String(), Scope: "company"})
	}
	s.Authority = append(s.Authority, AuthoritySpec{Role: "chief-of-everything", Grants: all})
	if rapid.Bool().Draw(t, "company competencies") {
		for c := range Competencies() {
			s.Competencies = append(s.Competencies, CompetencySpec{ID: c.String()})
		}
		s.Competencies = append(s.Competencies, CompetencySpec{ID: "experimentation", Title: "Experimentation"})
	}
	if rapid.Bool().Draw(t, "company functions") {
		s.Functions = []FunctionSpec{{ID: "engineering"}, {ID: "legal", Title: "Legal"}}
	}
	if rapid.Bool().Draw(t, "scope labels") {
		s.Scopes = ScopeLabels{Product: "Group", ProductLine: "Stage", Portfolio: "Section"}
	}
	if rapid.Bool().Draw(t, "alias") {
		s.Aliases = []AliasSpec{{Title: "Product Supremo", Role: "chief-of-everything"}}
	}
	if rapid.Bool().Draw(t, "limit") {
		s.Authority = append(s.Authority, AuthoritySpec{Role: s.Roles[0].ID, Inherit: true,
			Grants: []GrantSpec{{Decision: "budget", Scope: "product", Limit: Money{int64(rapid.IntRange(1, 1e6).Draw(t, "limit")), "EUR"}}}})
	}
	f, err := Compile(&Spec{Version: s.Version, Roles: s.Roles, Authority: s.Authority, Competencies: s.Competencies,
		Ladder: []TransitionSpec{}, RACI: &RACISpec{Parties: []string{}, Activities: []ActivitySpec{}}})
	if err != nil {
		t.Fatalf("generated roles refused: %v", err)
	}
	// Reporting: the default rule, or a random subset of it.
	if rapid.Bool().Draw(t, "explicit reporting") {
		s.Reporting = []ReportingSpec{}
		for m := range f.Roles() {
			var reports []string
			for r := range f.Reports(m) {
				if rapid.Bool().Draw(t, "keep report") {
					reports = append(reports, r.String())
				}
			}
			if reports != nil {
				s.Reporting = append(s.Reporting, ReportingSpec{Manager: m.String(), Reports: reports})
			}
		}
	}
	// A ladder: each role not at the lowest level of its discipline is
	// promoted into from a reachable role of the same discipline below it
	// whose authority it contains; bars rise with the level.
	s.Ladder = []TransitionSpec{}
	lowest := map[Discipline]Level{}
	for r := range f.Roles() {
		d := f.Canonical(r).Discipline()
		if lo, ok := lowest[d]; !ok || f.Level(r) < lo {
			lowest[d] = f.Level(r)
		}
	}
	reached := map[Role]bool{}
	byLevel := slices.SortedStableFunc(f.Roles(), func(a, b Role) int { return int(f.Level(a)) - int(f.Level(b)) })
	comps := []string{"execution", "customer-research", "roadmapping", "product-strategy", "people-management", "hiring"}
	for _, r := range byLevel {
		d := f.Canonical(r).Discipline()
		if f.Level(r) == lowest[d] {
			reached[r] = true
			continue
		}
		var from []Role
		for _, p := range byLevel {
			if reached[p] && f.Canonical(p).Discipline() == d && f.Level(p) < f.Level(r) && f.Authority(r).Contains(f.Authority(p)) {
				from = append(from, p)
			}
		}
		if len(from) == 0 {
			s.Ladder = []TransitionSpec{} // r cannot be reached: no ladder at all
			break
		}
		p := rapid.SampledFrom(from).Draw(t, "promoted from")
		lv := int(f.Level(r))
		s.Ladder = append(s.Ladder, TransitionSpec{From: p.String(), To: r.String(), Kind: "promotion",
			Requirements: RequirementsSpec{YearsExperience: float64(lv) * 1.5, YearsInRole: 1.1,
				YearsManaging: float64(lv) / 4, Competencies: comps[:min(lv/3+1, len(comps))]}})
		reached[r] = true
	}
	if len(s.Ladder) > 0 && len(s.Ladder) < len(s.Roles)-len(lowest) {
		s.Ladder = []TransitionSpec{}
	}
	if s.Competencies != nil && len(s.Ladder) > 0 && rapid.Bool().Draw(t, "ask experimentation") {
		last := &s.Ladder[len(s.Ladder)-1]
		// The last promotion reaches the top, which asks no more of
		// anything after it.
		last.Requirements.Competencies = append(slices.Clone(last.Requirements.Competencies), "experimentation")
	}
	return s
})

// TestGeneratedSpecs: generated company frameworks compile; their
// document survives a round trip losslessly and byte for byte; and the
// invariants of the design hold on them.
func TestGeneratedSpecs(t *testing.T) {
	var withLadder, withCompany, withReporting int
	rapid.Check(t, func(t *rapid.T) {
		s := genSpec.Draw(t, "spec")
		f, err := Compile(s)
		if err != nil {
			t.Fatalf("generated spec refused: %v", err)
		}
		first, err := json.Marshal(f)
		if err != nil {
			t.Fatal(err)
		}
		g, err := ParseFramework(first)
		if err != nil {
			t.Fatalf("the canonical document of a valid framework is refused: %v", err)
		}
		second, _ := json.Marshal(g)
		if !bytes.Equal(first, second) {
			t.Fatalf("marshal, parse, marshal is not byte-identical:\n%s\n%s", first, second)
		}
		sameAnswers(t, f, g)
		checkInvariants(t, f)
		if len(s.Ladder) > 0 {
			withLadder++
		}
		if len(s.Roles) > 1 && !f.roles[1].role.IsCatalogue() || slices.ContainsFunc(s.Roles, func(r RoleSpec) bool { return r.Canonical != "" && r.ID != "chief-of-everything" }) {
			withCompany++
		}
		if s.Reporting != nil {
			withReporting++
		}
	})
	// The properties must reach their premises often enough.
	t.Logf("%d specs with a ladder, %d with company roles, %d with explicit reporting", withLadder, withCompany, withReporting)
	if withLadder < 10 || withCompany < 10 || withReporting < 10 {
		t.Errorf("premises reached too rarely: %d specs with a ladder, %d with company roles, %d with explicit reporting",
			withLadder, withCompany, withReporting)
	}
}

// sameAnswers checks that g answers every query as f does.
func sameAnswers(t *rapid.T, f, g *Framework) {
	roles := slices.Collect(f.Roles())
	if diff := cmp.Diff(roles, slices.Collect(g.Roles())); diff != "" {
		t.Fatalf("roles mismatch (-f +g):\n%s", diff)
	}
	for _, r := range roles {
		for d := range Decisions() {
			for s := range Scopes() {
				if f.Can(r, d, s) != g.Can(r, d, s) {
					t.Fatalf("Can(%v, %v, %v) differs", r, d, s)
				}
			}
		}
		if f.Level(r) != g.Level(r) || f.Canonical(r) != g.Canonical(r) || f.Title(r) != g.Title(r) || f.Authority(r) != g.Authority(r) {
			t.Fatalf("%v is described differently", r)
		}
		for _, q := range roles {
			p1, err1 := f.Ladder().Path(r, q)
			p2, err2 := g.Ladder().Path(r, q)
			if (err1 == nil) != (err2 == nil) || !slices.Equal(p1, p2) || f.MayManage(r, q) != g.MayManage(r, q) {
				t.Fatalf("Path or MayManage(%v, %v) differs", r, q)
			}
		}
		if t1, err := f.ParseTitle(f.Title(r)); err == nil {
			if t2, err := g.ParseTitle(f.Title(r)); err != nil || t1 != t2 {
				t.Fatalf("ParseTitle(%q) differs: %v, %v", f.Title(r), t1, t2)
			}
		}
	}
}

// checkInvariants checks the invariants of the design on f.
func checkInvariants(t *rapid.T, f *Framework) {
	top := f.Top()
	for r := range f.Roles() {
		if !f.Authority(top).Contains(f.Authority(r)) {
			t.Fatalf("the top role %v does not contain %v", top, r)
		}
		if got, err := f.ParseRole(r.String()); err != nil || got != r {
			t.Fatalf("ParseRole(%q) = %v, %v", r, got, err)
		}
		for q := range f.Reports(r) {
			if f.Level(q) >= f.Level(r) || !f.Authority(r).Contains(f.Authority(q)) {
				t.Fatalf("%v may manage %v but does not outrank it or contain its authority", r, q)
			}
		}
	}
	for tr := range f.Ladder().All() {
		if tr.Kind == Promotion && (f.Level(tr.To) < f.Level(tr.From) || !f.Authority(tr.To).Contains(f.Authority(tr.From))) {
			t.Fatalf("%v lowers the level or loses authority", tr)
		}
	}
	m := f.RACI()
	for _, a := range m.Activities() {
		var accountable []Party
		for _, p := range m.Parties() {
			if m.Cell(a.Name, p).Has(Accountable) {
				accountable = append(accountable, p)
			}
		}
		if len(accountable) != 1 {
			t.Fatalf("activity %q has %d accountable parties", a.Name, len(accountable))
		}
		if r, ok := accountable[0].Role(); a.Decision != 0 && (!ok || !f.Can(r, a.Decision, a.Scope)) {
			t.Fatalf("activity %q: %v is accountable without the authority", a.Name, accountable[0])
		}
	}
}

// A mutation breaks one invariant of a valid Spec and says where the
// problem must be reported.
type mutation struct {
	name  string
	apply func(t *rapid.T, s *Spec) (pointer string, ok bool)
}

var mutations = []mutation{
	{"unknown canonical", func(t *rapid.T, s *Spec) (string, bool) {
		i := rapid.IntRange(0, len(s.Roles)-1).Draw(t, "role")
		if s.Roles[i].Canonical == "" || s.Roles[i].Canonical == s.Roles[i].ID {
			return "", false
		}
		s.Roles[i].Canonical = "chief-vibes-officer"
		return fmt.Sprintf("/roles/%d/canonical", i), true
	}},
	{"level out of range", func(t *rapid.T, s *Spec) (string, bool) {
		i := rapid.IntRange(0, len(s.Roles)-1).Draw(t, "role")
		s.Roles[i].Level = rapid.SampledFrom([]int{-1, 17, 99}).Draw(t, "level")
		return fmt.Sprintf("/roles/%d/level", i), true
	}},
	{"duplicate role", func(t *rapid.T, s *Spec) (string, bool) {
		i := rapid.IntRange(0, len(s.Roles)-1).Draw(t, "role")
		s.Roles = append(s.Roles, s.Roles[i])
		return fmt.Sprintf("/roles/%d/id", len(s.Roles)-1), true
	}},
	{"report outranks its manager", func(t *rapid.T, s *Spec) (string, bool) {
		if len(s.Reporting) == 0 {
			s.Reporting = []ReportingSpec{{Manager: s.Roles[0].ID}}
		}
		i := rapid.IntRange(0, len(s.Reporting)-1).Draw(t, "rule")
		s.Reporting[i].Reports = append(s.Reporting[i].Reports, "chief-of-everything")
		return fmt.Sprintf("/reporting/%d/reports/%d", i, len(s.Reporting[i].Reports)-1), true
	}},
	{"negative years", func(t *rapid.T, s *Spec) (string, bool) {
		if len(s.Ladder) == 0 {
			return "", false
		}
		i := rapid.IntRange(0, len(s.Ladder)-1).Draw(t, "transition")
		s.Ladder[i].Requirements.YearsInRole = -rapid.Float64Range(0.1, 10).Draw(t, "years")
		return fmt.Sprintf("/ladder/%d/requirements/yearsInRole", i), true
	}},
	{"unknown competency", func(t *rapid.T, s *Spec) (string, bool) {
		if len(s.Ladder) == 0 {
			return "", false
		}
		i := rapid.IntRange(0, len(s.Ladder)-1).Draw(t, "transition")
		r := &s.Ladder[i].Requirements
		r.Competencies = append(r.Competencies, "telepathy")
		return fmt.Sprintf("/ladder/%d/requirements/competencies/%d", i, len(r.Competencies)-1), true
	}},
	{"alias to an unknown role", func(t *rapid.T, s *Spec) (string, bool) {
		s.Aliases = append(s.Aliases, AliasSpec{Title: "Product Wizard", Role: "wizard"})
		return fmt.Sprintf("/aliases/%d/role", len(s.Aliases)-1), true
	}},
	{"grant the top role lacks", func(t *rapid.T, s *Spec) (string, bool) {
		// Take a decision from the top role (whose entry comes first):
		// a role that holds it escapes the top role's authority, and is
		// reported at its authority entry, or at its role entry if it
		// has none.
		f, err := Compile(s)
		if err != nil {
			t.Fatalf("the spec to mutate is refused: %v", err)
		}
		d := rapid.SampledFrom(slices.Collect(Decisions())).Draw(t, "decision")
		var holder Role
		for r := range f.Roles() {
			if r != f.Top() && f.Authority(r).Scope(d) != 0 {
				holder = r
				break
			}
		}
		if !holder.IsValid() {
			return "", false
		}
		s.Authority[0].Grants = slices.DeleteFunc(slices.Clone(s.Authority[0].Grants), func(g GrantSpec) bool { return g.Decision == d.String() })
		if i := slices.IndexFunc(s.Authority, func(a AuthoritySpec) bool { return a.Role == holder.String() }); i >= 0 {
			return fmt.Sprintf("/authority/%d", i), true
		}
		return fmt.Sprintf("/roles/%d", slices.IndexFunc(s.Roles, func(r RoleSpec) bool { return r.ID == holder.String() })), true
	}},
}

// TestMutatedSpecsRefused: every mutation of a valid document that breaks
// an invariant is refused, with a problem at the mutated value.
func TestMutatedSpecsRefused(t *testing.T) {
	applied := map[string]int{}
	// Two hundred draws, so that each of the eight mutations, some of
	// which need a ladder, is applied often enough to be counted.
	property := func(t *rapid.T) {
		s := genSpec.Draw(t, "spec")
		// Draw mutations until one applies: a ladder mutation needs a
		// ladder, which not every spec has.
		var m mutation
		var ptr string
		for ok := false; !ok; {
			m = rapid.SampledFrom(mutations).Draw(t, "mutation")
			ptr, ok = m.apply(t, s)
		}
		applied[m.name]++
		f, err := Compile(s)
		if f != nil || !hasPointer(err, ptr) {
			t.Fatalf("%s: Compile = %v, %v; want a problem at %s", m.name, f, err, ptr)
		}
		// Through a document, the problem has an offset too.
		doc, merr := json.Marshal(s)
		if merr != nil {
			return // years the mutation made negative still marshal; NaN would not
		}
		if _, err := ParseFramework(doc); !hasPointer(err, ptr) {
			t.Fatalf("%s: ParseFramework of the mutated document: %v; want a problem at %s", m.name, err, ptr)
		}
	}
	rapid.Check(t, property)
	rapid.Check(t, property)
	for _, m := range mutations {
		if applied[m.name] < 5 {
			t.Errorf("mutation %q applied %d times: its premise is too rare", m.name, applied[m.name])
		}
	}
}

// FuzzParseFramework: ParseFramework never panics; what it accepts
// marshals to a document that it accepts again, byte for byte, and that
// compiles from its Spec; what it refuses comes with pointers.
func FuzzParseFramework(f *testing.F) {
	f.Add(profiles.Startup)
	f.Add(readTestdata(f, "acme.json"))
	f.Add([]byte(`{"version": "pmroles/v1", ` + okRoles + `}`))
	f.Add([]byte(`{"version": "pmroles/v1", "roles": [{"id": "x-y", "title": "X", "canonical": "product-manager", "level": 3}], "ladder": [], "raci": {"parties": ["x-y"], "activities": [{"name": "A", "cells": {"x-y": "A/R"}}]}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		fw, err := ParseFramework(data)
		if err != nil {
			if !errors.Is(err, ErrInvalidFramework) || fw != nil {
				t.Fatalf("ParseFramework = %v, %v", fw, err)
			}
			if len(err.Error()) > 64<<10 {
				t.Fatalf("a %d-byte message for %d bytes of input", len(err.Error()), len(data))
			}
			return
		}
		first, err := json.Marshal(fw)
		if err != nil {
			t.Fatalf("an accepted framework does not marshal: %v", err)
		}
		g, err := ParseFramework(first)
		if err != nil {
			t.Fatalf("the canonical form of an accepted document is refused: %v", err)
		}
		if second, _ := json.Marshal(g); !bytes.Equal(first, second) {
			t.Fatalf("not byte-identical:\n%s\n%s", first, second)
		}
		if _, err := Compile(fw.Spec()); err != nil {
			t.Fatalf("the Spec of an accepted framework does not compile: %v", err)
		}
	})
}

func TestSpecJSON(t *testing.T) {
	data := readTestdata(t, "acme.json")
	var s Spec
	if err := json.Unmarshal(data, &s); err != nil {
		t.Fatal(err)
	}
	if s.Roles[3].Canonical != "principal-product-manager" || s.RACI.Activities[0].Cells["legal"] != "C" {
		t.Errorf("Spec = %+v", s)
	}
	// A Spec marshals to a document that reads back to the same Spec.
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	back, err := ParseSpec(b)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(&s, back); diff != "" {
		t.Errorf("Spec round trip mismatch (-want +got):\n%s", diff)
	}
	// Refused input leaves the Spec alone.
	keep := s.Name
	if err := json.Unmarshal([]byte(`{"version": "pmroles/v1", "roles": [], "nope": 1}`), &s); err == nil || s.Name != keep {
		t.Errorf("Unmarshal of a bad document = %v, name now %q", err, s.Name)
	}
	// Spec copies are deep.
	f, _ := ParseFramework(data)
	c := f.Spec()
	c.Roles[0].Responsibilities[0] = "changed"
	c.RACI.Activities[0].Cells["legal"] = "A"
	if d := f.Spec(); d.Roles[0].Responsibilities[0] == "changed" || d.RACI.Activities[0].Cells["legal"] == "A" {
		t.Error("changing a Spec changed the framework's")
	}
}

var sinkFramework *Framework

// BenchmarkParseFramework measures reading and compiling the default
// document beside encoding/json reading the same bytes into an any, in one
// run: the bound is three times.
func BenchmarkParseFramework(b *testing.B) {
	b.Run("impl=pmroles", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(profiles.Default)))
		for b.Loop() {
			f, err := ParseFramework(profiles.Default)
			if err != nil {
				b.Fatal(err)
			}
			sinkFramework = f
		}
	})
	b.Run("impl=json-any", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(profiles.Default)))
		for b.Loop() {
			var v any
			if err := json.Unmarshal(profiles.Default, &v); err != nil {
				b.Fatal(err)
			}
		}
	})
}
