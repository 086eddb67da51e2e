package bench

import (
	"fmt"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pmroles/pmroles"
)

// checkAnswers returns pmroles' and e's answers to every (role, decision,
// scope) question, keyed "role decision@scope".
func checkAnswers(t *testing.T, f *pmroles.Framework, e Enforcer) (want, got map[string]bool) {
	t.Helper()
	want, got = map[string]bool{}, map[string]bool{}
	for r := range pmroles.Roles() {
		for d := range pmroles.Decisions() {
			for s := range pmroles.Scopes() {
				key := fmt.Sprintf("%v %v@%v", r, d, s)
				ok, err := Allows(e, r, d, s)
				if err != nil {
					t.Fatalf("Allows(%s): %v", key, err)
				}
				want[key], got[key] = f.Can(r, d, s), ok
			}
		}
	}
	return want, got
}

// containsAnswers returns pmroles' and e's answers to "does a's authority
// contain b's?" for every ordered pair of roles, keyed "a ⊇ b", Casbin's
// by [Contains].
func containsAnswers(t *testing.T, f *pmroles.Framework, e Enforcer) (want, got map[string]bool) {
	t.Helper()
	want, got = map[string]bool{}, map[string]bool{}
	for a := range pmroles.Roles() {
		for b := range pmroles.Roles() {
			key := fmt.Sprintf("%v ⊇ %v", a, b)
			ok, err := Contains(e, a, b)
			if err != nil {
				t.Fatalf("Contains(%s): %v", key, err)
			}
			want[key], got[key] = f.Authority(a).Contains(f.Authority(b)), ok
		}
	}
	return want, got
}

// TestContainsByEnforce checks the shortcut [Contains] takes, one Enforce
// per policy of the second role, against asking Enforce about every
// (decision, scope).
func TestContainsByEnforce(t *testing.T) {
	e, err := NewEnforcer(pmroles.Default())
	if err != nil {
		t.Fatal(err)
	}
	enforce := func(r pmroles.Role, d pmroles.Decision, s pmroles.Scope) (bool, error) { return Allows(e, r, d, s) }
	for a := range pmroles.Roles() {
		for b := range pmroles.Roles() {
			ok, err := Contains(e, a, b)
			if err != nil {
				t.Fatal(err)
			}
			if brute := containsByAsking(t, enforce, a, b); brute != ok {
				t.Errorf("%v ⊇ %v: Contains says %v, Enforce on every decision and scope says %v", a, b, ok, brute)
			}
		}
	}
}

// containsByAsking reports whether a may take every decision at every
// scope b may take, asking allows about each (decision, scope): the brute
// force both engines' Contains are checked against.
func containsByAsking(t *testing.T, allows func(pmroles.Role, pmroles.Decision, pmroles.Scope) (bool, error), a, b pmroles.Role) bool {
	t.Helper()
	for d := range pmroles.Decisions() {
		for s := range pmroles.Scopes() {
			okB, err := allows(b, d, s)
			if err != nil {
				t.Fatal(err)
			}
			okA, err := allows(a, d, s)
			if err != nil {
				t.Fatal(err)
			}
			if okB && !okA {
				return false
			}
		}
	}
	return true
}

func TestSameAnswers(t *testing.T) {
	f := pmroles.Default()
	plain, err := NewEnforcer(f)
	if err != nil {
		t.Fatal(err)
	}
	if plain.IsLogEnabled() {
		t.Error("Casbin logging is on")
	}
	cached, err := NewCachedEnforcer(f)
	if err != nil {
		t.Fatal(err)
	}
	text, err := NewEnforcerFromText(RulesFor(f).PolicyText())
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		e    Enforcer
	}{
		{"plain", plain},
		{"cached", cached},
		{"from text", text},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want, got := checkAnswers(t, f, tc.e)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("check answers mismatch (-pmroles +casbin):\n%s", diff)
			}
			want, got = containsAnswers(t, f, tc.e)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("containment answers mismatch (-pmroles +casbin):\n%s", diff)
			}
		})
	}
}

// TestSameAnswersCanFail feeds the comparison of TestSameAnswers enforcers
// built from wrong rules, and checks that it notices.
func TestSameAnswersCanFail(t *testing.T) {
	f := pmroles.Default()
	for _, tc := range []struct {
		name         string
		mutate       func(*Rules)
		wantCheck    bool // the check answers must differ
		wantContains bool // the containment answers must differ
	}{
		{
			// Only the CPO holds acquisitions, so containment is
			// unchanged.
			name:      "CPO loses acquisitions",
			mutate:    func(r *Rules) { r.Policies = remove(r.Policies, "chief-product-officer", "acquisitions", "company") },
			wantCheck: true,
		},
		{
			name:         "VP no longer inherits from head of product",
			mutate:       func(r *Rules) { r.Roles = remove(r.Roles, "vp-of-product", "head-of-product") },
			wantCheck:    true,
			wantContains: true,
		},
		{
			name: "product manager inherits from senior",
			mutate: func(r *Rules) {
				r.Roles = append(r.Roles, []string{"product-manager", "senior-product-manager"})
			},
			wantCheck:    true,
			wantContains: true,
		},
		{
			// Inheritance between roles still carries every narrow
			// policy up, so containment is unchanged.
			name:      "no scope inheritance",
			mutate:    func(r *Rules) { r.Scopes = nil },
			wantCheck: true,
		},
		{
			name: "associate decides pricing for a feature",
			mutate: func(r *Rules) {
				r.Policies = append(r.Policies, []string{"associate-product-manager", "pricing", "feature"})
			},
			// Every role that contains the associate's authority
			// inherits from it, so containment is unchanged.
			wantCheck: true,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rules := RulesFor(f)
			tc.mutate(&rules)
			e, err := NewEnforcerFromRules(rules)
			if err != nil {
				t.Fatal(err)
			}
			want, got := checkAnswers(t, f, e)
			if differ := !cmp.Equal(want, got); differ != tc.wantCheck {
				t.Errorf("check answers differ: %v, want %v", differ, tc.wantCheck)
			}
			want, got = containsAnswers(t, f, e)
			if differ := !cmp.Equal(want, got); differ != tc.wantContains {
				t.Errorf("containment answers differ: %v, want %v", differ, tc.wantContains)
			}
		})
	}
}

// remove returns rules without rule, failing the test if it is not there.
func remove(rules [][]string, rule ...string) [][]string {
	i := slices.IndexFunc(rules, func(r []string) bool { return slices.Equal(r, rule) })
	if i < 0 {
		panic(fmt.Sprintf("no rule %q", rule))
	}
	return slices.Delete(slices.Clone(rules), i, i+1)
}

// TestRules pins the shape of the Casbin configuration: the management
// chain is a chain of g links, and the CPO, whose authority is the only
// one at company scope, holds every decision by its own policies.
func TestRules(t *testing.T) {
	rules := RulesFor(pmroles.Default())
	for _, link := range [][]string{
		{"chief-product-officer", "vp-of-product"},
		{"vp-of-product", "head-of-product"},
		{"head-of-product", "director-of-product"},
		{"director-of-product", "group-product-manager"},
		{"group-product-manager", "senior-product-manager"},
		{"senior-product-manager", "product-manager"},
		{"product-manager", "associate-product-manager"},
	} {
		if !slices.ContainsFunc(rules.Roles, func(r []string) bool { return slices.Equal(r, link) }) {
			t.Errorf("no g rule %q", link)
		}
	}
	wantScopes := [][]string{
		{"feature", "product"}, {"product", "product-line"},
		{"product-line", "portfolio"}, {"portfolio", "company"},
	}
	if diff := cmp.Diff(wantScopes, rules.Scopes); diff != "" {
		t.Errorf("g2 rules mismatch (-want +got):\n%s", diff)
	}
	var cpo int
	for _, p := range rules.Policies {
		if p[0] == "chief-product-officer" {
			cpo++
		}
	}
	if want := len(slices.Collect(pmroles.Decisions())); cpo != want {
		t.Errorf("the CPO has %d policies, want one per decision, %d", cpo, want)
	}
}
