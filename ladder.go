package pmroles

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"math"
	"math/bits"
	"slices"
	"strconv"
	"strings"

	"github.com/pmroles/pmroles/internal/bitset"
	"github.com/pmroles/pmroles/internal/career"
	"github.com/pmroles/pmroles/internal/enum"
)

// A TransitionKind says how a [Transition] moves someone between roles.
// The zero TransitionKind is invalid.
type TransitionKind uint8

// The kinds of transition, in the order of [TransitionKinds].
const (
	// Promotion moves up: the new role's level is at least the old one's
	// and its authority contains the old one's. It usually stays on its
	// track; a small company may promote a senior PM straight to head of
	// product.
	Promotion TransitionKind = 1 + iota
	// TrackChange moves between the individual-contributor and the
	// management tracks: senior PM to group PM, principal PM to director
	// and back. It may keep, raise or lower the level.
	TrackChange
	// Equivalence says two roles are one job under two titles, as head of
	// product and VP of product often are. It is symmetric and asks
	// nothing.
	Equivalence

	numTransitionKinds = iota
)

var transitionKindNames = enum.Table{
	Type: "TransitionKind", Kind: "transition kind",
	Names:   []string{"", "promotion", "track-change", "equivalence"},
	Unknown: enum.Sentinel("transition kind", ErrUnknownValue),
}

// ParseTransitionKind returns the kind whose text form is s ("promotion",
// "track-change" or "equivalence"), ignoring ASCII case. An unknown text
// gives an error that wraps [ErrUnknownValue].
func ParseTransitionKind(s string) (TransitionKind, error) {
	v, err := transitionKindNames.Parse(s)
	return TransitionKind(v), err
}

// TransitionKinds returns an iterator over the kinds of transition:
// [Promotion], [TrackChange], then [Equivalence].
func TransitionKinds() iter.Seq[TransitionKind] {
	return enum.Values[TransitionKind](numTransitionKinds)
}

// IsValid reports whether k is a known kind. The zero TransitionKind is
// not.
func (k TransitionKind) IsValid() bool { return k >= 1 && k <= numTransitionKinds }

// String returns the kind's text form, or "%!TransitionKind(n)" for an
// invalid kind.
func (k TransitionKind) String() string { return transitionKindNames.String(int(k)) }

// MarshalText implements [encoding.TextMarshaler]. It fails for an invalid
// kind.
func (k TransitionKind) MarshalText() ([]byte, error) { return k.AppendText(nil) }

// AppendText implements [encoding.TextAppender]. It fails for an invalid
// kind.
func (k TransitionKind) AppendText(b []byte) ([]byte, error) {
	return transitionKindNames.Append(b, int(k))
}

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [ParseTransitionKind]. On error k is unchanged.
func (k *TransitionKind) UnmarshalText(text []byte) error {
	return enum.Unmarshal(k, text, ParseTransitionKind)
}

// A Competency is a skill a transition may require. The list is short on
// purpose: each comes from a duty the source articles give a role (they
// are listed under Sources in the package documentation). The zero
// Competency is invalid.
type Competency uint8

// The competencies, in the order of [Competencies]: roughly in the order a
// product manager acquires them.
const (
	// CompetencyExecution: shipping with engineering and design,
	// prioritising tasks (the product levels article, associate PM).
	CompetencyExecution Competency = 1 + iota
	// CompetencyCustomerResearch: gathering customer feedback and
	// conducting market research (the CPO authority article, product manager).
	CompetencyCustomerResearch
	// CompetencyRoadmapping: developing requirements and roadmaps (the
	// CPO career article, senior PM).
	CompetencyRoadmapping
	// CompetencyGoToMarket: go-to-market strategy, pricing and positioning
	// (the CPO authority article, product manager).
	CompetencyGoToMarket
	// CompetencyStakeholderManagement: being the glue between development
	// teams, stakeholders and customers (the head of product article, principal PM).
	CompetencyStakeholderManagement
	// CompetencyProductStrategy: developing and communicating the product
	// strategy (the product levels article, principal PM).
	CompetencyProductStrategy
	// CompetencyDataAnalysis: deciding from product metrics and
	// performance data (the head of product article and product levels article).
	CompetencyDataAnalysis
	// CompetencyPeopleManagement: managing a team of product managers
	// (the head of product article).
	CompetencyPeopleManagement
	// CompetencyHiring: hiring, training and mentoring product managers
	// (the head of product article, head of product).
	CompetencyHiring
	// CompetencyPortfolioManagement: looking after a portfolio of
	// products (the CPO career article).
	CompetencyPortfolioManagement
	// CompetencyBudgeting: budgeting and resource allocation (the CPO career article,
	// VP of product; the CPO authority article, CPO).
	CompetencyBudgeting
	// CompetencyExecutiveLeadership: aligning the product strategy with
	// the other executives (the CPO authority article, CPO).
	CompetencyExecutiveLeadership

	numCompetencies = iota
)

var competencyNames = enum.Table{
	Type: "Competency", Kind: "competency",
	Names: []string{"",
		"execution", "customer-research", "roadmapping", "go-to-market",
		"stakeholder-management", "product-strategy", "data-analysis",
		"people-management", "hiring", "portfolio-management", "budgeting",
		"executive-leadership",
	},
	Unknown: enum.Sentinel("competency", ErrUnknownValue),
}

// competencyInfo describes the catalogue's competencies, for framework
// documents.
var competencyInfo = [numCompetencies + 1]struct{ title, description string }{
	CompetencyExecution:             {"Execution", "Ships with engineering and design, prioritising tasks"},
	CompetencyCustomerResearch:      {"Customer research", "Gathers customer feedback and conducts market research"},
	CompetencyRoadmapping:           {"Roadmapping", "Develops product requirements and roadmaps"},
	CompetencyGoToMarket:            {"Go-to-market", "Sets go-to-market strategy, pricing and positioning"},
	CompetencyStakeholderManagement: {"Stakeholder management", "Is the glue between development teams, stakeholders and customers"},
	CompetencyProductStrategy:       {"Product strategy", "Develops and communicates the product strategy"},
	CompetencyDataAnalysis:          {"Data analysis", "Decides from product metrics and performance data"},
	CompetencyPeopleManagement:      {"People management", "Manages a team of product managers"},
	CompetencyHiring:                {"Hiring", "Hires, trains and mentors product managers"},
	CompetencyPortfolioManagement:   {"Portfolio management", "Looks after a portfolio of products"},
	CompetencyBudgeting:             {"Budgeting", "Budgets and allocates resources"},
	CompetencyExecutiveLeadership:   {"Executive leadership", "Aligns the product strategy with the other executives"},
}

// ParseCompetency returns the competency whose text ID is s
// ("roadmapping", "people-management", ...), ignoring ASCII case. An
// unknown ID gives an error that wraps [ErrUnknownValue].
func ParseCompetency(s string) (Competency, error) {
	v, err := competencyNames.Parse(s)
	return Competency(v), err
}

// Competencies returns an iterator over every competency in the order of
// the constants, from [CompetencyExecution] to
// [CompetencyExecutiveLeadership].
func Competencies() iter.Seq[Competency] { return enum.Values[Competency](numCompetencies) }

// MaxCompetency is the highest Competency: a framework numbers its own
// competencies after the catalogue's, up to MaxCompetency.
const MaxCompetency Competency = 127

// IsValid reports whether c is a competency of the catalogue, or one a
// framework may define ([Framework.ParseCompetency]): from 1 to
// [MaxCompetency]. The zero Competency is not valid.
func (c Competency) IsValid() bool { return c >= 1 && c <= MaxCompetency }

// IsCatalogue reports whether c is one of the catalogue's twelve
// competencies.
func (c Competency) IsCatalogue() bool { return c >= 1 && c <= numCompetencies }

// String returns a catalogue competency's text ID. A company competency
// is named only by its framework ([Framework.CompetencyID]), so it prints
// as "%!Competency(n)", as does an invalid one.
func (c Competency) String() string { return competencyNames.String(int(c)) }

// MarshalText implements [encoding.TextMarshaler]. It fails for an invalid
// competency.
func (c Competency) MarshalText() ([]byte, error) { return c.AppendText(nil) }

// AppendText implements [encoding.TextAppender]. It fails for an invalid
// competency.
func (c Competency) AppendText(b []byte) ([]byte, error) { return competencyNames.Append(b, int(c)) }

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [ParseCompetency]. On error c is unchanged.
func (c *Competency) UnmarshalText(text []byte) error {
	return enum.Unmarshal(c, text, ParseCompetency)
}

// A CompetencySet is a set of competencies: a value, comparable with ==,
// always iterated in increasing order (the order of [Competencies] for the
// catalogue's), so comparisons and output are deterministic. The zero
// CompetencySet is empty.
type CompetencySet struct{ bits bitset.Set128 }

// invalidCompetency is the bit that marks a set built from an invalid
// Competency. Bit 0 is free for it because the zero Competency is invalid.
const invalidCompetency = 0

// CompetencySetOf returns the set of cs. Duplicates collapse. An invalid
// competency in cs is not dropped silently: it makes the set invalid (see
// [CompetencySet.IsValid]), and frameworks and [Ladder.Check] refuse
// invalid sets.
func CompetencySetOf(cs ...Competency) CompetencySet {
	var s CompetencySet
	for _, c := range cs {
		if c.IsValid() {
			s.bits = s.bits.Add(uint(c))
		} else {
			s.bits = s.bits.Add(invalidCompetency)
		}
	}
	return s
}

// Has reports whether c is in s.
func (s CompetencySet) Has(c Competency) bool { return c.IsValid() && s.bits.Has(uint(c)) }

// Contains reports whether every competency of t is in s. Contains is
// reflexive and transitive, and every valid set contains the empty set. It
// is false when either set is invalid.
func (s CompetencySet) Contains(t CompetencySet) bool {
	return s.IsValid() && t.IsValid() && s.bits.ContainsAll(t.bits)
}

// IsValid reports whether s was built from valid competencies only.
func (s CompetencySet) IsValid() bool { return !s.bits.Has(invalidCompetency) }

// Len returns the number of valid competencies in s.
func (s CompetencySet) Len() int {
	lo, hi := s.bits.Words()
	return bits.OnesCount64(lo&^(1<<invalidCompetency)) + bits.OnesCount64(hi)
}

// All returns an iterator over the competencies of s in increasing order:
// the catalogue's in the order of [Competencies], then a framework's own.
func (s CompetencySet) All() iter.Seq[Competency] {
	return func(yield func(Competency) bool) {
		for c := Competency(1); c <= MaxCompetency; c++ {
			if s.Has(c) && !yield(c) {
				return
			}
		}
	}
}

// String lists the competencies: "{roadmapping, go-to-market}", or "{}"
// for the empty set. An invalid set ends with "%!Competency(?)".
func (s CompetencySet) String() string {
	var b strings.Builder
	b.WriteByte('{')
	for c := range s.All() {
		if b.Len() > 1 {
			b.WriteString(", ")
		}
		b.WriteString(c.String())
	}
	if !s.IsValid() {
		if b.Len() > 1 {
			b.WriteString(", ")
		}
		b.WriteString("%!Competency(?)")
	}
	b.WriteByte('}')
	return b.String()
}

// Union returns the competencies in s or t. It is invalid if either is.
func (s CompetencySet) Union(t CompetencySet) CompetencySet {
	return CompetencySet{s.bits.Union(t.bits)}
}

// MarshalJSON encodes s as an array of competency IDs in the order of
// [Competencies]: ["roadmapping","hiring"]. It fails for an invalid set
// and for a set holding a company competency, whose ID only its framework
// knows ([Framework.CompetencyID]).
func (s CompetencySet) MarshalJSON() ([]byte, error) {
	if !s.IsValid() {
		return nil, errors.New("pmroles: cannot marshal invalid competency set " + s.String())
	}
	for c := range s.All() {
		if !c.IsCatalogue() {
			return nil, fmt.Errorf("pmroles: cannot marshal company competency %d without its framework", c)
		}
	}
	b := []byte{'['}
	for c := range s.All() {
		if len(b) > 1 {
			b = append(b, ',')
		}
		b = append(b, '"')
		b = append(b, c.String()...) // IDs need no escaping
		b = append(b, '"')
	}
	return append(b, ']'), nil
}

// UnmarshalJSON decodes an array of competency IDs, parsed with
// [ParseCompetency]; duplicates collapse. JSON null leaves s unchanged. On
// error, such as an unknown ID, s is unchanged.
func (s *CompetencySet) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		return nil
	}
	// Decode strings, not []Competency: encoding/json would read a JSON
	// string into a slice of a uint8 type as base64.
	var ids []string
	if err := json.Unmarshal(b, &ids); err != nil {
		return fmt.Errorf("pmroles: competency set: %w", err)
	}
	var t CompetencySet
	for _, id := range ids {
		c, err := ParseCompetency(id)
		if err != nil {
			return err
		}
		t.bits = t.bits.Add(uint(c))
	}
	*s = t
	return nil
}

// minus returns the competencies of s that t lacks.
func (s CompetencySet) minus(t CompetencySet) CompetencySet {
	slo, shi := s.bits.Words()
	tlo, thi := t.bits.Words()
	return CompetencySet{bitset.Of(slo&^tlo, shi&^thi)}
}

// Criteria are what a [Transition] asks of a [Candidate]: minimums of
// years and a set of competencies. The zero Criteria ask nothing. Years
// are fractional (1.5 is a year and a half); a valid figure is finite and
// not negative. They are float64, as a Candidate's are, so that a
// candidate exactly on a bar such as 0.1 or 1.1 years meets it: one
// comparison, in one precision, everywhere.
//
// The type is named Criteria, not Requirements, because [Requirements]
// is already a [Decision].
type Criteria struct {
	YearsExperience float64       `json:"yearsExperience"` // total years of product experience
	YearsInRole     float64       `json:"yearsInRole"`     // years in the role the candidate holds now
	YearsManaging   float64       `json:"yearsManaging"`   // years managing people
	Competencies    CompetencySet `json:"competencies"`    // every competency the candidate must hold
}

// A Transition is one move on a career ladder: from one role to another,
// of some kind, under some requirements. It is a plain value; a
// [Framework] validates transitions when it is built (see
// [WithTransitions]).
type Transition struct {
	From         Role           `json:"from"`
	To           Role           `json:"to"`
	Kind         TransitionKind `json:"kind"`
	Requirements Criteria       `json:"requirements"`
}

// String returns the kind and the roles: "promotion product-manager ->
// senior-product-manager".
func (t Transition) String() string {
	return t.Kind.String() + " " + t.From.String() + " -> " + t.To.String()
}

// A Candidate is a person being considered for a move: the role they hold
// now and what they bring. Years must be finite and not negative;
// [Ladder.Check] refuses anything else with [ErrInvalidCandidate].
// Competencies are typed values, so "Roadmapping" and "roadmapping" are
// the same once parsed with [ParseCompetency].
type Candidate struct {
	Role            Role          `json:"role"`            // the role held now
	YearsExperience float64       `json:"yearsExperience"` // total years of product experience
	YearsInRole     float64       `json:"yearsInRole"`     // years in Role
	YearsManaging   float64       `json:"yearsManaging"`   // years managing people
	Competencies    CompetencySet `json:"competencies"`    // competencies the candidate has shown
}

// ErrNotEligible is wrapped by the errors of [Ladder.Check] when the
// candidate does not meet every requirement of the transition.
var ErrNotEligible = errors.New("pmroles: not eligible")

// ErrNoTransition is wrapped by the errors of [Ladder.Check] and
// [Ladder.Path] when the ladder has no transition or no route between the
// two roles, including when a role is invalid or not used by the
// framework.
var ErrNoTransition = errors.New("pmroles: no transition")

// ErrInvalidCandidate is wrapped by the errors of [Ladder.Check] when the
// candidate holds a year figure that is NaN, infinite or negative, or an
// invalid competency set. It matches [ErrNotEligible] too: an invalid
// candidate is never eligible.
var ErrInvalidCandidate error = &candidateSentinel{"pmroles: invalid candidate", ErrNotEligible}

// candidateSentinel is a sentinel that matches a more general one under
// errors.Is.
type candidateSentinel struct {
	msg  string
	base error
}

func (e *candidateSentinel) Error() string { return e.msg }
func (e *candidateSentinel) Unwrap() error { return e.base }

// A Shortfall is one requirement a candidate falls short of, or one field
// of the candidate that is not valid.
type Shortfall struct {
	// Field names the Candidate field: "YearsExperience", "YearsInRole",
	// "YearsManaging" or "Competencies".
	Field string
	// Need and Have are, for the year fields, the years the transition
	// asks for and the years the candidate has.
	Need, Have float64
	// Missing is, for Competencies, what the transition asks for and the
	// candidate lacks.
	Missing CompetencySet
	// Invalid reports that the candidate's value is not valid at all: NaN,
	// infinite or negative years, or an invalid competency set.
	Invalid bool
}

// String describes the shortfall: "YearsExperience needs 4, has 3",
// "Competencies lacks {roadmapping}", "YearsInRole is NaN".
func (s Shortfall) String() string {
	switch {
	case s.Invalid && s.Field == "Competencies":
		return s.Field + " holds an invalid competency"
	case s.Invalid:
		return s.Field + " " + yearsProblem(s.Have)
	case s.Field == "Competencies":
		return s.Field + " lacks " + s.Missing.String()
	}
	return s.Field + " needs " + yearsText(s.Need) + ", has " + yearsText(s.Have)
}

// yearsValid reports whether x is a usable number of years: finite and not
// negative. NaN fails both comparisons.
func yearsValid(x float64) bool { return x >= 0 && x <= math.MaxFloat64 }

// yearsProblem says what is wrong with an invalid number of years.
func yearsProblem(x float64) string {
	switch {
	case math.IsNaN(x):
		return "is NaN"
	case math.IsInf(x, 0):
		return "is infinite (" + yearsText(x) + ")"
	case x < 0:
		return "is negative (" + yearsText(x) + ")"
	}
	return "is valid"
}

func yearsText(x float64) string { return strconv.FormatFloat(x, 'g', -1, 64) }

// A TransitionError reports why a candidate may not make a move, or why
// there is no move to make. [Ladder.Check] and [Ladder.Path] return it;
// match it with [errors.As], and its cause with [errors.Is] against
// [ErrNotEligible], [ErrInvalidCandidate] or [ErrNoTransition].
type TransitionError struct {
	// From and To are the roles of the move asked about.
	From, To Role
	// Kind is the kind of the transition checked, or 0 when there is
	// none.
	Kind TransitionKind
	// Shortfalls lists every unmet requirement (with ErrNotEligible) or
	// every invalid field (with ErrInvalidCandidate), in the order of the
	// Candidate fields.
	Shortfalls []Shortfall
	// Err is ErrNotEligible, ErrInvalidCandidate or ErrNoTransition.
	Err error

	reason string     // with ErrNoTransition: why, when there is more to say
	route  bool       // from Path: there is no route, rather than no transition
	names  *Framework // names the framework's own competencies; nil for the catalogue's
}

// Error lists every shortfall: "pmroles: ladder: promotion
// product-manager -> senior-product-manager: not eligible:
// YearsExperience needs 4, has 3; Competencies lacks {roadmapping}".
func (e *TransitionError) Error() string {
	var b strings.Builder
	b.WriteString("pmroles: ladder: ")
	if e.Kind == 0 {
		what := "no transition from "
		if e.route {
			what = "no route from "
		}
		b.WriteString(what + e.From.String() + " to " + e.To.String())
		if e.reason != "" {
			b.WriteString(": " + e.reason)
		}
		return b.String()
	}
	b.WriteString(e.Kind.String() + " " + e.From.String() + " -> " + e.To.String())
	if errors.Is(e.Err, ErrInvalidCandidate) {
		b.WriteString(": invalid candidate")
	} else {
		b.WriteString(": not eligible")
	}
	for i, s := range e.Shortfalls {
		if i == 0 {
			b.WriteString(": ")
		} else {
			b.WriteString("; ")
		}
		if s.Field == "Competencies" && !s.Invalid {
			b.WriteString(s.Field + " lacks " + e.names.competencyList(s.Missing))
			continue
		}
		b.WriteString(s.String())
	}
	return b.String()
}

// Unwrap returns e.Err.
func (e *TransitionError) Unwrap() error { return e.Err }

// A Ladder is a framework's career ladder: the transitions between the
// roles the framework uses, checked and compiled when the framework is
// built. Get one from [Framework.Ladder]. A Ladder is immutable and safe
// for concurrent use. Check on an eligible candidate, and ranging over
// Next, Eligible and All, do not allocate.
//
// Roles are ordered as their framework lists them ([Framework.Roles]),
// and levels are the framework's ([Framework.Level]).
//
// The entry roles of a ladder are, for each [Discipline], the roles in use
// at the lowest level the framework uses in that discipline: where people
// join. A company role belongs to the discipline of its canonical role. In
// [Default] the entry roles are the associate product manager, the product
// marketing manager, the director of UX and the head of product
// analytics.
type Ladder struct {
	f  *Framework     // the roles, levels and competencies the ladder speaks of
	g  *career.Ladder // nodes are the framework's dense role indices
	ts []Transition   // g's edges as Transitions, at the same indices
}

// Check reports whether candidate c may move from c.Role to role to: nil
// if the ladder has a transition between the two and c meets every
// requirement, a *[TransitionError] otherwise. The error lists every unmet
// requirement, with what was needed and what c has, and wraps
// [ErrNotEligible]; if c holds NaN, infinite or negative years or an
// invalid competency set it lists those fields instead and wraps
// [ErrInvalidCandidate]; if there is no such transition (or a role is
// invalid or unused) it wraps [ErrNoTransition].
//
// Check looks only at the direct transition: it does not follow
// equivalences or chain moves; use [Ladder.Path] for routes. An
// equivalence asks nothing, so any valid candidate passes it. Check does
// not allocate when c is eligible.
func (l *Ladder) Check(c Candidate, to Role) error {
	if t := l.edge(c.Role, to); t != nil && meetsCriteria(&c, &t.Requirements) {
		return nil
	}
	return l.explain(&c, to)
}

// edge returns the transition from a to b, or nil.
func (l *Ladder) edge(a, b Role) *Transition {
	if l == nil {
		return nil
	}
	i, ok := l.g.Edge(l.f.index(a), l.f.index(b))
	if !ok {
		return nil
	}
	return &l.ts[i]
}

// meetsCriteria reports whether c is valid and meets r.
func meetsCriteria(c *Candidate, r *Criteria) bool {
	return yearsValid(c.YearsExperience) && yearsValid(c.YearsInRole) && yearsValid(c.YearsManaging) &&
		c.Competencies.IsValid() &&
		c.YearsExperience >= r.YearsExperience && c.YearsInRole >= r.YearsInRole &&
		c.YearsManaging >= r.YearsManaging && c.Competencies.bits.ContainsAll(r.Competencies.bits)
}

// explain builds the error for a candidate the fast path refused.
func (l *Ladder) explain(c *Candidate, to Role) error {
	e := &TransitionError{From: c.Role, To: to, Err: ErrNoTransition}
	switch {
	case l == nil:
		e.reason = "the framework has no ladder"
	case !c.Role.IsValid():
		e.reason = "invalid role " + c.Role.String()
	case !to.IsValid():
		e.reason = "invalid role " + to.String()
	case !l.f.Uses(c.Role):
		e.reason = "the framework does not use " + c.Role.String()
	case !l.f.Uses(to):
		e.reason = "the framework does not use " + to.String()
	case c.Role == to:
		e.reason = "the candidate already holds the role"
	}
	t := l.edge(c.Role, to)
	if e.reason != "" || t == nil {
		return e
	}
	r := &t.Requirements
	e.Kind = t.Kind
	e.names = l.f
	e.Shortfalls = make([]Shortfall, 0, 4) // room for every field: one allocation
	years := [...]struct {
		field      string
		have, need float64
	}{
		{"YearsExperience", c.YearsExperience, r.YearsExperience},
		{"YearsInRole", c.YearsInRole, r.YearsInRole},
		{"YearsManaging", c.YearsManaging, r.YearsManaging},
	}
	for _, y := range years {
		if !yearsValid(y.have) {
			e.Shortfalls = append(e.Shortfalls, Shortfall{Field: y.field, Need: y.need, Have: y.have, Invalid: true})
		}
	}
	if !c.Competencies.IsValid() {
		e.Shortfalls = append(e.Shortfalls, Shortfall{Field: "Competencies", Invalid: true})
	}
	if len(e.Shortfalls) > 0 {
		e.Err = ErrInvalidCandidate
		return e
	}
	e.Err = ErrNotEligible
	for _, y := range years {
		if y.have < y.need {
			e.Shortfalls = append(e.Shortfalls, Shortfall{Field: y.field, Need: y.need, Have: y.have})
		}
	}
	if missing := r.Competencies.minus(c.Competencies); missing.Len() > 0 {
		e.Shortfalls = append(e.Shortfalls, Shortfall{Field: "Competencies", Missing: missing})
	}
	return e
}

// Next returns an iterator over the transitions that leave role r, ordered
// by their To role in the framework's order. It yields nothing for a role
// the framework does not use.
func (l *Ladder) Next(r Role) iter.Seq[Transition] {
	return func(yield func(Transition) bool) {
		if l == nil {
			return
		}
		lo, hi := l.g.FromRange(l.f.index(r))
		for _, t := range l.ts[lo:hi] {
			if !yield(t) {
				return
			}
		}
	}
}

// Eligible returns an iterator over the transitions from c.Role that c
// may make now: those of [Ladder.Next] for which [Ladder.Check] returns
// nil, in the same order. It yields nothing for an invalid candidate.
func (l *Ladder) Eligible(c Candidate) iter.Seq[Transition] {
	return func(yield func(Transition) bool) {
		if l == nil {
			return
		}
		lo, hi := l.g.FromRange(l.f.index(c.Role))
		for i := lo; i < hi; i++ {
			if t := &l.ts[i]; meetsCriteria(&c, &t.Requirements) && !yield(*t) {
				return
			}
		}
	}
}

// All returns an iterator over every transition of the ladder, ordered by
// From, then To, both in the framework's order of roles. An equivalence
// appears once in each direction.
func (l *Ladder) All() iter.Seq[Transition] {
	return func(yield func(Transition) bool) {
		if l == nil {
			return
		}
		for _, t := range l.ts {
			if !yield(t) {
				return
			}
		}
	}
}

// Path returns a shortest route from role from to role to: the
// transitions to make, in order, each starting where the previous one
// ends. Every kind of transition counts as one step, so a route may pass
// through an equivalence. Among routes with as few steps, Path returns the
// one whose sequence of roles comes first when compared role by role in
// the framework's order: from a senior PM of [Default] it goes through the
// principal PM before the group PM. Path ignores requirements; check each
// step with [Ladder.Check].
//
// Path returns an empty route and no error when from == to (and the
// framework uses the role). When there is no route, or a role is invalid
// or unused, the error is a *[TransitionError] wrapping [ErrNoTransition].
// Path allocates only the returned slice.
func (l *Ladder) Path(from, to Role) ([]Transition, error) {
	switch {
	case l == nil:
		return nil, &TransitionError{From: from, To: to, Err: ErrNoTransition, reason: "the framework has no ladder", route: true}
	case !l.f.Uses(from):
		return nil, l.unusedErr(from, to, from)
	case !l.f.Uses(to):
		return nil, l.unusedErr(from, to, to)
	case from == to:
		return nil, nil
	}
	route := l.g.Route(l.f.index(from), l.f.index(to))
	if len(route) == 0 {
		return nil, &TransitionError{From: from, To: to, Err: ErrNoTransition, route: true}
	}
	out := make([]Transition, len(route))
	for i, e := range route {
		out[i] = l.ts[e]
	}
	return out, nil
}

func (l *Ladder) unusedErr(from, to, r Role) error {
	reason := "the framework does not use " + r.String()
	if !r.IsValid() {
		reason = "invalid role " + r.String()
	}
	return &TransitionError{From: from, To: to, Err: ErrNoTransition, reason: reason, route: true}
}

// MarshalJSON implements [json.Marshaler]: the ladder's transitions, in
// the order of [Ladder.All], as a framework document's "ladder" member
// writes them, with the framework's competency IDs. A nil Ladder is null.
func (l *Ladder) MarshalJSON() ([]byte, error) {
	if l == nil {
		return []byte("null"), nil
	}
	var w specWriter
	w.array(len(l.ts), func(i int) {
		t := l.f.transitionSpec(l.ts[i])
		w.transition(&t)
	})
	return w.b, w.err
}

// UnmarshalJSON implements [json.Unmarshaler] by refusing: a Ladder is
// compiled by a framework, from the "ladder" of its document (see
// [ParseFramework]).
func (l *Ladder) UnmarshalJSON([]byte) error {
	return fmt.Errorf("%w: a Ladder is read as part of a framework document, with ParseFramework", ErrInvalidFramework)
}

// WithTransitions replaces the framework's ladder with ts. The option
// itself never fails: the framework checks the ladder when it is compiled
// and refuses it with every problem listed, each a [*FrameworkError]
// pointing at the transition in the document:
//
//   - a transition must name two different roles of the framework and a
//     valid kind; its years must be finite and not negative, its
//     competencies the framework's;
//   - two transitions may not lead from the same role to the same role,
//     except an equivalence given in both directions;
//   - an equivalence links two roles of the same track that hold the same
//     authority, and asks nothing;
//   - a promotion never lowers the level and never loses authority: the
//     authority of its To role contains that of its From role (for a
//     promotion to the top role, the framework's check that the top role
//     holds every role's authority already says so);
//   - promotions form no cycle, counting equivalent roles as one;
//   - when one promotion follows another, the second asks at least the
//     years of experience and of management of the first, and every
//     competency it asks (years in role start afresh in each role);
//   - every role in use is reachable from an entry role (see [Ladder]).
//
// WithTransitions with no transitions removes the ladder: the framework
// then says nothing about careers, there is nothing to reach, and Check,
// like Path between two different roles, reports [ErrNoTransition].
// WithTransitions copies ts.
func WithTransitions(ts ...Transition) Option {
	ts = slices.Clone(ts)
	return option(func(e *edit) error {
		e.s.Ladder = make([]TransitionSpec, len(ts))
		for i, t := range ts {
			e.s.Ladder[i] = e.f.transitionSpec(t)
		}
		return nil
	})
}

// Ladder returns the framework's career ladder, possibly empty. On a nil
// or zero Framework it returns nil, whose methods report [ErrNoTransition]
// and yield nothing.
func (f *Framework) Ladder() *Ladder {
	if f == nil {
		return nil
	}
	return f.ladder
}

// compileLadder checks the transitions of the framework under
// construction and compiles its ladder. Each problem is reported with the
// pointer of the transition at fault.
func (c *compiler) compileLadder(ts []Transition, origin []string) *Ladder {
	f := c.f
	nodes := make([]career.Node, len(f.roles))
	for i, d := range f.roles {
		nodes[i] = career.Node{Level: uint8(d.level), Track: uint8(d.track), Discipline: uint8(d.discipline)}
	}
	edges := make([]career.Edge, 0, len(ts))
	kept := make([]int, 0, len(ts)) // index in ts of edges[i]
	for i, t := range ts {
		if msgs := c.transitionProblems(t); len(msgs) > 0 {
			c.ps.addf(origin[i], "%v: %s", t, strings.Join(msgs, "; "))
			continue
		}
		edges = append(edges, career.Edge{From: f.index(t.From), To: f.index(t.To), Kind: career.Kind(t.Kind), Req: t.Requirements.req()})
		kept = append(kept, i)
	}
	g, problems := career.Compile(nodes, edges)
	for _, p := range problems {
		at := func(k int) Transition { return ts[kept[p.Edges[k]]] }
		ptr := func(k int) string { return origin[kept[p.Edges[k]]] }
		switch p.Kind {
		case career.Duplicate:
			c.ps.addf(ptr(1), "%v and %v (%s) both lead from %v to %v",
				at(1), at(0), ptr(0), f.roles[p.Nodes[0]].role, f.roles[p.Nodes[1]].role)
		case career.EquivalentPromotion:
			c.ps.addf(ptr(0), "%v promotes between equivalent roles, a cycle", at(0))
		case career.Cycle:
			c.ps.addf("/ladder", "promotions form a cycle through %s", enum.Join(f.rolesAt(p.Nodes)))
		case career.Decreasing:
			c.ps.addf(ptr(1), "%v asks less than %v before it (%s): %s",
				at(1), at(0), ptr(0), strings.Join(c.less(at(0).Requirements, at(1).Requirements), "; "))
		case career.Unreachable:
			c.ps.addf(c.rolePtr[p.Nodes[0]], "ladder: %v is not reachable from the entry roles of its discipline (%s)",
				f.roles[p.Nodes[0]].role, enum.Join(f.rolesAt(p.Nodes[1:])))
		}
	}
	// The checks that need authority.
	top := f.roles[f.top].role
	for _, i := range kept {
		t := ts[i]
		from, to := f.Authority(t.From), f.Authority(t.To)
		switch t.Kind {
		case Promotion:
			if missing := from.Diff(to); len(missing) > 0 && t.To != top {
				c.ps.addf(origin[i], "%v loses authority: %s", t, enum.Join(missing))
			}
		case Equivalence:
			if from != to {
				c.ps.addf(origin[i], "%v links roles of different authority: %v holds %s, %v holds %s",
					t, t.From, from, t.To, to)
			}
		}
	}
	if g == nil {
		return nil
	}
	l := &Ladder{f: f, g: g, ts: make([]Transition, len(g.Edges()))}
	for i, e := range g.Edges() {
		t := ts[kept[e.Origin]]
		if e.From != f.index(t.From) { // the mirror of an equivalence
			t.From, t.To = t.To, t.From
		}
		l.ts[i] = t
	}
	return l
}

// transitionProblems lists what is wrong with t on its own.
func (c *compiler) transitionProblems(t Transition) []string {
	f := c.f
	var msgs []string
	if !f.Uses(t.From) {
		msgs = append(msgs, "invalid From role "+t.From.String())
	}
	if !f.Uses(t.To) {
		msgs = append(msgs, "invalid To role "+t.To.String())
	}
	if !t.Kind.IsValid() {
		msgs = append(msgs, "invalid kind "+t.Kind.String())
	}
	if t.From == t.To && t.From.IsValid() {
		msgs = append(msgs, "it leads from a role to itself")
	}
	r := t.Requirements
	for _, y := range [...]struct {
		field string
		v     float64
	}{{"YearsExperience", r.YearsExperience}, {"YearsInRole", r.YearsInRole}, {"YearsManaging", r.YearsManaging}} {
		if !yearsValid(y.v) {
			msgs = append(msgs, y.field+" "+yearsProblem(y.v))
		}
	}
	if !r.Competencies.IsValid() {
		msgs = append(msgs, "Competencies holds an invalid competency")
	}
	if len(msgs) > 0 {
		return msgs
	}
	switch t.Kind {
	case Promotion:
		if lf, lt := f.Level(t.From), f.Level(t.To); lt < lf {
			msgs = append(msgs, fmt.Sprintf("it lowers the level (%v -> %v)", lf, lt))
		}
	case Equivalence:
		if r != (Criteria{}) {
			msgs = append(msgs, "an equivalence asks nothing, but it has requirements")
		}
		if f.Track(t.From) != f.Track(t.To) {
			msgs = append(msgs, fmt.Sprintf("an equivalence links roles of one track, but %v is %v and %v is %v",
				t.From, f.Track(t.From), t.To, f.Track(t.To)))
		}
	}
	return msgs
}

// less says what later asks less than earlier.
func (c *compiler) less(earlier, later Criteria) []string {
	var less []string
	if later.YearsExperience < earlier.YearsExperience {
		less = append(less, fmt.Sprintf("YearsExperience %v < %v", yearsText(later.YearsExperience), yearsText(earlier.YearsExperience)))
	}
	if later.YearsManaging < earlier.YearsManaging {
		less = append(less, fmt.Sprintf("YearsManaging %v < %v", yearsText(later.YearsManaging), yearsText(earlier.YearsManaging)))
	}
	if missing := earlier.Competencies.minus(later.Competencies); missing.Len() > 0 {
		less = append(less, "Competencies lacks "+c.f.competencyList(missing))
	}
	return less
}

// req converts r for the ladder machinery.
func (r Criteria) req() career.Req {
	return career.Req{YearsExperience: r.YearsExperience, YearsInRole: r.YearsInRole,
		YearsManaging: r.YearsManaging, Competencies: r.Competencies.bits}
}

// criteria converts back from the ladder machinery.
func criteria(r career.Req) Criteria {
	return Criteria{YearsExperience: r.YearsExperience, YearsInRole: r.YearsInRole,
		YearsManaging: r.YearsManaging, Competencies: CompetencySet{r.Competencies}}
}

// WriteMermaid writes the ladder as a Mermaid flowchart, for Markdown
// pages that render Mermaid: a column per track, a row per level (an axis
// of invisible links names the levels and holds each role on its row), an
// entry role with a thick border.
// Promotions are solid arrows, track changes dotted arrows, equivalences
// dotted lines labelled "same role". The output depends only on the
// ladder, so it can be checked in and compared.
func (l *Ladder) WriteMermaid(w io.Writer) error {
	if l == nil {
		l = &Ladder{} // draws an empty ladder
	}
	var b bytes.Buffer
	b.WriteString("%% Career ladder drawn by pmroles: tracks are columns, levels rows.\n")
	b.WriteString("%% Solid arrows are promotions, dotted arrows track changes, dotted lines equivalences;\n")
	b.WriteString("%% a thick border marks an entry role.\n")
	b.WriteString("flowchart BT\n")
	b.WriteString("    classDef level fill:none,stroke:none,color:#666666\n")
	b.WriteString("    classDef entry stroke-width:3px\n")
	lo, hi := l.levelRange()
	for lv := lo; lv <= hi && lv.IsValid(); lv++ {
		fmt.Fprintf(&b, "    %v[\"%s\"]:::level\n", lv, l.levelLabel(lv))
	}
	for lv := lo; lv < hi; lv++ {
		fmt.Fprintf(&b, "    %v ~~~ %v\n", lv, lv+1)
	}
	for tr := range Tracks() {
		if !l.usesTrack(tr) {
			continue
		}
		fmt.Fprintf(&b, "    subgraph %v[\"%s\"]\n", tr, trackColumnTitle(tr))
		for r := range l.rolesOn(tr) {
			fmt.Fprintf(&b, "        %s[\"%s\"]", mermaidID(r), l.f.Title(r))
			if l.isEntry(r) {
				b.WriteString(":::entry")
			}
			b.WriteByte('\n')
		}
		b.WriteString("    end\n")
	}
	// An invisible link from the level below holds each role on its row.
	for r := range l.roles() {
		if lv := l.f.Level(r); lv > lo {
			fmt.Fprintf(&b, "    %v ~~~ %s\n", lv-1, mermaidID(r))
		}
	}
	for t := range l.drawn() {
		from, to := mermaidID(t.From), mermaidID(t.To)
		switch {
		case t.Kind == Promotion:
			fmt.Fprintf(&b, "    %s --> %s\n", from, to)
		case t.Kind == TrackChange && l.hasKind(t.To, t.From, TrackChange):
			fmt.Fprintf(&b, "    %s <-.-> %s\n", from, to)
		case t.Kind == TrackChange:
			fmt.Fprintf(&b, "    %s -.-> %s\n", from, to)
		default:
			fmt.Fprintf(&b, "    %s -.-|same role| %s\n", from, to)
		}
	}
	_, err := w.Write(b.Bytes())
	return err
}

// WriteDOT writes the ladder as a Graphviz DOT graph (render it with
// "dot -Tsvg"): a cluster per track, side by side, a row per level (an
// axis on the left names the levels), an entry role with a double border.
// Promotions are solid arrows, track changes dashed arrows, equivalences
// dotted lines labelled "same role". The output depends only on the
// ladder, so it can be checked in and compared.
func (l *Ladder) WriteDOT(w io.Writer) error {
	if l == nil {
		l = &Ladder{} // draws an empty ladder
	}
	var b bytes.Buffer
	b.WriteString("// Career ladder drawn by pmroles: tracks are columns, levels rows.\n")
	b.WriteString("// Solid arrows are promotions, dashed arrows track changes, dotted lines equivalences;\n")
	b.WriteString("// a double border marks an entry role.\n")
	b.WriteString("digraph ladder {\n")
	b.WriteString("\trankdir=BT;\n\tnewrank=true;\n\tranksep=0.5;\n\tnodesep=0.35;\n")
	b.WriteString("\tfontname=\"Helvetica\";\n\tfontsize=10;\n\tlabelloc=\"b\";\n")
	b.WriteString("\tlabel=\"Solid arrow: promotion.   Dashed arrow: track change.   Dotted line: same role.   Double border: entry role.\";\n")
	b.WriteString("\tnode [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=11];\n")
	b.WriteString("\tedge [fontname=\"Helvetica\", fontsize=9];\n")
	lo, hi := l.levelRange()
	for lv := lo; lv <= hi && lv.IsValid(); lv++ {
		fmt.Fprintf(&b, "\t%v [label=%q, shape=plaintext, style=\"\", fontcolor=\"#666666\"];\n", lv, l.levelLabel(lv))
	}
	for lv := lo; lv < hi; lv++ {
		fmt.Fprintf(&b, "\t%v -> %v [style=invis];\n", lv, lv+1)
	}
	fills := [...]string{IndividualContributor: "#e8f0fe", Management: "#fdebd3"}
	for tr := range Tracks() {
		if !l.usesTrack(tr) {
			continue
		}
		fmt.Fprintf(&b, "\tsubgraph cluster_%v {\n", tr)
		fmt.Fprintf(&b, "\t\tlabel=\"%s\";\n\t\tlabelloc=\"b\";\n\t\tfontsize=12;\n\t\tstyle=\"rounded\";\n\t\tcolor=\"#bbbbbb\";\n", trackColumnTitle(tr))
		for r := range l.rolesOn(tr) {
			fmt.Fprintf(&b, "\t\t%q [label=%q, fillcolor=%q", r.String(), l.f.Title(r), fills[tr])
			if l.isEntry(r) {
				b.WriteString(", peripheries=2")
			}
			b.WriteString("];\n")
		}
		b.WriteString("\t}\n")
	}
	for lv := lo; lv <= hi && lv.IsValid(); lv++ {
		fmt.Fprintf(&b, "\t{rank=same; %v;", lv)
		for r := range l.roles() {
			if l.f.Level(r) == lv {
				fmt.Fprintf(&b, " %q;", r.String())
			}
		}
		b.WriteString("}\n")
	}
	for t := range l.drawn() {
		fmt.Fprintf(&b, "\t%q -> %q", t.From.String(), t.To.String())
		switch {
		case t.Kind == Promotion:
			b.WriteString(";\n")
		case t.Kind == TrackChange && l.hasKind(t.To, t.From, TrackChange):
			b.WriteString(" [style=dashed, dir=both, color=\"#1f5fbf\", constraint=false];\n")
		case t.Kind == TrackChange:
			b.WriteString(" [style=dashed, color=\"#1f5fbf\", constraint=false];\n")
		default:
			b.WriteString(" [style=dotted, dir=none, penwidth=1.5, color=\"#555555\", label=\"same role\", constraint=false];\n")
		}
	}
	b.WriteString("}\n")
	_, err := w.Write(b.Bytes())
	return err
}

// levelRange returns the lowest and highest levels the ladder's roles
// are at, or 1 and 0 when it has none.
func (l *Ladder) levelRange() (lo, hi Level) {
	lo, hi = MaxLevel+1, 0
	for r := range l.roles() {
		lo, hi = min(lo, l.f.Level(r)), max(hi, l.f.Level(r))
	}
	if hi == 0 {
		return 1, 0
	}
	return lo, hi
}

// levelLabel names a row of a diagram: the level, and the grades of the
// roles at that level when they have any, "L5 · P5".
func (l *Ladder) levelLabel(lv Level) string {
	label := lv.String()
	var grades []string
	for r := range l.roles() {
		if g := l.f.Grade(r); g != "" && l.f.Level(r) == lv && !slices.Contains(grades, g) {
			grades = append(grades, g)
		}
	}
	if len(grades) > 0 {
		label += " · " + strings.Join(grades, ", ")
	}
	return label
}

// roles returns an iterator over the ladder's roles, in the framework's
// order; none for a nil or empty ladder.
func (l *Ladder) roles() iter.Seq[Role] {
	return func(yield func(Role) bool) {
		if l == nil || l.f == nil {
			return
		}
		for _, d := range l.f.roles {
			if !yield(d.role) {
				return
			}
		}
	}
}

func (l *Ladder) isEntry(r Role) bool { return l.g != nil && l.g.IsEntry(l.f.index(r)) }

func (l *Ladder) usesTrack(tr Track) bool {
	for range l.rolesOn(tr) {
		return true
	}
	return false
}

// rolesOn returns the ladder's roles on track tr, by level then in the
// framework's order.
func (l *Ladder) rolesOn(tr Track) iter.Seq[Role] {
	return func(yield func(Role) bool) {
		if l == nil || l.f == nil {
			return
		}
		for _, i := range l.f.byLevel {
			if d := &l.f.roles[i]; d.track == tr && !yield(d.role) {
				return
			}
		}
	}
}

// drawn returns the transitions to draw, in the order of All: one line for
// an equivalence and for a pair of track changes that go both ways.
func (l *Ladder) drawn() iter.Seq[Transition] {
	return func(yield func(Transition) bool) {
		for t := range l.All() {
			pair := t.Kind == Equivalence || t.Kind == TrackChange && l.hasKind(t.To, t.From, TrackChange)
			if pair && l.f.index(t.From) > l.f.index(t.To) {
				continue
			}
			if !yield(t) {
				return
			}
		}
	}
}

func (l *Ladder) hasKind(from, to Role, k TransitionKind) bool {
	t := l.edge(from, to)
	return t != nil && t.Kind == k
}

func trackColumnTitle(tr Track) string {
	if tr == Management {
		return "Management"
	}
	return "Individual contributor"
}

// mermaidID returns r's text ID with underscores: Mermaid reads "-" in
// node IDs as part of a link.
func mermaidID(r Role) string { return strings.ReplaceAll(r.String(), "-", "_") }

// The requirements of the default transitions. Each figure says where it
// comes from: a source article (see Sources in the package
// documentation), GitLab's public product management career development framework
// (handbook, "Product Management CDF"), or "our default" where we chose
// it. Competencies are our default throughout: each transition asks the
// competencies of the previous promotion plus those the new role's duties
// in the sources call for, so they never decrease along a track.
var (
	competenciesPM = CompetencySetOf(CompetencyExecution, CompetencyCustomerResearch)
	// the CPO career article: a senior PM develops "requirements and roadmaps" and
	// coordinates "with engineering, marketing, sales".
	competenciesSenior = competenciesPM.Union(CompetencySetOf(
		CompetencyRoadmapping, CompetencyGoToMarket, CompetencyStakeholderManagement))
	// the product levels article: "developing and communicating the product strategy ...
	// using insights taken from performance data".
	competenciesPrincipal = competenciesSenior.Union(CompetencySetOf(
		CompetencyProductStrategy, CompetencyDataAnalysis))
	// the head of product article: "transition from managing a product to managing a team of
	// product managers".
	competenciesGroup = competenciesSenior.Union(CompetencySetOf(CompetencyPeopleManagement))
	// the head of product article: a head of product is "responsible for hiring, training";
	// directors need both the principal's strategy and the group PM's
	// people skills.
	competenciesDirector = competenciesPrincipal.Union(competenciesGroup).Union(CompetencySetOf(CompetencyHiring))
	// the CPO career article: "look after a portfolio of products"; "roadmapping and
	// budgeting".
	competenciesHead = competenciesDirector.Union(CompetencySetOf(
		CompetencyPortfolioManagement, CompetencyBudgeting))
	// the CPO authority article: the CPO aligns "with other executives".
	competenciesVP = competenciesHead.Union(CompetencySetOf(CompetencyExecutiveLeadership))
	// the CPO authority article: launch, positioning and messaging with product managers;
	// a director of product marketing also hires and manages.
	competenciesMarketingDirector = CompetencySetOf(CompetencyCustomerResearch, CompetencyGoToMarket,
		CompetencyStakeholderManagement, CompetencyPeopleManagement, CompetencyHiring)
	// Startups ask a head of product for strategy and a team (the product levels article:
	// "being able to successfully lead a product management team").
	competenciesStartupHead = competenciesSenior.Union(CompetencySetOf(
		CompetencyProductStrategy, CompetencyPeopleManagement, CompetencyHiring, CompetencyBudgeting))

	// GitLab CDF: a product manager has 2 to 4 years of experience; we ask
	// the lower bound. A year in role: our default.
	barPM = Criteria{YearsExperience: 2, YearsInRole: 1, Competencies: competenciesPM}
	// the CPO career article: "at least four to five years of experience to be promoted
	// to a senior position"; GitLab CDF: senior 4 to 6 years. We ask 4.
	// Two years in role: our default.
	barSenior = Criteria{YearsExperience: 4, YearsInRole: 2, Competencies: competenciesSenior}
	// GitLab CDF: principal 8 to 10 years, and about a year of people
	// management. We ask 8 and 1. Two years in role: our default.
	barPrincipal = Criteria{YearsExperience: 8, YearsInRole: 2, YearsManaging: 1, Competencies: competenciesPrincipal}
	// Our default: the top of GitLab's senior range (6 years) to start
	// managing; no management yet, as it is the first management step.
	barGroup = Criteria{YearsExperience: 6, YearsInRole: 2, Competencies: competenciesGroup}
	// Our default: the top of GitLab's principal range (10 years) and two
	// years of management; from the principal PM, the year of management
	// GitLab asks of principals.
	barDirector            = Criteria{YearsExperience: 10, YearsInRole: 2, YearsManaging: 2, Competencies: competenciesDirector}
	barPrincipalToDirector = Criteria{YearsExperience: 10, YearsInRole: 2, YearsManaging: 1, Competencies: competenciesDirector}
	// Our default: a director returns to individual work at the
	// principal's own bar (GitLab CDF: 8 years, a year of management), so
	// a track change never gets round a bar.
	barDirectorToPrincipal = Criteria{YearsExperience: 8, YearsInRole: 1, YearsManaging: 1, Competencies: competenciesPrincipal}
	// Our default. the product levels article recommends "at least three to five years'
	// experience before becoming a head of product"; in an enterprise
	// ladder the head of product comes after a director, so the bar is
	// higher than that floor.
	barHead = Criteria{YearsExperience: 12, YearsInRole: 2, YearsManaging: 4, Competencies: competenciesHead}
	// Our default.
	barVP = Criteria{YearsExperience: 14, YearsInRole: 2, YearsManaging: 6, Competencies: competenciesVP}
	// Our default.
	barCPO = Criteria{YearsExperience: 15, YearsInRole: 2, YearsManaging: 8, Competencies: competenciesVP}
	// Our default: the director of product's years of experience, with
	// two of management.
	barMarketingDirector = Criteria{YearsExperience: 8, YearsInRole: 2, YearsManaging: 2, Competencies: competenciesMarketingDirector}
	// the product levels article: "at least three to five years' experience before becoming
	// a head of product"; after a senior PM's 4 (the CPO career article) we ask the upper
	// bound, 5. A year in role and a year leading people: our default.
	barStartupToHead = Criteria{YearsExperience: 5, YearsInRole: 1, YearsManaging: 1, Competencies: competenciesStartupHead}
)

// defaultTransitions is the catalogue's ladder: the ladder of [Default],
// and of every framework whose document gives none, through the roles it
// uses.
var defaultTransitions = []Transition{
	{AssociateProductManager, ProductManager, Promotion, barPM},
	// Our default: the product owner sits at the product manager's level
	// and is reached the same way.
	{AssociateProductManager, ProductOwner, Promotion, barPM},
	{ProductManager, SeniorProductManager, Promotion, barSenior},
	// Our default: a product owner grows into a senior PM as a product
	// manager does.
	{ProductOwner, SeniorProductManager, Promotion, barSenior},
	{SeniorProductManager, PrincipalProductManager, Promotion, barPrincipal},
	{SeniorProductManager, GroupProductManager, TrackChange, barGroup},
	{PrincipalProductManager, DirectorOfProduct, TrackChange, barPrincipalToDirector},
	{DirectorOfProduct, PrincipalProductManager, TrackChange, barDirectorToPrincipal},
	{GroupProductManager, DirectorOfProduct, Promotion, barDirector},
	{DirectorOfProduct, HeadOfProduct, Promotion, barHead},
	{HeadOfProduct, VPOfProduct, Promotion, barVP},
	{VPOfProduct, ChiefProductOfficer, Promotion, barCPO},
	{ProductMarketingManager, DirectorOfProductMarketing, Promotion, barMarketingDirector},
}
