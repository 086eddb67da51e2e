package pmroles

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"
)

func TestDecisionEnum(t *testing.T) { checkEnum(t, "Decision", Decisions(), ParseDecision) }
func TestDomainEnum(t *testing.T)   { checkEnum(t, "Domain", Domains(), ParseDomain) }
func TestScopeEnum(t *testing.T)    { checkEnum(t, "Scope", Scopes(), ParseScope) }

func TestDecisionDomains(t *testing.T) {
	want := map[Domain][]Decision{
		DomainStrategy:  {Vision, Strategy, Roadmap, Prioritization, Requirements, Backlog, ReleasePlanning},
		DomainMarket:    {GoToMarket, Pricing, Positioning, Lifecycle, EndOfLife},
		DomainResources: {ResourceAllocation, Budget, Investment, Partnerships, Acquisitions},
		DomainPeople:    {Hiring, PerformanceEvaluation, CareerDevelopment, TeamGoals},
	}
	got := map[Domain][]Decision{}
	for dom := range Domains() {
		got[dom] = slices.Collect(dom.Decisions())
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("domains mismatch (-want +got):\n%s", diff)
	}
	for d := range Decisions() {
		if !slices.Contains(want[d.Domain()], d) {
			t.Errorf("%v.Domain() = %v, which does not list it", d, d.Domain())
		}
	}
	if Decision(0).Domain() != 0 || Decision(99).Domain() != 0 {
		t.Error("invalid decisions have a domain")
	}
}

func TestScopeContains(t *testing.T) {
	scopes := append([]Scope{0, numScopes + 1}, slices.Collect(Scopes())...)
	for _, a := range scopes {
		for _, b := range scopes {
			want := a.IsValid() && b.IsValid() && a >= b
			if got := a.Contains(b); got != want {
				t.Errorf("%v.Contains(%v) = %v, want %v", a, b, got, want)
			}
			for _, c := range scopes {
				if a.Contains(b) && b.Contains(c) && !a.Contains(c) {
					t.Errorf("Contains not transitive: %v ⊇ %v ⊇ %v", a, b, c)
				}
			}
		}
		if a.IsValid() && !a.Contains(a) {
			t.Errorf("%v does not contain itself", a)
		}
	}
	if !Company.Contains(Feature) || Feature.Contains(Product) {
		t.Error("scope order is wrong")
	}
}

func TestNewAuthority(t *testing.T) {
	usd := Money{50000, "USD"}
	tests := []struct {
		name    string
		grants  []Grant
		want    []Grant
		wantErr error
	}{
		{"none", nil, nil, nil},
		{"sorted by decision", []Grant{{Budget, Portfolio, usd}, {Pricing, Product, Money{}}},
			[]Grant{{Pricing, Product, Money{}}, {Budget, Portfolio, usd}}, nil},
		{"invalid decision", []Grant{{0, Product, Money{}}}, nil, ErrInvalidGrant},
		{"invalid scope", []Grant{{Pricing, 9, Money{}}}, nil, ErrInvalidGrant},
		{"twice", []Grant{{Pricing, Product, Money{}}, {Pricing, Company, Money{}}}, nil, ErrInvalidGrant},
		{"negative limit", []Grant{{Budget, Product, Money{-1, "USD"}}}, nil, ErrInvalidGrant},
		{"zero amount limit", []Grant{{Budget, Product, Money{0, "USD"}}}, nil, ErrInvalidGrant},
		{"lower-case currency", []Grant{{Budget, Product, Money{5, "usd"}}}, nil, ErrInvalidGrant},
		{"no currency", []Grant{{Budget, Product, Money{5, ""}}}, nil, ErrInvalidGrant},
		{"huge currency", []Grant{{Budget, Product, Money{5, strings.Repeat("X", 10<<20)}}}, nil, ErrInvalidGrant},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := NewAuthority(tt.grants...)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("NewAuthority error = %v, want %v", err, tt.wantErr)
			}
			if err != nil {
				if a != (Authority{}) {
					t.Errorf("NewAuthority returned %v with an error", a)
				}
				if len(err.Error()) > 300 {
					t.Errorf("a %d-byte message: input is quoted whole", len(err.Error()))
				}
				if !strings.HasPrefix(err.Error(), "pmroles: invalid grant: grant ") || strings.Count(err.Error(), "pmroles") != 1 {
					t.Errorf("error %q lacks the package prefix or the grant's place, or has the prefix twice", err)
				}
				return
			}
			if diff := cmp.Diff(tt.want, slices.Collect(a.All())); diff != "" {
				t.Errorf("All() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestAuthorityString(t *testing.T) {
	a, err := NewAuthority(Grant{Pricing, Product, Money{}}, Grant{Budget, Portfolio, Money{50000, "EUR"}})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := a.String(), "{pricing@product, budget@portfolio max 50000 EUR}"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	if got := (Authority{}).String(); got != "{}" {
		t.Errorf("zero String() = %q", got)
	}
}

func TestApproves(t *testing.T) {
	a, err := NewAuthority(Grant{Budget, ProductLine, Money{1000, "USD"}}, Grant{Pricing, Product, Money{}})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		d      Decision
		s      Scope
		amount Money
		want   bool
	}{
		{Budget, Product, Money{1000, "USD"}, true},
		{Budget, ProductLine, Money{999, "USD"}, true},
		{Budget, Product, Money{1001, "USD"}, false},
		{Budget, Product, Money{10, "EUR"}, false}, // no conversion
		{Budget, Portfolio, Money{1, "USD"}, false},
		{Pricing, Product, Money{1 << 62, "JPY"}, true}, // no limit
		{Pricing, ProductLine, Money{1, "JPY"}, false},
		{Hiring, Feature, Money{1, "USD"}, false},
	}
	for _, tt := range tests {
		if got := a.Approves(tt.d, tt.s, tt.amount); got != tt.want {
			t.Errorf("Approves(%v, %v, %v) = %v, want %v", tt.d, tt.s, tt.amount, got, tt.want)
		}
	}
}

// genMoney draws a limit: none, or a small amount in one of two currencies,
// so that equal, lower, higher and incomparable limits all occur.
var genMoney = rapid.Custom(func(t *rapid.T) Money {
	if rapid.Bool().Draw(t, "limited") {
		return Money{}
	}
	return Money{rapid.Int64Range(1, 4).Draw(t, "amount"), rapid.SampledFrom([]string{"USD", "EUR"}).Draw(t, "currency")}
})

// genAuthority draws an arbitrary valid authority. One time in three it
// sets no limit at all, so that the limit-free fast path of Contains,
// which every default authority takes, is drawn as often as the other.
var genAuthority = rapid.Custom(func(t *rapid.T) Authority {
	limitFree := rapid.IntRange(0, 2).Draw(t, "limit-free") == 0
	var grants []Grant
	for d := range Decisions() {
		s := Scope(rapid.IntRange(0, int(numScopes)).Draw(t, d.String()))
		if s == 0 {
			continue
		}
		g := Grant{d, s, Money{}}
		if !limitFree {
			g.Limit = genMoney.Draw(t, d.String()+" limit")
		}
		grants = append(grants, g)
	}
	a, err := NewAuthority(grants...)
	if err != nil {
		t.Fatalf("NewAuthority(%v): %v", grants, err)
	}
	return a
})

// narrowing draws an authority that a contains: some of a's grants, each
// at a scope no wider and a limit no higher. It is how the containment
// properties reach their premise, which two independent draws almost
// never do.
func narrowing(t *rapid.T, a Authority, label string) Authority {
	var grants []Grant
	for g := range a.All() {
		if rapid.IntRange(0, 3).Draw(t, label+" drop "+g.Decision.String()) == 0 {
			continue
		}
		g.Scope = Scope(rapid.IntRange(int(Feature), int(g.Scope)).Draw(t, label+" scope"))
		switch {
		case g.Limit != (Money{}):
			g.Limit.Amount = rapid.Int64Range(1, g.Limit.Amount).Draw(t, label+" amount")
		case rapid.IntRange(0, 3).Draw(t, label+" add a limit") == 0:
			g.Limit = Money{rapid.Int64Range(1, 4).Draw(t, label+" amount"), "USD"}
		}
		grants = append(grants, g)
	}
	b, err := NewAuthority(grants...)
	if err != nil {
		t.Fatalf("NewAuthority(%v): %v", grants, err)
	}
	return b
}

// containsModel is Contains written out decision by decision: the
// specification the bit-level implementation must agree with.
func containsModel(a, b Authority) bool {
	for gb := range b.All() {
		ga, ok := a.grant(gb.Decision)
		if !ok || ga.Scope < gb.Scope || !limitCovers(ga.Limit, gb.Limit) {
			return false
		}
	}
	return true
}

// TestContainsModel: the oracle of the containment properties gives the
// right answer on cases worked out by hand, so that it cannot agree with a
// wrong Contains by being wrong itself.
func TestContainsModel(t *testing.T) {
	auth := func(gs ...Grant) Authority {
		a, err := NewAuthority(gs...)
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	unlimited := auth(Grant{Budget, Portfolio, Money{}})
	big := auth(Grant{Budget, Portfolio, Money{100, "USD"}})
	small := auth(Grant{Budget, Product, Money{10, "USD"}})
	euro := auth(Grant{Budget, Product, Money{10, "EUR"}})
	tests := []struct {
		name string
		a, b Authority
		want bool
	}{
		{"no limit contains a limit", unlimited, big, true},
		{"a limit does not contain no limit", big, unlimited, false},
		{"higher limit, wider scope", big, small, true},
		{"lower limit, narrower scope", small, big, false},
		{"other currency", big, euro, false},
		{"the zero Authority", small, Authority{}, true},
		{"a decision not held", small, auth(Grant{Hiring, Feature, Money{}}), false},
	}
	for _, tt := range tests {
		if got := containsModel(tt.a, tt.b); got != tt.want {
			t.Errorf("%s: containsModel(%v, %v) = %v, want %v", tt.name, tt.a, tt.b, got, tt.want)
		}
		if got := tt.a.Contains(tt.b); got != tt.want {
			t.Errorf("%s: %v.Contains(%v) = %v, want %v", tt.name, tt.a, tt.b, got, tt.want)
		}
	}
}

func TestAuthorityProperties(t *testing.T) {
	var contained, chained, fastPath, refused int
	defer func() {
		// Each premise must be reached, or its property tests nothing.
		if contained < 50 || chained < 20 || fastPath < 10 || refused < 10 {
			t.Errorf("premises reached: %d containments, %d chains, %d limit-free containers, %d refusals",
				contained, chained, fastPath, refused)
		}
	}()
	rapid.Check(t, func(t *rapid.T) {
		a := genAuthority.Draw(t, "a")
		// b and c are narrowings (so a ⊇ b ⊇ c), or independent draws
		// (so that refusals are tested too).
		b, c := genAuthority.Draw(t, "b"), genAuthority.Draw(t, "c")
		if rapid.IntRange(0, 3).Draw(t, "independent") != 0 {
			b = narrowing(t, a, "b")
			c = narrowing(t, b, "c")
			if !a.Contains(b) || !b.Contains(c) || !a.Contains(c) {
				t.Fatalf("a narrowing is not contained: %v ⊇ %v ⊇ %v", a, b, c)
			}
			chained++
		}
		if a.Contains(b) {
			contained++
			if a.limits == "" {
				fastPath++
			}
		} else {
			refused++
		}

		if !a.Contains(a) {
			t.Fatalf("%v does not contain itself", a)
		}
		if !a.Contains(Authority{}) {
			t.Fatalf("%v does not contain the zero Authority", a)
		}
		if got, want := a.Contains(b), containsModel(a, b); got != want {
			t.Fatalf("%v.Contains(%v) = %v, model says %v", a, b, got, want)
		}
		if a.Contains(b) && b.Contains(c) && !a.Contains(c) {
			t.Fatalf("Contains not transitive: %v ⊇ %v ⊇ %v", a, b, c)
		}
		if (a.Contains(b) && b.Contains(a)) != (a == b) {
			t.Fatalf("mutual containment %v but a == b is %v:\n%v\n%v", a.Contains(b) && b.Contains(a), a == b, a, b)
		}
		if diff := b.Diff(a); (len(diff) == 0) != a.Contains(b) {
			t.Fatalf("%v.Diff(%v) = %v, but Contains = %v", b, a, diff, a.Contains(b))
		}
		for _, g := range b.Diff(a) {
			if one, _ := NewAuthority(g); a.Contains(one) {
				t.Fatalf("Diff reports %v, which %v contains", g, a)
			}
		}
		// Allows is downward closed in scope, and agrees with Scope.
		for d := range Decisions() {
			widest := a.Scope(d)
			for s := range Scopes() {
				if got := a.Allows(d, s); got != widest.Contains(s) {
					t.Fatalf("%v.Allows(%v, %v) = %v, but Scope = %v", a, d, s, got, widest)
				}
			}
		}
		// All round-trips through NewAuthority.
		back, err := NewAuthority(slices.Collect(a.All())...)
		if err != nil || back != a {
			t.Fatalf("NewAuthority(All()) = %v, %v; want %v", back, err, a)
		}
	})
}

func TestAllowsInvalid(t *testing.T) {
	a := defaultAuthority(catChiefProductOfficer)
	for _, d := range []Decision{0, numDecisions + 1, 255} {
		for _, s := range []Scope{0, Feature, numScopes + 1, 255} {
			if a.Allows(d, s) {
				t.Errorf("Allows(%d, %d) = true", d, s)
			}
		}
	}
	if a.Allows(Pricing, 0) || a.Allows(Pricing, 6) {
		t.Error("Allows accepts invalid scopes")
	}
}

// TestDefaultTopContainsAll is the design's first invariant: the CPO's
// authority contains every role's authority.
func TestDefaultTopContainsAll(t *testing.T) {
	f := Default()
	if f.Top() != ChiefProductOfficer {
		t.Fatalf("Top() = %v", f.Top())
	}
	cpo := f.Authority(ChiefProductOfficer)
	for r := range Roles() {
		if a := f.Authority(r); !cpo.Contains(a) {
			t.Errorf("CPO does not contain %v: missing %v", r, a.Diff(cpo))
		}
		if f.Authority(r).IsZero() {
			t.Errorf("%v has no authority", r)
		}
	}
	for d := range Decisions() {
		if !cpo.Allows(d, Company) {
			t.Errorf("CPO may not decide %v company-wide", d)
		}
	}
}

// TestDefaultGrantsFromSeeds pins the grants the design takes from the
// source articles.
func TestDefaultGrantsFromSeeds(t *testing.T) {
	f := Default()
	tests := []struct {
		r    Role
		d    Decision
		s    Scope
		want bool
	}{
		// the CPO authority article: the PM's authority over its product.
		{ProductManager, Strategy, Product, true},
		{ProductManager, Requirements, Product, true},
		{ProductManager, GoToMarket, Product, true},
		{ProductManager, Pricing, Product, true},
		{ProductManager, Positioning, Product, true},
		{ProductManager, Lifecycle, Product, true},
		{ProductManager, EndOfLife, Product, true},
		{ProductManager, Pricing, ProductLine, false},
		{ProductManager, Hiring, Feature, false},
		// the CPO authority article: final say on partnerships and acquisitions.
		{ChiefProductOfficer, Acquisitions, Company, true},
		{VPOfProduct, Acquisitions, Feature, false},
		// the CPO career article: the VP does budgeting.
		{VPOfProduct, Budget, Portfolio, true},
		// the product levels article: the product owner secures funding, plans releases.
		{ProductOwner, Budget, Product, true},
		{ProductOwner, ReleasePlanning, Product, true},
		{ProductOwner, Pricing, Product, false},
		// people decisions widen with management level.
		{GroupProductManager, Hiring, ProductLine, true},
		{DirectorOfProduct, Hiring, Portfolio, true},
		{SeniorProductManager, Hiring, Feature, false},
	}
	for _, tt := range tests {
		if got := f.Can(tt.r, tt.d, tt.s); got != tt.want {
			t.Errorf("Can(%v, %v, %v) = %v, want %v", tt.r, tt.d, tt.s, got, tt.want)
		}
	}
}

func TestEscalate(t *testing.T) {
	tests := []struct {
		d    Decision
		s    Scope
		want Role
	}{
		{Acquisitions, Company, ChiefProductOfficer},
		{Acquisitions, Feature, ChiefProductOfficer},
		{Pricing, Product, ProductManager},
		{Pricing, ProductLine, SeniorProductManager},
		{Backlog, Feature, AssociateProductManager},
		{Vision, Portfolio, PrincipalProductManager}, // level 4, before the group PM
		{Hiring, ProductLine, GroupProductManager},   // the first with hiring
		{Hiring, Portfolio, DirectorOfProduct},       // level 5, first in catalogue order
		{Investment, Portfolio, VPOfProduct},         // the CPO career article: the VP budgets and invests
		{Budget, Product, ProductOwner},              // the product levels article: "securing funding", at level 2
		{GoToMarket, Product, ProductManager},        // before the product marketing manager
		{ResourceAllocation, Portfolio, DirectorOfProduct},
	}
	for _, tt := range tests {
		got, err := Default().Escalate(tt.d, tt.s)
		if err != nil || got != tt.want {
			t.Errorf("Escalate(%v, %v) = %v, %v; want %v", tt.d, tt.s, got, err, tt.want)
		}
	}
	if _, err := Default().Escalate(0, Product); err == nil || !strings.HasPrefix(err.Error(), "pmroles: ") {
		t.Errorf("Escalate(invalid decision) error = %v", err)
	}
	if _, err := Default().Escalate(Pricing, 0); err == nil {
		t.Error("Escalate(invalid scope) succeeded")
	}
	small, err := Default().With(WithRoles(ProductManager, SeniorProductManager))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := small.Escalate(Acquisitions, Company); !errors.Is(err, ErrNoAuthority) {
		t.Errorf("Escalate with no decider: error = %v, want ErrNoAuthority", err)
	}
}

func TestApprover(t *testing.T) {
	usd := func(n int64) Money { return Money{n, "USD"} }
	f, err := Default().With(
		WithLimit(ChiefProductOfficer, Budget, usd(10_000_000)),
		WithLimit(VPOfProduct, Budget, usd(1_000_000)),
		WithLimit(HeadOfProduct, Budget, usd(250_000)),
		WithLimit(DirectorOfProduct, Budget, usd(100_000)),
		WithLimit(GroupProductManager, Budget, usd(50_000)),
		WithLimit(PrincipalProductManager, Budget, usd(10_000)),
		WithLimit(SeniorProductManager, Budget, usd(10_000)),
		WithLimit(ProductOwner, Budget, usd(5_000)),
	)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		s       Scope
		amount  Money
		want    Role
		wantErr error
	}{
		{Product, usd(5_000), ProductOwner, nil},
		{Product, usd(5_001), SeniorProductManager, nil},
		{Product, usd(60_000), DirectorOfProduct, nil},
		{Portfolio, usd(60_000), HeadOfProduct, nil},
		{Portfolio, usd(900_000), VPOfProduct, nil},
		{Company, usd(10_000_000), ChiefProductOfficer, nil},
		{Company, usd(10_000_001), Role{}, ErrNoAuthority},
		{Product, Money{1, "EUR"}, Role{}, ErrNoAuthority}, // every budget holder is limited in USD
	}
	for _, tt := range tests {
		got, err := f.Approver(Budget, tt.s, tt.amount)
		if !errors.Is(err, tt.wantErr) || got != tt.want {
			t.Errorf("Approver(budget, %v, %v) = %v, %v; want %v, %v", tt.s, tt.amount, got, err, tt.want, tt.wantErr)
		}
	}
	if _, err := f.Approver(Budget, Product, Money{-5, "USD"}); err == nil {
		t.Error("Approver accepted a negative amount")
	}
	// Without limits, Approver is Escalate.
	for d := range Decisions() {
		for s := range Scopes() {
			a, errA := Default().Approver(d, s, usd(1<<40))
			e, errE := Default().Escalate(d, s)
			if a != e || (errA == nil) != (errE == nil) {
				t.Errorf("Approver(%v, %v) = %v, Escalate = %v", d, s, a, e)
			}
		}
	}
}

func TestWithLimitErrors(t *testing.T) {
	tests := []struct {
		name string
		opt  Option
	}{
		{"not held", WithLimit(ProductManager, Budget, Money{1, "USD"})},
		{"invalid role", WithLimit(Role{}, Budget, Money{1, "USD"})},
		{"bad money", WithLimit(ChiefProductOfficer, Budget, Money{1, "dollars"})},
		{"zero amount", WithLimit(ChiefProductOfficer, Budget, Money{0, "USD"})},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Default().With(tt.opt)
			if err == nil || f != nil || !strings.HasPrefix(err.Error(), "pmroles: ") {
				t.Errorf("With = %v, %v; want nil and a pmroles error", f, err)
			}
		})
	}
	// Limiting a role but not the top role above it is fine; limiting the
	// top role below a report's unlimited grant is not.
	if _, err := Default().With(WithLimit(ChiefProductOfficer, Budget, Money{1, "USD"})); !errors.Is(err, ErrInvalidFramework) {
		t.Errorf("limiting only the CPO: error = %v, want ErrInvalidFramework", err)
	}
}

// genFramework draws a valid framework: a random set of catalogue roles
// in use, each with a random authority, except the top role, which holds
// everything company-wide so that the invariant holds by construction. It
// has no reporting rules and no ladder, which random authorities would
// break; genSpec draws frameworks that have them.
var genFramework = rapid.Custom(func(t *rapid.T) *Framework {
	roles := rapid.SliceOfNDistinct(rapid.SampledFrom(slices.Collect(Roles())), 1, int(numRoles), rapid.ID).Draw(t, "roles")
	top := roles[0]
	for _, r := range roles {
		if r.Level() > top.Level() {
			top = r
		}
	}
	s := &Spec{Version: SpecVersion, Reporting: []ReportingSpec{}, Ladder: []TransitionSpec{}}
	var all []Grant
	for d := range Decisions() {
		all = append(all, Grant{d, Company, Money{}})
	}
	for _, r := range roles {
		s.Roles = append(s.Roles, RoleSpec{ID: r.String()})
		a := genAuthority.Draw(t, r.String())
		if r == top {
			a, _ = NewAuthority(all...)
		}
		s.Authority = append(s.Authority, AuthoritySpec{Role: r.String(), Grants: grantSpecs(a)})
	}
	f, err := Compile(s)
	if err != nil {
		t.Fatalf("generated framework refused: %v", err)
	}
	return f
})

func TestFrameworkAuthorityInvariants(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		f := rapid.OneOf(rapid.Just(Default()), genFramework).Draw(t, "f")
		top := f.Top()
		for r := range f.Roles() {
			if r.Level() > top.Level() {
				t.Fatalf("Top() = %v, but %v is higher", top, r)
			}
			if !f.Authority(top).Contains(f.Authority(r)) {
				t.Fatalf("top %v does not contain %v", top, r)
			}
		}
		d := rapid.SampledFrom(slices.Collect(Decisions())).Draw(t, "d")
		s := rapid.SampledFrom(slices.Collect(Scopes())).Draw(t, "s")
		got, err := f.Escalate(d, s)
		if err != nil {
			for r := range f.Roles() {
				if f.Can(r, d, s) {
					t.Fatalf("Escalate(%v, %v) failed (%v) but %v can", d, s, err, r)
				}
			}
			return
		}
		if !f.Can(got, d, s) {
			t.Fatalf("Escalate(%v, %v) = %v, which cannot", d, s, got)
		}
		for r := range f.Roles() {
			if r.Level() < got.Level() && f.Can(r, d, s) {
				t.Fatalf("Escalate(%v, %v) = %v, but lower %v can", d, s, got, r)
			}
		}
		// Allows(d, s) implies Allows(d, s') for every narrower s'.
		for r := range f.Roles() {
			for narrower := Feature; narrower < s; narrower++ {
				if f.Can(r, d, s) && !f.Can(r, d, narrower) {
					t.Fatalf("%v may decide %v at %v but not at %v", r, d, s, narrower)
				}
			}
		}
	})
}

// TestBrokenTopRefused: giving any role a grant its top role lacks gets the
// framework refused with an error naming the role and the decision.
func TestBrokenTopRefused(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		f := rapid.OneOf(rapid.Just(Default()), genFramework).Draw(t, "f")
		top := f.Top()
		topAuth := f.Authority(top)
		d := rapid.SampledFrom(slices.Collect(Decisions())).Draw(t, "d")
		var roles []Role
		for r := range f.Roles() {
			if r != top {
				roles = append(roles, r)
			}
		}
		if len(roles) == 0 {
			return
		}
		r := rapid.SampledFrom(roles).Draw(t, "role")
		// Narrow the top role's grant on d, then give r the full grant.
		var topGrants []Grant
		for g := range topAuth.All() {
			if g.Decision != d {
				topGrants = append(topGrants, g)
			}
		}
		narrowTop, err := NewAuthority(topGrants...)
		if err != nil {
			t.Fatal(err)
		}
		grants := slices.DeleteFunc(slices.Collect(f.Authority(r).All()), func(g Grant) bool { return g.Decision == d })
		wide, err := NewAuthority(append(grants, Grant{d, Feature, Money{}})...)
		if err != nil {
			t.Fatal(err)
		}
		_, err = f.With(WithAuthority(top, narrowTop), WithAuthority(r, wide))
		var ae *AuthorityError
		if !errors.As(err, &ae) || !errors.Is(err, ErrInvalidFramework) {
			t.Fatalf("broken framework: error = %v, want an AuthorityError", err)
		}
		found := false
		for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
			if errors.As(e, &ae) && ae.Role == r && ae.Top == top {
				for _, g := range ae.Missing {
					found = found || g.Decision == d
				}
			}
		}
		if !found {
			t.Fatalf("error %v does not name %v and %v", err, r, d)
		}
	})
}

// TestCanAgreesWithAuthority: the framework's lookup table answers exactly
// as the authorities it was built from, for valid and invalid arguments.
func TestCanAgreesWithAuthority(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		f := rapid.OneOf(rapid.Just(Default()), genFramework).Draw(t, "f")
		r := rapid.SampledFrom(append(slices.Collect(Roles()), Role{}, companyRole("staff-product-manager"))).Draw(t, "r")
		d := Decision(rapid.IntRange(0, 255).Draw(t, "d"))
		s := Scope(rapid.IntRange(0, 255).Draw(t, "s"))
		if got, want := f.Can(r, d, s), f.Authority(r).Allows(d, s); got != want {
			t.Fatalf("Can(%v, %v, %v) = %v, Authority.Allows = %v", r, d, s, got, want)
		}
		if f.Can(r, d, s) && (!f.Uses(r) || !d.IsValid() || !s.IsValid()) {
			t.Fatalf("Can(%v, %v, %v) is true", r, d, s)
		}
	})
}

func TestCanUnusedRole(t *testing.T) {
	f, err := Default().With(WithRoles(ProductManager, HeadOfProduct))
	if err != nil {
		t.Fatal(err)
	}
	if f.Can(ChiefProductOfficer, Pricing, Product) || !f.Authority(ChiefProductOfficer).IsZero() {
		t.Error("a role the framework does not use has authority")
	}
	if f.Can(Role{}, Pricing, Product) || f.Can(companyRole("staff-product-manager"), Pricing, Product) {
		t.Error("invalid roles have authority")
	}
	if f.Top() != HeadOfProduct {
		t.Errorf("Top() = %v", f.Top())
	}
}

var sinkBool bool

// benchQueries is a power-of-two number of queries covering every role,
// decision and scope, so benchmarks rotate through them with a mask rather
// than a division that would cost more than the check.
type benchQuery struct {
	r Role
	d Decision
	s Scope
}

func benchQueries() []benchQuery {
	qs := make([]benchQuery, 1024)
	for i := range qs {
		qs[i] = benchQuery{catRole(i%numRoles + 1).role(), Decision(i/numRoles%numDecisions + 1), Scope(i%numScopes + 1)}
	}
	return qs
}

// BenchmarkFrameworkCan runs every query of benchQueries per iteration and
// reports the cost of one check, so the loop's own overhead is amortised.
func BenchmarkFrameworkCan(b *testing.B) {
	acme, err := ParseFramework(readTestdata(b, "acme.json"))
	if err != nil {
		b.Fatal(err)
	}
	// The same queries on roles of three kinds: the catalogue's, the
	// company's own (in Acme, two of its eleven roles), and, as the
	// baseline the issue names, a map lookup of the role alone, which
	// is what a framework keyed by Role in a map would pay before it
	// even looked at the decision.
	catalogue := benchQueries()
	var company []benchQuery
	for _, id := range []string{"staff-product-manager", "senior-director-of-product"} {
		r, _ := acme.ParseRole(id)
		for i := range len(catalogue) / 2 {
			q := catalogue[i]
			company = append(company, benchQuery{r, q.d, q.s})
		}
	}
	index := map[Role]int{}
	for i, r := range slices.Collect(acme.Roles()) {
		index[r] = i
	}
	answers := make([]bool, len(catalogue))
	// Each loop is written out, not passed as a function: a call through
	// a func value would cost more than the check. Answers go to a slice
	// rather than steer a branch: the benchmark must not charge the
	// check for the loop's mispredictions.
	report := func(b *testing.B, n int) {
		sinkBool = answers[0]
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/check")
	}
	b.Run("role=catalogue", func(b *testing.B) {
		f := Default()
		b.ReportAllocs()
		for b.Loop() {
			for i, q := range catalogue {
				answers[i] = f.Can(q.r, q.d, q.s)
			}
		}
		report(b, len(catalogue))
	})
	b.Run("role=company", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for i, q := range company {
				answers[i] = acme.Can(q.r, q.d, q.s)
			}
		}
		report(b, len(company))
	})
	b.Run("role=company/impl=map-lookup", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for i, q := range company {
				answers[i] = index[q.r] >= 0
			}
		}
		report(b, len(company))
	})
}

// BenchmarkAuthorityContains compares every ordered pair of the default
// authorities per iteration and reports the cost of one pair.
func BenchmarkAuthorityContains(b *testing.B) {
	f := Default()
	var as []Authority
	for r := range Roles() {
		as = append(as, f.Authority(r))
	}
	answers := make([]bool, len(as)*len(as))
	b.ReportAllocs()
	for b.Loop() {
		for i, x := range as {
			for j, y := range as {
				answers[i*len(as)+j] = x.Contains(y)
			}
		}
	}
	sinkBool = answers[0]
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(as)*len(as)), "ns/pair")
}

func BenchmarkEscalate(b *testing.B) {
	f := Default()
	qs := benchQueries()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		q := qs[i&1023]
		r, err := f.Escalate(q.d, q.s)
		if err != nil {
			b.Fatal(err)
		}
		sinkRole = r
		i++
	}
}
