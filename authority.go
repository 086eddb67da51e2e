package pmroles

import (
	"encoding/binary"
	"errors"
	"fmt"
	"iter"
	"strconv"
	"strings"

	"encoding/json"
	"slices"

	"github.com/pmroles/pmroles/internal/bitset"
	"github.com/pmroles/pmroles/internal/enum"
)

// A Decision is something a role may decide: the vision, the pricing, a
// hire. Each belongs to a [Domain]. The zero Decision is invalid.
type Decision uint8

// The decisions, in the order of [Decisions]: grouped by domain (strategy,
// market, resources, people).
const (
	Vision Decision = 1 + iota
	Strategy
	Roadmap
	Prioritization
	Requirements // features and functionality
	Backlog
	ReleasePlanning

	GoToMarket
	Pricing
	Positioning
	Lifecycle // enhancements and updates
	EndOfLife

	ResourceAllocation
	Budget
	Investment
	Partnerships
	Acquisitions

	Hiring
	PerformanceEvaluation
	CareerDevelopment
	TeamGoals

	numDecisions = iota
)

var decisionNames = enum.Table{
	Type: "Decision", Kind: "decision",
	Names: []string{"",
		"vision", "strategy", "roadmap", "prioritization", "requirements", "backlog", "release-planning",
		"go-to-market", "pricing", "positioning", "lifecycle", "end-of-life",
		"resource-allocation", "budget", "investment", "partnerships", "acquisitions",
		"hiring", "performance-evaluation", "career-development", "team-goals",
	},
	Unknown: enum.Sentinel("decision", ErrUnknownValue),
}

// decisionDomains maps each decision to its domain.
var decisionDomains = [numDecisions + 1]Domain{
	Vision: DomainStrategy, Strategy: DomainStrategy, Roadmap: DomainStrategy,
	Prioritization: DomainStrategy, Requirements: DomainStrategy, Backlog: DomainStrategy,
	ReleasePlanning: DomainStrategy,

	GoToMarket: DomainMarket, Pricing: DomainMarket, Positioning: DomainMarket,
	Lifecycle: DomainMarket, EndOfLife: DomainMarket,

	ResourceAllocation: DomainResources, Budget: DomainResources, Investment: DomainResources,
	Partnerships: DomainResources, Acquisitions: DomainResources,

	Hiring: DomainPeople, PerformanceEvaluation: DomainPeople, CareerDevelopment: DomainPeople,
	TeamGoals: DomainPeople,
}

// ParseDecision returns the decision whose text ID is s ("pricing",
// "go-to-market", ...), ignoring ASCII case. An unknown ID gives an error
// that wraps [ErrUnknownValue].
func ParseDecision(s string) (Decision, error) {
	v, err := decisionNames.Parse(s)
	return Decision(v), err
}

// Decisions returns an iterator over every decision in the order of the
// constants: by domain, from [Vision] to [TeamGoals].
func Decisions() iter.Seq[Decision] { return enum.Values[Decision](numDecisions) }

// IsValid reports whether d is a known decision. The zero Decision is not.
func (d Decision) IsValid() bool { return d >= 1 && d <= numDecisions }

// String returns the decision's text ID, or "%!Decision(n)" for an invalid
// one.
func (d Decision) String() string { return decisionNames.String(int(d)) }

// Domain returns the domain the decision belongs to, or 0 for an invalid
// decision.
func (d Decision) Domain() Domain {
	if !d.IsValid() {
		return 0
	}
	return decisionDomains[d]
}

// MarshalText implements [encoding.TextMarshaler]. It fails for an invalid
// decision.
func (d Decision) MarshalText() ([]byte, error) { return d.AppendText(nil) }

// AppendText implements [encoding.TextAppender]. It fails for an invalid
// decision.
func (d Decision) AppendText(b []byte) ([]byte, error) { return decisionNames.Append(b, int(d)) }

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [ParseDecision]. On error d is unchanged.
func (d *Decision) UnmarshalText(text []byte) error {
	return enum.Unmarshal(d, text, ParseDecision)
}

// A Domain groups decisions: strategy (what to build), market (how it
// sells), resources (money and deals) and people.
type Domain uint8

// The domains, in the order of [Domains].
const (
	DomainStrategy Domain = 1 + iota
	DomainMarket
	DomainResources
	DomainPeople

	numDomains = iota
)

var domainNames = enum.Table{
	Type: "Domain", Kind: "domain",
	Names:   []string{"", "strategy", "market", "resources", "people"},
	Unknown: enum.Sentinel("domain", ErrUnknownValue),
}

// ParseDomain returns the domain whose text form is s ("strategy",
// "market", "resources" or "people"), ignoring ASCII case.
func ParseDomain(s string) (Domain, error) {
	v, err := domainNames.Parse(s)
	return Domain(v), err
}

// Domains returns an iterator over the domains in the order of the
// constants.
func Domains() iter.Seq[Domain] { return enum.Values[Domain](numDomains) }

// IsValid reports whether d is a known domain. The zero Domain is not.
func (d Domain) IsValid() bool { return d >= 1 && d <= numDomains }

// String returns the domain's text form, or "%!Domain(n)" for an invalid
// one.
func (d Domain) String() string { return domainNames.String(int(d)) }

// Decisions returns an iterator over the decisions of domain d, in the
// order of the package-level [Decisions].
func (d Domain) Decisions() iter.Seq[Decision] {
	return func(yield func(Decision) bool) {
		for dec := range Decisions() {
			if decisionDomains[dec] == d && !yield(dec) {
				return
			}
		}
	}
}

// MarshalText implements [encoding.TextMarshaler]. It fails for an invalid
// domain.
func (d Domain) MarshalText() ([]byte, error) { return d.AppendText(nil) }

// AppendText implements [encoding.TextAppender]. It fails for an invalid
// domain.
func (d Domain) AppendText(b []byte) ([]byte, error) { return domainNames.Append(b, int(d)) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseDomain].
// On error d is unchanged.
func (d *Domain) UnmarshalText(text []byte) error { return enum.Unmarshal(d, text, ParseDomain) }

// A Scope is the breadth a decision is taken at, from a single [Feature] to
// the whole [Company]. Scopes are ordered: a wider scope contains every
// narrower one. The zero Scope is invalid.
type Scope uint8

// The scopes, from narrowest to widest, in the order of [Scopes].
const (
	Feature Scope = 1 + iota
	Product
	ProductLine
	Portfolio
	Company

	numScopes = iota
)

var scopeNames = enum.Table{
	Type: "Scope", Kind: "scope",
	Names:   []string{"", "feature", "product", "product-line", "portfolio", "company"},
	Unknown: enum.Sentinel("scope", ErrUnknownValue),
}

// ParseScope returns the scope whose text form is s ("feature", "product",
// "product-line", "portfolio" or "company"), ignoring ASCII case.
func ParseScope(s string) (Scope, error) {
	v, err := scopeNames.Parse(s)
	return Scope(v), err
}

// Scopes returns an iterator over the scopes from narrowest ([Feature]) to
// widest ([Company]).
func Scopes() iter.Seq[Scope] { return enum.Values[Scope](numScopes) }

// IsValid reports whether s is a known scope. The zero Scope is not.
func (s Scope) IsValid() bool { return s >= 1 && s <= numScopes }

// Contains reports whether s is at least as wide as t: whoever may decide
// at scope s may decide at t. Contains is reflexive (every valid scope
// contains itself) and transitive. It is false when either scope is
// invalid, so the zero Scope contains nothing and is contained by nothing.
func (s Scope) Contains(t Scope) bool { return t.IsValid() && s.IsValid() && s >= t }

// String returns the scope's text form, or "%!Scope(n)" for an invalid
// one.
func (s Scope) String() string { return scopeNames.String(int(s)) }

// MarshalText implements [encoding.TextMarshaler]. It fails for an invalid
// scope.
func (s Scope) MarshalText() ([]byte, error) { return s.AppendText(nil) }

// AppendText implements [encoding.TextAppender]. It fails for an invalid
// scope.
func (s Scope) AppendText(b []byte) ([]byte, error) { return scopeNames.Append(b, int(s)) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseScope]. On
// error s is unchanged.
func (s *Scope) UnmarshalText(text []byte) error { return enum.Unmarshal(s, text, ParseScope) }

// Money is an amount in whole units of a currency, used for delegation
// limits: "a director approves budget up to 50000 USD". pmroles never
// converts currencies; amounts in different currencies do not compare.
type Money struct {
	Amount   int64  `json:"amount"`   // whole units of Currency
	Currency string `json:"currency"` // ISO 4217 code: three upper-case ASCII letters, "USD"
}

// IsValid reports whether m has a non-negative amount and a currency code of
// three upper-case ASCII letters. The zero Money is not valid; as a
// [Grant.Limit] it means "no limit".
func (m Money) IsValid() bool {
	if m.Amount < 0 || len(m.Currency) != 3 {
		return false
	}
	for i := range 3 {
		if c := m.Currency[i]; c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// String returns the amount and the currency, "50000 USD", or only the
// amount when there is no currency.
func (m Money) String() string {
	if m.Currency == "" {
		return strconv.FormatInt(m.Amount, 10)
	}
	return strconv.FormatInt(m.Amount, 10) + " " + m.Currency
}

// A Grant is one decision right: a decision, the widest scope it may be
// taken at, and an optional delegation limit.
type Grant struct {
	Decision Decision `json:"decision"`
	Scope    Scope    `json:"scope"`
	// Limit is the highest amount the holder may commit by this decision
	// (a delegation-of-authority ceiling). The zero Money means no limit.
	Limit Money `json:"limit,omitzero"`
}

// String returns the grant as "decision@scope", followed by " max " and the
// limit when there is one: "budget@portfolio max 50000 USD".
func (g Grant) String() string {
	s := g.Decision.String() + "@" + g.Scope.String()
	if g.Limit != (Money{}) {
		s += " max " + g.Limit.String()
	}
	return s
}

// An Authority is what a role may decide: for each [Decision], the widest
// [Scope] it may be taken at, and optionally a monetary limit. It is an
// immutable value, comparable with ==: two authorities are equal exactly
// when they grant the same. The zero Authority grants nothing.
//
// Under the hood an Authority is a 128-bit set with one bit per (decision,
// scope) pair, a decision granted at a scope also being granted at every
// narrower one, so [Authority.Allows] is one bit test and
// [Authority.Contains] four instructions.
type Authority struct {
	// lo and hi are the words of a bitset.Set128 with one bit per
	// (decision, scope) pair (see bit). They are stored as words, not as a
	// Set128, only so that Contains fits the compiler's inlining budget.
	lo, hi uint64
	// limits holds the delegation limits in a canonical encoding, sorted
	// by decision (see limitRecord); "" when there are none, which is the
	// common case and keeps Contains on its fast path. A string keeps the
	// Authority immutable and == meaningful.
	limits string
}

// Compile-time checks of the representations' sizes: every (decision,
// scope) pair has a bit of the 128-bit set, and every decision a bit of a
// Framework's uint32 lookup words.
const (
	_ uint8  = 128 - numDecisions*numScopes
	_ uint32 = 1 << numDecisions
)

// A limit record is one byte of decision, eight bytes of big-endian amount
// and three bytes of currency.
const limitRecord = 1 + 8 + 3

// bit returns the index of the (d, s) pair. d and s must be valid.
func bit(d Decision, s Scope) uint { return uint(s-1)*numDecisions + uint(d-1) }

// ErrInvalidGrant is wrapped by the errors of [NewAuthority] and of the
// options that change grants.
var ErrInvalidGrant = errors.New("pmroles: invalid grant")

// NewAuthority returns the authority made of grants. Each grant must name a
// valid decision and scope, at most once per decision, and a limit must be
// valid with a positive amount. On error it returns the zero Authority and
// an error wrapping [ErrInvalidGrant] that names the grant.
func NewAuthority(grants ...Grant) (Authority, error) {
	var a Authority
	var seen [numDecisions + 1]bool
	var limits [numDecisions + 1]Money
	for i, g := range grants {
		switch {
		case !g.Decision.IsValid():
			return Authority{}, fmt.Errorf("%w: grant %d of %d: %v is not a decision", ErrInvalidGrant, i+1, len(grants), g.Decision)
		case !g.Scope.IsValid():
			return Authority{}, fmt.Errorf("%w: grant %d of %d (%v): %v is not a scope", ErrInvalidGrant, i+1, len(grants), g.Decision, g.Scope)
		case seen[g.Decision]:
			return Authority{}, fmt.Errorf("%w: grant %d of %d: decision %v granted twice", ErrInvalidGrant, i+1, len(grants), g.Decision)
		case g.Limit != (Money{}) && (!g.Limit.IsValid() || g.Limit.Amount == 0):
			return Authority{}, fmt.Errorf("%w: grant %d of %d (%v): limit %s %s must be a positive amount in a three-letter currency",
				ErrInvalidGrant, i+1, len(grants), g.Decision, strconv.FormatInt(g.Limit.Amount, 10), enum.Quote(g.Limit.Currency))
		}
		seen[g.Decision] = true
		limits[g.Decision] = g.Limit
		for s := Feature; s <= g.Scope; s++ {
			a = a.withBit(bit(g.Decision, s))
		}
	}
	a.limits = encodeLimits(&limits)
	return a, nil
}

func encodeLimits(limits *[numDecisions + 1]Money) string {
	var b []byte
	for d, m := range limits {
		if m == (Money{}) {
			continue
		}
		b = append(b, byte(d))
		b = binary.BigEndian.AppendUint64(b, uint64(m.Amount))
		b = append(b, m.Currency...)
	}
	return string(b)
}

// Allows reports whether a may take decision d at scope s. It is false for
// an invalid decision or scope. If a allows d at s, it allows d at every
// scope s contains.
func (a Authority) Allows(d Decision, s Scope) bool {
	if uint8(d-1) >= numDecisions || uint8(s-1) >= numScopes {
		return false
	}
	return a.set().Has(bit(d, s))
}

// Scope returns the widest scope at which a allows d, or 0 if it does not
// allow d at all.
func (a Authority) Scope(d Decision) Scope {
	for s := Company; s >= Feature; s-- {
		if a.Allows(d, s) {
			return s
		}
	}
	return 0
}

// Limit returns the delegation limit a sets on d, and whether there is one.
func (a Authority) Limit(d Decision) (Money, bool) {
	for i := 0; i+limitRecord <= len(a.limits); i += limitRecord {
		if Decision(a.limits[i]) == d {
			r := a.limits[i : i+limitRecord]
			var amount uint64
			for j := 1; j < 9; j++ {
				amount = amount<<8 | uint64(r[j])
			}
			return Money{int64(amount), r[9:]}, true
		}
	}
	return Money{}, false
}

// Approves reports whether a may take decision d at scope s committing
// amount: a allows d at s, and either sets no limit on d or a limit in the
// same currency of at least amount.
func (a Authority) Approves(d Decision, s Scope, amount Money) bool {
	if !a.Allows(d, s) {
		return false
	}
	limit, ok := a.Limit(d)
	return !ok || limit.Currency == amount.Currency && amount.Amount <= limit.Amount
}

// Contains reports whether a allows everything b allows: every decision at
// every scope, within limits at least as high. Contains is reflexive and
// transitive, and a.Contains(b) && b.Contains(a) exactly when a == b. Every
// authority contains the zero Authority.
func (a Authority) Contains(b Authority) bool {
	if a.limits == "" {
		// The words, not bitset.Set128.ContainsAll: a few nodes fewer, and
		// Contains inlines, which makes a check three times cheaper.
		return b.lo&^a.lo|b.hi&^a.hi == 0
	}
	return a.containsLimited(b)
}

// containsLimited is Contains for an a with limits: each limit of a must be
// at least b's limit on the same decision, and b must hold a limit wherever
// a does, unless b does not hold the decision. It stays out of line so
// that the common, limit-free case costs no more than the bit test.
func (a Authority) containsLimited(b Authority) bool {
	if !a.set().ContainsAll(b.set()) {
		return false
	}
	for i := 0; i+limitRecord <= len(a.limits); i += limitRecord {
		d := Decision(a.limits[i])
		if b.Scope(d) == 0 {
			continue
		}
		la, _ := a.Limit(d)
		lb, ok := b.Limit(d)
		if !ok || lb.Currency != la.Currency || lb.Amount > la.Amount {
			return false
		}
	}
	return true
}

// Diff returns the grants of a that b does not contain, in the order of
// [Decisions]: decisions b does not hold, holds at a narrower scope, or
// holds with a lower limit. It is empty exactly when b.Contains(a). A
// promotion's gains are new.Diff(old).
func (a Authority) Diff(b Authority) []Grant {
	var gains []Grant
	for g := range a.All() {
		h, held := b.grant(g.Decision)
		if !held || h.Scope < g.Scope || !limitCovers(h.Limit, g.Limit) {
			gains = append(gains, g)
		}
	}
	return gains
}

// limitCovers reports whether a holder limited to have is limited at least
// as tightly as one limited to want; the zero Money is no limit.
func limitCovers(have, want Money) bool {
	switch {
	case have == (Money{}):
		return true
	case want == (Money{}):
		return false
	default:
		return have.Currency == want.Currency && have.Amount >= want.Amount
	}
}

func (a Authority) grant(d Decision) (Grant, bool) {
	s := a.Scope(d)
	if s == 0 {
		return Grant{}, false
	}
	limit, _ := a.Limit(d)
	return Grant{d, s, limit}, true
}

// All returns an iterator over the grants of a, one per decision it holds,
// in the order of [Decisions].
func (a Authority) All() iter.Seq[Grant] {
	return func(yield func(Grant) bool) {
		for d := range Decisions() {
			if g, ok := a.grant(d); ok && !yield(g) {
				return
			}
		}
	}
}

// IsZero reports whether a grants nothing.
func (a Authority) IsZero() bool { return a.set().IsEmpty() }

func (a Authority) set() bitset.Set128 { return bitset.Of(a.lo, a.hi) }

func (a Authority) withBit(i uint) Authority {
	a.lo, a.hi = a.set().Add(i).Words()
	return a
}

// String lists the grants: "{pricing@product, budget@portfolio max 50000
// USD}", or "{}" for the zero Authority.
func (a Authority) String() string {
	var b strings.Builder
	b.WriteByte('{')
	for g := range a.All() {
		if b.Len() > 1 {
			b.WriteString(", ")
		}
		b.WriteString(g.String())
	}
	b.WriteByte('}')
	return b.String()
}

// defaultScopes is the default authority of every role: for each decision,
// the widest scope the role may decide it at (0: not at all). It follows
// the source articles (see Sources in the package documentation); the comments
// quote the sentence behind each grant that is not plain from the role's
// level. No default sets a monetary limit: the articles give none, and
// inventing one would be worse than none. Frameworks set limits with
// [WithLimit].
//
// Scopes widen with level: feature for an associate, product for a
// product manager, product line from senior, portfolio from director, the
// company only for the chief product officer, who holds everything.
var defaultScopes = [numRoles + 1][numDecisions + 1]Scope{
	catAssociateProductManager: {
		// the product levels article: juniors "may be expected to prioritize tasks".
		Prioritization: Feature, Requirements: Feature, Backlog: Feature,
	},
	catProductManager: {
		// the CPO authority article: "the Product Manager holds decision-making authority
		// over their specific product ... defining the product strategy,
		// gathering customer requirements, and making decisions about
		// product features and functionality".
		Vision: Product, Strategy: Product, Roadmap: Product, Prioritization: Product,
		Requirements: Product, Backlog: Product, ReleasePlanning: Product,
		// the CPO authority article: "The Product Manager also has authority over
		// go-to-market strategies, pricing strategies, and positioning".
		GoToMarket: Product, Pricing: Product, Positioning: Product,
		// the CPO authority article: "managing the product lifecycle, including making
		// decisions about product enhancements, updates, and end-of-life".
		Lifecycle: Product, EndOfLife: Product,
		// the CPO authority article: "overseeing performance evaluations, career
		// development, and talent management within their specific
		// product team", "setting clear goals and objectives for their
		// team".
		PerformanceEvaluation: Product, CareerDevelopment: Product, TeamGoals: Product,
	},
	catSeniorProductManager: {
		// the CPO career article: "a Senior Product Manager will look after a portfolio
		// of products" and "lead product managers": the product manager's
		// decisions, a product line wide.
		Vision: ProductLine, Strategy: ProductLine, Roadmap: ProductLine, Prioritization: ProductLine,
		Requirements: ProductLine, Backlog: ProductLine, ReleasePlanning: ProductLine,
		GoToMarket: ProductLine, Pricing: ProductLine, Positioning: ProductLine,
		Lifecycle: ProductLine, EndOfLife: ProductLine,
		Budget:                Product,
		PerformanceEvaluation: ProductLine, CareerDevelopment: ProductLine, TeamGoals: ProductLine,
	},
	catPrincipalProductManager: {
		// the product levels article: "The number one priority for a Principal Product
		// Manager is developing and communicating the product strategy ...
		// a product vision for the teams to work towards."
		Vision: Portfolio, Strategy: Portfolio,
		Roadmap: ProductLine, Prioritization: ProductLine,
		Requirements: ProductLine, Backlog: ProductLine, ReleasePlanning: ProductLine,
		GoToMarket: ProductLine, Pricing: ProductLine, Positioning: ProductLine,
		Lifecycle: ProductLine, EndOfLife: ProductLine,
		Budget:                Product,
		PerformanceEvaluation: ProductLine, CareerDevelopment: ProductLine, TeamGoals: ProductLine,
	},
	catGroupProductManager: {
		// Not in the sources: the first management step runs a group of
		// product managers (the head of product article: "managing a group of product
		// managers"), so it adds hiring and resources for its line.
		Vision: ProductLine, Strategy: ProductLine, Roadmap: ProductLine, Prioritization: ProductLine,
		Requirements: ProductLine, Backlog: ProductLine, ReleasePlanning: ProductLine,
		GoToMarket: ProductLine, Pricing: ProductLine, Positioning: ProductLine,
		Lifecycle: ProductLine, EndOfLife: ProductLine,
		ResourceAllocation: ProductLine, Budget: ProductLine,
		Hiring: ProductLine, PerformanceEvaluation: ProductLine, CareerDevelopment: ProductLine, TeamGoals: ProductLine,
	},
	catDirectorOfProduct: {
		// the product levels article: "step away from the daily tasks of leading product
		// teams and individual product backlogs to look at the bigger
		// picture": portfolio-wide product decisions, backlogs left to the
		// product line.
		Vision: Portfolio, Strategy: Portfolio, Roadmap: Portfolio, Prioritization: Portfolio,
		Requirements: Portfolio, Backlog: ProductLine, ReleasePlanning: Portfolio,
		GoToMarket: Portfolio, Pricing: Portfolio, Positioning: Portfolio,
		Lifecycle: Portfolio, EndOfLife: Portfolio,
		ResourceAllocation: Portfolio, Budget: ProductLine,
		Hiring: Portfolio, PerformanceEvaluation: Portfolio, CareerDevelopment: Portfolio, TeamGoals: Portfolio,
	},
	catHeadOfProduct: {
		// the product levels article: "The Head of Product function is responsible for
		// defining and prioritizing the program backlog"; the head of product article:
		// "responsible for hiring, training" product managers.
		Vision: Portfolio, Strategy: Portfolio, Roadmap: Portfolio, Prioritization: Portfolio,
		Requirements: Portfolio, Backlog: Portfolio, ReleasePlanning: Portfolio,
		GoToMarket: Portfolio, Pricing: Portfolio, Positioning: Portfolio,
		Lifecycle: Portfolio, EndOfLife: Portfolio,
		ResourceAllocation: Portfolio, Budget: Portfolio,
		Hiring: Portfolio, PerformanceEvaluation: Portfolio, CareerDevelopment: Portfolio, TeamGoals: Portfolio,
	},
	catVPOfProduct: {
		// the CPO career article: the VP of Product takes on "big-picture
		// responsibilities, such as roadmapping and budgeting"; it adds
		// investment and partnerships, leaving acquisitions to the CPO.
		Vision: Portfolio, Strategy: Portfolio, Roadmap: Portfolio, Prioritization: Portfolio,
		Requirements: Portfolio, Backlog: Portfolio, ReleasePlanning: Portfolio,
		GoToMarket: Portfolio, Pricing: Portfolio, Positioning: Portfolio,
		Lifecycle: Portfolio, EndOfLife: Portfolio,
		ResourceAllocation: Portfolio, Budget: Portfolio, Investment: Portfolio, Partnerships: Portfolio,
		Hiring: Portfolio, PerformanceEvaluation: Portfolio, CareerDevelopment: Portfolio, TeamGoals: Portfolio,
	},
	catChiefProductOfficer: {
		// the CPO authority article: "ultimate decision-making authority" on vision and
		// strategy; "authority over resource allocation, budgeting, and
		// investment decisions"; "final decision-making authority when it
		// comes to evaluating potential partnerships and acquisitions";
		// "overseeing performance evaluations, career development, and
		// talent management"; the CPO career article: "hiring skilled directors and
		// managers". Everything, company-wide.
		Vision: Company, Strategy: Company, Roadmap: Company, Prioritization: Company,
		Requirements: Company, Backlog: Company, ReleasePlanning: Company,
		GoToMarket: Company, Pricing: Company, Positioning: Company,
		Lifecycle: Company, EndOfLife: Company,
		ResourceAllocation: Company, Budget: Company, Investment: Company,
		Partnerships: Company, Acquisitions: Company,
		Hiring: Company, PerformanceEvaluation: Company, CareerDevelopment: Company, TeamGoals: Company,
	},
	catProductOwner: {
		// the product levels article: "the product owner has full product responsibility,
		// which includes securing funding, managing to ROI objectives,
		// release planning and more".
		Prioritization: Product, Requirements: Product, Backlog: Product, ReleasePlanning: Product,
		Budget: Product,
	},
	catProductMarketingManager: {
		// the CPO authority article: the product manager takes go-to-market and positioning
		// decisions "closely with ... marketing"; the product marketing
		// manager holds them for the product too.
		GoToMarket: Product, Positioning: Product,
	},
	catDirectorOfProductMarketing: {
		// the product levels article: a key product leader under the CPO; runs product
		// marketing and its people across the portfolio.
		GoToMarket: Portfolio, Positioning: Portfolio,
		ResourceAllocation: Portfolio,
		Hiring:             Portfolio, PerformanceEvaluation: Portfolio, CareerDevelopment: Portfolio, TeamGoals: Portfolio,
	},
	catDirectorOfUX: {
		// the product levels article: leads "user experience (UX) research and design"; its
		// decisions are about its own department.
		ResourceAllocation: Portfolio,
		Hiring:             Portfolio, PerformanceEvaluation: Portfolio, CareerDevelopment: Portfolio, TeamGoals: Portfolio,
	},
	catHeadOfProductAnalytics: {
		// the product levels article: leads "product analytics"; like the director of UX,
		// it decides for its own department.
		ResourceAllocation: Portfolio,
		Hiring:             Portfolio, PerformanceEvaluation: Portfolio, CareerDevelopment: Portfolio, TeamGoals: Portfolio,
	},
}

// defaultAuthority returns the catalogue's authority for role c.
func defaultAuthority(c catRole) Authority {
	var a Authority
	for d, widest := range defaultScopes[c] {
		for s := Feature; s <= widest; s++ {
			a = a.withBit(bit(Decision(d), s))
		}
	}
	return a
}

// ErrNoAuthority is wrapped by the errors of [Framework.Escalate] and
// [Framework.Approver] when no role in use may take the decision.
var ErrNoAuthority = errors.New("pmroles: no role has the authority")

// Authority returns the authority of role r in f, or the zero Authority if
// f does not use r.
func (f *Framework) Authority(r Role) Authority {
	if i := f.index(r); i >= 0 {
		return f.authority[i]
	}
	return Authority{}
}

// Can reports whether role r may take decision d at scope s in f. It is
// false for a role f does not use and for an invalid decision or scope.
// Can does not allocate, and costs the same for a company role as for a
// catalogue role: it is meant for hot paths.
func (f *Framework) Can(r Role, d Decision, s Scope) bool {
	// The zero Role finds an empty slot or another role's, so the
	// comparison also refuses it. Decision 0 has no bit, and shifting by
	// 32 or more gives 0, so an invalid decision needs no test of its own.
	sl := f.slot(r)
	return sl.role == r && s <= numScopes && sl.can[s]>>d&1 != 0
}

// Escalate answers "who decides?": it returns the role of lowest level
// that may take decision d at scope s, on the framework's scale. Among
// roles of the same level, the one the framework lists first wins, so in
// [Default] the product-management ladder goes before the roles beside it:
// a director of product before a director of UX. If no role in use may
// decide, the error wraps [ErrNoAuthority].
func (f *Framework) Escalate(d Decision, s Scope) (Role, error) {
	if err := checkDecisionScope(d, s); err != nil {
		return Role{}, err
	}
	if f != nil {
		for _, i := range f.byLevel {
			if f.Can(f.roles[i].role, d, s) {
				return f.roles[i].role, nil
			}
		}
	}
	return Role{}, fmt.Errorf("%w to decide %v at %v scope", ErrNoAuthority, d, s)
}

// Approver is [Framework.Escalate] with delegation limits: it returns the
// role of lowest level that may take decision d at scope s committing
// amount, skipping roles whose limit on d is lower or in another currency.
// amount must be valid; see [Money.IsValid].
func (f *Framework) Approver(d Decision, s Scope, amount Money) (Role, error) {
	if err := checkDecisionScope(d, s); err != nil {
		return Role{}, err
	}
	if !amount.IsValid() {
		return Role{}, fmt.Errorf("%w: invalid amount %s %s", ErrInvalidGrant, strconv.FormatInt(amount.Amount, 10), enum.Quote(amount.Currency))
	}
	if f != nil {
		for _, i := range f.byLevel {
			if f.authority[i].Approves(d, s, amount) {
				return f.roles[i].role, nil
			}
		}
	}
	return Role{}, fmt.Errorf("%w to decide %v at %v scope for %v", ErrNoAuthority, d, s, amount)
}

func checkDecisionScope(d Decision, s Scope) error {
	switch {
	case !d.IsValid():
		return fmt.Errorf("%w: invalid decision %v", ErrInvalidGrant, d)
	case !s.IsValid():
		return fmt.Errorf("%w: invalid scope %v", ErrInvalidGrant, s)
	}
	return nil
}

// WithAuthority sets the authority of role r, replacing its grants. The
// framework is refused if its top role's authority does not contain r's,
// or if r's manager roles' do not; see [AuthorityError].
func WithAuthority(r Role, a Authority) Option {
	return option(func(e *edit) error {
		s, f := e.s, e.f
		i := s.authorityEntry(r, f)
		if i < 0 {
			return fmt.Errorf("%w: WithAuthority: %s", ErrUnknownRole, unusedRole(r))
		}
		s.Authority[i] = AuthoritySpec{Role: r.String(), Grants: grantSpecs(a)}
		return nil
	})
}

// WithLimit sets a delegation limit on a decision role r already holds:
// r may then commit at most limit by it. limit must be valid with a
// positive amount. Remember that a manager must still contain its reports'
// authority: limit the top role and every role under it, or limit from the
// bottom up.
func WithLimit(r Role, d Decision, limit Money) Option {
	return option(func(e *edit) error {
		s, f := e.s, e.f
		i := s.authorityEntry(r, f)
		if i < 0 {
			return fmt.Errorf("%w: WithLimit: %s", ErrUnknownRole, unusedRole(r))
		}
		if !limit.IsValid() || limit.Amount == 0 {
			return fmt.Errorf("%w: WithLimit(%v, %v): limit %s %s must be a positive amount in a three-letter currency",
				ErrInvalidGrant, r, d, strconv.FormatInt(limit.Amount, 10), enum.Quote(limit.Currency))
		}
		for j, g := range s.Authority[i].Grants {
			if g.Decision == d.String() {
				s.Authority[i].Grants[j].Limit = limit
				return nil
			}
		}
		return fmt.Errorf("%w: WithLimit: %v does not hold decision %v", ErrInvalidGrant, r, d)
	})
}

// unusedRole says why r cannot be changed in a framework.
func unusedRole(r Role) string {
	if !r.IsValid() {
		return "the zero Role"
	}
	return r.String() + " is not a role of the framework"
}

// authorityEntry returns the index of r's entry in the explicit s.Authority
// of framework f, or -1 if f does not use r.
func (s *Spec) authorityEntry(r Role, f *Framework) int {
	if !f.Uses(r) {
		return -1
	}
	return slices.IndexFunc(s.Authority, func(a AuthoritySpec) bool { return a.Role == r.String() })
}

// grantSpecs describes a's grants.
func grantSpecs(a Authority) []GrantSpec {
	gs := []GrantSpec{}
	for g := range a.All() {
		gs = append(gs, GrantSpec{Decision: g.Decision.String(), Scope: g.Scope.String(), Limit: g.Limit})
	}
	return gs
}

// An AuthorityError reports a role whose authority another role's must
// contain and does not: the framework's top role, which must hold every
// role's authority, or a manager role, which must hold the authority of
// every role it may manage. It wraps [ErrInvalidFramework].
type AuthorityError struct {
	Top     Role    // the role that must contain Role's authority: the top role, or a manager
	Role    Role    // the role whose authority escapes Top's
	Missing []Grant // the grants of Role that Top does not contain

	manager bool // Top is a manager of Role rather than the top role
}

func (e *AuthorityError) Error() string {
	if e.manager {
		return fmt.Sprintf("pmroles: %v may manage %v but does not hold all its authority: %s", e.Top, e.Role, enum.Join(e.Missing))
	}
	return fmt.Sprintf("pmroles: %v does not hold all of %v's authority: %s", e.Top, e.Role, enum.Join(e.Missing))
}

func (e *AuthorityError) Unwrap() error { return ErrInvalidFramework }

// compileAuthority computes each role's authority: its default (its
// canonical role's, for a company role) with the document's entry laid
// over it, and checks that the top role contains every role's.
func (c *compiler) compileAuthority() {
	f := c.f
	f.authority = make([]Authority, len(f.roles))
	entry := make([]int, len(f.roles)) // 1 + index in s.Authority
	for i, as := range c.s.Authority {
		ptr := fmt.Sprintf("/authority/%d", i)
		r, ok := c.roleRef(as.Role, ptr+"/role")
		if !ok {
			continue
		}
		j := f.index(r)
		if entry[j] != 0 {
			c.ps.addf(ptr+"/role", "%v has two authority entries (the first is /authority/%d)", r, entry[j]-1)
			continue
		}
		entry[j] = i + 1
	}
	// Catalogue roles first: a company role inherits its canonical role's
	// authority in this framework.
	order := make([]int, 0, len(f.roles))
	for i, d := range f.roles {
		if d.role.IsCatalogue() {
			order = append(order, i)
		}
	}
	for i, d := range f.roles {
		if !d.role.IsCatalogue() {
			order = append(order, i)
		}
	}
	for _, i := range order {
		d := &f.roles[i]
		base := defaultAuthority(d.canonical.cat())
		if !d.role.IsCatalogue() {
			if j := f.index(d.canonical); j >= 0 {
				base = f.authority[j]
			}
		}
		if entry[i] == 0 {
			f.authority[i] = base
			continue
		}
		f.authority[i] = c.grants(c.s.Authority[entry[i]-1], fmt.Sprintf("/authority/%d", entry[i]-1), base)
	}
	top := f.roles[f.top].role
	for i, d := range f.roles {
		if missing := f.authority[i].Diff(f.authority[f.top]); len(missing) > 0 {
			ptr := c.rolePtr[i]
			if entry[i] != 0 {
				ptr = fmt.Sprintf("/authority/%d", entry[i]-1)
			}
			c.ps.add(ptr, &AuthorityError{Top: top, Role: d.role, Missing: missing})
		}
	}
	for i, a := range f.authority {
		sl := f.slot(f.roles[i].role)
		for g := range a.All() {
			for s := Feature; s <= g.Scope; s++ {
				sl.can[s] |= 1 << g.Decision
			}
		}
		c.out.Authority = append(c.out.Authority, AuthoritySpec{Role: f.roles[i].role.String(), Grants: grantSpecs(a)})
	}
}

// grants builds the authority of one entry over base.
func (c *compiler) grants(as AuthoritySpec, ptr string, base Authority) Authority {
	var byDecision [numDecisions + 1]Grant
	if as.Inherit {
		for g := range base.All() {
			byDecision[g.Decision] = g
		}
	}
	var seen [numDecisions + 1]bool
	for i, gs := range as.Grants {
		gp := func(member string) string { return ptr + "/grants/" + strconv.Itoa(i) + member } // built only for a problem
		d, err := ParseDecision(gs.Decision)
		if err != nil || decisionNames.Names[d] != gs.Decision {
			c.ps.addf(gp("/decision"), "%w %s (%s)", errUnknownDecision, enum.Quote(gs.Decision), enum.Valid(gs.Decision, decisionNames.Names[1:]))
			continue
		}
		if seen[d] {
			c.ps.addf(gp("/decision"), "%w: decision %v is granted twice", ErrInvalidGrant, d)
			continue
		}
		seen[d] = true
		sc, err := c.f.ParseScope(gs.Scope)
		if err != nil {
			c.ps.add(gp("/scope"), err)
			continue
		}
		if gs.Limit != (Money{}) && (!gs.Limit.IsValid() || gs.Limit.Amount == 0) {
			c.ps.addf(gp("/limit"), "%w: limit %s %s must be a positive amount in a three-letter currency",
				ErrInvalidGrant, strconv.FormatInt(gs.Limit.Amount, 10), enum.Quote(gs.Limit.Currency))
			continue
		}
		byDecision[d] = Grant{d, sc, gs.Limit}
	}
	var list []Grant
	for _, g := range byDecision {
		if g.Decision != 0 {
			list = append(list, g)
		}
	}
	a, err := NewAuthority(list...)
	if err != nil {
		c.ps.add(ptr, err)
	}
	return a
}

var errUnknownDecision = decisionNames.Unknown

// MarshalJSON implements [json.Marshaler]: a's grants, in the order of
// [Decisions], as an array of {"decision", "scope", "limit"} objects, the
// limit left out when there is none.
func (a Authority) MarshalJSON() ([]byte, error) {
	return json.Marshal(slices.Collect(a.All()))
}

// UnmarshalJSON implements [json.Unmarshaler]: it reads what MarshalJSON
// writes, through [NewAuthority]. On error a is unchanged.
func (a *Authority) UnmarshalJSON(b []byte) error {
	var grants []Grant
	if err := json.Unmarshal(b, &grants); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidGrant, err)
	}
	v, err := NewAuthority(grants...)
	if err != nil {
		return err
	}
	*a = v
	return nil
}
