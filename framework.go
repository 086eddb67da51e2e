package pmroles

import (
	"errors"
	"fmt"
	"iter"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/pmroles/pmroles/internal/career"
	"github.com/pmroles/pmroles/internal/enum"
	"github.com/pmroles/pmroles/internal/graph"
	"github.com/pmroles/pmroles/internal/jobtitle"
	"github.com/pmroles/pmroles/internal/profiles"
)

// MaxRoles is the most roles a framework may use.
const MaxRoles = 64

// A Framework is a company's job architecture, compiled: the roles it
// uses (catalogue roles and its own), their levels on its scale, what each
// may decide, which may manage which, the career ladder between them, the
// company's job-title aliases, competencies, RACI functions and chart.
//
// A Framework is made by compiling a description, a [Spec], as a
// [regexp.Regexp] is made from a pattern: [Compile] takes a Spec,
// [ParseFramework] a JSON document, [Framework.With] edits a framework's
// Spec and compiles the result; [Default], [Startup] and [ScaleUp] are
// documents embedded in the package, loaded the same way. Compiling
// validates everything and reports every problem at once; the Framework
// it returns is immutable and safe for concurrent use without locks.
// [Framework.Spec] and [Framework.MarshalJSON] give the complete
// description back.
//
// The zero Framework, and a nil one, use no roles: their queries answer
// false, zero values and errors, and never panic.
type Framework struct {
	spec *Spec // complete and explicit; never modified (Spec copies it)

	roles []roleDef // the roles in use, in the document's order
	// slots finds a role's row in a load and a compare: the role of
	// hash h is at slots[uint8(h*mul>>24)], a perfect hash of the
	// framework's roles found when it is compiled.
	slots      *[256]roleSlot
	mul        uint32
	byID       map[string]int        // index in roles, by ID
	byLevel    []int                 // indices in roles by level, ties in the document's order
	top        int                   // index in roles of the top role
	derived    [numSections]bool     // which sections the document left to the defaults
	labels     [numScopes + 1]string // the company's scope labels
	aliases    jobtitle.Aliases      // company titles and aliases; see title.go
	comps      []competencyDef       // indexed by Competency; zero where not in this framework
	compIDs    map[string]Competency // by ID
	funcs      []Function            // the RACI functions, in the document's order
	funcTitles []string              // their titles
	span       SpanOfControl         // zero: no bounds
	manages    []graph.Set           // manages[i]: the indices of the roles role i may manage
	ladder     *Ladder               // see ladder.go
	raci       *Matrix               // see raci.go

	authority []Authority // indexed like roles; see authority.go
}

// A roleDef is a role as a framework defines it.
type roleDef struct {
	role       Role
	title      string
	canonical  Role
	track      Track
	level      Level
	grade      string
	discipline Discipline
	scope      Scope
	duties     []Responsibility
}

// A roleSlot is one entry of a framework's perfect hash table of roles:
// the role, its index in roles, and the decisions it may take at each
// scope (bit d of can[s] set when it may take decision d at scope s).
type roleSlot struct {
	role Role
	idx  int32
	can  [numScopes + 1]uint32
}

// noSlots is the table of a framework without roles.
var noSlots [256]roleSlot

// competencyDef is a competency as a framework defines it.
type competencyDef struct {
	id, title, description string
}

// The sections of a document that may be left to the defaults.
const (
	sectionCompetencies = iota
	sectionFunctions
	sectionReporting
	sectionLadder
	sectionRACI
	numSections
)

// slot returns the slot of role r in f's table: r's own if f uses r, and
// otherwise one whose role is not r, so that callers compare. It is the
// first step of every query, and costs a load or two.
func (f *Framework) slot(r Role) *roleSlot {
	if f == nil || f.slots == nil {
		return &noSlots[0]
	}
	var h uint32
	if r.IsValid() {
		h = r.h.Value().hash
	}
	return &f.slots[uint8(h*f.mul>>24)]
}

// index returns the index of role r in f.roles, or -1 if f does not use
// r.
func (f *Framework) index(r Role) int {
	if sl := f.slot(r); sl.role == r && r.IsValid() {
		return int(sl.idx)
	}
	return -1
}

// hashRoles finds a multiplier that sends the hashes of roles to distinct
// slots of a 256-entry table. For the 64 roles a framework may have at
// most, one multiplier in a few thousand does; the search is
// deterministic, so a framework compiles to the same table every time.
func hashRoles(roles []roleDef) (uint32, bool) {
	var used [256]bool
	mul := uint32(0x9E3779B1)
	for range 1 << 20 {
		clear(used[:])
		ok := true
		for _, d := range roles {
			i := uint8(d.role.h.Value().hash * mul >> 24)
			if used[i] {
				ok = false
				break
			}
			used[i] = true
		}
		if ok {
			return mul, true
		}
		mul += 0x6C8E9CF6 // an even step keeps the multiplier odd
	}
	return 0, false
}

func (f *Framework) def(r Role) *roleDef {
	if i := f.index(r); i >= 0 {
		return &f.roles[i]
	}
	return &roleDef{}
}

// rolesAt returns the roles at the given indices.
func (f *Framework) rolesAt(idx []int) []Role {
	out := make([]Role, len(idx))
	for i, j := range idx {
		out[i] = f.roles[j].role
	}
	return out
}

// Roles returns an iterator over the roles the framework uses, catalogue
// roles and company roles, in the order its document lists them.
func (f *Framework) Roles() iter.Seq[Role] {
	return func(yield func(Role) bool) {
		if f == nil {
			return
		}
		for _, d := range f.roles {
			if !yield(d.role) {
				return
			}
		}
	}
}

// Uses reports whether the framework uses role r.
func (f *Framework) Uses(r Role) bool { return f.index(r) >= 0 }

// Name returns the framework's name, as its document gives it.
func (f *Framework) Name() string {
	if f == nil || f.spec == nil {
		return ""
	}
	return f.spec.Name
}

// ParseRole returns the role of the framework whose text ID is s,
// ignoring ASCII case: a catalogue role it uses, or one of its company
// roles. An ID it does not know gives an error that wraps
// [ErrUnknownRole] and lists the framework's roles.
func (f *Framework) ParseRole(s string) (Role, error) {
	if f != nil {
		if i, ok := f.byID[strings.ToLower(s)]; ok && len(s) <= maxIDLen {
			return f.roles[i].role, nil
		}
	}
	return Role{}, fmt.Errorf("%w %s (%s)", ErrUnknownRole, enum.Quote(s), f.roleList(s))
}

// roleList says which role IDs the framework has, for an error about
// input s: all of them when they are few, else the closest to s.
func (f *Framework) roleList(s string) string {
	if f == nil || len(f.roles) == 0 {
		return "this framework has no roles"
	}
	ids := make([]string, len(f.roles))
	for i, d := range f.roles {
		ids[i] = d.role.String()
	}
	v := enum.Valid(s, ids)
	if strings.HasPrefix(v, "want one of ") {
		return "this framework has " + strings.TrimPrefix(v, "want one of ")
	}
	return "this framework's " + v
}

// Canonical returns the catalogue role behind r in f: r itself for a
// catalogue role, the role a company role is anchored to for a company
// role. It is how two frameworks compare people: a "staff-product-manager"
// of one and a "principal-product-manager" of another are both
// [PrincipalProductManager]. It returns the zero Role if f does not use r.
func (f *Framework) Canonical(r Role) Role { return f.def(r).canonical }

// Level returns r's level on the framework's scale, or 0 if f does not
// use r. A catalogue role keeps its catalogue level unless the framework's
// document gives another.
func (f *Framework) Level(r Role) Level { return f.def(r).level }

// Grade returns the company's grade label of r, such as "P5", or "" when
// the document gives none or f does not use r.
func (f *Framework) Grade(r Role) string { return f.def(r).grade }

// Title returns r's display title in f, or "" if f does not use r.
func (f *Framework) Title(r Role) string { return f.def(r).title }

// Track returns r's career track in f, or 0 if f does not use r.
func (f *Framework) Track(r Role) Track { return f.def(r).track }

// Responsibilities returns an iterator over r's duties in f: those its
// document lists, or its canonical role's. It yields nothing if f does
// not use r.
func (f *Framework) Responsibilities(r Role) iter.Seq[Responsibility] {
	return yieldDuties(f.def(r).duties)
}

// Top returns the framework's top role: the role of highest level, the
// first the document lists if several share that level. Its authority
// contains every other role's. In [Default] it is [ChiefProductOfficer].
// It is the zero Role for a framework without roles.
func (f *Framework) Top() Role {
	if f == nil || len(f.roles) == 0 {
		return Role{}
	}
	return f.roles[f.top].role
}

// MayManage reports whether, under the framework's reporting rules,
// someone in role manager may manage someone in role report. A manager
// role always outranks the roles it may manage, and its authority
// contains theirs.
//
// Where the document gives no rules, a role on the management track may
// manage every role of a lower level in its own discipline whose
// authority its own contains, and the top role may manage every other
// role: the sources have directors and heads lead product managers, and
// the chief product officer supervise the directors of product
// management, UX and product marketing and the head of product analytics.
func (f *Framework) MayManage(manager, report Role) bool {
	m, r := f.index(manager), f.index(report)
	return m >= 0 && r >= 0 && f.manages[m].Has(r)
}

// Reports returns an iterator over the roles that someone in role manager
// may manage, in the framework's order.
func (f *Framework) Reports(manager Role) iter.Seq[Role] {
	return func(yield func(Role) bool) {
		m := f.index(manager)
		if m < 0 {
			return
		}
		for r := range f.manages[m].All {
			if !yield(f.roles[r].role) {
				return
			}
		}
	}
}

// ParseCompetency returns the competency of the framework whose ID is s,
// ignoring ASCII case: a catalogue competency it lists, or one of its own,
// which it numbers after the catalogue's. An unknown ID gives an error
// that wraps [ErrUnknownValue] and lists the framework's competencies.
func (f *Framework) ParseCompetency(s string) (Competency, error) {
	if f != nil {
		if c, ok := f.compIDs[strings.ToLower(s)]; ok && len(s) <= maxIDLen {
			return c, nil
		}
	}
	var ids []string
	for c := range f.Competencies() {
		ids = append(ids, f.CompetencyID(c))
	}
	return 0, fmt.Errorf("%w %s (this framework has %s)", errUnknownCompetency, enum.Quote(s), strings.Join(ids, ", "))
}

var errUnknownCompetency = competencyNames.Unknown

// Competencies returns an iterator over the framework's competencies, in
// increasing order: the catalogue's it lists, then its own.
func (f *Framework) Competencies() iter.Seq[Competency] {
	return func(yield func(Competency) bool) {
		if f == nil {
			return
		}
		for c, d := range f.comps {
			if d.id != "" && !yield(Competency(c)) {
				return
			}
		}
	}
}

// CompetencyID returns the text ID of competency c in f, or "" if f has
// no such competency.
func (f *Framework) CompetencyID(c Competency) string {
	if f == nil || int(c) >= len(f.comps) {
		return ""
	}
	return f.comps[c].id
}

// competencyList writes a set as "{roadmapping, experimentation}" with
// the framework's names; a nil framework names the catalogue's only.
func (f *Framework) competencyList(s CompetencySet) string {
	if f == nil {
		return s.String()
	}
	var b strings.Builder
	b.WriteByte('{')
	for c := range s.All() {
		if b.Len() > 1 {
			b.WriteString(", ")
		}
		if id := f.CompetencyID(c); id != "" {
			b.WriteString(id)
		} else {
			b.WriteString(c.String())
		}
	}
	b.WriteByte('}')
	return b.String()
}

// ParseScope returns the scope named s in f: a scope ID ("product-line")
// or the framework's label for it ("Stage"), ignoring ASCII case.
func (f *Framework) ParseScope(s string) (Scope, error) {
	if f != nil {
		for sc := Feature; sc <= Company; sc++ {
			if enum.EqualFold(f.labels[sc], s) {
				return sc, nil
			}
		}
	}
	sc, err := ParseScope(s)
	if err != nil {
		return 0, fmt.Errorf("%w %s (want one of %s or %s)", errUnknownScope, enum.Quote(s),
			strings.Join(scopeNames.Names[1:], ", "), strings.Join(f.labelList(), ", "))
	}
	return sc, nil
}

var errUnknownScope = scopeNames.Unknown

func (f *Framework) labelList() []string {
	if f == nil || f.spec == nil {
		return defaultScopeLabels[1:]
	}
	return f.labels[1:]
}

// ScopeLabel returns the framework's name for scope s: the company's
// label, or by default "Feature", "Product", "Product line", "Portfolio"
// or "Company". It returns "" for an invalid scope.
func (f *Framework) ScopeLabel(s Scope) string {
	if !s.IsValid() {
		return ""
	}
	if f == nil || f.labels[s] == "" {
		return defaultScopeLabels[s]
	}
	return f.labels[s]
}

var defaultScopeLabels = []string{"", "Feature", "Product", "Product line", "Portfolio", "Company"}

// Spec returns the framework's complete description: every role, grant,
// reporting rule, transition and RACI row spelled out, defaults included.
// Compiling it gives a framework that answers every query as f does. The
// Spec is a copy; changing it does not change f.
func (f *Framework) Spec() *Spec {
	if f == nil || f.spec == nil {
		return &Spec{Version: SpecVersion}
	}
	return f.spec.clone()
}

// MarshalJSON implements [json.Marshaler]: it writes the framework's
// complete document, members and entries in a fixed order, so that a
// framework diffs well in review. [ParseFramework] of the output gives a
// framework that answers every query the same, and marshals to the same
// bytes. The canonical file form is json.MarshalIndent(f, "", "  ") and a
// newline, as the embedded profiles are stored.
func (f *Framework) MarshalJSON() ([]byte, error) {
	if f == nil || f.spec == nil {
		return nil, errors.New("pmroles: cannot marshal a framework that was not compiled")
	}
	return f.spec.MarshalJSON()
}

// UnmarshalJSON implements [json.Unmarshaler] with [ParseFramework], so a
// framework can sit in a configuration struct. On error f is unchanged.
func (f *Framework) UnmarshalJSON(data []byte) error {
	g, err := ParseFramework(data)
	if err != nil {
		return err
	}
	*f = *g
	return nil
}

// Default returns the framework of a large company: every role of the
// catalogue at its catalogue level, with the default authority, reporting
// rules, career ladder (from associate PM to chief product officer, with
// group PM and director on the management track and head of product and
// VP of product as separate steps) and RACI chart, and no company
// aliases. It is compiled once, from a JSON document embedded in the
// package, and shared; it is immutable like every Framework.
func Default() *Framework { return defaultFramework() }

var defaultFramework = sync.OnceValue(func() *Framework { return mustProfile("default", profiles.Default) })

// ScaleUp returns the framework of a growing company: associate,
// product, senior and principal PMs; director, head of product, VP of
// product and chief product officer. There is no group PM, so a senior PM
// moves into management as a director; head of product and VP of product
// are one role (an [Equivalence]), both holding the VP's default
// authority. It is compiled once, from an embedded JSON document, and
// shared.
func ScaleUp() *Framework { return scaleUpFramework() }

var scaleUpFramework = sync.OnceValue(func() *Framework { return mustProfile("scaleup", profiles.ScaleUp) })

// Startup returns the framework of a young company with few roles:
// product manager, senior PM, and a head of product on top holding every
// decision company-wide, the chief product officer's default authority
// (the sources: "In a small startup, the product manager may be one of the
// highest ranking members in the team"; "In a start-up, this person may
// also be the most experienced product manager"). It is compiled once,
// from an embedded JSON document, and shared.
func Startup() *Framework { return startupFramework() }

var startupFramework = sync.OnceValue(func() *Framework { return mustProfile("startup", profiles.Startup) })

func mustProfile(name string, doc []byte) *Framework {
	f, err := ParseFramework(doc)
	if err != nil {
		// The profiles are data in this package; tests cover them.
		panic("pmroles: profile " + name + ": " + err.Error())
	}
	return f
}

// An Option is one change [Framework.With] makes to a framework's Spec
// before compiling it. Options can be made only by this package's With...
// functions and applied only by With, so no framework is ever changed in
// place or left with stale tables.
type Option interface {
	apply(e *edit) error
}

type option func(e *edit) error

func (o option) apply(e *edit) error { return o(e) }

// An edit is a framework's Spec under change by [Framework.With].
type edit struct {
	s *Spec      // the Spec being changed, a copy of f's
	f *Framework // the framework it came from
	// fitRACI says to fit the Spec's chart to the compiled result, as the
	// default chart is fitted: WithRoles drops columns, and who then
	// answers for an activity depends on options that come after it.
	fitRACI bool
}

// With returns a new framework: f's Spec changed by opts, in order, then
// compiled. f itself is never modified. If an option fails or the result
// is invalid, With returns nil and an error that lists every problem.
func (f *Framework) With(opts ...Option) (*Framework, error) {
	if f == nil || f.spec == nil {
		return nil, fmt.Errorf("%w: With on a framework that was not compiled", ErrInvalidFramework)
	}
	e := &edit{s: f.Spec(), f: f}
	var ps problems
	for i, opt := range opts {
		if opt == nil {
			ps.addf("", "option %d is nil", i)
			continue
		}
		if err := opt.apply(e); err != nil {
			if len(ps.list) < MaxProblems {
				ps.list = append(ps.list, err)
			} else {
				ps.more++
			}
		}
	}
	if err := ps.err(); err != nil {
		return nil, err
	}
	return compile(e.s, e)
}

// WithRoles narrows the framework to the given roles: the roles a company
// actually uses. Each must be a role of the framework or of the catalogue,
// which then joins with its defaults. The sections the framework took
// from the defaults (ladder, reporting rules, RACI chart) are derived
// again for the new roles; its own are narrowed: a ladder's runs through
// roles left out become single transitions asking the most any step
// asks, a manager keeps the reports it reached through roles left out,
// and a RACI chart loses their columns, an activity whose accountable
// role is left out going to the lowest role that may decide it.
func WithRoles(roles ...Role) Option {
	roles = slices.Clone(roles)
	return option(func(e *edit) error { return e.narrow(roles) })
}

// narrow is WithRoles. It works on the Spec as the options before it
// left it.
func (e *edit) narrow(roles []Role) error {
	s := e.s
	keep := map[string]bool{}
	for i, r := range roles {
		switch {
		case slices.ContainsFunc(s.Roles, func(rs RoleSpec) bool { return rs.ID == r.String() }):
		case r.IsCatalogue():
			s.Roles = append(s.Roles, RoleSpec{ID: r.String()})
		default:
			return fmt.Errorf("%w: WithRoles: role %d (%v) is neither a role of the framework nor of the catalogue", ErrUnknownRole, i, r)
		}
		keep[r.String()] = true
	}
	s.Ladder = narrowLadder(s, keep)
	s.Reporting = narrowReporting(s.Reporting, keep)
	if s.RACI != nil {
		r := &RACISpec{Activities: slices.Clone(s.RACI.Activities)}
		for _, p := range s.RACI.Parties {
			if _, isRole := specRole(s, p); !isRole || keep[p] {
				r.Parties = append(r.Parties, p)
			}
		}
		for i, a := range r.Activities {
			cells := map[string]string{}
			for p, c := range a.Cells {
				if slices.Contains(r.Parties, p) {
					cells[p] = c
				}
			}
			r.Activities[i].Cells = cells
		}
		s.RACI = r
		e.fitRACI = true
	}
	s.Roles = slices.DeleteFunc(s.Roles, func(rs RoleSpec) bool { return !keep[rs.ID] })
	s.Authority = slices.DeleteFunc(s.Authority, func(a AuthoritySpec) bool { return !keep[a.Role] })
	return nil
}

// specRole returns the entry of role id in s.
func specRole(s *Spec, id string) (RoleSpec, bool) {
	i := slices.IndexFunc(s.Roles, func(rs RoleSpec) bool { return rs.ID == id })
	if i < 0 {
		return RoleSpec{}, false
	}
	return s.Roles[i], true
}

// specNode returns what the ladder needs to know of a role entry: its
// level and track, its own or its canonical role's.
func specNode(rs RoleSpec) career.Node {
	canon := rs.ID
	if rs.Canonical != "" {
		canon = rs.Canonical
	}
	c, _ := roleNames.Parse(canon)
	info := &roleTable[c]
	n := career.Node{Level: uint8(info.level), Track: uint8(info.track), Discipline: uint8(info.discipline)}
	if rs.Level != 0 {
		n.Level = uint8(rs.Level)
	}
	if t, err := ParseTrack(rs.Track); err == nil {
		n.Track = uint8(t)
	}
	return n
}

// narrowLadder returns the ladder of s through the roles of keep; see
// [career.Project]. A nil ladder stays nil: the default is derived for
// the roles that remain.
func narrowLadder(s *Spec, keep map[string]bool) []TransitionSpec {
	if s.Ladder == nil {
		return nil
	}
	ids := map[string]int{}
	nodes := make([]career.Node, len(s.Roles))
	var kept graph.Set
	for i, rs := range s.Roles {
		ids[rs.ID] = i
		nodes[i] = specNode(rs)
		if keep[rs.ID] {
			kept = kept.With(i)
		}
	}
	// Competencies travel as bits of a set numbered in order of first use.
	var comps []string
	var edges []career.Edge
	for _, t := range s.Ladder {
		from, okFrom := ids[t.From]
		to, okTo := ids[t.To]
		k, err := ParseTransitionKind(t.Kind)
		if !okFrom || !okTo || err != nil {
			continue // compiling reports it, if it survives
		}
		r := career.Req{YearsExperience: t.Requirements.YearsExperience, YearsInRole: t.Requirements.YearsInRole,
			YearsManaging: t.Requirements.YearsManaging}
		for _, c := range t.Requirements.Competencies {
			i := slices.Index(comps, c)
			if i < 0 {
				i, comps = len(comps), append(comps, c)
			}
			r.Competencies = r.Competencies.Add(uint(i))
		}
		edges = append(edges, career.Edge{From: from, To: to, Kind: career.Kind(k), Req: r})
	}
	out := []TransitionSpec{}
	for _, e := range career.Project(nodes, edges, kept) {
		t := TransitionSpec{From: s.Roles[e.From].ID, To: s.Roles[e.To].ID, Kind: TransitionKind(e.Kind).String(),
			Requirements: RequirementsSpec{YearsExperience: e.Req.YearsExperience, YearsInRole: e.Req.YearsInRole,
				YearsManaging: e.Req.YearsManaging, Competencies: []string{}}}
		for i, c := range comps {
			if e.Req.Competencies.Has(uint(i)) {
				t.Requirements.Competencies = append(t.Requirements.Competencies, c)
			}
		}
		out = append(out, t)
	}
	return out
}

// narrowReporting returns the reporting rules among the roles of keep: a
// manager may manage the roles it reached through roles not kept. Nil
// rules stay nil: the default rule applies to the roles that remain.
func narrowReporting(rules []ReportingSpec, keep map[string]bool) []ReportingSpec {
	if rules == nil {
		return nil
	}
	direct := map[string][]string{}
	for _, r := range rules {
		direct[r.Manager] = append(direct[r.Manager], r.Reports...)
	}
	out := []ReportingSpec{}
	for _, r := range rules {
		if !keep[r.Manager] {
			continue
		}
		seen := map[string]bool{}
		var reports []string
		queue := slices.Clone(direct[r.Manager])
		for len(queue) > 0 {
			id := queue[0]
			queue = queue[1:]
			if seen[id] {
				continue
			}
			seen[id] = true
			if keep[id] {
				reports = append(reports, id)
			} else {
				queue = append(queue, direct[id]...)
			}
		}
		if reports != nil {
			out = append(out, ReportingSpec{Manager: r.Manager, Reports: reports})
		}
	}
	return out
}

// Compile checks a framework's description and compiles it. It reports
// every problem at once, as a [*ProblemList] of [*FrameworkError] values
// each with the JSON Pointer of the value at fault, and returns a nil
// Framework if there is any. s is not modified and not retained.
func Compile(s *Spec) (*Framework, error) {
	if s == nil {
		return nil, fmt.Errorf("%w: Compile: nil Spec", ErrInvalidFramework)
	}
	return compile(s, nil)
}

func compile(s *Spec, e *edit) (*Framework, error) {
	c := &compiler{s: s, edit: e, f: &Framework{}, out: &Spec{Schema: s.Schema, Version: SpecVersion, Name: s.Name}}
	c.compile()
	if err := c.ps.err(); err != nil {
		return nil, err
	}
	c.f.spec = c.out
	return c.f, nil
}

// A compiler turns a Spec into a Framework, writing the explicit Spec of
// the result as it goes.
type compiler struct {
	s    *Spec
	edit *edit // the With that asked, or nil
	f    *Framework
	out  *Spec
	ps   problems

	rolePtr []string // the pointer of each role's entry, indexed like f.roles
}

func (c *compiler) compile() {
	if c.s.Version != SpecVersion {
		c.ps.addf("/version", "unknown version %s (want %q)", enum.Quote(c.s.Version), SpecVersion)
	}
	if !textOK(c.s.Name, maxTextLen) {
		c.ps.addf("/name", "name %s: %s", enum.Quote(c.s.Name), textProblem(c.s.Name, maxTextLen))
	}
	c.compileRoles()
	if len(c.f.roles) == 0 {
		return // nothing else can be checked
	}
	c.compileCompetencies()
	c.compileFunctions()
	c.compileScopes()
	c.compileAuthority()
	c.compileReporting()
	c.compileAliases()
	c.compileSpan()
	// The ladder and the chart are read whatever came before, so that
	// their problems are reported too; they are compiled and checked
	// only on sound roles and authority.
	sound := c.ps.empty()
	c.compileLadderSection(sound)
	c.compileRACI(sound && c.ps.empty())
}

// The bounds on text a Spec holds.
const (
	maxIDLen   = 64   // IDs: roles, competencies, functions
	maxTextLen = 256  // titles, names, grades, labels
	maxDutyLen = 1024 // a responsibility or a description
)

// idProblem says what is wrong with an ID, or "".
func idProblem(id string) string {
	switch {
	case id == "":
		return "the ID is empty"
	case len(id) > maxIDLen:
		return fmt.Sprintf("the ID is longer than %d bytes", maxIDLen)
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		letter := 'a' <= c && c <= 'z' || '0' <= c && c <= '9'
		dash := c == '-' && i > 0 && i < len(id)-1 && id[i-1] != '-'
		if !letter && !dash {
			return "an ID is lower-case ASCII letters and digits in words joined by single dashes"
		}
	}
	return ""
}

// textOK reports whether s is valid UTF-8 without control characters and
// at most max bytes long.
func textOK(s string, max int) bool { return textProblem(s, max) == "" }

func textProblem(s string, max int) string {
	switch {
	case len(s) > max:
		return fmt.Sprintf("longer than %d bytes", max)
	case !utf8.ValidString(s):
		return "invalid UTF-8"
	}
	for _, r := range s {
		if r < 0x20 || r == 0x7F || 0x80 <= r && r < 0xA0 {
			return "it holds a control character"
		}
	}
	return ""
}

func (c *compiler) compileRoles() {
	s, f := c.s, c.f
	if len(s.Roles) == 0 {
		c.ps.addf("/roles", "the framework uses no roles")
		return
	}
	if len(s.Roles) > MaxRoles {
		c.ps.addf("/roles", "%d roles are more than the %d a framework may use (MaxRoles)", len(s.Roles), MaxRoles)
		return
	}
	f.byID = make(map[string]int, len(s.Roles))
	for i, rs := range s.Roles {
		ptr := fmt.Sprintf("/roles/%d", i)
		if p := idProblem(rs.ID); p != "" {
			c.ps.addf(ptr+"/id", "role ID %s: %s", enum.Quote(rs.ID), p)
			continue
		}
		if j, dup := f.byID[rs.ID]; dup {
			c.ps.addf(ptr+"/id", "role %s is listed twice (first at %s)", enum.Quote(rs.ID), c.rolePtr[j])
			continue
		}
		// A role with problems is kept, so that references to it do not
		// add problems of their own; the framework is refused anyway.
		d, _ := c.roleDef(rs, ptr)
		f.byID[rs.ID] = len(f.roles)
		c.rolePtr = append(c.rolePtr, ptr)
		f.roles = append(f.roles, d)
	}
	mul, ok := hashRoles(f.roles)
	if !ok {
		// Not seen in practice: 2^20 multipliers all collide.
		c.ps.addf("/roles", "no perfect hash for these %d role IDs: rename one", len(f.roles))
		return
	}
	f.mul, f.slots = mul, new([256]roleSlot)
	for i, d := range f.roles {
		*f.slot(d.role) = roleSlot{role: d.role, idx: int32(i)}
	}
	f.byLevel = make([]int, len(f.roles))
	for i := range f.byLevel {
		f.byLevel[i] = i
	}
	slices.SortStableFunc(f.byLevel, func(a, b int) int { return int(f.roles[a].level) - int(f.roles[b].level) })
	if n := len(f.byLevel); n > 0 {
		top := f.byLevel[n-1]
		for _, i := range f.byLevel {
			if f.roles[i].level == f.roles[top].level {
				top = i
				break
			}
		}
		f.top = top
	}
	for _, d := range f.roles {
		rs := RoleSpec{ID: d.role.String(), Title: d.title, Canonical: d.canonical.String(), Track: d.track.String(),
			Level: int(d.level), Grade: d.grade, Responsibilities: make([]string, len(d.duties))}
		for i, r := range d.duties {
			rs.Responsibilities[i] = r.Duty
		}
		c.out.Roles = append(c.out.Roles, rs)
	}
}

// roleDef checks one role entry and returns its definition.
func (c *compiler) roleDef(rs RoleSpec, ptr string) (roleDef, bool) {
	ok := true
	fail := func(field, format string, args ...any) {
		c.ps.addf(ptr+"/"+field, "role %s: "+format, append([]any{enum.Quote(rs.ID)}, args...)...)
		ok = false
	}
	var d roleDef
	cat, _ := roleNames.Parse(rs.ID)
	if cat != 0 && roleNames.Names[cat] != rs.ID {
		fail("id", "write the catalogue ID in lower case, %q", roleNames.Names[cat])
		return d, false
	}
	var canon catRole
	if cat != 0 {
		d.role = catRole(cat).role()
		canon = catRole(cat)
		if rs.Canonical != "" && rs.Canonical != rs.ID {
			fail("canonical", "a catalogue role is its own canonical role, not %s", enum.Quote(rs.Canonical))
		}
	} else {
		d.role = companyRole(rs.ID)
		switch v, err := roleNames.Parse(rs.Canonical); {
		case rs.Canonical == "":
			fail("canonical", "a company role needs the catalogue role it is a variant of (one of %s)", strings.Join(roleNames.Names[1:], ", "))
		case err != nil || roleNames.Names[v] != rs.Canonical:
			c.ps.add(ptr+"/canonical", fmt.Errorf("%w %s, the canonical role of %s (%s)", ErrUnknownRole, enum.Quote(rs.Canonical),
				enum.Quote(rs.ID), enum.Valid(rs.Canonical, roleNames.Names[1:])))
			ok = false
		default:
			canon = catRole(v)
		}
		if rs.Title == "" {
			fail("title", "a company role needs a title")
		}
	}
	info := &roleTable[canon]
	d.canonical = canon.role()
	d.title, d.track, d.level, d.discipline, d.scope, d.duties = info.title, info.track, info.level, info.discipline, info.scope, info.duties
	if rs.Title != "" {
		if p := textProblem(rs.Title, maxTextLen); p != "" {
			fail("title", "title %s: %s", enum.Quote(rs.Title), p)
		}
		d.title = rs.Title
	}
	if rs.Track != "" {
		t, err := ParseTrack(rs.Track)
		switch {
		case err != nil || trackNames.Names[t] != rs.Track:
			fail("track", "unknown track %s (want \"ic\" or \"management\")", enum.Quote(rs.Track))
		case cat != 0 && t != roleTable[cat].track:
			fail("track", "the catalogue's %s is on the %v track", rs.ID, roleTable[cat].track)
		default:
			d.track = t
		}
	}
	if rs.Level != 0 {
		if rs.Level < int(MinLevel) || rs.Level > int(MaxLevel) {
			fail("level", "level %d is outside 1 to %d", rs.Level, MaxLevel)
		}
		d.level = Level(rs.Level)
	}
	if rs.Grade != "" {
		if p := textProblem(rs.Grade, maxTextLen); p != "" {
			fail("grade", "grade %s: %s", enum.Quote(rs.Grade), p)
		}
		d.grade = rs.Grade
	}
	if rs.Responsibilities != nil {
		d.duties = make([]Responsibility, len(rs.Responsibilities))
		for i, r := range rs.Responsibilities {
			if p := textProblem(r, maxDutyLen); p != "" || r == "" {
				if p == "" {
					p = "it is empty"
				}
				fail(fmt.Sprintf("responsibilities/%d", i), "responsibility %s: %s", enum.Quote(r), p)
			}
			d.duties[i] = Responsibility{r}
		}
	}
	return d, ok
}

func (c *compiler) compileCompetencies() {
	f := c.f
	f.comps = make([]competencyDef, numCompetencies+1, MaxCompetency+1)
	f.compIDs = map[string]Competency{}
	list := c.s.Competencies
	if list == nil {
		c.f.derived[sectionCompetencies] = true
		for comp := range Competencies() {
			list = append(list, CompetencySpec{ID: comp.String()})
		}
	}
	next := Competency(numCompetencies + 1)
	for i, cs := range list {
		ptr := fmt.Sprintf("/competencies/%d", i)
		if p := idProblem(cs.ID); p != "" {
			c.ps.addf(ptr+"/id", "competency ID %s: %s", enum.Quote(cs.ID), p)
			continue
		}
		if _, dup := f.compIDs[cs.ID]; dup {
			c.ps.addf(ptr+"/id", "competency %s is listed twice", enum.Quote(cs.ID))
			continue
		}
		d := competencyDef{id: cs.ID, title: cs.Title, description: cs.Description}
		comp, err := ParseCompetency(cs.ID)
		if err == nil {
			info := competencyInfo[comp]
			if d.title == "" {
				d.title = info.title
			}
			if d.description == "" {
				d.description = info.description
			}
		} else {
			if next > MaxCompetency {
				c.ps.addf(ptr, "more than %d competencies", MaxCompetency)
				break
			}
			comp = next
			next++
			f.comps = f.comps[:comp+1]
			if d.title == "" {
				d.title = cs.ID
			}
		}
		for _, t := range [...]struct {
			field, text string
			max         int
		}{{"title", d.title, maxTextLen}, {"description", d.description, maxDutyLen}} {
			if p := textProblem(t.text, t.max); p != "" {
				c.ps.addf(ptr+"/"+t.field, "competency %s: %s %s: %s", cs.ID, t.field, enum.Quote(t.text), p)
			}
		}
		f.comps[comp] = d
		f.compIDs[cs.ID] = comp
		c.out.Competencies = append(c.out.Competencies, CompetencySpec{ID: d.id, Title: d.title, Description: d.description})
	}
	if c.out.Competencies == nil {
		c.out.Competencies = []CompetencySpec{}
	}
}

func (c *compiler) compileFunctions() {
	list := c.s.Functions
	if list == nil {
		c.f.derived[sectionFunctions] = true
		for fn := range Functions() {
			list = append(list, FunctionSpec{ID: fn.String()})
		}
	}
	c.out.Functions = []FunctionSpec{}
	for i, fs := range list {
		ptr := fmt.Sprintf("/functions/%d", i)
		if p := idProblem(fs.ID); p != "" {
			c.ps.addf(ptr+"/id", "function ID %s: %s", enum.Quote(fs.ID), p)
			continue
		}
		fn, err := ParseFunction(fs.ID)
		switch {
		case err == nil && fn.String() != fs.ID:
			c.ps.addf(ptr+"/id", "write the catalogue ID in lower case, %q", fn.String())
			continue
		case err != nil:
			fn = companyFunction(fs.ID)
		}
		if _, isRole := c.f.byID[fs.ID]; slices.Contains(c.f.funcs, fn) || isRole {
			c.ps.addf(ptr+"/id", "function %s is listed twice or names a role", enum.Quote(fs.ID))
			continue
		}
		if fs.Title == "" {
			fs.Title = fn.Title()
			if fs.Title == "" {
				fs.Title = fs.ID
			}
		}
		if p := textProblem(fs.Title, maxTextLen); p != "" {
			c.ps.addf(ptr+"/title", "function %s: title %s: %s", fs.ID, enum.Quote(fs.Title), p)
		}
		c.f.funcs = append(c.f.funcs, fn)
		c.f.funcTitles = append(c.f.funcTitles, fs.Title)
		c.out.Functions = append(c.out.Functions, fs)
	}
}

func (c *compiler) compileScopes() {
	for s := Feature; s <= Company; s++ {
		l := *c.s.Scopes.field(s)
		ptr := "/scopes/" + s.String()
		switch {
		case l == "":
			l = defaultScopeLabels[s]
		case textProblem(l, maxTextLen) != "":
			c.ps.addf(ptr, "scope label %s: %s", enum.Quote(l), textProblem(l, maxTextLen))
		}
		for t := Feature; t < s; t++ {
			if enum.EqualFold(c.f.labels[t], l) {
				c.ps.addf(ptr, "scope label %s is also the label of %v", enum.Quote(l), t)
			}
		}
		for t := Feature; t <= Company; t++ {
			if t != s && enum.EqualFold(t.String(), l) {
				c.ps.addf(ptr, "scope label %s is the ID of another scope, %v", enum.Quote(l), t)
			}
		}
		c.f.labels[s] = l
		*c.out.Scopes.field(s) = l
	}
}

// roleRef resolves a role ID of the document, reporting an unknown one at
// ptr.
func (c *compiler) roleRef(id, ptr string) (Role, bool) {
	if i, ok := c.f.byID[id]; ok {
		return c.f.roles[i].role, true
	}
	c.ps.addf(ptr, "%w %s (%s)", ErrUnknownRole, enum.Quote(id), c.f.roleList(id))
	return Role{}, false
}

func (c *compiler) compileReporting() {
	f := c.f
	f.manages = make([]graph.Set, len(f.roles))
	if c.s.Reporting == nil {
		f.derived[sectionReporting] = true
		for m, dm := range f.roles {
			if dm.track != Management {
				continue
			}
			for r, dr := range f.roles {
				if dr.level < dm.level && (dr.discipline == dm.discipline || m == f.top) && f.authority[m].Contains(f.authority[r]) {
					f.manages[m] = f.manages[m].With(r)
				}
			}
		}
	} else {
		seen := map[Role]string{}
		for i, rs := range c.s.Reporting {
			ptr := fmt.Sprintf("/reporting/%d", i)
			m, ok := c.roleRef(rs.Manager, ptr+"/manager")
			if !ok {
				continue
			}
			if first, dup := seen[m]; dup {
				c.ps.addf(ptr+"/manager", "manager %v is listed twice (first at %s)", m, first)
				continue
			}
			seen[m] = ptr
			mi := f.index(m)
			for j, id := range rs.Reports {
				rptr := fmt.Sprintf("%s/reports/%d", ptr, j)
				r, ok := c.roleRef(id, rptr)
				if !ok {
					continue
				}
				ri := f.index(r)
				switch {
				case f.manages[mi].Has(ri):
					c.ps.addf(rptr, "%v is listed twice among the reports of %v", r, m)
				case f.roles[ri].level >= f.roles[mi].level:
					c.ps.addf(rptr, "%v (%v) may not manage %v (%v): a manager outranks its reports",
						m, f.roles[mi].level, r, f.roles[ri].level)
				default:
					if missing := f.authority[ri].Diff(f.authority[mi]); len(missing) > 0 {
						c.ps.add(rptr, &AuthorityError{Top: m, Role: r, Missing: missing, manager: true})
					}
				}
				f.manages[mi] = f.manages[mi].With(ri)
			}
		}
	}
	c.out.Reporting = []ReportingSpec{}
	for m := range f.roles {
		if f.manages[m].IsEmpty() {
			continue
		}
		rs := ReportingSpec{Manager: f.roles[m].role.String()}
		for r := range f.manages[m].All {
			rs.Reports = append(rs.Reports, f.roles[r].role.String())
		}
		c.out.Reporting = append(c.out.Reporting, rs)
	}
}

func (c *compiler) compileSpan() {
	sp := c.s.SpanOfControl
	if sp == nil {
		return
	}
	switch {
	case sp.Min < 0:
		c.ps.addf("/spanOfControl/min", "min %d is negative", sp.Min)
	case sp.Max < 0:
		c.ps.addf("/spanOfControl/max", "max %d is negative", sp.Max)
	case sp.Max != 0 && sp.Max < sp.Min:
		c.ps.addf("/spanOfControl/max", "max %d is below min %d", sp.Max, sp.Min)
	case *sp == SpanOfControl{}:
		c.ps.addf("/spanOfControl", "a span of control of min 0 and max 0 bounds nothing: leave it out")
	}
	span := *sp
	c.f.span = span
	c.out.SpanOfControl = &span
}

// SpanOfControl returns the framework's bounds on the number of direct
// reports of a manager, and whether it has any.
func (f *Framework) SpanOfControl() (SpanOfControl, bool) {
	if f == nil || f.span == (SpanOfControl{}) {
		return SpanOfControl{}, false
	}
	return f.span, true
}

func (c *compiler) compileLadderSection(sound bool) {
	f := c.f
	var ts []Transition
	var origin []string
	if c.s.Ladder == nil {
		if !sound {
			return
		}
		f.derived[sectionLadder] = true
		ts = projectDefaultLadder(f)
		for i, t := range ts {
			origin = append(origin, fmt.Sprintf("/ladder/%d", i))
			for comp := range t.Requirements.Competencies.All() {
				if f.CompetencyID(comp) == "" {
					c.ps.addf("/ladder", "the default ladder's %v asks %v, which the framework's competencies lack: list it, or give a ladder",
						t, comp)
				}
			}
		}
	} else {
		for i, t := range c.s.Ladder {
			ptr := fmt.Sprintf("/ladder/%d", i)
			tr, ok := c.transition(t, ptr)
			if ok {
				ts = append(ts, tr)
				origin = append(origin, ptr)
			}
		}
	}
	c.out.Ladder = []TransitionSpec{}
	for _, t := range ts {
		c.out.Ladder = append(c.out.Ladder, f.transitionSpec(t))
	}
	// Compile what could be read, to report the rest of the problems too.
	if sound {
		f.ladder = c.compileLadder(ts, origin)
	}
}

// transition resolves one transition of the document.
func (c *compiler) transition(t TransitionSpec, ptr string) (Transition, bool) {
	var tr Transition
	ok := true
	var good bool
	if tr.From, good = c.roleRef(t.From, ptr+"/from"); !good {
		ok = false
	}
	if tr.To, good = c.roleRef(t.To, ptr+"/to"); !good {
		ok = false
	}
	k, err := ParseTransitionKind(t.Kind)
	if err != nil || transitionKindNames.Names[k] != t.Kind {
		c.ps.addf(ptr+"/kind", "unknown transition kind %s (want one of %s)", enum.Quote(t.Kind),
			strings.Join(transitionKindNames.Names[1:], ", "))
		ok = false
	}
	tr.Kind = k
	r := t.Requirements
	rp := ptr + "/requirements"
	for _, y := range [...]struct {
		field string
		v     float64
		dst   *float64
	}{{"yearsExperience", r.YearsExperience, &tr.Requirements.YearsExperience},
		{"yearsInRole", r.YearsInRole, &tr.Requirements.YearsInRole},
		{"yearsManaging", r.YearsManaging, &tr.Requirements.YearsManaging}} {
		if !yearsValid(y.v) {
			c.ps.addf(rp+"/"+y.field, "%s %s", y.field, yearsProblem(y.v))
			ok = false
		}
		*y.dst = y.v
	}
	for i, id := range r.Competencies {
		comp, err := c.f.ParseCompetency(id)
		if err != nil || c.f.CompetencyID(comp) != id {
			c.ps.addf(fmt.Sprintf("%s/competencies/%d", rp, i), "%w", err)
			ok = false
			continue
		}
		tr.Requirements.Competencies.bits = tr.Requirements.Competencies.bits.Add(uint(comp))
	}
	return tr, ok
}

// transitionSpec describes t in f's terms.
func (f *Framework) transitionSpec(t Transition) TransitionSpec {
	ts := TransitionSpec{From: t.From.String(), To: t.To.String(), Kind: t.Kind.String(),
		Requirements: RequirementsSpec{YearsExperience: t.Requirements.YearsExperience,
			YearsInRole: t.Requirements.YearsInRole, YearsManaging: t.Requirements.YearsManaging,
			Competencies: []string{}}}
	for comp := range t.Requirements.Competencies.All() {
		ts.Requirements.Competencies = append(ts.Requirements.Competencies, f.CompetencyID(comp))
	}
	if !t.Requirements.Competencies.IsValid() {
		// Keep the mark, for compiling to report.
		ts.Requirements.Competencies = append(ts.Requirements.Competencies, "%!Competency(?)")
	}
	return ts
}

// projectDefaultLadder returns the catalogue's ladder through the
// catalogue roles f uses, in f's terms. Transitions that need a
// competency f does not list keep it: compiling then reports it.
func projectDefaultLadder(f *Framework) []Transition {
	var nodes []career.Node
	for c := catRole(1); c <= numRoles; c++ {
		info := &roleTable[c]
		nodes = append(nodes, career.Node{Level: uint8(info.level), Track: uint8(info.track), Discipline: uint8(info.discipline)})
	}
	var edges []career.Edge
	for _, t := range defaultTransitions {
		edges = append(edges, career.Edge{From: int(t.From.cat() - 1), To: int(t.To.cat() - 1), Kind: career.Kind(t.Kind), Req: t.Requirements.req()})
	}
	var keep graph.Set
	for c := catRole(1); c <= numRoles; c++ {
		if f.Uses(c.role()) {
			keep = keep.With(int(c - 1))
		}
	}
	var out []Transition
	for _, e := range career.Project(nodes, edges, keep) {
		out = append(out, Transition{From: catRole(e.From + 1).role(), To: catRole(e.To + 1).role(),
			Kind: TransitionKind(e.Kind), Requirements: criteria(e.Req)})
	}
	return out
}
