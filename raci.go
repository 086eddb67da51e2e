package pmroles

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"iter"
	"slices"
	"strings"
	"unicode/utf8"
	"unique"

	"github.com/pmroles/pmroles/internal/enum"
	"github.com/pmroles/pmroles/internal/jsondoc"
	"github.com/pmroles/pmroles/internal/mdtable"
)

// A Letter is one responsibility in a RACI (or RASCI) matrix: who does the
// work, who answers for it, who is asked, who is told, who helps. The zero
// Letter is invalid.
type Letter uint8

// The letters, in the order of [Letters].
const (
	Responsible Letter = 1 + iota // R: does the work
	Accountable                   // A: answers for the outcome; exactly one per activity
	Consulted                     // C: asked before, two-way
	Informed                      // I: told after, one-way
	Support                       // S: helps the responsible party (RASCI)

	numLetters = iota
)

var letterNames = enum.Table{
	Type: "Letter", Kind: "letter",
	Names:   []string{"", "R", "A", "C", "I", "S"},
	Unknown: enum.Sentinel("letter", ErrUnknownValue),
}

// ParseLetter returns the letter s names: "R", "A", "C", "I" or "S",
// ignoring case.
func ParseLetter(s string) (Letter, error) {
	v, err := letterNames.Parse(s)
	return Letter(v), err
}

// Letters returns an iterator over the letters: R, A, C, I, S.
func Letters() iter.Seq[Letter] { return enum.Values[Letter](numLetters) }

// IsValid reports whether l is a known letter. The zero Letter is not.
func (l Letter) IsValid() bool { return l >= 1 && l <= numLetters }

// String returns "R", "A", "C", "I" or "S", or "%!Letter(n)" for an
// invalid letter.
func (l Letter) String() string { return letterNames.String(int(l)) }

// MarshalText implements [encoding.TextMarshaler]. It fails for an invalid
// letter.
func (l Letter) MarshalText() ([]byte, error) { return l.AppendText(nil) }

// AppendText implements [encoding.TextAppender]. It fails for an invalid
// letter.
func (l Letter) AppendText(b []byte) ([]byte, error) { return letterNames.Append(b, int(l)) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseLetter].
// On error l is unchanged.
func (l *Letter) UnmarshalText(text []byte) error { return enum.Unmarshal(l, text, ParseLetter) }

// A Cell is the set of letters one party has for one activity. The zero
// Cell is empty: the party has no part in the activity. A valid cell holds
// at most one letter, except "A/R": the accountable party may also do the
// work. A Cell is comparable with ==.
type Cell uint8

// CellOf returns the cell holding the given letters. It may return an
// invalid combination, which [Cell.IsValid] and [Matrix.Validate] report;
// invalid letters are dropped.
func CellOf(letters ...Letter) Cell {
	var c Cell
	for _, l := range letters {
		if l.IsValid() {
			c |= 1 << l
		}
	}
	return c
}

// cellAR is the one combination of two letters a valid cell may hold.
const cellAR = Cell(1<<Accountable | 1<<Responsible)

// Has reports whether c holds letter l.
func (c Cell) Has(l Letter) bool { return l.IsValid() && c&(1<<l) != 0 }

// IsValid reports whether c is empty, one letter, or A/R.
func (c Cell) IsValid() bool {
	if c&^(1<<(numLetters+1)-2) != 0 { // bits of no letter
		return false
	}
	return c&(c-1) == 0 || c == cellAR
}

// String returns the cell as a RACI chart shows it: "" when empty, one
// letter, or "A/R". Other combinations, which are invalid, list their
// letters joined by "/" in the order of [Letters].
func (c Cell) String() string {
	if c == 0 {
		return ""
	}
	if c == cellAR {
		return "A/R"
	}
	var b strings.Builder
	for l := range Letters() {
		if c.Has(l) {
			if b.Len() > 0 {
				b.WriteByte('/')
			}
			b.WriteString(l.String())
		}
	}
	if c&^(1<<(numLetters+1)-2) != 0 {
		if b.Len() > 0 {
			b.WriteByte('/')
		}
		b.WriteString("?")
	}
	return b.String()
}

// ParseCell reads a cell as RACI charts write it: empty or "-" for no
// part, one letter, or "A/R" (also "R/A"), ignoring case and spaces around
// the letters. Anything else, including two letters other than A and R,
// is an error wrapping [ErrInvalidMatrix].
func ParseCell(s string) (Cell, error) {
	switch { // the common cases: nothing, or one letter
	case s == "":
		return 0, nil
	case len(s) == 1 && oneByteCells[s[0]] != noCell:
		return oneByteCells[s[0]], nil
	}
	t := strings.TrimSpace(s)
	if t == "" || t == "-" {
		return 0, nil
	}
	a, b, two := strings.Cut(t, "/")
	l1, err := ParseLetter(strings.TrimSpace(a))
	if err != nil {
		return 0, fmt.Errorf("%w: bad letter %s: want R, A, C, I, S or A/R", ErrInvalidMatrix, enum.Quote(s))
	}
	if !two {
		return CellOf(l1), nil
	}
	l2, err := ParseLetter(strings.TrimSpace(b))
	if c := CellOf(l1, l2); err == nil && c == cellAR {
		return c, nil
	}
	return 0, fmt.Errorf("%w: bad cell %s: only A/R may combine two letters", ErrInvalidMatrix, enum.Quote(s))
}

// oneByteCells maps each byte to the cell it writes alone, or to noCell.
var oneByteCells = func() (t [256]Cell) {
	for i := range t {
		t[i] = noCell
	}
	t['-'], t[' '] = 0, 0
	for l := range Letters() {
		t[l.String()[0]] = CellOf(l)
		t[l.String()[0]+'a'-'A'] = CellOf(l)
	}
	return t
}()

// noCell marks a byte that is not a cell by itself; it has a bit of no
// letter, so it is never a valid cell.
const noCell = Cell(0xFF)

// MarshalText implements [encoding.TextMarshaler]: the cell as
// [Cell.String] writes it. It fails for an invalid cell.
func (c Cell) MarshalText() ([]byte, error) {
	if !c.IsValid() {
		return nil, fmt.Errorf("%w: cannot marshal invalid cell %s", ErrInvalidMatrix, c)
	}
	return []byte(c.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseCell]. On
// error c is unchanged.
func (c *Cell) UnmarshalText(text []byte) error { return enum.Unmarshal(c, text, ParseCell) }

// A Function is a cross-functional team that takes part in product work
// without being a product role: one of the catalogue's ten (engineering,
// design, sales and so on), or one a framework adds ("legal", "qa"). Like
// a [Role], a Function is a small comparable handle: two Functions are ==
// exactly when they have the same ID, and a Function prints itself. The
// zero Function is invalid.
type Function struct {
	h unique.Handle[functionKey]
}

type functionKey struct {
	id  string
	cat uint8 // the catalogue number, or 0 for a framework's own function
}

// The catalogue's functions, in the order of [Functions]. They are
// variables only because Go has no constant of a struct type: never
// assign to them.
var (
	Engineering     = catFunction(1)
	Design          = catFunction(2)
	Marketing       = catFunction(3)
	Sales           = catFunction(4)
	Finance         = catFunction(5)
	ExecutiveTeam   = catFunction(6)
	CustomerSupport = catFunction(7)
	Manufacturing   = catFunction(8)
	Distribution    = catFunction(9)
	Procurement     = catFunction(10)
)

const numFunctions = 10

var functionNames = enum.Table{
	Type: "Function", Kind: "function",
	Names: []string{"", "engineering", "design", "marketing", "sales", "finance",
		"executive-team", "customer-support", "manufacturing", "distribution", "procurement"},
	Unknown: enum.Sentinel("function", ErrUnknownValue),
}

var functionTitles = [numFunctions + 1]string{"", "Engineering", "Design", "Marketing", "Sales", "Finance",
	"Executive team", "Customer support", "Manufacturing", "Distribution", "Procurement"}

var functionCatalogue = func() (out [numFunctions + 1]Function) {
	for c := 1; c <= numFunctions; c++ {
		out[c] = Function{unique.Make(functionKey{id: functionNames.Names[c], cat: uint8(c)})}
	}
	return out
}()

func catFunction(c int) Function { return functionCatalogue[c] }

// companyFunction returns the Function of a framework's own function ID,
// which must not be a catalogue ID.
func companyFunction(id string) Function { return Function{unique.Make(functionKey{id: id})} }

// ParseFunction returns the catalogue function whose text form is s
// ("engineering", "executive-team", ...), ignoring ASCII case. A
// framework's own functions parse with [Framework.ParseFunction].
func ParseFunction(s string) (Function, error) {
	v, err := functionNames.Parse(s)
	if err != nil {
		return Function{}, err
	}
	return catFunction(v), nil
}

// Functions returns an iterator over the catalogue's functions, from
// [Engineering] to [Procurement].
func Functions() iter.Seq[Function] {
	return func(yield func(Function) bool) {
		for _, fn := range functionCatalogue[1:] {
			if !yield(fn) {
				return
			}
		}
	}
}

// IsValid reports whether f names a function. The zero Function does not.
func (f Function) IsValid() bool { return f.h != (unique.Handle[functionKey]{}) }

// IsCatalogue reports whether f is one of the catalogue's ten functions.
func (f Function) IsCatalogue() bool { return f.IsValid() && f.h.Value().cat != 0 }

// Equal reports whether f and g are the same function, as f == g does.
func (f Function) Equal(g Function) bool { return f == g }

// String returns the function's ID, such as "customer-support" or "legal",
// or "%!Function(0)" for the zero Function.
func (f Function) String() string {
	if !f.IsValid() {
		return "%!Function(0)"
	}
	return f.h.Value().id
}

// Title returns a catalogue function's display name, such as "Executive
// team", or "" for the zero Function and for a framework's own, whose
// title is its framework's.
func (f Function) Title() string {
	if !f.IsCatalogue() {
		return ""
	}
	return functionTitles[f.h.Value().cat]
}

// MarshalText implements [encoding.TextMarshaler]. It fails for the zero
// Function.
func (f Function) MarshalText() ([]byte, error) { return f.AppendText(nil) }

// AppendText implements [encoding.TextAppender]. It fails for the zero
// Function.
func (f Function) AppendText(b []byte) ([]byte, error) {
	if !f.IsValid() {
		return b, errors.New("pmroles: cannot marshal the zero Function")
	}
	return append(b, f.String()...), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [ParseFunction]. On error f is unchanged.
func (f *Function) UnmarshalText(text []byte) error {
	return enum.Unmarshal(f, text, ParseFunction)
}

// A Party is a column of a RACI matrix: a [Role] of the catalogue or a
// cross-functional [Function]. Its text form is the role's ID or the
// function's name. The zero Party is invalid. Parties are comparable with
// == and usable as map keys.
type Party struct {
	role Role
	fn   Function
}

// RoleParty returns the party that is role r.
func RoleParty(r Role) Party { return Party{role: r} }

// FunctionParty returns the party that is function f.
func FunctionParty(f Function) Party { return Party{fn: f} }

// ParseParty returns the party whose text form is s: a role ID
// ("product-manager") or a function name ("engineering"), ignoring ASCII
// case; spaces and underscores may stand for hyphens ("Executive Team"). An
// unknown name gives an error that wraps [ErrUnknownValue].
func ParseParty(s string) (Party, error) {
	var buf [64]byte
	t := s
	if len(s) <= len(buf) && strings.ContainsAny(s, " _") {
		n := copy(buf[:], s)
		for i := range n {
			if buf[i] == ' ' || buf[i] == '_' {
				buf[i] = '-'
			}
		}
		t = string(buf[:n])
	}
	if r, err := ParseRole(t); err == nil {
		return RoleParty(r), nil
	}
	if f, err := ParseFunction(t); err == nil {
		return FunctionParty(f), nil
	}
	return Party{}, fmt.Errorf("%w %s: neither a role ID nor a function", errUnknownParty, enum.Quote(s))
}

var errUnknownParty = enum.Sentinel("party", ErrUnknownValue)

// Role returns the role p is, and whether p is a role.
func (p Party) Role() (Role, bool) { return p.role, p.role.IsValid() && !p.fn.IsValid() }

// Function returns the function p is, and whether p is a function.
func (p Party) Function() (Function, bool) { return p.fn, p.fn.IsValid() && !p.role.IsValid() }

// IsValid reports whether p is a valid role or a valid function.
func (p Party) IsValid() bool {
	_, isRole := p.Role()
	_, isFunction := p.Function()
	return isRole || isFunction
}

// String returns the role's ID or the function's name, or "%!Party(?)" for
// an invalid party.
func (p Party) String() string {
	if r, ok := p.Role(); ok {
		return r.String()
	}
	if f, ok := p.Function(); ok {
		return f.String()
	}
	return "%!Party(?)"
}

// MarshalText implements [encoding.TextMarshaler]. It fails for an invalid
// party.
func (p Party) MarshalText() ([]byte, error) { return p.AppendText(nil) }

// AppendText implements [encoding.TextAppender]. It fails for an invalid
// party.
func (p Party) AppendText(b []byte) ([]byte, error) {
	if !p.IsValid() {
		return b, errors.New("pmroles: cannot marshal an invalid party")
	}
	return append(b, p.String()...), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseParty].
// On error p is unchanged.
func (p *Party) UnmarshalText(text []byte) error { return enum.Unmarshal(p, text, ParseParty) }

// An Activity is a row of a RACI matrix: a piece of product work, such as
// "Pricing". It may name the [Decision] it is and the [Scope] it is taken
// at; then its accountable party must be a role with the authority to take
// it (see [Framework.ValidateMatrix]). Decision and Scope are both set or
// both zero.
type Activity struct {
	Name     string
	Decision Decision
	Scope    Scope
}

// A Row is an activity with its cells, one per party of the matrix, in the
// matrix's party order; [NewMatrix] takes rows.
type Row struct {
	Activity Activity
	Cells    []Cell
}

// ErrInvalidMatrix is wrapped by every error that reports a malformed or
// invalid RACI matrix.
var ErrInvalidMatrix = errors.New("pmroles: invalid RACI matrix")

// A MatrixError reports one problem of a RACI matrix, and where it is. Row
// and Column are 1-based positions in the matrix as a table, the same in
// CSV, in Markdown and for a matrix built in code: row 1 is the header,
// row 2 the first activity; column 1 holds the activity names, then come
// the decision and scope columns when the matrix has them, then the
// parties. A zero Row or Column means the problem is not at one place.
// It wraps [ErrInvalidMatrix].
type MatrixError struct {
	Row, Column int
	Activity    string // the activity's name, when the problem is in a row
	Party       string // the party's text, when the problem is in a column
	Problem     string // what is wrong
}

func (e *MatrixError) Error() string {
	var b strings.Builder
	b.WriteString("pmroles: RACI matrix")
	if e.Row > 0 {
		fmt.Fprintf(&b, ": row %d", e.Row)
		if e.Column > 0 {
			fmt.Fprintf(&b, ", column %d", e.Column)
		}
	}
	switch {
	case e.Activity != "" && e.Party != "":
		fmt.Fprintf(&b, " (activity %s, party %s)", enum.Quote(e.Activity), enum.Quote(e.Party))
	case e.Activity != "":
		fmt.Fprintf(&b, " (activity %s)", enum.Quote(e.Activity))
	case e.Party != "":
		fmt.Fprintf(&b, " (party %s)", enum.Quote(e.Party))
	}
	b.WriteString(": ")
	b.WriteString(e.Problem)
	return b.String()
}

func (e *MatrixError) Unwrap() error { return ErrInvalidMatrix }

// Limits on a matrix, to bound the work done on hostile input.
const (
	maxParties      = 64      // columns of parties
	maxActivities   = 1 << 20 // rows of activities
	maxActivityName = 256     // bytes of an activity's name
	maxMatrixInput  = 64 << 20
)

// A Matrix is a RACI matrix: ordered activities by ordered parties, a
// [Cell] at each crossing. A Matrix is immutable once built, by
// [NewMatrix], by a parser or by [Framework.RACI], and safe for concurrent
// use. Building a matrix checks only its shape; [Matrix.Validate] checks
// the RACI rules, and the parsers return only matrices that pass it.
type Matrix struct {
	parties    []Party
	activities []Activity
	cells      []Cell // row-major: cells[i*len(parties)+j]
	partyCol   int    // the column of the first party: 2, or 4 after the decision and scope columns
	// byName holds the activity indexes sorted by name, for lookups and
	// to find names given twice in one pass.
	byName []int32
	// namesClean records that no activity name is malformed or given
	// twice, as index found when the matrix was built.
	namesClean bool
}

// NewMatrix returns the matrix of the given parties and rows. Each row
// must have one cell per party; a ragged row is a [*MatrixError]. Nothing
// else is checked here: call [Matrix.Validate]. The matrix copies its
// arguments.
func NewMatrix(parties []Party, rows []Row) (*Matrix, error) {
	m := &Matrix{
		parties:    slices.Clone(parties),
		activities: make([]Activity, len(rows)),
		cells:      make([]Cell, 0, len(rows)*len(parties)),
		partyCol:   2,
	}
	for i, r := range rows {
		if len(r.Cells) != len(parties) {
			return nil, &MatrixError{Row: i + 2, Activity: r.Activity.Name,
				Problem: fmt.Sprintf("the row has %d cells for %d parties", len(r.Cells), len(parties))}
		}
		m.activities[i] = r.Activity
		m.cells = append(m.cells, r.Cells...)
		if r.Activity.Decision != 0 || r.Activity.Scope != 0 {
			m.partyCol = 4
		}
	}
	m.index()
	return m, nil
}

// index sorts the activities by name and checks the names once: the
// matrix is immutable, so Validate need not read them again when they are
// sound.
func (m *Matrix) index() {
	m.byName = make([]int32, len(m.activities))
	for i := range m.byName {
		m.byName[i] = int32(i)
	}
	slices.SortFunc(m.byName, func(a, b int32) int {
		if c := strings.Compare(m.activities[a].Name, m.activities[b].Name); c != 0 {
			return c
		}
		return int(a - b) // equal names stay in row order
	})
	m.namesClean = len(m.nameErrors()) == 0
}

// nameErrors reports the activities whose names are malformed or taken
// twice, in row order.
func (m *Matrix) nameErrors() []error {
	var errs []error
	for i, a := range m.activities {
		if problem := nameProblem(a.Name); problem != "" {
			errs = append(errs, &MatrixError{Row: i + 2, Column: 1, Activity: a.Name, Problem: problem})
		}
	}
	for k := 1; k < len(m.byName); k++ {
		a, b := m.byName[k-1], m.byName[k]
		if m.activities[a].Name == m.activities[b].Name {
			first, dup := min(a, b), max(a, b)
			errs = append(errs, &MatrixError{Row: int(dup) + 2, Column: 1, Activity: m.activities[dup].Name,
				Problem: fmt.Sprintf("activity named twice (also row %d)", first+2)})
		}
	}
	return errs
}

// Parties returns the matrix's parties, in column order.
func (m *Matrix) Parties() []Party { return slices.Clone(m.parties) }

// Activities returns the matrix's activities, in row order.
func (m *Matrix) Activities() []Activity { return slices.Clone(m.activities) }

// Cell returns the cell of party p for the named activity: empty if either
// is not in the matrix.
func (m *Matrix) Cell(activity string, p Party) Cell {
	i, j := m.activityIndex(activity), slices.Index(m.parties, p)
	if i < 0 || j < 0 {
		return 0
	}
	return m.cells[i*len(m.parties)+j]
}

// Equal reports whether m and n have the same parties, activities and
// cells in the same order. How the source table laid out its columns does
// not matter.
func (m *Matrix) Equal(n *Matrix) bool {
	if m == nil || n == nil {
		return m == n
	}
	return slices.Equal(m.parties, n.parties) && slices.Equal(m.activities, n.activities) &&
		slices.Equal(m.cells, n.cells)
}

func (m *Matrix) activityIndex(name string) int {
	i, found := slices.BinarySearchFunc(m.byName, name, func(k int32, name string) int {
		return strings.Compare(m.activities[k].Name, name)
	})
	if !found {
		return -1
	}
	return int(m.byName[i])
}

func (m *Matrix) row(i int) []Cell { return m.cells[i*len(m.parties) : (i+1)*len(m.parties)] }

// Accountable returns the party accountable for the named activity: the
// one whose cell holds A. It reports false if the activity is not in the
// matrix or has no accountable party; if it has several, which
// [Matrix.Validate] reports, the first is returned.
func (m *Matrix) Accountable(activity string) (Party, bool) {
	i := m.activityIndex(activity)
	if i < 0 {
		return Party{}, false
	}
	for j, c := range m.row(i) {
		if c.Has(Accountable) {
			return m.parties[j], true
		}
	}
	return Party{}, false
}

// Responsible returns the parties responsible for the named activity, R or
// A/R, in column order; nil if the activity is not in the matrix.
func (m *Matrix) Responsible(activity string) []Party {
	i := m.activityIndex(activity)
	if i < 0 {
		return nil
	}
	var out []Party
	for j, c := range m.row(i) {
		if c.Has(Responsible) {
			out = append(out, m.parties[j])
		}
	}
	return out
}

// Duties returns an iterator over what party p does: each activity in
// which p's cell is not empty, with that cell, in row order.
func (m *Matrix) Duties(p Party) iter.Seq2[Activity, Cell] {
	return func(yield func(Activity, Cell) bool) {
		j := slices.Index(m.parties, p)
		if j < 0 {
			return
		}
		for i, a := range m.activities {
			if c := m.cells[i*len(m.parties)+j]; c != 0 && !yield(a, c) {
				return
			}
		}
	}
}

// A Load is how much of a matrix falls on one party; see
// [Matrix.Workload].
type Load struct {
	Party Party
	// Counts[l] is the number of activities in which the party's cell
	// holds letter l; an A/R cell counts once for A and once for R.
	Counts [numLetters + 1]int
	// AccountableForAll flags a party accountable for every activity of a
	// matrix of several: nothing is delegated.
	AccountableForAll bool
	// AccountableForNone flags a party accountable for no activity.
	AccountableForNone bool
}

// Workload returns the load of each party, in column order.
func (m *Matrix) Workload() []Load {
	loads := make([]Load, len(m.parties))
	for j, p := range m.parties {
		loads[j].Party = p
	}
	for i := range m.activities {
		for j, c := range m.row(i) {
			for l := range Letters() {
				if c.Has(l) {
					loads[j].Counts[l]++
				}
			}
		}
	}
	for j := range loads {
		a := loads[j].Counts[Accountable]
		loads[j].AccountableForAll = len(m.activities) > 1 && a == len(m.activities)
		loads[j].AccountableForNone = a == 0
	}
	return loads
}

// Validate checks the RACI rules and reports every problem at once, joined
// with [errors.Join], each a [*MatrixError]:
//
//   - the matrix has at least one party, at most 64, and one activity;
//   - every party is a valid role or function, named once;
//   - every activity has a name, without surrounding spaces or control
//     characters and at most 256 bytes long, given once; its decision and
//     scope are both valid or both zero;
//   - every cell is empty, one letter, or A/R;
//   - every activity has exactly one accountable party (A) and at least
//     one responsible party (R or A/R).
//
// A valid matrix costs no allocation to check.
func (m *Matrix) Validate() error {
	var errs []error
	if len(m.parties) == 0 || len(m.activities) == 0 {
		return &MatrixError{Row: 1, Column: 1, Problem: "the matrix is empty: it needs at least one party and one activity"}
	}
	if len(m.parties) > maxParties {
		// There are far fewer distinct parties; the row sums below also
		// rely on this bound.
		return &MatrixError{Row: 1, Column: m.partyCol + maxParties, Problem: fmt.Sprintf("more than %d parties", maxParties)}
	}
	for j, p := range m.parties {
		if !p.IsValid() {
			errs = append(errs, &MatrixError{Row: 1, Column: m.partyCol + j, Problem: "unknown party"})
			continue
		}
		for k := range j {
			if m.parties[k] == p {
				errs = append(errs, &MatrixError{Row: 1, Column: m.partyCol + j, Party: p.String(),
					Problem: fmt.Sprintf("party named twice (also column %d)", m.partyCol+k)})
				break
			}
		}
	}
	if !m.namesClean {
		errs = append(errs, m.nameErrors()...)
	}
	n := len(m.parties)
	for i, a := range m.activities {
		if col, problem := decisionProblem(a); problem != "" {
			errs = append(errs, &MatrixError{Row: i + 2, Column: col, Activity: a.Name, Problem: problem})
		}
		// One table lookup per cell sums the row's A, R and invalid cells;
		// only a row that breaks a rule is looked at again, to say where.
		if rowSound(m.cells[i*n : i*n+n]) {
			continue
		}
		accountable, responsible := 0, 0
		for j, c := range m.row(i) {
			if !c.IsValid() {
				errs = append(errs, &MatrixError{Row: i + 2, Column: m.partyCol + j, Activity: a.Name, Party: m.parties[j].String(),
					Problem: fmt.Sprintf("cell %q holds two letters: only A/R may combine", c.String())})
				continue
			}
			if c.Has(Responsible) {
				responsible++
			}
			if c.Has(Accountable) {
				accountable++
				if accountable > 1 {
					errs = append(errs, &MatrixError{Row: i + 2, Column: m.partyCol + j, Activity: a.Name, Party: m.parties[j].String(),
						Problem: "a second accountable party: an activity has exactly one A"})
				}
			}
		}
		if accountable == 0 {
			errs = append(errs, &MatrixError{Row: i + 2, Column: 1, Activity: a.Name, Problem: "no accountable party: an activity has exactly one A"})
		}
		if responsible == 0 {
			errs = append(errs, &MatrixError{Row: i + 2, Column: 1, Activity: a.Name, Problem: "no responsible party: an activity needs an R (or A/R)"})
		}
	}
	return errors.Join(errs...)
}

// cellTally[c] counts cell c in three bytes of a row's sum: its A, its R,
// and whether it is invalid. A row with at most maxParties cells cannot
// overflow a byte.
var cellTally = func() (t [256]uint32) {
	for c := range t {
		cell := Cell(c)
		switch {
		case !cell.IsValid():
			t[c] = 1 << 16
		default:
			if cell.Has(Accountable) {
				t[c] |= 1
			}
			if cell.Has(Responsible) {
				t[c] |= 1 << 8
			}
		}
	}
	return t
}()

// rowSound reports whether a row has one A, at least one R and no invalid
// cell. Four running sums, each a table lookup per cell, keep the loop
// from waiting on one chain of additions.
func rowSound(row []Cell) bool {
	var s0, s1, s2, s3 uint32
	for len(row) >= 4 {
		s0 += cellTally[row[0]]
		s1 += cellTally[row[1]]
		s2 += cellTally[row[2]]
		s3 += cellTally[row[3]]
		row = row[4:]
	}
	for _, c := range row {
		s0 += cellTally[c]
	}
	sum := s0 + s1 + s2 + s3
	return sum&0xFF00FF == 1 && sum&0xFF00 != 0 // one A, no invalid cell, an R
}

// nameProblem says what is wrong with an activity's name, or "".
func nameProblem(name string) string {
	switch {
	case name == "":
		return "the name is empty"
	case len(name) > maxActivityName:
		return fmt.Sprintf("the name is longer than %d bytes", maxActivityName)
	case hasEdgeSpace(name):
		return "the name has surrounding spaces"
	case hasControl(name):
		return "the name holds a control character"
	}
	return ""
}

// decisionProblem says what is wrong with an activity's decision and
// scope, and in which column (2 or 3); "" if nothing is.
func decisionProblem(a Activity) (column int, problem string) {
	switch {
	case a.Decision == 0 && a.Scope == 0:
		return 0, ""
	case !a.Decision.IsValid():
		return 2, "invalid decision " + a.Decision.String()
	case !a.Scope.IsValid():
		return 3, "invalid scope " + a.Scope.String()
	}
	return 0, ""
}

// hasEdgeSpace reports whether s starts or ends with white space. ASCII
// letters at both ends, the usual case, settle it without decoding.
func hasEdgeSpace(s string) bool {
	first, last := s[0], s[len(s)-1]
	if first < utf8.RuneSelf && last < utf8.RuneSelf {
		return asciiSpace[first] || asciiSpace[last]
	}
	return strings.TrimSpace(s) != s
}

var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// hasControl reports whether s holds an ASCII control character, which no
// table cell can hold. Control bytes never occur inside a multi-byte UTF-8
// sequence, so a byte loop finds them.
func hasControl(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < ' ' || c == 0x7f {
			return true
		}
	}
	return false
}

// ValidateMatrix is [Matrix.Validate] with the framework's authority: in
// addition, every role among the parties must be one the framework uses,
// and the accountable party of an activity that names a decision and scope
// must be a role allowed to take that decision at that scope. A function
// cannot be accountable for a product decision.
func (f *Framework) ValidateMatrix(m *Matrix) error {
	var errs []error
	if err := m.Validate(); err != nil {
		errs = append(errs, err)
	}
	for j, p := range m.parties {
		if r, ok := p.Role(); ok && !f.Uses(r) {
			errs = append(errs, &MatrixError{Row: 1, Column: m.partyCol + j, Party: p.String(),
				Problem: "a role the framework does not use"})
		}
	}
	for i, a := range m.activities {
		if !a.Decision.IsValid() || !a.Scope.IsValid() {
			continue
		}
		for j, c := range m.row(i) {
			if !c.Has(Accountable) {
				continue
			}
			p := m.parties[j]
			r, isRole := p.Role()
			var problem string
			switch {
			case !isRole:
				problem = fmt.Sprintf("%v is accountable for deciding %v, but a function cannot be accountable for a product decision", p, a.Decision)
			case !f.Can(r, a.Decision, a.Scope):
				problem = fmt.Sprintf("%v is accountable, but may not decide %v at %v scope", r, a.Decision, a.Scope)
				if who, err := f.Escalate(a.Decision, a.Scope); err == nil {
					problem += fmt.Sprintf(" (%v may)", who)
				}
			default:
				continue
			}
			errs = append(errs, &MatrixError{Row: i + 2, Column: m.partyCol + j, Activity: a.Name, Party: p.String(), Problem: problem})
		}
	}
	return errors.Join(errs...)
}

// ParseMatrixCSV reads a RACI matrix from CSV: a header row of parties,
// then one row per activity. The first column holds activity names (its
// header cell is free text, such as "Activity"). If the next two header
// cells are "decision" and "scope" (any case), those columns name each
// activity's [Decision] and [Scope], both or neither. The remaining header
// cells are parties (see [ParseParty]) and the cells letters (see
// [ParseCell]).
//
// The matrix must also pass [Matrix.Validate]. On any error ParseMatrixCSV
// returns nil and a [*MatrixError] (joined with [errors.Join] when there
// are several) wrapping [ErrInvalidMatrix], with the row and column at
// fault.
func ParseMatrixCSV(r io.Reader) (*Matrix, error) {
	cr := csv.NewReader(&limitedReader{r: r, n: maxMatrixInput})
	cr.FieldsPerRecord = -1 // ragged rows are reported with their row below
	var records [][]string
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return nil, &MatrixError{Row: len(records) + 1,
					Problem: fmt.Sprintf("malformed CSV at line %d, byte %d: %v", pe.Line, pe.Column, pe.Err)}
			}
			return nil, &MatrixError{Row: len(records) + 1, Problem: "reading CSV: " + err.Error()}
		}
		if len(records) > maxActivities {
			return nil, &MatrixError{Row: len(records) + 1, Problem: fmt.Sprintf("more than %d activities", maxActivities)}
		}
		records = append(records, rec)
	}
	rows := make([]tableRow, len(records))
	for i, rec := range records {
		rows[i] = tableRow{number: i + 1, cells: rec}
	}
	return parseTable(rows)
}

// ParseMatrixMarkdown reads a RACI matrix from a Markdown pipe table laid
// out as [ParseMatrixCSV] describes, with the Markdown delimiter row after
// the header. Lines before the table are skipped; the table ends at the
// first line that is not a table row. Row numbers in errors count table
// rows, the header being row 1 and the delimiter row not counted, so that
// they match the CSV form of the same matrix.
func ParseMatrixMarkdown(r io.Reader) (*Matrix, error) {
	table, err := mdtable.Read(&limitedReader{r: r, n: maxMatrixInput})
	if err != nil {
		return nil, &MatrixError{Problem: "malformed Markdown table: " + err.Error()}
	}
	rows := make([]tableRow, len(table))
	for i, t := range table {
		rows[i] = tableRow{number: i + 1, cells: t.Cells}
	}
	return parseTable(rows)
}

// A tableRow is one row of a table being read.
type tableRow struct {
	number int // 1-based, the header being 1
	cells  []string
}

// parseTable builds and validates the matrix of a table read from CSV or
// Markdown, reporting every problem it finds.
func parseTable(rows []tableRow) (*Matrix, error) {
	if len(rows) == 0 || len(rows[0].cells) == 0 || len(rows[0].cells) == 1 && strings.TrimSpace(rows[0].cells[0]) == "" {
		return nil, &MatrixError{Row: 1, Column: 1, Problem: "empty input: want a header row of parties"}
	}
	header := rows[0].cells
	first := 1 // index of the first party column
	hasDecision := len(header) >= 3 && strings.EqualFold(strings.TrimSpace(header[1]), "decision") &&
		strings.EqualFold(strings.TrimSpace(header[2]), "scope")
	if hasDecision {
		first = 3
	}
	var errs []error
	if n := len(header) - first; n > maxParties {
		return nil, &MatrixError{Row: 1, Column: first + maxParties + 1, Problem: fmt.Sprintf("more than %d parties", maxParties)}
	}
	parties := make([]Party, len(header)-first)
	for j, h := range header[first:] {
		p, err := ParseParty(strings.TrimSpace(h))
		if err != nil {
			errs = append(errs, &MatrixError{Row: 1, Column: first + j + 1, Party: h, Problem: "unknown party: neither a role ID nor a function"})
			continue
		}
		parties[j] = p
	}
	var body []Row
	for _, tr := range rows[1:] {
		rec := tr.cells
		if len(rec) != len(header) {
			name := ""
			if len(rec) > 0 {
				name = strings.TrimSpace(rec[0])
			}
			errs = append(errs, &MatrixError{Row: tr.number, Column: min(len(rec), len(header)) + 1, Activity: name,
				Problem: fmt.Sprintf("ragged row: %d cells, the header has %d", len(rec), len(header))})
			continue
		}
		a := Activity{Name: strings.TrimSpace(rec[0])}
		if hasDecision {
			d, s := strings.TrimSpace(rec[1]), strings.TrimSpace(rec[2])
			var err error
			switch {
			case d == "" && s == "":
			case d == "" || s == "":
				errs = append(errs, &MatrixError{Row: tr.number, Column: 2, Activity: a.Name, Problem: "give both a decision and a scope, or neither"})
			default:
				if a.Decision, err = ParseDecision(d); err != nil {
					errs = append(errs, &MatrixError{Row: tr.number, Column: 2, Activity: a.Name, Problem: "unknown decision " + enum.Quote(d)})
				}
				if a.Scope, err = ParseScope(s); err != nil {
					errs = append(errs, &MatrixError{Row: tr.number, Column: 3, Activity: a.Name, Problem: "unknown scope " + enum.Quote(s)})
				}
			}
		}
		cells := make([]Cell, len(parties))
		for j, text := range rec[first:] {
			c, err := ParseCell(text)
			if err != nil {
				errs = append(errs, &MatrixError{Row: tr.number, Column: first + j + 1, Activity: a.Name, Party: header[first+j],
					Problem: fmt.Sprintf("bad cell %s: want R, A, C, I, S, A/R or nothing", enum.Quote(text))})
			}
			cells[j] = c
		}
		body = append(body, Row{Activity: a, Cells: cells})
	}
	if len(rows) == 1 {
		errs = append(errs, &MatrixError{Row: 2, Column: 1, Problem: "no activities: want one row per activity after the header"})
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	m, err := NewMatrix(parties, body)
	if err != nil {
		return nil, err
	}
	m.partyCol = first + 1
	if err := m.Validate(); err != nil {
		return nil, err
	}
	return m, nil
}

// limitedReader fails, rather than stop quietly, past n bytes: a matrix
// cut short would parse as a smaller, wrong one.
type limitedReader struct {
	r io.Reader
	n int64
}

func (l *limitedReader) Read(p []byte) (int, error) {
	if l.n <= 0 {
		return 0, fmt.Errorf("input longer than %d bytes", maxMatrixInput)
	}
	if int64(len(p)) > l.n {
		p = p[:l.n]
	}
	n, err := l.r.Read(p)
	l.n -= int64(n)
	return n, err
}

// header returns the header cells of m as a table: "activity", the
// decision and scope columns when an activity names a decision, and the
// parties.
func (m *Matrix) header() (cells []string, decisions bool) {
	decisions = slices.ContainsFunc(m.activities, func(a Activity) bool { return a.Decision != 0 || a.Scope != 0 })
	cells = []string{"activity"}
	if decisions {
		cells = append(cells, "decision", "scope")
	}
	for _, p := range m.parties {
		cells = append(cells, p.String())
	}
	return cells, decisions
}

func (m *Matrix) record(i int, decisions bool, rec []string) []string {
	a := m.activities[i]
	rec = append(rec[:0], a.Name)
	if decisions {
		d, s := "", ""
		if a.Decision != 0 || a.Scope != 0 {
			d, s = a.Decision.String(), a.Scope.String()
		}
		rec = append(rec, d, s)
	}
	for _, c := range m.row(i) {
		rec = append(rec, c.String())
	}
	return rec
}

// WriteCSV writes m as CSV in the layout [ParseMatrixCSV] reads: the
// decision and scope columns appear when an activity names a decision.
func (m *Matrix) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	header, decisions := m.header()
	if err := cw.Write(header); err != nil {
		return err
	}
	var rec []string
	for i := range m.activities {
		rec = m.record(i, decisions, rec)
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// WriteMarkdown writes m as a Markdown pipe table in the layout
// [ParseMatrixMarkdown] reads, for a wiki or a README.
func (m *Matrix) WriteMarkdown(w io.Writer) error {
	bw := bufio.NewWriter(w)
	header, decisions := m.header()
	mdtable.WriteRow(bw, header)
	mdtable.WriteDelimiter(bw, len(header))
	var rec []string
	for i := range m.activities {
		rec = m.record(i, decisions, rec)
		mdtable.WriteRow(bw, rec)
	}
	return bw.Flush()
}

// raciParties are the columns of the default matrix: the product leaders
// the seeds name, then the functions they work with.
var raciParties = []Party{
	RoleParty(ChiefProductOfficer), RoleParty(VPOfProduct), RoleParty(HeadOfProduct),
	RoleParty(DirectorOfProduct), RoleParty(ProductManager), RoleParty(ProductOwner),
	RoleParty(ProductMarketingManager),
	FunctionParty(Engineering), FunctionParty(Design), FunctionParty(Marketing), FunctionParty(Sales),
	FunctionParty(Finance), FunctionParty(ExecutiveTeam), FunctionParty(CustomerSupport),
}

// raciTemplate is the default product-lifecycle matrix. Each row's cells
// follow raciParties; "-" is no part. The comment above a row quotes the
// seed sentence behind its A; the other letters are our reading of the
// same articles (who "works closely with" whom).
var raciTemplate = []struct {
	cells    string
	activity Activity
}{
	// Columns: chief product officer, VP and head of product, director of
	// product, product manager, product owner, product marketing manager,
	// engineering, design, marketing, sales, finance, executive team,
	// customer support.
	//CPO VP  Hd  Dir PM  PO  PMM Eng Des Mkt Sal Fin Exe Sup
	// seed 000: "The CPO has the ultimate decision-making authority when
	// it comes to high-level product strategy and vision".
	{"A   R   R   C   C   I   I   I   I   I   I   I   C   I", Activity{"Vision and strategy", Vision, Company}},
	// seed 002: the VP of Product takes on "big-picture responsibilities,
	// such as roadmapping and budgeting".
	{"C   A   R   R   R   C   C   C   C   I   I   I   I   I", Activity{"Roadmap", Roadmap, Portfolio}},
	// seed 000: the product manager is responsible for "gathering and
	// prioritizing customer requirements".
	{"-   -   I   C   A   R   C   C   C   -   C   -   -   C", Activity{"Prioritisation", Prioritization, Product}},
	// seed 000: the product manager makes "decisions about product
	// features and functionality".
	{"-   -   -   I   A   R   C   C   C   -   I   -   -   C", Activity{"Requirements", Requirements, Product}},
	// seed 000: the product manager is "conducting market research".
	{"I   I   I   I   A   C   R   -   -   C   C   -   -   -", Activity{"Market research", 0, 0}},
	// seed 000: the product manager is "gathering customer feedback".
	{"-   C   I   I   A   R   C   I   C   -   C   -   -   R", Activity{"Customer feedback", 0, 0}},
	// seed 000: "The Product Manager also has authority over
	// go-to-market strategies".
	{"-   I   I   C   A   I   R   I   -   R   C   -   -   I", Activity{"Go-to-market", GoToMarket, Product}},
	// seed 000: the product manager's authority over "pricing
	// strategies".
	{"-   I   I   C   A   -   R   -   -   C   C   C   -   -", Activity{"Pricing", Pricing, Product}},
	// seed 000: the product manager's authority over "positioning their
	// products within the market".
	{"-   -   I   C   A   -   R   -   -   C   C   -   -   -", Activity{"Positioning", Positioning, Product}},
	// seed 004: "the product owner has full product responsibility, which
	// includes ... release planning".
	{"-   I   I   I   C   A   R   R   C   R   I   -   -   I", Activity{"Launch", ReleasePlanning, Product}},
	// seed 000: the product manager makes "decisions about product
	// enhancements, updates".
	{"-   -   I   C   A   R   I   C   C   -   I   -   -   C", Activity{"Enhancements", Lifecycle, Product}},
	// seed 000: the product manager decides "end-of-life strategies" for
	// its product.
	{"-   I   I   C   A   C   R   C   -   C   C   C   -   R", Activity{"End of life", EndOfLife, Product}},
	// seed 002: the VP of Product takes on "roadmapping and budgeting".
	{"C   A   R   C   I   I   -   -   -   -   -   C   I   -", Activity{"Budget", Budget, Portfolio}},
	// seed 000: "The CPO also has authority over resource allocation".
	{"A   R   R   C   I   -   -   C   C   -   -   C   C   -", Activity{"Resource allocation", ResourceAllocation, Company}},
	// seed 000: "the CPO often has final decision-making authority when
	// it comes to evaluating potential partnerships and acquisitions".
	{"A   R   C   I   -   -   -   C   -   -   C   C   C   -", Activity{"Partnerships and acquisitions", Acquisitions, Company}},
	// seed 003: "the head of product is responsible for hiring, training,
	// and maintaining a relationship with product managers".
	{"I   C   A   R   C   -   -   -   -   -   -   -   -   -", Activity{"Hiring", Hiring, Portfolio}},
	// seed 000: "The CPO is also responsible for overseeing performance
	// evaluations, career development, and talent management".
	{"A   R   R   R   R   -   -   -   -   -   -   -   -   -", Activity{"Performance reviews", PerformanceEvaluation, Company}},
}

// defaultRACI builds the default matrix from raciTemplate.
var defaultRACI = func() *Matrix {
	rows := make([]Row, len(raciTemplate))
	for i, t := range raciTemplate {
		fields := strings.Fields(t.cells)
		if len(fields) != len(raciParties) {
			panic(fmt.Sprintf("pmroles: raciTemplate row %q has %d cells", t.activity.Name, len(fields)))
		}
		cells := make([]Cell, len(fields))
		for j, f := range fields {
			c, err := ParseCell(f)
			if err != nil {
				panic(err)
			}
			cells[j] = c
		}
		rows[i] = Row{Activity: t.activity, Cells: cells}
	}
	m, err := NewMatrix(raciParties, rows)
	if err != nil {
		panic(err)
	}
	return m
}()

// RACI returns the framework's RACI chart: the one its document gives,
// or else the default product-lifecycle chart fitted to its roles. The
// default chart covers vision and strategy, roadmap, prioritisation,
// requirements, market research, customer feedback, go-to-market,
// pricing, positioning, launch, enhancements, end of life, budget,
// resource allocation, partnerships and acquisitions, hiring and
// performance reviews, by the chief product officer, VP and head of
// product, director of product, product manager, product owner and
// product marketing manager, and the functions they work with. Its
// accountable parties follow the source articles.
//
// The default chart is fitted to f: the columns of roles and functions f
// does not have are dropped, and an activity whose accountable role is dropped, or may
// not take the activity's decision in f, goes to the role
// [Framework.Escalate] names for its decision (to f's top role for an
// activity that names none), which then also does the work if no one else
// is responsible. An activity whose decision no role of f may
// take is left out: no one could answer for it. Every framework's chart
// passes [Framework.ValidateMatrix]. The Matrix is shared: it is
// immutable, like the framework.
func (f *Framework) RACI() *Matrix {
	if f == nil {
		return nil
	}
	return f.raci
}

// fitMatrix fits src to framework f; see [Framework.RACI].
func (f *Framework) fitMatrix(src *Matrix) *Matrix {
	var keep []int
	var parties []Party
	for j, p := range src.parties {
		r, isRole := p.Role()
		fn, _ := p.Function()
		if isRole && f.Uses(r) || !isRole && slices.Contains(f.funcs, fn) {
			keep = append(keep, j)
			parties = append(parties, p)
		}
	}
	var rows []Row
	for i, a := range src.activities {
		full := src.row(i)
		cells := make([]Cell, len(parties), len(parties)+1) // columns added below come after the kept ones
		for k, j := range keep {
			cells[k] = full[j]
		}
		acc := slices.IndexFunc(cells, func(c Cell) bool { return c.Has(Accountable) })
		if acc >= 0 {
			r, isRole := parties[acc].Role()
			if a.Decision == 0 || isRole && f.Can(r, a.Decision, a.Scope) {
				rows = append(rows, Row{Activity: a, Cells: cells})
				continue
			}
			// The accountable role may not take the decision in f: it
			// keeps its part of the work, and the decision moves up.
			if cells[acc] == cellAR {
				cells[acc] = CellOf(Responsible)
			} else {
				cells[acc] = 0
			}
		}
		who := f.Top()
		if a.Decision != 0 {
			r, err := f.Escalate(a.Decision, a.Scope)
			if err != nil {
				continue // no one in f may decide it, so no one can answer for it
			}
			who = r
		}
		j := slices.Index(parties, RoleParty(who))
		if j < 0 {
			// A role the columns lack, such as a senior product manager
			// in a small company: add its column.
			parties = append(parties, RoleParty(who))
			for k := range rows {
				rows[k].Cells = append(rows[k].Cells, 0)
			}
			cells = append(cells, 0)
			j = len(parties) - 1
		}
		cells[j] = CellOf(Accountable)
		rows = append(rows, Row{Activity: a, Cells: cells})
	}
	for i := range rows {
		cells := rows[i].Cells
		if !slices.ContainsFunc(cells, func(c Cell) bool { return c.Has(Responsible) }) {
			for j, c := range cells {
				if c.Has(Accountable) {
					cells[j] = cellAR
				}
			}
		}
	}
	m, err := NewMatrix(parties, rows)
	if err != nil {
		panic(err) // the rows are built above with one cell per party
	}
	return m
}

// compileRACI builds the framework's chart: the document's, or the
// default fitted to the roles, and checks it against the authority.
func (c *compiler) compileRACI() {
	f := c.f
	switch {
	case c.s.RACI != nil && c.edit != nil && c.edit.fitRACI:
		if m := c.matrix(c.s.RACI); m != nil {
			f.raci = f.fitMatrix(m)
		}
	case c.s.RACI == nil:
		f.derived[sectionRACI] = true
		f.raci = f.fitMatrix(defaultRACI)
	case len(c.s.RACI.Parties) == 0 && len(c.s.RACI.Activities) == 0:
		// No chart: the framework says nothing about who does what.
		f.raci, _ = NewMatrix(nil, nil)
		c.out.RACI = &RACISpec{Parties: []string{}, Activities: []ActivitySpec{}}
		return
	default:
		f.raci = c.matrix(c.s.RACI)
	}
	if f.raci == nil {
		return
	}
	if err := f.ValidateMatrix(f.raci); err != nil {
		for _, e := range unjoin(err) {
			ptr := "/raci"
			var me *MatrixError
			if errors.As(e, &me) && me.Row >= 2 {
				ptr = fmt.Sprintf("/raci/activities/%d", me.Row-2)
			}
			c.ps.add(ptr, e)
		}
		return
	}
	c.out.RACI = f.raciSpec(f.raci)
}

// unjoin returns the errors err joins, or err alone.
func unjoin(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

// matrix builds the chart a document gives, resolving its parties in the
// framework.
func (c *compiler) matrix(rs *RACISpec) *Matrix {
	f := c.f
	ok := true
	parties := make([]Party, len(rs.Parties))
	col := make(map[string]int, len(rs.Parties))
	for j, id := range rs.Parties {
		ptr := fmt.Sprintf("/raci/parties/%d", j)
		p, err := f.parseParty(id)
		if err != nil {
			c.ps.add(ptr, err)
			ok = false
			col[id] = j // its cells are not reported again
			continue
		}
		if _, dup := col[id]; dup {
			c.ps.addf(ptr, "%w: party %s is listed twice", ErrInvalidMatrix, enum.Quote(id))
			ok = false
			continue
		}
		col[id] = j
		parties[j] = p
	}
	rows := make([]Row, len(rs.Activities))
	for i, as := range rs.Activities {
		ptr := fmt.Sprintf("/raci/activities/%d", i)
		a := Activity{Name: as.Name}
		if as.Decision != "" || as.Scope != "" {
			d, err := ParseDecision(as.Decision)
			if err != nil {
				c.ps.add(ptr+"/decision", err)
				ok = false
			}
			s, err := f.ParseScope(as.Scope)
			if err != nil {
				c.ps.add(ptr+"/scope", err)
				ok = false
			}
			a.Decision, a.Scope = d, s
		}
		cells := make([]Cell, len(parties))
		for id, text := range as.Cells {
			cp := ptr + "/cells" + jsondoc.Pointer(id)
			j, known := col[id]
			if !known {
				c.ps.addf(cp, "%w: %s is not a party of the chart (its parties are %s)", ErrInvalidMatrix, enum.Quote(id), strings.Join(rs.Parties, ", "))
				ok = false
				continue
			}
			cell, err := ParseCell(text)
			if err != nil {
				c.ps.add(cp, err)
				ok = false
				continue
			}
			cells[j] = cell
		}
		rows[i] = Row{Activity: a, Cells: cells}
	}
	if !ok {
		return nil
	}
	m, err := NewMatrix(parties, rows)
	if err != nil {
		for _, e := range unjoin(err) {
			c.ps.add("/raci", e)
		}
		return nil
	}
	return m
}

// parseParty resolves a party ID in f: a role it uses or one of its
// functions.
func (f *Framework) parseParty(id string) (Party, error) {
	if r, err := f.ParseRole(id); err == nil {
		return RoleParty(r), nil
	}
	if fn, err := f.ParseFunction(id); err == nil {
		return FunctionParty(fn), nil
	}
	ids := make([]string, 0, len(f.funcs))
	for _, fs := range f.funcs {
		ids = append(ids, fs.String())
	}
	return Party{}, fmt.Errorf("%w %s: neither a role of the framework (%s) nor one of its functions (%s)",
		errUnknownParty, enum.Quote(id), f.roleList(), strings.Join(ids, ", "))
}

// ParseFunction returns the function of the framework whose ID is s,
// ignoring ASCII case: a catalogue function it lists, or one of its own.
// An unknown ID gives an error that wraps [ErrUnknownValue] and lists the
// framework's functions.
func (f *Framework) ParseFunction(s string) (Function, error) {
	if f != nil {
		for _, fn := range f.funcs {
			if enum.EqualFold(fn.String(), s) {
				return fn, nil
			}
		}
	}
	ids := make([]string, 0, numFunctions)
	for fn := range f.Functions() {
		ids = append(ids, fn.String())
	}
	return Function{}, fmt.Errorf("%w %s (this framework has %s)", functionNames.Unknown, enum.Quote(s), strings.Join(ids, ", "))
}

// Functions returns an iterator over the framework's functions, in the
// order its document lists them.
func (f *Framework) Functions() iter.Seq[Function] {
	return func(yield func(Function) bool) {
		if f == nil {
			return
		}
		for _, fn := range f.funcs {
			if !yield(fn) {
				return
			}
		}
	}
}

// FunctionTitle returns the display name of function fn in f, or "" if f
// does not have it.
func (f *Framework) FunctionTitle(fn Function) string {
	if f != nil {
		if i := slices.Index(f.funcs, fn); i >= 0 {
			return f.funcTitles[i]
		}
	}
	return ""
}

// raciSpec describes m.
func (f *Framework) raciSpec(m *Matrix) *RACISpec {
	rs := &RACISpec{Parties: make([]string, len(m.parties)), Activities: make([]ActivitySpec, len(m.activities))}
	for j, p := range m.parties {
		rs.Parties[j] = p.String()
	}
	for i, a := range m.activities {
		as := ActivitySpec{Name: a.Name, Cells: map[string]string{}}
		if a.Decision != 0 {
			as.Decision, as.Scope = a.Decision.String(), a.Scope.String()
		}
		for j, cell := range m.row(i) {
			if cell != 0 {
				as.Cells[rs.Parties[j]] = cell.String()
			}
		}
		rs.Activities[i] = as
	}
	return rs
}
