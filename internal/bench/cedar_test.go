package bench

import (
	"fmt"
	"slices"
	"testing"

	"github.com/cedar-policy/cedar-go"
	"github.com/google/go-cmp/cmp"
	"github.com/pmroles/pmroles"
)

// cedarCheckAnswers returns pmroles' and c's answers to every (role,
// decision, scope) question, keyed "role decision@scope".
func cedarCheckAnswers(t *testing.T, f *pmroles.Framework, c *Cedar) (want, got map[string]bool) {
	t.Helper()
	want, got = map[string]bool{}, map[string]bool{}
	for r := range pmroles.Roles() {
		for d := range pmroles.Decisions() {
			for s := range pmroles.Scopes() {
				key := fmt.Sprintf("%v %v@%v", r, d, s)
				ok, err := c.Allows(r, d, s)
				if err != nil {
					t.Fatalf("Allows(%s): %v", key, err)
				}
				want[key], got[key] = f.Can(r, d, s), ok
			}
		}
	}
	return want, got
}

// cedarContainsAnswers returns pmroles' and c's answers to "does a's
// authority contain b's?" for every ordered pair of roles, keyed "a ⊇ b",
// Cedar's by [Cedar.Contains].
func cedarContainsAnswers(t *testing.T, f *pmroles.Framework, c *Cedar) (want, got map[string]bool) {
	t.Helper()
	want, got = map[string]bool{}, map[string]bool{}
	for a := range pmroles.Roles() {
		for b := range pmroles.Roles() {
			key := fmt.Sprintf("%v ⊇ %v", a, b)
			ok, err := c.Contains(a, b)
			if err != nil {
				t.Fatalf("Contains(%s): %v", key, err)
			}
			want[key], got[key] = f.Authority(a).Contains(f.Authority(b)), ok
		}
	}
	return want, got
}

func TestCedarSameAnswers(t *testing.T) {
	f := pmroles.Default()
	c, err := NewCedar(f)
	if err != nil {
		t.Fatal(err)
	}
	want, got := cedarCheckAnswers(t, f, c)
	if n := len(want); n != 14*21*5 {
		t.Errorf("%d check questions, want 14×21×5 = 1470", n)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("check answers mismatch (-pmroles +cedar):\n%s", diff)
	}
	want, got = cedarContainsAnswers(t, f, c)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("containment answers mismatch (-pmroles +cedar):\n%s", diff)
	}
}

// TestCedarContainsByAuthorize checks the batch evaluation [Cedar.Contains]
// uses against asking Authorize about every (decision, scope).
func TestCedarContainsByAuthorize(t *testing.T) {
	// A wrong policy too, so that the two ways of asking Cedar are
	// compared on more than pmroles' answers.
	rules := CedarRulesFor(pmroles.Default())
	rules.Policies = append(rules.Policies, CedarPolicy{Role: "product-manager", Decisions: []string{"budget", "hiring"}, Scope: "product-line"})
	wrong, err := NewCedarFromText(rules.PolicyText(), rules.Scopes)
	if err != nil {
		t.Fatal(err)
	}
	right, err := NewCedar(pmroles.Default())
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []*Cedar{right, wrong} {
		for a := range pmroles.Roles() {
			for b := range pmroles.Roles() {
				ok, err := c.Contains(a, b)
				if err != nil {
					t.Fatal(err)
				}
				if brute := containsByAsking(t, c.Allows, a, b); brute != ok {
					t.Errorf("%v ⊇ %v: Contains says %v, Authorize on every decision and scope says %v", a, b, ok, brute)
				}
			}
		}
	}
}

// TestCedarSameAnswersCanFail feeds the comparison of TestCedarSameAnswers
// Cedar policy sets built from wrong rules, and checks that it notices.
func TestCedarSameAnswersCanFail(t *testing.T) {
	f := pmroles.Default()
	for _, tc := range []struct {
		name         string
		mutate       func(*CedarRules)
		wantCheck    bool // the check answers must differ
		wantContains bool // the containment answers must differ
	}{
		{
			name:         "drop the CPO's policy",
			mutate:       func(r *CedarRules) { r.Policies = dropPolicy(r.Policies, "chief-product-officer", "company") },
			wantCheck:    true,
			wantContains: true,
		},
		{
			// Only the CPO holds acquisitions, and no role holds all
			// the rest at company scope: containment is unchanged.
			name:      "CPO loses acquisitions",
			mutate:    func(r *CedarRules) { dropDecision(r.Policies, "chief-product-officer", "company", "acquisitions") },
			wantCheck: true,
		},
		{
			// The senior product manager no longer contains the
			// product owner's authority.
			name:         "senior product manager loses the budget",
			mutate:       func(r *CedarRules) { dropDecision(r.Policies, "senior-product-manager", "product", "budget") },
			wantCheck:    true,
			wantContains: true,
		},
		{
			// Every role that contains the associate's authority holds
			// its decisions at product scope or wider, and no other
			// role's authority is within the widened one: containment
			// is unchanged.
			name:      "associate's policy widened to product",
			mutate:    func(r *CedarRules) { findPolicy(r.Policies, "associate-product-manager", "feature").Scope = "product" },
			wantCheck: true,
		},
		{
			// The director of UX, with the same authority until now, no
			// longer contains the head of product analytics'.
			name: "head of product analytics hires for the company",
			mutate: func(r *CedarRules) {
				r.Policies = append(r.Policies, CedarPolicy{Role: "head-of-product-analytics", Decisions: []string{"hiring"}, Scope: "company"})
			},
			wantCheck:    true,
			wantContains: true,
		},
		{
			// Without a schema to validate them against, Cedar takes a
			// policy about a role no request names.
			name:         "a typo in a role ID",
			mutate:       func(r *CedarRules) { findPolicy(r.Policies, "product-owner", "product").Role = "product-owners" },
			wantCheck:    true,
			wantContains: true,
		},
		{
			name: "product lines directly in the company",
			mutate: func(r *CedarRules) {
				r.Scopes = append(remove(r.Scopes, "product-line", "portfolio"), []string{"product-line", "company"})
			},
			wantCheck:    true,
			wantContains: true,
		},
		{
			name:         "no scope hierarchy",
			mutate:       func(r *CedarRules) { r.Scopes = nil },
			wantCheck:    true,
			wantContains: true,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rules := CedarRulesFor(f)
			tc.mutate(&rules)
			c, err := NewCedarFromText(rules.PolicyText(), rules.Scopes)
			if err != nil {
				t.Fatal(err)
			}
			want, got := cedarCheckAnswers(t, f, c)
			if differ := !cmp.Equal(want, got); differ != tc.wantCheck {
				t.Errorf("check answers differ: %v, want %v", differ, tc.wantCheck)
			}
			want, got = cedarContainsAnswers(t, f, c)
			if differ := !cmp.Equal(want, got); differ != tc.wantContains {
				t.Errorf("containment answers differ: %v, want %v", differ, tc.wantContains)
			}
		})
	}
}

// findPolicy returns a pointer to the policy of role at scope in ps. It
// panics if there is none: the test's premise is wrong.
func findPolicy(ps []CedarPolicy, role, scope string) *CedarPolicy {
	i := slices.IndexFunc(ps, func(p CedarPolicy) bool { return p.Role == role && p.Scope == scope })
	if i < 0 {
		panic(fmt.Sprintf("no Cedar policy for %s at %s", role, scope))
	}
	return &ps[i]
}

// dropDecision removes decision from the policy of role at scope in ps.
// It panics if the policy does not list it.
func dropDecision(ps []CedarPolicy, role, scope, decision string) {
	p := findPolicy(ps, role, scope)
	i := slices.Index(p.Decisions, decision)
	if i < 0 {
		panic(fmt.Sprintf("the Cedar policy for %s at %s does not list %s", role, scope, decision))
	}
	p.Decisions = slices.Delete(slices.Clone(p.Decisions), i, i+1)
}

// dropPolicy returns ps without the policy of role at scope.
func dropPolicy(ps []CedarPolicy, role, scope string) []CedarPolicy {
	p := findPolicy(ps, role, scope)
	return slices.DeleteFunc(slices.Clone(ps), func(q CedarPolicy) bool { return q.Role == p.Role && q.Scope == p.Scope })
}

// TestCedarRules pins the shape of the Cedar configuration: the Casbin
// side's scope hierarchy, one policy per role and scope that lists each
// decision of the role once, and the text Cedar parses.
func TestCedarRules(t *testing.T) {
	f := pmroles.Default()
	rules, casbinRules := CedarRulesFor(f), RulesFor(f)
	if diff := cmp.Diff(casbinRules.Scopes, rules.Scopes); diff != "" {
		t.Errorf("scope parents mismatch (-casbin g2 +cedar):\n%s", diff)
	}

	// The package documentation gives these numbers.
	if n, m := len(rules.Policies), len(casbinRules.Policies); n != 18 || m != 82 {
		t.Errorf("%d Cedar policies and %d Casbin ones, want 18 and 82 as the documentation says", n, m)
	}

	seen := map[string]bool{}
	for _, p := range rules.Policies {
		if key := p.Role + "@" + p.Scope; seen[key] {
			t.Errorf("two policies for %s", key)
		} else {
			seen[key] = true
		}
		if len(p.Decisions) == 0 {
			t.Errorf("the policy for %s at %s lists no decision", p.Role, p.Scope)
		}
		for _, d := range p.Decisions {
			if key := p.Role + " " + d; seen[key] {
				t.Errorf("two policies list %s", key)
			} else {
				seen[key] = true
			}
		}
	}

	want := `permit (
    principal == Role::"product-marketing-manager",
    action in [Action::"go-to-market", Action::"positioning"],
    resource in Scope::"product"
);
`
	if diff := cmp.Diff(want, findPolicy(rules.Policies, "product-marketing-manager", "product").String()); diff != "" {
		t.Errorf("product marketing manager's policy mismatch (-want +got):\n%s", diff)
	}

	// The text parses back into as many policies.
	ps, err := cedar.NewPolicySetFromBytes("pmroles.cedar", rules.PolicyText())
	if err != nil {
		t.Fatal(err)
	}
	var n int
	for range ps.All() {
		n++
	}
	if n != len(rules.Policies) {
		t.Errorf("the policy text parses into %d policies, want %d", n, len(rules.Policies))
	}
}

func TestNewCedarFromTextErrors(t *testing.T) {
	rules := CedarRulesFor(pmroles.Default())
	for _, tc := range []struct {
		name     string
		policies string
		scopes   [][]string
	}{
		{"syntax", `permit (principal == Role::"product-manager", action, resource`, rules.Scopes},
		{"link not a pair", "", [][]string{{"feature"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := NewCedarFromText([]byte(tc.policies), tc.scopes); err == nil {
				t.Error("no error")
			}
		})
	}
}

// TestCedarEvaluationError checks that a policy Cedar fails to evaluate
// (the roles are no entities, and have no attribute) is reported as an
// error, not taken for a denial.
func TestCedarEvaluationError(t *testing.T) {
	rules := CedarRulesFor(pmroles.Default())
	text := string(rules.PolicyText()) + "\npermit (principal, action, resource) when { principal.level > 3 };\n"
	c, err := NewCedarFromText([]byte(text), rules.Scopes)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Allows(pmroles.ProductManager, pmroles.Pricing, pmroles.Product); err == nil {
		t.Error("Allows: no error")
	}
	if _, err := c.Contains(pmroles.ProductManager, pmroles.ProductOwner); err == nil {
		t.Error("Contains: no error")
	}
}
