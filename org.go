package pmroles

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/pmroles/pmroles/internal/csvtable"
	"github.com/pmroles/pmroles/internal/enum"
	"github.com/pmroles/pmroles/internal/hrtable"
	"github.com/pmroles/pmroles/internal/idindex"
	"github.com/pmroles/pmroles/internal/orggraph"
)

// MaxOrgPeople is the most people an [Org] holds: twice the largest
// employers, and a bound on what a hostile export can cost.
const MaxOrgPeople = 4_000_000

// MaxOrgJSONBytes is the largest JSON export [Framework.ReadOrgJSON] reads.
const MaxOrgJSONBytes = 1 << 30

// ErrInvalidOrg is wrapped by every error that reports an organisation
// that cannot be read or breaks one of the framework's rules.
var ErrInvalidOrg = errors.New("pmroles: invalid organisation")

// ErrUnknownPerson is wrapped by the errors of the [Org] queries that are
// given an ID no person of the organisation has.
var ErrUnknownPerson = fmt.Errorf("%w: unknown person", ErrUnknownValue)

// A Person is one person of an organisation, as an HR export describes
// them.
type Person struct {
	// ID identifies the person in the export: an employee or worker ID.
	ID string `json:"id"`
	// Name is the person's name, for people reading reports.
	Name string `json:"name,omitempty"`
	// Title is the job title as written in the export.
	Title string `json:"title,omitempty"`
	// Role is the person's role in the organisation's framework: given by
	// the export, or parsed from Title. It is the zero Role when neither
	// names a role of the framework.
	Role Role `json:"role,omitzero"`
	// ManagerID is the ID of the person's manager, "" for the top of the
	// organisation.
	ManagerID string `json:"managerId,omitempty"`
	// Product is the product or area the person works on.
	Product string `json:"product,omitempty"`
	// Years of product experience, in Role, and managing people.
	YearsExperience float64 `json:"yearsExperience"`
	YearsInRole     float64 `json:"yearsInRole"`
	YearsManaging   float64 `json:"yearsManaging"`
	// Competencies the person has shown, in the framework's numbering.
	Competencies CompetencySet `json:"-"`
	// Line is where the person is in the export they were read from: the
	// 1-based line of a CSV row, or of the JSON object; for people given
	// to [Framework.NewOrg], their 1-based place in the slice.
	Line int `json:"-"`
}

// candidate returns p as a candidate for the ladder.
func (p *Person) candidate() Candidate {
	return Candidate{Role: p.Role, YearsExperience: p.YearsExperience, YearsInRole: p.YearsInRole,
		YearsManaging: p.YearsManaging, Competencies: p.Competencies}
}

// An Org is an organisation: people and their reporting lines, read with
// a [Framework] whose roles, levels, authority, reporting rules, span of
// control and ladder it answers in. It is immutable and safe for
// concurrent use. Build one with [Framework.NewOrg], or read one with
// [Framework.ReadOrgCSV] or [Framework.ReadOrgJSON]; check it with
// [Org.Validate].
//
// Everything an Org does takes time linear in its number of people, with
// people held as dense indices and reporting lines in flat arrays, so an
// organisation of two million people is read and validated in seconds.
type Org struct {
	f      *Framework
	people []Person
	index  *idindex.Index // the first person of each ID
	parent []int32        // parent[i]: index of i's manager, or orggraph.NoManager / UnknownManager
	g      *orggraph.Graph
	role   []int8           // index in f.roles of each person's role, or -1
	given  map[int32]string // the role text of people whose role the framework lacks
	counts []int32          // people per role index
	byProd map[string]int32 // product number, by name
	prod   []int32          // product number of each person, or -1
	names  []string         // product names, by number

	problemsOnce sync.Once
	problems     []*OrgError
}

// NewOrg builds the organisation of people in f. It copies people. A
// person's Role, when set, must be a role of f (else Validate reports
// "unknown-role"); when it is the zero Role, it is parsed from Title with
// f's aliases and company titles (else "unknown-title"). Line, when zero,
// becomes the person's 1-based place in people.
//
// NewOrg fails only when a person cannot be placed at all (an empty ID)
// or there are more than [MaxOrgPeople]; everything else the people say is
// kept, for [Org.Validate] to report.
func (f *Framework) NewOrg(people []Person) (*Org, error) {
	if f == nil || f.spec == nil {
		return nil, fmt.Errorf("%w: NewOrg on a framework that was not compiled", ErrInvalidOrg)
	}
	if len(people) > MaxOrgPeople {
		return nil, fmt.Errorf("%w: %d people are more than the %d an Org holds (MaxOrgPeople)", ErrInvalidOrg, len(people), MaxOrgPeople)
	}
	ps := slices.Clone(people)
	var list problems
	for i := range ps {
		if ps[i].Line == 0 {
			ps[i].Line = i + 1
		}
		if ps[i].ID == "" {
			list.addError(&OrgReadError{Line: ps[i].Line, Err: errors.New("a person without an ID cannot be placed")})
		}
	}
	if err := list.err(); err != nil {
		return nil, err
	}
	return f.newOrg(ps, nil), nil
}

// newOrg builds an Org of people, which it keeps. given holds the role
// text of people whose role column names no role of f.
func (f *Framework) newOrg(people []Person, given map[int32]string) *Org {
	n := len(people)
	id := func(i int) string { return people[i].ID }
	o := &Org{f: f, people: people, given: given, index: idindex.Build(n, id),
		role: make([]int8, n), counts: make([]int32, len(f.roles)),
		byProd: map[string]int32{}, prod: make([]int32, n)}
	titles := map[string]Role{} // titles parse once each
	lastProduct, lastK := "", int32(-1)
	for i := range people {
		p := &people[i]
		if !p.Role.IsValid() && p.Title != "" && o.given[int32(i)] == "" {
			r, seen := titles[p.Title]
			if !seen {
				if t, err := f.ParseTitle(p.Title); err == nil {
					r = t.Role
				}
				titles[p.Title] = r
			}
			p.Role = r
		}
		o.role[i] = int8(f.index(p.Role))
		if o.role[i] >= 0 {
			o.counts[o.role[i]]++
		}
		o.prod[i] = -1
		switch {
		case p.Product == "":
		case p.Product == lastProduct: // exports often list a team together
			o.prod[i] = lastK
		default:
			k, ok := o.byProd[p.Product]
			if !ok {
				k = int32(len(o.names))
				o.byProd[p.Product] = k
				o.names = append(o.names, p.Product)
			}
			o.prod[i], lastProduct, lastK = k, p.Product, k
		}
	}
	// Managers are looked up in one batch: at scale each lookup misses the
	// cache, and a batch lets the misses overlap.
	o.parent = o.index.FindAll(n, func(i int) string { return people[i].ManagerID }, id)
	for i := range people {
		switch {
		case people[i].ManagerID == "":
			o.parent[i] = orggraph.NoManager
		case o.parent[i] < 0:
			o.parent[i] = orggraph.UnknownManager
		}
	}
	g, err := orggraph.New(o.parent)
	if err != nil {
		panic(err) // parent is built above from indices and the two marks
	}
	o.g = g
	return o
}

// Framework returns the framework the organisation was read with.
func (o *Org) Framework() *Framework {
	if o == nil {
		return nil
	}
	return o.f
}

// Len returns the number of people.
func (o *Org) Len() int {
	if o == nil {
		return 0
	}
	return len(o.people)
}

// People returns an iterator over the people in input order.
func (o *Org) People() iter.Seq[Person] {
	return func(yield func(Person) bool) {
		if o == nil {
			return
		}
		for i := range o.people {
			if !yield(o.people[i]) {
				return
			}
		}
	}
}

// Person returns the person with ID id (the first, if the ID is given
// twice), and whether there is one.
func (o *Org) Person(id string) (Person, bool) {
	i, ok := o.lookup(id)
	if !ok {
		return Person{}, false
	}
	return o.people[i], true
}

func (o *Org) lookup(id string) (int32, bool) {
	if o == nil {
		return 0, false
	}
	i, ok := o.index.Find(id, o.id)
	return int32(i), ok
}

// id returns the ID of person i.
func (o *Org) id(i int) string { return o.people[i].ID }

func (o *Org) unknown(id string) error {
	return fmt.Errorf("%w %s", ErrUnknownPerson, enum.Quote(id))
}

// Chain returns the person with ID id, their manager, and so on up to the
// top of the organisation. It stops early where a manager ID names nobody,
// and goes round a reporting cycle once.
func (o *Org) Chain(id string) ([]Person, error) {
	i, ok := o.lookup(id)
	if !ok {
		return nil, o.unknown(id)
	}
	out := make([]Person, 0, o.g.ChainLen(i))
	for j := range o.g.Chain(i) {
		out = append(out, o.people[j])
	}
	return out, nil
}

// Reports returns an iterator over the direct reports of the person with
// ID id, in input order. It yields nothing for an unknown ID.
func (o *Org) Reports(id string) iter.Seq[Person] {
	return func(yield func(Person) bool) {
		i, ok := o.lookup(id)
		if !ok {
			return
		}
		for _, j := range o.g.Reports(i) {
			if !yield(o.people[j]) {
				return
			}
		}
	}
}

// Count returns the number of people whose role is r.
func (o *Org) Count(r Role) int {
	if o == nil {
		return 0
	}
	if i := o.f.index(r); i >= 0 {
		return int(o.counts[i])
	}
	return 0
}

// Eligible returns an iterator over the people who may be promoted, or
// change track, now: each person, in input order, with each transition
// of the framework's ladder from their role whose requirements they meet
// (see [Ladder.Eligible]).
func (o *Org) Eligible() iter.Seq2[Person, Transition] {
	return func(yield func(Person, Transition) bool) {
		if o == nil || o.f.ladder == nil {
			return
		}
		l := o.f.ladder
		for i := range o.people {
			if o.role[i] < 0 {
				continue
			}
			p := &o.people[i]
			for t := range l.Eligible(p.candidate()) {
				if !yield(*p, t) {
					return
				}
			}
		}
	}
}

// Decider answers "who decides?" for people: the person of lowest level,
// on the framework's scale, who may take decision d at scope s for
// product, looking at the people who work on it and up their chains of
// managers. Among people of the same level, the one met first wins: the
// people of the product in input order, then their managers. If no one
// may, the error wraps [ErrNoAuthority] and says whom it considered and
// how far the widest of them may decide.
func (o *Org) Decider(product string, d Decision, s Scope) (Person, error) {
	if err := checkDecisionScope(d, s); err != nil {
		return Person{}, err
	}
	if o == nil {
		return Person{}, fmt.Errorf("%w: nil *Org", ErrInvalidOrg)
	}
	k, ok := o.byProd[product]
	if !ok {
		return Person{}, fmt.Errorf("%w: no one works on product %s", ErrUnknownValue, enum.Quote(product))
	}
	var starts []int32
	for i, pk := range o.prod {
		if pk == k {
			starts = append(starts, int32(i))
		}
	}
	best := int32(-1)
	considered := make(map[Role]int)
	widest := Scope(0)
	for j := range o.g.Above(starts) {
		r := o.people[j].Role
		considered[r]++
		if o.role[j] < 0 {
			continue
		}
		widest = max(widest, o.f.Authority(r).Scope(d))
		if o.f.Can(r, d, s) && (best < 0 || o.f.Level(r) < o.f.Level(o.people[best].Role)) {
			best = j
		}
	}
	if best < 0 {
		return Person{}, o.refusal(fmt.Sprintf("no one on %s or above decides %v at %v scope", enum.Quote(product), d, s), considered, d, widest)
	}
	return o.people[best], nil
}

// Approver returns the first person up the chain of the person with ID id
// (that person first) whose authority allows decision d at scope s and
// whose limit on d, if any, covers amount. If no one may, the error wraps
// [ErrNoAuthority] and says whom it considered.
func (o *Org) Approver(id string, d Decision, s Scope, amount Money) (Person, error) {
	if err := checkDecisionScope(d, s); err != nil {
		return Person{}, err
	}
	if !amount.IsValid() {
		return Person{}, fmt.Errorf("%w: invalid amount %s %s", ErrInvalidGrant, strconv.FormatInt(amount.Amount, 10), enum.Quote(amount.Currency))
	}
	i, ok := o.lookup(id)
	if !ok {
		return Person{}, o.unknown(id)
	}
	j := o.g.FirstUp(i, func(j int32) bool { return o.f.Authority(o.people[j].Role).Approves(d, s, amount) })
	if j >= 0 {
		return o.people[j], nil
	}
	considered := make(map[Role]int)
	widest := Scope(0)
	for j := range o.g.Chain(i) {
		considered[o.people[j].Role]++
		widest = max(widest, o.f.Authority(o.people[j].Role).Scope(d))
	}
	return Person{}, o.refusal(fmt.Sprintf("no one up from %s approves %v at %v scope for %v", enum.Quote(id), d, s, amount), considered, d, widest)
}

// refusal explains why no one could decide.
func (o *Org) refusal(what string, considered map[Role]int, d Decision, widest Scope) error {
	n := 0
	var roles []string
	for r := range o.f.Roles() {
		if c := considered[r]; c > 0 {
			n += c
			roles = append(roles, fmt.Sprintf("%d %v", c, r))
		}
	}
	if c := considered[Role{}]; c > 0 {
		n += c
		roles = append(roles, fmt.Sprintf("%d of no known role", c))
	}
	why := "none of them may decide it at all"
	if widest != 0 {
		why = fmt.Sprintf("the widest of them decides it at %v scope", widest)
	}
	return fmt.Errorf("%w: %s: considered %d people (%s); %s", ErrNoAuthority, what, n, strings.Join(roles, ", "), why)
}

// An OrgRule is a rule an organisation may break; [Org.Validate] names
// the rule of each problem. The zero OrgRule is invalid.
type OrgRule uint8

// The rules, in the order of [OrgRules].
const (
	// RuleDuplicateID: a person has the ID of an earlier person.
	RuleDuplicateID OrgRule = 1 + iota
	// RuleUnknownManager: a person's manager ID names nobody.
	RuleUnknownManager
	// RuleCycle: managers lead round in a cycle, reported once, on its
	// first person in input order.
	RuleCycle
	// RuleSeveralRoots: a person other than the first without a manager.
	RuleSeveralRoots
	// RuleUnknownTitle: a person's title names no role of the framework,
	// and no role is given.
	RuleUnknownTitle
	// RuleUnknownRole: a person's role is not a role of the framework.
	RuleUnknownRole
	// RuleOutranksManager: a person's role outranks their manager's.
	RuleOutranksManager
	// RuleMayNotManage: the manager's role may not manage the person's
	// under the framework's reporting rules.
	RuleMayNotManage
	// RuleAuthorityNotContained: the manager's authority does not
	// contain the person's.
	RuleAuthorityNotContained
	// RuleSpanOfControl: a manager's direct reports number outside the
	// framework's span of control.
	RuleSpanOfControl
	// RuleNoAccountable: no one working on a product, or above them, may
	// decide its requirements at product scope.
	RuleNoAccountable

	numOrgRules = iota
)

var orgRuleNames = enum.Table{
	Type: "OrgRule", Kind: "organisation rule",
	Names: []string{"", "duplicate-id", "unknown-manager", "cycle", "several-roots", "unknown-title",
		"unknown-role", "outranks-manager", "may-not-manage", "authority-not-contained",
		"span-of-control", "no-accountable"},
	Unknown: enum.Sentinel("organisation rule", ErrUnknownValue),
}

// ParseOrgRule returns the rule whose text form is s ("cycle",
// "span-of-control", ...), ignoring ASCII case.
func ParseOrgRule(s string) (OrgRule, error) {
	v, err := orgRuleNames.Parse(s)
	return OrgRule(v), err
}

// OrgRules returns an iterator over the rules, from [RuleDuplicateID] to
// [RuleNoAccountable].
func OrgRules() iter.Seq[OrgRule] { return enum.Values[OrgRule](numOrgRules) }

// IsValid reports whether r is a known rule. The zero OrgRule is not.
func (r OrgRule) IsValid() bool { return r >= 1 && r <= numOrgRules }

// String returns the rule's text form, or "%!OrgRule(n)" for an invalid
// one.
func (r OrgRule) String() string { return orgRuleNames.String(int(r)) }

// MarshalText implements [encoding.TextMarshaler]. It fails for an
// invalid rule.
func (r OrgRule) MarshalText() ([]byte, error) { return r.AppendText(nil) }

// AppendText implements [encoding.TextAppender]. It fails for an invalid
// rule.
func (r OrgRule) AppendText(b []byte) ([]byte, error) { return orgRuleNames.Append(b, int(r)) }

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [ParseOrgRule]. On error r is unchanged.
func (r *OrgRule) UnmarshalText(text []byte) error { return enum.Unmarshal(r, text, ParseOrgRule) }

// An OrgError is one problem of an organisation: the rule broken, and the
// person it is reported on. It wraps [ErrInvalidOrg].
type OrgError struct {
	Person string  // the ID of the person the problem is reported on
	Line   int     // where that person is in the export
	Rule   OrgRule // the rule broken
	// Detail says what is wrong, in words.
	Detail string
}

// Error returns "pmroles: organisation: line 12, person "E7": cycle:
// E7 reports to E9, who reports to E7".
func (e *OrgError) Error() string {
	return fmt.Sprintf("pmroles: organisation: line %d, person %s: %v: %s", e.Line, enum.Quote(e.Person), e.Rule, e.Detail)
}

// Unwrap returns [ErrInvalidOrg].
func (e *OrgError) Unwrap() error { return ErrInvalidOrg }

// An OrgReadError is a cell or row of an HR export that cannot be read:
// malformed CSV or JSON, a missing column, a number or date that does not
// parse. It wraps [ErrInvalidOrg] and the cause.
type OrgReadError struct {
	Line   int    // 1-based line, of the cell or of the row
	Column int    // 1-based column, 0 for a whole row or the input
	Header string // the column's header, when Column is set
	Err    error  // what is wrong
}

// Error returns "pmroles: organisation: line 7, column 8 ("Hire Date"):
// ..." and the cause.
func (e *OrgReadError) Error() string {
	var b strings.Builder
	b.WriteString("pmroles: organisation: line " + strconv.Itoa(e.Line))
	if e.Column > 0 {
		b.WriteString(", column " + strconv.Itoa(e.Column))
		if e.Header != "" {
			b.WriteString(" (" + enum.Quote(e.Header) + ")")
		}
	}
	b.WriteString(": " + strings.TrimPrefix(e.Err.Error(), "pmroles: "))
	return b.String()
}

// Unwrap returns ErrInvalidOrg and the cause.
func (e *OrgReadError) Unwrap() []error { return []error{ErrInvalidOrg, e.Err} }

// Validate checks the organisation against its framework and reports
// every problem at once, each an [*OrgError] naming the person, line and
// rule, in a [*ProblemList] of the first [MaxProblems] and a count of the
// rest; [Org.Problems] yields them all. The rules:
//
//   - "duplicate-id", on every person after the first with an ID;
//   - "unknown-manager", on a person whose manager ID names nobody;
//   - "cycle", once per reporting cycle, on its first person in input
//     order, listing every person on it;
//   - "several-roots", on every person without a manager after the first;
//   - "unknown-title" and "unknown-role", on a person whose role the
//     framework does not have;
//   - "outranks-manager", "may-not-manage" and "authority-not-contained",
//     on a report whose role outranks the manager's, whose manager's role
//     may not manage it under the framework's reporting rules, or whose
//     manager's authority does not contain its own: the first that
//     applies, as each implies the next, and not for people on a cycle,
//     whose problem is the cycle;
//   - "span-of-control", on a person with reports, or in a management
//     role, whose direct reports number outside the framework's span of
//     control, if it has one;
//   - "no-accountable", on the first person, in input order, of a product
//     on which no one, nor anyone above them, may decide requirements at
//     product scope.
//
// It takes time linear in the number of people.
func (o *Org) Validate() error {
	if o == nil {
		return fmt.Errorf("%w: nil *Org", ErrInvalidOrg)
	}
	all := o.allProblems()
	if len(all) == 0 {
		return nil
	}
	n := min(len(all), MaxProblems)
	list := &ProblemList{Problems: make([]error, n), More: len(all) - n}
	for i, e := range all[:n] {
		list.Problems[i] = e
	}
	return list
}

// Problems returns an iterator over every problem [Org.Validate] finds,
// in input order of the people they are on, uncapped.
func (o *Org) Problems() iter.Seq[*OrgError] {
	return func(yield func(*OrgError) bool) {
		if o == nil {
			return
		}
		for _, e := range o.allProblems() {
			if !yield(e) {
				return
			}
		}
	}
}

func (o *Org) allProblems() []*OrgError {
	o.problemsOnce.Do(func() { o.problems = o.validate() })
	return o.problems
}

// validate finds every problem.
func (o *Org) validate() []*OrgError {
	f, g := o.f, o.g
	var out []*OrgError
	add := func(i int32, rule OrgRule, format string, args ...any) {
		p := &o.people[i]
		out = append(out, &OrgError{Person: p.ID, Line: p.Line, Rule: rule, Detail: fmt.Sprintf(format, args...)})
	}
	roots := g.Roots()
	for _, r := range roots[min(1, len(roots)):] {
		add(r, RuleSeveralRoots, "%s has no manager, nor has %s (line %d), the first", enum.Quote(o.people[r].ID),
			enum.Quote(o.people[roots[0]].ID), o.people[roots[0]].Line)
	}
	for cyc := range g.Cycles() {
		ids := make([]string, 0, len(cyc)+1)
		for _, j := range cyc[:min(len(cyc), 20)] {
			ids = append(ids, enum.Quote(o.people[j].ID))
		}
		if len(cyc) > 20 {
			ids = append(ids, fmt.Sprintf("and %d more", len(cyc)-20))
		}
		add(cyc[0], RuleCycle, "the %d people on it report round: %s", len(cyc), strings.Join(ids, " -> ")+" -> "+enum.Quote(o.people[cyc[0]].ID))
	}
	span, hasSpan := f.SpanOfControl()
	var seen, fine [MaxRoles]uint64 // pairs of manager and report role indices: decided, and sound
	for i := range o.people {
		p := &o.people[i]
		if o.index.Distinct() < len(o.people) { // some ID is given twice
			if first, _ := o.index.Find(p.ID, o.id); first != i {
				add(int32(i), RuleDuplicateID, "the ID of line %d too", o.people[first].Line)
			}
		}
		if o.parent[i] == orggraph.UnknownManager {
			add(int32(i), RuleUnknownManager, "manager ID %s names nobody", enum.Quote(p.ManagerID))
		}
		ri := o.role[i]
		switch {
		case ri >= 0:
		case o.given[int32(i)] != "":
			add(int32(i), RuleUnknownRole, "%s is not a role of the framework", enum.Quote(o.given[int32(i)]))
		case p.Role.IsValid():
			add(int32(i), RuleUnknownRole, "%v is not a role of the framework", p.Role)
		case p.Title != "":
			add(int32(i), RuleUnknownTitle, "%s names no role of the framework", enum.Quote(p.Title))
		default:
			add(int32(i), RuleUnknownTitle, "no title and no role")
		}
		if m := o.parent[i]; m >= 0 && ri >= 0 && o.role[m] >= 0 && !g.OnCycle(int32(i)) {
			// Whether a pair of roles may report so is decided once per
			// pair, on dense role indices: looking at the manager's
			// Person would cost a cache miss per person.
			mi, bit := o.role[m], uint64(1)<<ri
			if seen[mi]&bit == 0 {
				seen[mi] |= bit
				if mr, r := f.roles[mi].role, f.roles[ri].role; f.Level(r) <= f.Level(mr) && f.MayManage(mr, r) && f.Authority(mr).Contains(f.Authority(r)) {
					fine[mi] |= bit
				}
			}
			if fine[mi]&bit == 0 {
				mr, r := o.people[m].Role, p.Role
				switch {
				case f.Level(r) > f.Level(mr):
					add(int32(i), RuleOutranksManager, "%v (%v) outranks their manager %s, %v (%v)", r, f.Level(r), enum.Quote(o.people[m].ID), mr, f.Level(mr))
				case !f.MayManage(mr, r):
					add(int32(i), RuleMayNotManage, "%v may not manage %v under the framework's reporting rules (manager %s)", mr, r, enum.Quote(o.people[m].ID))
				case !f.Authority(mr).Contains(f.Authority(r)):
					add(int32(i), RuleAuthorityNotContained, "manager %s (%v) does not hold all of %v's authority: %s",
						enum.Quote(o.people[m].ID), mr, r, enum.Join(f.Authority(r).Diff(f.Authority(mr))))
				}
			}
		}
		if hasSpan {
			n := g.Span(int32(i))
			manager := n > 0 || ri >= 0 && f.roles[ri].track == Management
			if manager && (n < span.Min || span.Max > 0 && n > span.Max) {
				add(int32(i), RuleSpanOfControl, "%d direct reports, outside the span of control of %d to %d", n, span.Min, span.Max)
			}
		}
	}
	o.unaccountable(add)
	slices.SortStableFunc(out, func(a, b *OrgError) int {
		if a.Line != b.Line {
			return a.Line - b.Line
		}
		return int(a.Rule) - int(b.Rule)
	})
	return out
}

// unaccountable reports each product on which no one, nor anyone above,
// may decide requirements at product scope.
func (o *Org) unaccountable(add func(int32, OrgRule, string, ...any)) {
	if len(o.names) == 0 {
		return
	}
	decider := o.g.NearestUp(func(j int32) bool {
		return o.role[j] >= 0 && o.f.Can(o.people[j].Role, Requirements, Product)
	})
	ok := make([]bool, len(o.names))
	first := make([]int32, len(o.names))
	for k := range first {
		first[k] = -1
	}
	for i, k := range o.prod {
		if k < 0 {
			continue
		}
		if first[k] < 0 {
			first[k] = int32(i)
		}
		ok[k] = ok[k] || decider[i] >= 0
	}
	for k, fine := range ok {
		if !fine {
			add(first[k], RuleNoAccountable, "no one on product %s or above may decide its requirements at product scope", enum.Quote(o.names[k]))
		}
	}
}

// A ReadOption adapts [Framework.ReadOrgCSV] and [Framework.ReadOrgJSON]
// to one export. It can be made only by this package's functions.
type ReadOption interface {
	applyRead(*readOptions) error
}

type readOptions struct {
	headers map[string]hrtable.Field
	asOf    time.Time
}

type readOption func(*readOptions) error

func (o readOption) applyRead(r *readOptions) error { return o(r) }

// WithColumn maps a CSV header of the caller's export to a field, by the
// field's name: "id", "name", "title", "role", "manager", "product",
// "competencies", "hire-date", "role-start-date", "first-management-date",
// "years-of-experience", "years-in-role" or "years-managing"; or to
// "skip", to ignore a column whose common name means something else in
// this export. Headers compare ignoring case, spaces, underscores and
// dashes.
func WithColumn(header, field string) ReadOption {
	return readOption(func(r *readOptions) error {
		f := hrtable.Skip
		if field != "skip" {
			found := false
			for fl := range hrtable.Fields() {
				if fl.String() == field {
					f, found = fl, true
				}
			}
			if !found {
				var names []string
				for fl := range hrtable.Fields() {
					names = append(names, fl.String())
				}
				return fmt.Errorf("%w: WithColumn(%s, %s): unknown field (want one of %s, or skip)", ErrUnknownValue,
					enum.Quote(header), enum.Quote(field), strings.Join(names, ", "))
			}
		}
		if r.headers == nil {
			r.headers = map[string]hrtable.Field{}
		}
		r.headers[header] = f
		return nil
	})
}

// WithAsOf sets the date to which years are counted from the dates an
// export gives (hire date, role start date, first management date). The
// default is the moment of reading.
func WithAsOf(t time.Time) ReadOption {
	return readOption(func(r *readOptions) error {
		r.asOf = t
		return nil
	})
}

func readOpts(opts []ReadOption) (*readOptions, error) {
	r := &readOptions{asOf: time.Now()}
	for _, o := range opts {
		if o == nil {
			return nil, fmt.Errorf("%w: nil ReadOption", ErrInvalidOrg)
		}
		if err := o.applyRead(r); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// ReadOrgCSV reads an HR export in CSV and builds its organisation in f.
//
// The header row names the columns as HR systems do: case, spaces,
// underscores and dashes do not matter, and the common names are known:
// "Employee ID", "Worker ID", "Person ID" or "ID"; "Name", "Full Name" or
// "Employee Name"; "Title", "Job Title", "Business Title" or "Position
// Title"; "Role" (a role ID of f); "Manager ID", "Supervisor ID" or
// "Reports To"; "Product", "Product Area" or "Team"; "Hire Date", "Role
// Start Date" or "Job Start Date", "First Management Date"; "Years of
// Experience", "Years in Role", "Years Managing"; "Competencies" (IDs
// separated by ";"). Other columns are ignored; [WithColumn] maps a header
// of the caller's own. An ID, a manager, and a role or a title column are
// required. Years come from the figures, or else from the dates (ISO
// 8601), counted to the date of [WithAsOf].
//
// A byte-order mark, CRLF, quoted fields and blank lines are fine. Reading
// fails only on what makes the export unreadable: malformed CSV, a missing
// column, a row of the wrong length, a number, date or competency that
// does not parse, an input over the limits (a million bytes per row,
// [MaxOrgPeople] rows); then every such problem is reported at once, each
// an [*OrgReadError] with its line and column, up to [MaxProblems]. What
// the rows say (an unknown title, a duplicate ID, a manager nobody is) is
// kept, for [Org.Validate] to report.
func (f *Framework) ReadOrgCSV(r io.Reader, opts ...ReadOption) (*Org, error) {
	if f == nil || f.spec == nil {
		return nil, fmt.Errorf("%w: ReadOrgCSV on a framework that was not compiled", ErrInvalidOrg)
	}
	if r == nil {
		return nil, fmt.Errorf("%w: ReadOrgCSV: nil reader", ErrInvalidOrg)
	}
	ro, err := readOpts(opts)
	if err != nil {
		return nil, err
	}
	size := inputSize(r) // before reading buffers some
	rd, err := hrtable.NewReader(r, hrtable.Options{Headers: ro.headers,
		Required: [][]hrtable.Field{{hrtable.ID}, {hrtable.Manager}, {hrtable.Role, hrtable.Title}}})
	if err != nil {
		return nil, readErrors(err)
	}
	var people []Person
	roleText := map[int32]string{}
	for rd.Next() {
		if len(people) == sizingRows && size > 0 {
			// Room for the rows still to come, by the length of those
			// read: a million people would otherwise be copied and
			// cleared some twenty times over as the slice doubles.
			if off := rd.Offset(); off > 0 {
				rows := float64(size) / float64(off) * sizingRows * 1.05
				people = slices.Grow(people, int(min(rows, MaxOrgPeople))-len(people))
			}
		}
		if len(people) >= MaxOrgPeople {
			return nil, &ProblemList{Problems: []error{&OrgReadError{Line: rd.Line(),
				Err: fmt.Errorf("more than %d people (MaxOrgPeople)", MaxOrgPeople)}}}
		}
		// Text fields lose the apostrophe WriteCSV puts before what a
		// spreadsheet would run.
		text := func(f hrtable.Field) string { return csvtable.Restore(rd.Text(f)) }
		p := Person{ID: text(hrtable.ID), Name: text(hrtable.Name), Title: text(hrtable.Title),
			ManagerID: text(hrtable.Manager), Product: text(hrtable.Product), Line: rd.Line()}
		if p.ID == "" {
			rd.AddError(hrtable.ID, errors.New("a person without an ID cannot be placed"))
			continue
		}
		if given := text(hrtable.Role); given != "" {
			if role, err := f.ParseRole(given); err == nil {
				p.Role = role
			} else {
				roleText[int32(len(people))] = given
			}
		}
		p.YearsExperience = years(rd, hrtable.YearsOfExperience, hrtable.HireDate, ro.asOf)
		p.YearsInRole = years(rd, hrtable.YearsInRole, hrtable.RoleStartDate, ro.asOf)
		p.YearsManaging = years(rd, hrtable.YearsManaging, hrtable.FirstManagementDate, ro.asOf)
		for id := range hrtable.SplitList(rd.Text(hrtable.Competencies)) {
			c, err := f.ParseCompetency(id)
			if err != nil {
				rd.AddError(hrtable.Competencies, err)
				continue
			}
			p.Competencies = p.Competencies.Union(CompetencySetOf(c))
		}
		people = append(people, p)
	}
	if err := rd.Err(); err != nil {
		return nil, readErrors(err)
	}
	return f.newOrg(people, roleText), nil
}

// sizingRows is how many rows ReadOrgCSV reads before it reserves room
// for the rest, if it knows the size of its input.
const sizingRows = 1024

// inputSize returns the number of bytes r holds, if it says so (a
// bytes.Reader, strings.Reader or bytes.Buffer, or a regular file), or -1.
func inputSize(r io.Reader) int64 {
	switch v := r.(type) {
	case interface{ Len() int }:
		return int64(v.Len())
	case interface{ Stat() (fs.FileInfo, error) }:
		if fi, err := v.Stat(); err == nil && fi.Mode().IsRegular() {
			return fi.Size()
		}
	}
	return -1
}

// years reads a number of years from its column, or else from a date.
func years(rd *hrtable.Reader, figure, date hrtable.Field, asOf time.Time) float64 {
	if y, ok := rd.Years(figure); ok || rd.Text(figure) != "" {
		return y // a figure, or one that did not parse and is reported
	}
	if d, ok := rd.Date(date); ok {
		return hrtable.YearsBetween(d, asOf)
	}
	return 0
}

// readErrors converts the reader's errors.
func readErrors(err error) error {
	var list *hrtable.ErrorList
	if !errors.As(err, &list) {
		return fmt.Errorf("%w: %w", ErrInvalidOrg, err)
	}
	out := &ProblemList{More: list.More}
	for _, e := range list.Errs {
		if len(out.Problems) >= MaxProblems {
			out.More++
			continue
		}
		out.Problems = append(out.Problems, &OrgReadError{Line: e.Line, Column: e.Column, Header: e.Header, Err: e.Err})
	}
	return out
}

// orgJSONPerson is a person as an Org's JSON form writes them.
type orgJSONPerson struct {
	ID                  string   `json:"id"`
	Name                string   `json:"name,omitempty"`
	Title               string   `json:"title,omitempty"`
	Role                string   `json:"role,omitempty"`
	ManagerID           string   `json:"managerId,omitempty"`
	Product             string   `json:"product,omitempty"`
	YearsExperience     *float64 `json:"yearsExperience,omitempty"`
	YearsInRole         *float64 `json:"yearsInRole,omitempty"`
	YearsManaging       *float64 `json:"yearsManaging,omitempty"`
	HireDate            string   `json:"hireDate,omitempty"`
	RoleStartDate       string   `json:"roleStartDate,omitempty"`
	FirstManagementDate string   `json:"firstManagementDate,omitempty"`
	Competencies        []string `json:"competencies,omitempty"`
}

// ReadOrgJSON reads an HR export in JSON and builds its organisation in
// f: an array of people, each an object with the members "id",
// "managerId", "name", "title", "role", "product", "yearsExperience",
// "yearsInRole", "yearsManaging", "hireDate", "roleStartDate",
// "firstManagementDate" (ISO 8601, counted to the date of [WithAsOf]) and
// "competencies" (an array of IDs), as [Org.MarshalJSON] writes them.
// Unknown members are refused. It fails, and succeeds, as
// [Framework.ReadOrgCSV] does; each person's Line is the line of their
// object. The input is bounded by [MaxOrgJSONBytes].
func (f *Framework) ReadOrgJSON(r io.Reader, opts ...ReadOption) (*Org, error) {
	if f == nil || f.spec == nil {
		return nil, fmt.Errorf("%w: ReadOrgJSON on a framework that was not compiled", ErrInvalidOrg)
	}
	if r == nil {
		return nil, fmt.Errorf("%w: ReadOrgJSON: nil reader", ErrInvalidOrg)
	}
	ro, err := readOpts(opts)
	if err != nil {
		return nil, err
	}
	data, err := io.ReadAll(io.LimitReader(r, MaxOrgJSONBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%w: reading: %w", ErrInvalidOrg, err)
	}
	if len(data) > MaxOrgJSONBytes {
		return nil, fmt.Errorf("%w: more than %d bytes (MaxOrgJSONBytes)", ErrInvalidOrg, MaxOrgJSONBytes)
	}
	lines := lineCounter{data: data}
	var list problems
	fail := func(off int64, format string, args ...any) {
		list.addError(&OrgReadError{Line: lines.at(off), Err: fmt.Errorf(format, args...)})
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if t, err := dec.Token(); err != nil || t != json.Delim('[') {
		fail(0, "want an array of people")
		return nil, list.err()
	}
	var people []Person
	given := map[int32]string{}
	for dec.More() {
		// The offset after the last value; the object starts past the
		// comma and spaces.
		off := dec.InputOffset()
		for off < int64(len(data)) && strings.IndexByte(" \t\r\n,", data[off]) >= 0 {
			off++
		}
		var jp orgJSONPerson
		if err := dec.Decode(&jp); err != nil {
			var syntax *json.SyntaxError
			if errors.As(err, &syntax) {
				fail(syntax.Offset, "malformed JSON: %v", err)
				return nil, list.err()
			}
			fail(off, "%v", err)
			if !dec.More() {
				break
			}
			continue
		}
		if len(people) >= MaxOrgPeople {
			fail(off, "more than %d people (MaxOrgPeople)", MaxOrgPeople)
			return nil, list.err()
		}
		line := lines.at(off)
		p := Person{ID: jp.ID, Name: jp.Name, Title: jp.Title, ManagerID: jp.ManagerID, Product: jp.Product, Line: line}
		if p.ID == "" {
			fail(off, "a person without an ID cannot be placed")
			continue
		}
		if jp.Role != "" {
			if role, err := f.ParseRole(jp.Role); err == nil {
				p.Role = role
			} else {
				given[int32(len(people))] = jp.Role
			}
		}
		for _, y := range [...]struct {
			figure *float64
			date   string
			dst    *float64
			name   string
		}{
			{jp.YearsExperience, jp.HireDate, &p.YearsExperience, "hireDate"},
			{jp.YearsInRole, jp.RoleStartDate, &p.YearsInRole, "roleStartDate"},
			{jp.YearsManaging, jp.FirstManagementDate, &p.YearsManaging, "firstManagementDate"},
		} {
			switch {
			case y.figure != nil:
				if !yearsValid(*y.figure) {
					fail(off, "years %v %s", *y.figure, yearsProblem(*y.figure))
				}
				*y.dst = *y.figure
			case y.date != "":
				d, err := hrtable.ParseDate(y.date)
				if err != nil {
					fail(off, "%s %s: %v", y.name, enum.Quote(y.date), err)
					continue
				}
				*y.dst = hrtable.YearsBetween(d, ro.asOf)
			}
		}
		for _, id := range jp.Competencies {
			c, err := f.ParseCompetency(id)
			if err != nil {
				fail(off, "%v", err)
				continue
			}
			p.Competencies = p.Competencies.Union(CompetencySetOf(c))
		}
		people = append(people, p)
	}
	if t, err := dec.Token(); err != nil || t != json.Delim(']') {
		fail(dec.InputOffset(), "want the end of the array of people")
	}
	if err := list.err(); err != nil {
		return nil, err
	}
	return f.newOrg(people, given), nil
}

// lineCounter turns byte offsets, asked in increasing order, into lines.
type lineCounter struct {
	data []byte
	off  int64
	line int
}

func (l *lineCounter) at(off int64) int {
	off = min(max(off, 0), int64(len(l.data)))
	if off < l.off {
		l.off, l.line = 0, 0
	}
	l.line += bytes.Count(l.data[l.off:off], []byte{'\n'})
	l.off = off
	return l.line + 1
}

// MarshalJSON implements [json.Marshaler]: the people as an array that
// [Framework.ReadOrgJSON] reads back, in input order, with role and
// competency IDs of the framework. A role the framework lacks is written
// as it was given.
func (o *Org) MarshalJSON() ([]byte, error) {
	if o == nil {
		return []byte("null"), nil
	}
	out := make([]orgJSONPerson, len(o.people))
	for i := range o.people {
		p := &o.people[i]
		jp := orgJSONPerson{ID: p.ID, Name: p.Name, Title: p.Title, Role: o.roleText(int32(i)), ManagerID: p.ManagerID,
			Product: p.Product, YearsExperience: &p.YearsExperience, YearsInRole: &p.YearsInRole, YearsManaging: &p.YearsManaging}
		for c := range p.Competencies.All() {
			jp.Competencies = append(jp.Competencies, o.f.CompetencyID(c))
		}
		out[i] = jp
	}
	return json.Marshal(out)
}

// roleText is the role column of person i: the role's ID, the text given
// for a role the framework lacks, or "" when the role came from the
// title or there is none.
func (o *Org) roleText(i int32) string {
	if s := o.given[i]; s != "" {
		return s
	}
	p := &o.people[i]
	if o.role[i] < 0 {
		return ""
	}
	return p.Role.String()
}

// SyntheticOrg returns a valid organisation of n people in f, the same
// for the same seed, for load tests and demonstrations: a tree whose
// managers hold, level by level, a chain of roles each of which may manage
// the next, from the framework's top role down, and whose other people
// hold roles the last of them may manage, with spans as wide as n needs
// (16 for a million people in [Default]). People work on products from
// the second level down; their order is shuffled, as an export sorted by
// ID lists people regardless of the hierarchy. It fails if the
// framework's top role may manage no one, or n is not between 1 and
// [MaxOrgPeople].
func (f *Framework) SyntheticOrg(n int, seed uint64) (*Org, error) {
	if f == nil || f.spec == nil {
		return nil, fmt.Errorf("%w: SyntheticOrg on a framework that was not compiled", ErrInvalidOrg)
	}
	if n < 1 || n > MaxOrgPeople {
		return nil, fmt.Errorf("%w: SyntheticOrg of %d people: want 1 to %d", ErrInvalidOrg, n, MaxOrgPeople)
	}
	chain := []int{f.top}
	for {
		// The next manager role: the highest the last may manage that
		// manages someone itself.
		next := -1
		for r := range f.manages[chain[len(chain)-1]].All {
			if !f.manages[r].IsEmpty() && (next < 0 || f.roles[r].level > f.roles[next].level) {
				next = r
			}
		}
		if next < 0 {
			break
		}
		chain = append(chain, next)
	}
	var leaves []int
	for r := range f.manages[chain[len(chain)-1]].All {
		leaves = append(leaves, r)
	}
	if len(leaves) == 0 && n > 1 {
		return nil, fmt.Errorf("%w: SyntheticOrg: %v may manage no one", ErrInvalidOrg, f.roles[chain[len(chain)-1]].role)
	}
	depth := len(chain) + 1
	span := 2
	for full(span, depth) < n {
		span++
	}
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	order := rng.Perm(n) // order[k] is the person on row k
	row := make([]int32, n)
	for k, i := range order {
		row[i] = int32(k)
	}
	id := func(i int) string { return fmt.Sprintf("E%07d", row[i]+1) }
	type node struct {
		manager, level, role int
		product              string
	}
	nodes := make([]node, 1, n)
	nodes[0] = node{manager: -1, role: chain[0]}
	for i := 0; len(nodes) < n; i++ {
		for range span {
			if len(nodes) == n {
				break
			}
			m := nodes[i]
			c := node{manager: i, level: m.level + 1, product: m.product}
			if c.level < len(chain) {
				c.role = chain[c.level]
			} else {
				c.role = leaves[rng.IntN(len(leaves))]
			}
			if c.level == min(2, depth-1) {
				c.product = "Product " + strconv.Itoa(len(nodes)%97+1)
			}
			nodes = append(nodes, c)
		}
	}
	people := make([]Person, n)
	for k, i := range order {
		c := nodes[i]
		d := &f.roles[c.role]
		p := Person{ID: id(i), Name: "Person " + strconv.Itoa(k+1), Title: d.title, Role: d.role,
			Product: c.product, YearsExperience: float64(1 + rng.IntN(3) + 2*int(d.level)),
			YearsInRole: float64(1 + rng.IntN(4)), Line: k + 2}
		if c.manager >= 0 {
			p.ManagerID = id(c.manager)
		}
		if c.level < len(chain) {
			p.YearsManaging = float64(rng.IntN(int(p.YearsExperience)/2 + 1))
		}
		people[k] = p
	}
	return f.newOrg(people, nil), nil
}

// full returns the number of people of a full tree of the given span and
// depth.
func full(span, depth int) int {
	total, level := 0, 1
	for range depth {
		total += level
		level *= span
	}
	return total
}

// orgCSVHeader is the header WriteCSV writes.
var orgCSVHeader = []string{"Employee ID", "Name", "Title", "Role", "Manager ID", "Product",
	"Years of Experience", "Years in Role", "Years Managing", "Competencies"}

// WriteCSV writes the organisation as an HR export that
// [Framework.ReadOrgCSV] reads back: a header row, then one row per person
// in input order, roles and competencies by their IDs in the framework.
// Like [Matrix.WriteCSV], it never writes a field a spreadsheet would run
// as a formula.
func (o *Org) WriteCSV(w io.Writer) error {
	if o == nil {
		return fmt.Errorf("%w: nil *Org", ErrInvalidOrg)
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(orgCSVHeader); err != nil {
		return err
	}
	rec := make([]string, len(orgCSVHeader))
	for i := range o.people {
		p := &o.people[i]
		var comps []string
		for c := range p.Competencies.All() {
			comps = append(comps, o.f.CompetencyID(c))
		}
		rec = append(rec[:0], p.ID, p.Name, p.Title, o.roleText(int32(i)), p.ManagerID, p.Product,
			yearsText(p.YearsExperience), yearsText(p.YearsInRole), yearsText(p.YearsManaging), strings.Join(comps, ";"))
		for j, s := range rec {
			rec[j] = csvtable.Defuse(s)
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
