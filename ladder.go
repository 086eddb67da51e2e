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
	"sync"

	"github.com/pmroles/pmroles/internal/enum"
	"github.com/pmroles/pmroles/internal/graph"
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
// purpose: each comes from a duty the source articles give a role (seeds
// 000 to 004 in the design notes). The zero Competency is invalid.
type Competency uint8

// The competencies, in the order of [Competencies]: roughly in the order a
// product manager acquires them.
const (
	// CompetencyExecution: shipping with engineering and design,
	// prioritising tasks (seed 004, associate PM).
	CompetencyExecution Competency = 1 + iota
	// CompetencyCustomerResearch: gathering customer feedback and
	// conducting market research (seed 000, product manager).
	CompetencyCustomerResearch
	// CompetencyRoadmapping: developing requirements and roadmaps (seed
	// 002, senior PM).
	CompetencyRoadmapping
	// CompetencyGoToMarket: go-to-market strategy, pricing and positioning
	// (seed 000, product manager).
	CompetencyGoToMarket
	// CompetencyStakeholderManagement: being the glue between development
	// teams, stakeholders and customers (seed 003, principal PM).
	CompetencyStakeholderManagement
	// CompetencyProductStrategy: developing and communicating the product
	// strategy (seed 004, principal PM).
	CompetencyProductStrategy
	// CompetencyDataAnalysis: deciding from product metrics and
	// performance data (seeds 003 and 004).
	CompetencyDataAnalysis
	// CompetencyPeopleManagement: managing a team of product managers
	// (seed 003).
	CompetencyPeopleManagement
	// CompetencyHiring: hiring, training and mentoring product managers
	// (seed 003, head of product).
	CompetencyHiring
	// CompetencyPortfolioManagement: looking after a portfolio of
	// products (seed 002).
	CompetencyPortfolioManagement
	// CompetencyBudgeting: budgeting and resource allocation (seed 002,
	// VP of product; seed 000, CPO).
	CompetencyBudgeting
	// CompetencyExecutiveLeadership: aligning the product strategy with
	// the other executives (seed 000, CPO).
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

// IsValid reports whether c is a known competency. The zero Competency is
// not.
func (c Competency) IsValid() bool { return c >= 1 && c <= numCompetencies }

// String returns the competency's text ID, or "%!Competency(n)" for an
// invalid one.
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
// always iterated in the order of [Competencies], so comparisons and
// output are deterministic. The zero CompetencySet is empty.
type CompetencySet struct{ bits uint32 }

// invalidCompetency is the bit that marks a set built from an invalid
// Competency. Bit 0 is free for it because the zero Competency is invalid.
const invalidCompetency = 1

// CompetencySetOf returns the set of cs. Duplicates collapse. An invalid
// competency in cs is not dropped silently: it makes the set invalid (see
// [CompetencySet.IsValid]), and frameworks and [Ladder.Check] refuse
// invalid sets.
func CompetencySetOf(cs ...Competency) CompetencySet {
	var s CompetencySet
	for _, c := range cs {
		if c.IsValid() {
			s.bits |= 1 << c
		} else {
			s.bits |= invalidCompetency
		}
	}
	return s
}

// Has reports whether c is in s.
func (s CompetencySet) Has(c Competency) bool { return c.IsValid() && s.bits&(1<<c) != 0 }

// Contains reports whether every competency of t is in s. Contains is
// reflexive and transitive, and every valid set contains the empty set. It
// is false when either set is invalid.
func (s CompetencySet) Contains(t CompetencySet) bool {
	return s.IsValid() && t.IsValid() && t.bits&^s.bits == 0
}

// IsValid reports whether s was built from valid competencies only.
func (s CompetencySet) IsValid() bool { return s.bits&invalidCompetency == 0 }

// Len returns the number of valid competencies in s.
func (s CompetencySet) Len() int { return bits.OnesCount32(s.bits &^ invalidCompetency) }

// All returns an iterator over the competencies of s in the order of
// [Competencies].
func (s CompetencySet) All() iter.Seq[Competency] {
	return func(yield func(Competency) bool) {
		for c := range Competencies() {
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
func (s CompetencySet) Union(t CompetencySet) CompetencySet { return CompetencySet{s.bits | t.bits} }

// MarshalJSON encodes s as an array of competency IDs in the order of
// [Competencies]: ["roadmapping","hiring"]. It fails for an invalid set.
func (s CompetencySet) MarshalJSON() ([]byte, error) {
	if !s.IsValid() {
		return nil, errors.New("pmroles: cannot marshal invalid competency set " + s.String())
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
		t.bits |= 1 << c
	}
	*s = t
	return nil
}

// minus returns the competencies of s that t lacks.
func (s CompetencySet) minus(t CompetencySet) CompetencySet { return CompetencySet{s.bits &^ t.bits} }

// Criteria are what a [Transition] asks of a [Candidate]: minimums of
// years and a set of competencies. The zero Criteria ask nothing. Years
// are fractional (1.5 is a year and a half); a valid figure is finite and
// not negative. They are float32, unlike a Candidate's float64 years: a
// threshold needs no more precision, and the smaller Transition halves
// what [Ladder.Path] allocates.
//
// The type is named Criteria, not Requirements, because [Requirements]
// is already a [Decision].
type Criteria struct {
	YearsExperience float32       `json:"yearsExperience"` // total years of product experience
	YearsInRole     float32       `json:"yearsInRole"`     // years in the role the candidate holds now
	YearsManaging   float32       `json:"yearsManaging"`   // years managing people
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

// years64 widens a Criteria figure to the float64 a Candidate holds, as
// the decimal it was written as: 0.1 stays 0.1, not 0.10000000149011612.
func years64(x float32) float64 {
	// Whole, half and quarter years, the usual figures, widen exactly.
	if f := float64(x); f == math.Trunc(f*4)/4 || math.IsNaN(f) || math.IsInf(f, 0) {
		return f
	}
	v, _ := strconv.ParseFloat(strconv.FormatFloat(float64(x), 'g', -1, 32), 64)
	return v
}

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

	reason string // with ErrNoTransition: why, when there is more to say
	route  bool   // from Path: there is no route, rather than no transition
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
// A framework's ladder holds only roles the framework uses. When the
// transitions it was given pass through roles it does not use, each run of
// them through such roles becomes one transition: in a framework without
// senior and principal PMs, the default ladder promotes a product manager
// straight to director, asking the most that any step of the run asks
// (the highest years, every competency). A run that rises in level is a
// promotion; one that does not, but changes track, is a track change; one
// made only of equivalences is an equivalence. Among several runs between
// the same two roles, the shortest wins, ties going to the one found first
// when the roles are visited in [Roles] order; a transition given between
// two roles in use always wins.
//
// The entry roles of a ladder are, for each [Discipline], the roles in use
// at the lowest level the framework uses in that discipline: where people
// join. In [Default] they are the associate product manager, the product
// marketing manager, the director of UX and the head of product analytics.
type Ladder struct {
	spec  []Transition // as given to WithTransitions; shared, read-only
	roles roleSet      // the roles in use

	ts    []Transition                       // compiled, sorted by From then To in Roles order
	idx   [numRoles + 1][numRoles + 1]uint8  // 1 + index into ts; 0: no transition
	first [numRoles + 2]uint8                // ts[first[r]:first[r+1]] leave r
	route [numRoles + 1][numRoles + 1]uint16 // paths[route[a][b]:][:dist[a][b]] is the path from a to b
	dist  [numRoles + 1][numRoles + 1]uint8  // dist[a][b]: steps on the path from a to b; 0: none
	paths []Transition                       // every path, one after the other
	entry roleSet                            // the entry roles
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
	if l.eligible(&c, to) {
		return nil
	}
	return l.explain(&c, to)
}

// eligible is Check's fast path.
func (l *Ladder) eligible(c *Candidate, to Role) bool {
	if l == nil || c.Role > numRoles || to > numRoles {
		return false
	}
	i := l.idx[c.Role][to]
	return i != 0 && meetsCriteria(c, &l.ts[i-1].Requirements)
}

// meetsCriteria reports whether c is valid and meets r.
func meetsCriteria(c *Candidate, r *Criteria) bool {
	return yearsValid(c.YearsExperience) && yearsValid(c.YearsInRole) && yearsValid(c.YearsManaging) &&
		c.Competencies.IsValid() &&
		c.YearsExperience >= float64(r.YearsExperience) && c.YearsInRole >= float64(r.YearsInRole) &&
		c.YearsManaging >= float64(r.YearsManaging) && r.Competencies.bits&^c.Competencies.bits == 0
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
	case !l.roles.has(c.Role):
		e.reason = "the framework does not use " + c.Role.String()
	case !l.roles.has(to):
		e.reason = "the framework does not use " + to.String()
	case c.Role == to:
		e.reason = "the candidate already holds the role"
	}
	if e.reason != "" || l.idx[c.Role][to] == 0 {
		return e
	}
	t := &l.ts[l.idx[c.Role][to]-1]
	r := &t.Requirements
	e.Kind = t.Kind
	e.Shortfalls = make([]Shortfall, 0, 4) // room for every field: one allocation
	years := [...]struct {
		field      string
		have, need float64
	}{
		{"YearsExperience", c.YearsExperience, years64(r.YearsExperience)},
		{"YearsInRole", c.YearsInRole, years64(r.YearsInRole)},
		{"YearsManaging", c.YearsManaging, years64(r.YearsManaging)},
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
// by their To role in [Roles] order. It yields nothing for a role the
// framework does not use.
func (l *Ladder) Next(r Role) iter.Seq[Transition] {
	return func(yield func(Transition) bool) {
		if l == nil || r > numRoles {
			return
		}
		for _, t := range l.ts[l.first[r]:l.first[r+1]] {
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
		if l == nil || c.Role > numRoles {
			return
		}
		for i := l.first[c.Role]; i < l.first[c.Role+1]; i++ {
			if t := &l.ts[i]; meetsCriteria(&c, &t.Requirements) && !yield(*t) {
				return
			}
		}
	}
}

// All returns an iterator over every transition of the ladder, ordered by
// From, then To, both in [Roles] order. An equivalence appears once in
// each direction.
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
// [Roles] order: from a senior PM it goes through the principal PM before
// the group PM. Path ignores requirements; check each step with
// [Ladder.Check].
//
// Path returns an empty route and no error when from == to (and the
// framework uses the role). When there is no route, or a role is invalid
// or unused, the error is a *[TransitionError] wrapping [ErrNoTransition].
// Path allocates only the returned slice.
func (l *Ladder) Path(from, to Role) ([]Transition, error) {
	switch {
	case l == nil:
		return nil, &TransitionError{From: from, To: to, Err: ErrNoTransition, reason: "the framework has no ladder", route: true}
	case !l.roles.has(from):
		return nil, l.unusedErr(from, to, from)
	case !l.roles.has(to):
		return nil, l.unusedErr(from, to, to)
	case from == to:
		return nil, nil
	}
	n := l.dist[from][to]
	if n == 0 {
		return nil, &TransitionError{From: from, To: to, Err: ErrNoTransition, route: true}
	}
	// The routes are computed when the ladder is built; a copy made by
	// append is not cleared first.
	start := int(l.route[from][to])
	return append([]Transition(nil), l.paths[start:start+int(n)]...), nil
}

func (l *Ladder) unusedErr(from, to, r Role) error {
	reason := "the framework does not use " + r.String()
	if !r.IsValid() {
		reason = "invalid role " + r.String()
	}
	return &TransitionError{From: from, To: to, Err: ErrNoTransition, reason: reason, route: true}
}

// WithTransitions replaces the framework's ladder with ts. The option
// itself never fails: the framework checks the ladder when it is built and
// refuses it with every problem listed, each error wrapping
// [ErrInvalidFramework]:
//
//   - a transition must name two different valid roles and a valid kind;
//     its years must be finite and not negative, its competency set valid;
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
// The ladder is compiled for the roles the framework uses, so a later
// [WithRoles] narrows it as [Ladder] describes. WithTransitions with no
// transitions removes the ladder: the framework then says nothing about
// careers, there is nothing to reach, and Check, like Path between two
// different roles, reports [ErrNoTransition]. WithTransitions copies ts.
func WithTransitions(ts ...Transition) Option {
	ts = slices.Clone(ts)
	return func(f *Framework) error {
		f.ladder = ts
		return nil
	}
}

// Ladder returns the framework's career ladder. Every framework built by
// [Default], [Framework.With] or a profile has one, possibly empty; on
// the zero Framework it returns nil, whose methods report
// [ErrNoTransition] and yield nothing.
func (f *Framework) Ladder() *Ladder { return f.compiled }

// A ladderProblem classifies the errors of a ladder, for tests.
type ladderProblem uint8

const (
	problemInvalid ladderProblem = 1 + iota
	problemDuplicate
	problemEquivalence
	problemLowersLevel
	problemLosesAuthority
	problemCycle
	problemDecreasing
	problemUnreachable
)

// A ladderError is one problem of a ladder. It wraps ErrInvalidFramework.
type ladderError struct {
	problem ladderProblem
	roles   []Role // the roles at fault: From and To, a cycle, an unreachable role
	msg     string
}

func (e *ladderError) Error() string { return "pmroles: ladder: " + e.msg }
func (e *ladderError) Unwrap() error { return ErrInvalidFramework }

// ladderStep is a transition of a ladder under construction, with the roles
// not in use it was joined through, for error messages.
type ladderStep struct {
	Transition
	via []Role
}

func (c *ladderStep) name() string {
	if len(c.via) == 0 {
		return c.Transition.String()
	}
	names := make([]string, len(c.via))
	for i, r := range c.via {
		names[i] = r.String()
	}
	return c.Transition.String() + " (joined through " + strings.Join(names, ", ") + ", not in use)"
}

// compileLadder builds the ladder of spec for f and checks it. It reads
// f's roles and authority fields directly, as validate sees them.
func compileLadder(f *Framework, spec []Transition) (*Ladder, []error) {
	l := &Ladder{spec: spec, roles: f.roles}
	var errs []error
	fail := func(p ladderProblem, roles []Role, format string, args ...any) {
		errs = append(errs, &ladderError{problem: p, roles: roles, msg: fmt.Sprintf(format, args...)})
	}

	// The transitions as given, over the whole catalogue, with each
	// equivalence mirrored.
	var given []Transition
	var origin []int                         // index in spec of given[i]
	var at [numRoles + 1][numRoles + 1]int16 // 1 + index into given
	for i, t := range spec {
		if msgs := t.problems(); len(msgs) > 0 {
			fail(problemInvalid, []Role{t.From, t.To}, "transition %d (%v): %s", i, t, strings.Join(msgs, "; "))
			continue
		}
		pairs := [][2]Role{{t.From, t.To}}
		if t.Kind == Equivalence {
			pairs = append(pairs, [2]Role{t.To, t.From})
		}
		for _, p := range pairs {
			if j := at[p[0]][p[1]]; j != 0 {
				if t.Kind != Equivalence || given[j-1].Kind != Equivalence {
					fail(problemDuplicate, []Role{p[0], p[1]}, "transition %d (%v) and transition %d (%v) both lead from %v to %v",
						origin[j-1], spec[origin[j-1]], i, t, p[0], p[1])
				}
				continue
			}
			u := t
			u.From, u.To = p[0], p[1]
			given = append(given, u)
			origin = append(origin, i)
			at[p[0]][p[1]] = int16(len(given))
		}
	}

	// Join runs through roles not in use: a breadth-first search from
	// each role in use that stops at the first roles in use it meets.
	var ts []ladderStep
	for a := range Roles() {
		if !l.roles.has(a) {
			continue
		}
		var reached [numRoles + 1]int16 // 1 + index into given of the last step
		var found [numRoles + 1]bool
		reached[a] = -1
		queue := []Role{a}
		for len(queue) > 0 {
			u := queue[0]
			queue = queue[1:]
			for b := range Roles() {
				j := at[u][b]
				if j == 0 || reached[b] != 0 {
					continue
				}
				reached[b] = j
				if l.roles.has(b) {
					found[b] = true
				} else {
					queue = append(queue, b)
				}
			}
		}
		for b := range Roles() {
			if !found[b] {
				continue
			}
			var run []Transition
			for r := b; r != a; r = given[reached[r]-1].From {
				run = append(run, given[reached[r]-1])
			}
			slices.Reverse(run)
			if c, ok := joinRun(run); ok {
				ts = append(ts, c)
			}
		}
	}

	l.ts = make([]Transition, len(ts))
	for i, c := range ts {
		l.ts[i] = c.Transition
		l.idx[c.From][c.To] = uint8(i + 1)
	}
	for r := Role(1); r <= numRoles+1; r++ {
		l.first[r] = l.first[r-1]
		for int(l.first[r]) < len(ts) && ts[l.first[r]].From < r {
			l.first[r]++
		}
	}

	// Checks on the compiled ladder, which are what the framework means.
	top := f.Top()
	for i := range ts {
		c := &ts[i]
		from, to := c.From, c.To
		switch c.Kind {
		case Promotion:
			if to.Level() < from.Level() {
				fail(problemLowersLevel, []Role{from, to}, "%s lowers the level (%v -> %v)", c.name(), from.Level(), to.Level())
			}
			if missing := f.authority[from].Diff(f.authority[to]); len(missing) > 0 && to != top {
				fail(problemLosesAuthority, []Role{from, to}, "%s loses authority: %s", c.name(), enum.Join(missing))
			}
		case Equivalence:
			if from < to && f.authority[from] != f.authority[to] {
				fail(problemEquivalence, []Role{from, to}, "%s links roles of different authority: %v holds %s, %v holds %s",
					c.name(), from, f.authority[from], to, f.authority[to])
			}
		}
	}
	l.checkCycles(ts, fail)
	l.checkMonotone(ts, fail)
	l.entry = ladderEntries(l.roles)
	if len(spec) > 0 {
		l.checkReachable(fail)
	}
	if len(errs) > 0 {
		return nil, errs
	}
	l.computePaths()
	return l, nil
}

// problems lists what is wrong with t on its own.
func (t Transition) problems() []string {
	var msgs []string
	if !t.From.IsValid() {
		msgs = append(msgs, "invalid From role "+t.From.String())
	}
	if !t.To.IsValid() {
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
	}{{"YearsExperience", years64(r.YearsExperience)}, {"YearsInRole", years64(r.YearsInRole)}, {"YearsManaging", years64(r.YearsManaging)}} {
		if !yearsValid(y.v) {
			msgs = append(msgs, y.field+" "+yearsProblem(y.v))
		}
	}
	if !r.Competencies.IsValid() {
		msgs = append(msgs, "Competencies holds an invalid competency")
	}
	if t.Kind == Equivalence && len(msgs) == 0 {
		if r != (Criteria{}) {
			msgs = append(msgs, "an equivalence asks nothing, but it has requirements")
		}
		if t.From.Track() != t.To.Track() {
			msgs = append(msgs, fmt.Sprintf("an equivalence links roles of one track, but %v is %v and %v is %v",
				t.From, t.From.Track(), t.To, t.To.Track()))
		}
	}
	return msgs
}

// joinRun makes one transition of a run of given transitions; see [Ladder].
func joinRun(run []Transition) (ladderStep, bool) {
	if len(run) == 1 {
		return ladderStep{Transition: run[0]}, true
	}
	from, to := run[0].From, run[len(run)-1].To
	c := ladderStep{Transition: Transition{From: from, To: to}}
	allEquivalent := true
	for i, t := range run {
		allEquivalent = allEquivalent && t.Kind == Equivalence
		r, q := &c.Requirements, t.Requirements
		r.YearsExperience = max(r.YearsExperience, q.YearsExperience)
		r.YearsInRole = max(r.YearsInRole, q.YearsInRole)
		r.YearsManaging = max(r.YearsManaging, q.YearsManaging)
		r.Competencies = r.Competencies.Union(q.Competencies)
		if i > 0 {
			c.via = append(c.via, t.From)
		}
	}
	switch {
	case allEquivalent:
		c.Kind = Equivalence
	case to.Level() > from.Level():
		c.Kind = Promotion
	case to.Track() != from.Track():
		c.Kind = TrackChange
	default:
		// Neither up nor across: no career move.
		return ladderStep{}, false
	}
	return c, true
}

// checkCycles reports promotion cycles, counting equivalent roles as one:
// a promotion between two equivalent roles, and each group of roles that
// promotions lead round.
func (l *Ladder) checkCycles(ts []ladderStep, fail func(ladderProblem, []Role, string, ...any)) {
	var same [][2]int
	for _, c := range ts {
		if c.Kind == Equivalence {
			same = append(same, [2]int{int(c.From), int(c.To)})
		}
	}
	class := graph.Classes(numRoles+1, same)
	// up[u] holds the classes one promotion leads to from class u.
	up := make([]graph.Set, numRoles+1)
	for _, c := range ts {
		if c.Kind != Promotion {
			continue
		}
		a, b := class[c.From], class[c.To]
		if a == b {
			fail(problemCycle, []Role{c.From, c.To}, "%s promotes between equivalent roles, a cycle", c.name())
			continue
		}
		up[a] = up[a].With(b)
	}
	reach := graph.Closure(up)
	var reported graph.Set
	for u := range Roles() {
		if class[u] != int(u) || !reach[u].Has(int(u)) || reported.Has(int(u)) {
			continue
		}
		var cycle []Role
		for r := range Roles() {
			if v := class[r]; v == int(u) || reach[u].Has(v) && reach[v].Has(int(u)) {
				cycle = append(cycle, r)
				reported = reported.With(v)
			}
		}
		fail(problemCycle, cycle, "promotions form a cycle through %s", enum.Join(cycle))
	}
}

// checkMonotone reports a promotion that asks less than the promotion
// before it.
func (l *Ladder) checkMonotone(ts []ladderStep, fail func(ladderProblem, []Role, string, ...any)) {
	for i := range ts {
		p := &ts[i]
		if p.Kind != Promotion {
			continue
		}
		for j := range ts {
			q := &ts[j]
			if q.Kind != Promotion || q.From != p.To || q.To == p.From {
				continue
			}
			a, b := p.Requirements, q.Requirements
			var less []string
			if b.YearsExperience < a.YearsExperience {
				less = append(less, fmt.Sprintf("YearsExperience %v < %v", yearsText(years64(b.YearsExperience)), yearsText(years64(a.YearsExperience))))
			}
			if b.YearsManaging < a.YearsManaging {
				less = append(less, fmt.Sprintf("YearsManaging %v < %v", yearsText(years64(b.YearsManaging)), yearsText(years64(a.YearsManaging))))
			}
			if missing := a.Competencies.minus(b.Competencies); missing.Len() > 0 {
				less = append(less, "Competencies lacks "+missing.String())
			}
			if len(less) > 0 {
				fail(problemDecreasing, []Role{p.From, p.To, q.To}, "%s asks less than %s before it: %s",
					q.name(), p.name(), strings.Join(less, "; "))
			}
		}
	}
}

// ladderEntries returns, for each discipline, the roles of roles at the
// lowest level used in that discipline.
func ladderEntries(roles roleSet) roleSet {
	var lowest [numDisciplines + 1]Level
	for r := range Roles() {
		if d := r.Discipline(); roles.has(r) && (lowest[d] == 0 || r.Level() < lowest[d]) {
			lowest[d] = r.Level()
		}
	}
	var entry roleSet
	for r := range Roles() {
		if roles.has(r) && r.Level() == lowest[r.Discipline()] {
			entry = entry.with(r)
		}
	}
	return entry
}

// successors returns, for each role, the roles its transitions lead to.
func (l *Ladder) successors() []graph.Set {
	succ := make([]graph.Set, numRoles+1)
	for _, t := range l.ts {
		succ[t.From] = succ[t.From].With(int(t.To))
	}
	return succ
}

// checkReachable reports roles in use that no route leads to from an
// entry role.
func (l *Ladder) checkReachable(fail func(ladderProblem, []Role, string, ...any)) {
	seen := graph.Reachable(l.successors(), graph.Set(l.entry))
	for r := range Roles() {
		if l.roles.has(r) && !seen.Has(int(r)) {
			var entries []Role
			for e := range Roles() {
				if l.entry.has(e) && e.Discipline() == r.Discipline() {
					entries = append(entries, e)
				}
			}
			fail(problemUnreachable, []Role{r}, "%v is not reachable from the entry roles of its discipline (%s)", r, enum.Join(entries))
		}
	}
}

// computePaths fills dist, route and paths with a breadth-first search
// from every role in use that follows transitions in [Roles] order of
// their To roles, the order of Next: each role gets the route that comes
// first in Roles order among the shortest.
func (l *Ladder) computePaths() {
	succ := l.successors()
	for a := range Roles() {
		if !l.roles.has(a) {
			continue
		}
		prev, dist := graph.ShortestRoutes(succ, int(a))
		for b := range Roles() {
			n := dist[b]
			if n == 0 {
				continue
			}
			l.dist[a][b] = uint8(n)
			l.route[a][b] = uint16(len(l.paths))
			l.paths = append(l.paths, make([]Transition, n)...)
			path := l.paths[len(l.paths)-n:]
			for i, r := n-1, b; i >= 0; i-- {
				p := Role(prev[r])
				path[i] = l.ts[l.idx[p][r]-1]
				r = p
			}
		}
	}
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
		fmt.Fprintf(&b, "    %v[\"%v\"]:::level\n", lv, lv)
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
			fmt.Fprintf(&b, "        %s[\"%s\"]", mermaidID(r), r.Title())
			if l.entry.has(r) {
				b.WriteString(":::entry")
			}
			b.WriteByte('\n')
		}
		b.WriteString("    end\n")
	}
	// An invisible link from the level below holds each role on its row.
	for r := range rolesIn(l.roles) {
		if r.Level() > lo {
			fmt.Fprintf(&b, "    %v ~~~ %s\n", r.Level()-1, mermaidID(r))
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
		fmt.Fprintf(&b, "\t%v [shape=plaintext, style=\"\", fontcolor=\"#666666\"];\n", lv)
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
			fmt.Fprintf(&b, "\t\t%q [label=%q, fillcolor=%q", r.String(), r.Title(), fills[tr])
			if l.entry.has(r) {
				b.WriteString(", peripheries=2")
			}
			b.WriteString("];\n")
		}
		b.WriteString("\t}\n")
	}
	for lv := lo; lv <= hi && lv.IsValid(); lv++ {
		fmt.Fprintf(&b, "\t{rank=same; %v;", lv)
		for r := range rolesIn(l.roles) {
			if r.Level() == lv {
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
	if l == nil {
		return 1, 0
	}
	for r := range rolesIn(l.roles) {
		lo, hi = min(lo, r.Level()), max(hi, r.Level())
	}
	if hi == 0 {
		return 1, 0
	}
	return lo, hi
}

func (l *Ladder) usesTrack(tr Track) bool {
	for range l.rolesOn(tr) {
		return true
	}
	return false
}

// rolesOn returns the ladder's roles on track tr, by level then in Roles
// order.
func (l *Ladder) rolesOn(tr Track) iter.Seq[Role] {
	return func(yield func(Role) bool) {
		if l == nil {
			return
		}
		for _, r := range rolesByLevel {
			if l.roles.has(r) && r.Track() == tr && !yield(r) {
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
			if pair && t.From > t.To {
				continue
			}
			if !yield(t) {
				return
			}
		}
	}
}

func (l *Ladder) hasKind(from, to Role, k TransitionKind) bool {
	i := l.idx[from][to]
	return i != 0 && l.ts[i-1].Kind == k
}

// rolesIn returns an iterator over the roles of s in Roles order.
func rolesIn(s roleSet) iter.Seq[Role] {
	return func(yield func(Role) bool) {
		for r := range Roles() {
			if s.has(r) && !yield(r) {
				return
			}
		}
	}
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
// comes from: a seed (the source articles, 000 to 004 in the design
// notes), GitLab's public product management career development framework
// (handbook, "Product Management CDF"), or "our default" where we chose
// it. Competencies are our default throughout: each transition asks the
// competencies of the previous promotion plus those the new role's duties
// in the seeds call for, so they never decrease along a track.
var (
	competenciesPM = CompetencySetOf(CompetencyExecution, CompetencyCustomerResearch)
	// seed 002: a senior PM develops "requirements and roadmaps" and
	// coordinates "with engineering, marketing, sales".
	competenciesSenior = competenciesPM.Union(CompetencySetOf(
		CompetencyRoadmapping, CompetencyGoToMarket, CompetencyStakeholderManagement))
	// seed 004: "developing and communicating the product strategy ...
	// using insights taken from performance data".
	competenciesPrincipal = competenciesSenior.Union(CompetencySetOf(
		CompetencyProductStrategy, CompetencyDataAnalysis))
	// seed 003: "transition from managing a product to managing a team of
	// product managers".
	competenciesGroup = competenciesSenior.Union(CompetencySetOf(CompetencyPeopleManagement))
	// seed 003: a head of product is "responsible for hiring, training";
	// directors need both the principal's strategy and the group PM's
	// people skills.
	competenciesDirector = competenciesPrincipal.Union(competenciesGroup).Union(CompetencySetOf(CompetencyHiring))
	// seed 002: "look after a portfolio of products"; "roadmapping and
	// budgeting".
	competenciesHead = competenciesDirector.Union(CompetencySetOf(
		CompetencyPortfolioManagement, CompetencyBudgeting))
	// seed 000: the CPO aligns "with other executives".
	competenciesVP = competenciesHead.Union(CompetencySetOf(CompetencyExecutiveLeadership))
	// seed 000: launch, positioning and messaging with product managers;
	// a director of product marketing also hires and manages.
	competenciesMarketingDirector = CompetencySetOf(CompetencyCustomerResearch, CompetencyGoToMarket,
		CompetencyStakeholderManagement, CompetencyPeopleManagement, CompetencyHiring)
	// Startups ask a head of product for strategy and a team (seed 004:
	// "being able to successfully lead a product management team").
	competenciesStartupHead = competenciesSenior.Union(CompetencySetOf(
		CompetencyProductStrategy, CompetencyPeopleManagement, CompetencyHiring, CompetencyBudgeting))

	// GitLab CDF: a product manager has 2 to 4 years of experience; we ask
	// the lower bound. A year in role: our default.
	barPM = Criteria{YearsExperience: 2, YearsInRole: 1, Competencies: competenciesPM}
	// seed 002: "at least four to five years of experience to be promoted
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
	// Our default. seed 004 recommends "at least three to five years'
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
	// seed 004: "at least three to five years' experience before becoming
	// a head of product"; after a senior PM's 4 (seed 002) we ask the upper
	// bound, 5. A year in role and a year leading people: our default.
	barStartupToHead = Criteria{YearsExperience: 5, YearsInRole: 1, YearsManaging: 1, Competencies: competenciesStartupHead}
)

// enterpriseTransitions is the default ladder, the ladder of [Default]
// and [Enterprise].
var enterpriseTransitions = []Transition{
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

// scaleUpTransitions is the ladder of [ScaleUp]: no group PM, so a senior
// PM moves into management as a director; head of product and VP of
// product are one role, and each title has the same moves.
var scaleUpTransitions = []Transition{
	{AssociateProductManager, ProductManager, Promotion, barPM},
	{ProductManager, SeniorProductManager, Promotion, barSenior},
	{SeniorProductManager, PrincipalProductManager, Promotion, barPrincipal},
	// Our default: the enterprise route through the group PM, joined
	// (the most that either step asks).
	{SeniorProductManager, DirectorOfProduct, Promotion, barDirector},
	{PrincipalProductManager, DirectorOfProduct, TrackChange, barPrincipalToDirector},
	{DirectorOfProduct, PrincipalProductManager, TrackChange, barDirectorToPrincipal},
	{DirectorOfProduct, HeadOfProduct, Promotion, barHead},
	{DirectorOfProduct, VPOfProduct, Promotion, barHead},
	// seed 004: "A chief product officer can also be known as the VP of
	// Product, Head of Product"; seed 002 ranks "VP/Head" together.
	{HeadOfProduct, VPOfProduct, Equivalence, Criteria{}},
	{HeadOfProduct, ChiefProductOfficer, Promotion, barCPO},
	{VPOfProduct, ChiefProductOfficer, Promotion, barCPO},
}

// startupTransitions is the ladder of [Startup].
var startupTransitions = []Transition{
	{ProductManager, SeniorProductManager, Promotion, barSenior},
	{SeniorProductManager, HeadOfProduct, Promotion, barStartupToHead},
}

// Enterprise returns the framework of a large company: every role of the
// catalogue and the full default ladder, from associate PM to chief
// product officer, with group PM and director on the management track and
// head of product and VP of product as separate steps. It is [Default].
func Enterprise() *Framework { return Default() }

// ScaleUp returns the framework of a growing company: associate,
// product, senior and principal PMs; director, head of product, VP of
// product and chief product officer. There is no group PM, so a senior PM
// moves into management as a director; head of product and VP of product
// are one role (an [Equivalence]), both holding the VP's default
// authority. It is built once and shared; it is immutable like every
// Framework.
func ScaleUp() *Framework { return scaleUpFramework() }

var scaleUpFramework = sync.OnceValue(func() *Framework {
	f, err := Default().With(
		WithRoles(AssociateProductManager, ProductManager, SeniorProductManager, PrincipalProductManager,
			DirectorOfProduct, HeadOfProduct, VPOfProduct, ChiefProductOfficer),
		WithAuthority(HeadOfProduct, defaultAuthority(VPOfProduct)),
		WithTransitions(scaleUpTransitions...),
	)
	return mustProfile("ScaleUp", f, err)
})

// Startup returns the framework of a young company with few roles: product
// manager, senior PM, and a head of product on top holding every decision
// company-wide, the chief product officer's default authority (seed 003:
// "In a small startup, the product manager may be one of the highest
// ranking members in the team"; seed 004: "In a start-up, this person may
// also be the most experienced product manager"). A company whose top
// product role is a product manager builds its own with [WithRoles],
// [WithAuthority] and [WithTransitions]. It is built once and shared; it is
// immutable like every Framework.
func Startup() *Framework { return startupFramework() }

var startupFramework = sync.OnceValue(func() *Framework {
	f, err := Default().With(
		WithRoles(ProductManager, SeniorProductManager, HeadOfProduct),
		WithAuthority(HeadOfProduct, defaultAuthority(ChiefProductOfficer)),
		WithTransitions(startupTransitions...),
	)
	return mustProfile("Startup", f, err)
})

func mustProfile(name string, f *Framework, err error) *Framework {
	if err != nil {
		// The profiles are data in this package; tests cover them.
		panic("pmroles: profile " + name + ": " + err.Error())
	}
	return f
}
