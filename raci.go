package pmroles

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"iter"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
	"unique"

	"github.com/pmroles/pmroles/internal/csvtable"
	"github.com/pmroles/pmroles/internal/enum"
	"github.com/pmroles/pmroles/internal/jsondoc"
	"github.com/pmroles/pmroles/internal/mdtable"
	"github.com/pmroles/pmroles/internal/suggest"
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
// ignoring case. Anything else gives an error that wraps
// [ErrUnknownValue] and lists the letters.
func ParseLetter(s string) (Letter, error) {
	v, err := letterNames.Parse(s)
	if err != nil {
		return 0, fmt.Errorf("%w; want %s", err, strings.Join(letterNames.Names[1:], ", "))
	}
	return Letter(v), nil
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
func (l Letter) AppendText(b []byte) ([]byte, error) {
	if !l.IsValid() {
		return b, fmt.Errorf("%w: cannot marshal invalid letter %d", ErrUnknownValue, l)
	}
	return append(b, l.String()...), nil
}

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
	c, ok, two := parseCell(s)
	switch {
	case ok:
		return c, nil
	case two:
		return 0, fmt.Errorf("%w: bad cell %s: only A/R may combine two letters", ErrInvalidMatrix, enum.Quote(s))
	}
	return 0, fmt.Errorf("%w: bad letter %s: want R, A, C, I, S or A/R", ErrInvalidMatrix, enum.Quote(s))
}

// parseCell is ParseCell without the error, which costs allocations a
// reader need not make for a problem it only counts. two reports a cell
// of two letters, for the message.
func parseCell(s string) (c Cell, ok, two bool) {
	switch { // the common cases: nothing, or one letter
	case s == "":
		return 0, true, false
	case len(s) == 1 && oneByteCells[s[0]] != noCell:
		return oneByteCells[s[0]], true, false
	}
	t := strings.TrimSpace(s)
	if t == "" || t == "-" {
		return 0, true, false
	}
	a, b, two := strings.Cut(t, "/")
	l1, ok := letterOf(a)
	if !ok {
		return 0, false, false
	}
	if !two {
		return CellOf(l1), true, false
	}
	l2, ok := letterOf(b)
	if c := CellOf(l1, l2); ok && c == cellAR {
		return c, true, true
	}
	return 0, false, true
}

// letterOf returns the letter s names, spaces around it aside.
func letterOf(s string) (Letter, bool) {
	s = strings.TrimSpace(s)
	if len(s) != 1 {
		return 0, false
	}
	c := oneByteCells[s[0]]
	if c == 0 || c == noCell {
		return 0, false
	}
	for l := range Letters() {
		if c.Has(l) {
			return l, true
		}
	}
	return 0, false
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
// ("engineering", "executive-team", ...), ignoring ASCII case. An unknown
// name gives an error that wraps [ErrUnknownValue] and names the closest
// functions. A framework's own functions parse with
// [Framework.ParseFunction].
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
		return b, fmt.Errorf("%w: cannot marshal the zero Function", ErrUnknownValue)
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
// unknown name gives an error that wraps [ErrUnknownValue] and names the
// closest parties.
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
	return Party{}, fmt.Errorf("%w %s: neither a role ID nor a function; closest: %s", errUnknownParty, enum.Quote(s), strings.Join(closestParties(s), ", "))
}

// closestParties returns the three parties whose names are closest to s.
func closestParties(s string) []string {
	var names []string
	for r := range Roles() {
		names = append(names, RoleParty(r).String())
	}
	for f := range Functions() {
		names = append(names, FunctionParty(f).String())
	}
	return suggest.Closest(s, names, 3)
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
		return b, fmt.Errorf("%w: cannot marshal an invalid party", ErrUnknownValue)
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

// Limits on RACI matrices and the charts they are read from. They bound
// what hostile input can cost: every reader and constructor checks them
// before it allocates by them, and an error lists at most
// MaxMatrixProblems problems.
const (
	// MaxMatrixBytes is the longest input the RACI readers read.
	MaxMatrixBytes = 64 << 20
	// MaxMatrixParties is the most parties (columns) a matrix may have;
	// there are far fewer roles and functions.
	MaxMatrixParties = 64
	// MaxMatrixActivities is the most activities (rows) a matrix may
	// have, far more than any chart people read.
	MaxMatrixActivities = 1 << 16
	// MaxActivityName is the longest activity name, in bytes.
	MaxActivityName = 256
	// MaxMatrixProblems is the most problems an error lists; a last
	// problem then counts the others.
	MaxMatrixProblems = 100
)

// A MatrixError reports one problem of a RACI matrix, and where it is. Row
// and Column are 1-based positions in the matrix as a table, the same in
// CSV, in Markdown and for a matrix built in code: row 1 is the header,
// row 2 the first activity; column 1 holds the activity names, then come
// the decision and scope columns when the matrix has them, then the
// parties. A zero Row or Column means the problem is not at one place.
// It wraps [ErrInvalidMatrix], and Err when there is one.
type MatrixError struct {
	Row, Column int
	Activity    string // the activity's name, when the problem is in a row
	Party       string // the party's text, when the problem is in a column
	Problem     string // what is wrong
	// Err is the error behind the problem, if any: for an unknown party,
	// decision or scope, the error of [ParseParty], [ParseDecision] or
	// [ParseScope], which wraps [ErrUnknownValue].
	Err error
}

// Error returns the problem with its place: the row, the column, and the
// activity and party quoted by a short prefix.
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

// Unwrap returns [ErrInvalidMatrix], and Err when it is set.
func (e *MatrixError) Unwrap() []error {
	if e.Err == nil {
		return []error{ErrInvalidMatrix}
	}
	return []error{ErrInvalidMatrix, e.Err}
}

// clip cuts s to at most MaxActivityName bytes, at a rune boundary, so
// that a MatrixError holds a bounded prefix of a huge input.
func clip(s string) string {
	if len(s) <= MaxActivityName {
		return s
	}
	cut := MaxActivityName
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut]
}

// matrixProblems collects the problems of a matrix: the first
// MaxMatrixProblems, and a count of the others.
type matrixProblems struct {
	list []*MatrixError
	more int
}

// keep reports whether the next problem is kept, and counts it when the
// list is full: callers of put skip building what would not be kept.
func (p *matrixProblems) keep() bool {
	if len(p.list) < MaxMatrixProblems {
		return true
	}
	p.more++
	return false
}

// put keeps e, which keep has let in.
func (p *matrixProblems) put(e *MatrixError) {
	e.Activity, e.Party = clip(e.Activity), clip(e.Party)
	p.list = append(p.list, e)
}

// add keeps e, or counts it when the list is full.
func (p *matrixProblems) add(e *MatrixError) {
	if p.keep() {
		p.put(e)
	}
}

// all returns the problems kept in the order of their places, row by
// row, those at no place first; then one counting the others, if any.
func (p *matrixProblems) all() []*MatrixError {
	slices.SortStableFunc(p.list, func(a, b *MatrixError) int {
		if a.Row != b.Row {
			return a.Row - b.Row
		}
		return a.Column - b.Column
	})
	out := slices.Clip(p.list)
	if p.more > 0 {
		out = append(out, &MatrixError{Problem: fmt.Sprintf("and %d more problems", p.more)})
	}
	return out
}

// err returns nil, the one problem, or every problem joined with
// [errors.Join].
func (p *matrixProblems) err() error {
	all := p.all()
	switch len(all) {
	case 0:
		return nil
	case 1:
		return all[0]
	}
	errs := make([]error, len(all))
	for i, e := range all {
		errs[i] = e
	}
	return errors.Join(errs...)
}

// errNilMatrix is the problem of a nil *Matrix.
var errNilMatrix = &MatrixError{Problem: "nil *Matrix"}

// A Matrix is a RACI matrix: ordered activities by ordered parties, a
// [Cell] at each crossing. A Matrix is immutable once built, by
// [NewMatrix], by a parser or by [Framework.RACI], and safe for concurrent
// use. Building a matrix checks only its shape; [Matrix.Validate] checks
// the RACI rules, and the parsers return only matrices that pass it. The
// methods of a nil or zero Matrix answer as for an empty matrix, and
// those that return an error say so.
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
// must have one cell per party, and there may be at most
// [MaxMatrixParties] parties and [MaxMatrixActivities] rows; it is
// checked before anything is allocated, and a breach is a [*MatrixError].
// Nothing else is checked here: call [Matrix.Validate]. The matrix copies
// its arguments.
func NewMatrix(parties []Party, rows []Row) (*Matrix, error) {
	partyCol := 2
	if slices.ContainsFunc(rows, func(r Row) bool { return r.Activity.Decision != 0 || r.Activity.Scope != 0 }) {
		partyCol = 4
	}
	if len(parties) > MaxMatrixParties {
		return nil, &MatrixError{Row: 1, Column: partyCol + MaxMatrixParties,
			Problem: fmt.Sprintf("%d parties, more than %d", len(parties), MaxMatrixParties)}
	}
	if len(rows) > MaxMatrixActivities {
		return nil, &MatrixError{Row: 2 + MaxMatrixActivities, Column: 1,
			Problem: fmt.Sprintf("%d activities, more than %d", len(rows), MaxMatrixActivities)}
	}
	for i, r := range rows {
		if len(r.Cells) != len(parties) {
			return nil, &MatrixError{Row: i + 2, Activity: clip(r.Activity.Name),
				Problem: fmt.Sprintf("the row has %d cells for %d parties", len(r.Cells), len(parties))}
		}
	}
	m := &Matrix{
		parties:    slices.Clone(parties),
		activities: make([]Activity, len(rows)),
		cells:      make([]Cell, 0, len(rows)*len(parties)),
		partyCol:   partyCol,
	}
	for i, r := range rows {
		m.activities[i] = r.Activity
		m.cells = append(m.cells, r.Cells...)
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
	var p matrixProblems
	m.nameErrors(&p, nil)
	m.namesClean = len(p.list) == 0 && p.more == 0
}

// nameErrors reports the activities whose names are malformed or taken
// twice, in row order, but for names a chart's reader could not read.
func (m *Matrix) nameErrors(p *matrixProblems, read *chartReading) {
	for i, a := range m.activities {
		if read != nil && read.rows[i]&nameUnread != 0 {
			continue
		}
		if problem := nameProblem(a.Name); problem != "" && p.keep() {
			p.put(&MatrixError{Row: i + 2, Column: 1, Activity: a.Name, Problem: problem})
		}
	}
	for k := 1; k < len(m.byName); k++ {
		a, b := m.byName[k-1], m.byName[k]
		if m.activities[a].Name == m.activities[b].Name && p.keep() {
			first, dup := min(a, b), max(a, b)
			p.put(&MatrixError{Row: int(dup) + 2, Column: 1, Activity: m.activities[dup].Name,
				Problem: fmt.Sprintf("activity named twice (also row %d)", first+2)})
		}
	}
}

// Parties returns the matrix's parties, in column order.
func (m *Matrix) Parties() []Party {
	if m == nil {
		return nil
	}
	return slices.Clone(m.parties)
}

// Activities returns the matrix's activities, in row order.
func (m *Matrix) Activities() []Activity {
	if m == nil {
		return nil
	}
	return slices.Clone(m.activities)
}

// Cell returns the cell of party p for the named activity: empty if either
// is not in the matrix.
func (m *Matrix) Cell(activity string, p Party) Cell {
	i := m.activityIndex(activity)
	if i < 0 {
		return 0
	}
	j := slices.Index(m.parties, p)
	if j < 0 {
		return 0
	}
	return m.cells[i*len(m.parties)+j]
}

// Equal reports whether m and n have the same parties, activities and
// cells in the same order. How the source table laid out its columns does
// not matter. A nil matrix equals only a nil matrix.
func (m *Matrix) Equal(n *Matrix) bool {
	if m == nil || n == nil {
		return m == n
	}
	return slices.Equal(m.parties, n.parties) && slices.Equal(m.activities, n.activities) &&
		slices.Equal(m.cells, n.cells)
}

// activityIndex returns the row index of the named activity, or -1.
func (m *Matrix) activityIndex(name string) int {
	if m == nil {
		return -1
	}
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
		if m == nil {
			return
		}
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

// Workload returns the load of each party, in column order; nil for a nil
// matrix.
func (m *Matrix) Workload() []Load {
	if m == nil {
		return nil
	}
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

// Validate checks the RACI rules and reports every problem at once, each
// a [*MatrixError] (joined with [errors.Join] when there are several, the
// first [MaxMatrixProblems] and a count of the others):
//
//   - the matrix has at least one party, at most [MaxMatrixParties], and
//     one activity;
//   - every party is a valid role or function, named once;
//   - every activity has a name, without surrounding spaces, control
//     characters or invalid UTF-8 and at most [MaxActivityName] bytes
//     long, given once; its decision and scope are both valid or both
//     zero;
//   - every cell is empty, one letter, or A/R;
//   - every activity has exactly one accountable party (A) and at least
//     one responsible party (R or A/R).
//
// A valid matrix costs no allocation to check.
func (m *Matrix) Validate() error {
	if m == nil {
		return errNilMatrix
	}
	var p matrixProblems
	m.check(&p, nil, nil)
	return p.err()
}

// ValidateMatrix is [Matrix.Validate] with the framework's authority: in
// addition, every role among the parties must be one the framework uses,
// and the accountable party of an activity that names a decision and scope
// must be a role allowed to take that decision at that scope. A function
// cannot be accountable for a product decision. Every problem is reported
// at once, as by Validate.
func (f *Framework) ValidateMatrix(m *Matrix) error {
	if f == nil {
		return errNilFramework
	}
	if m == nil {
		return errNilMatrix
	}
	var p matrixProblems
	m.check(&p, f, nil)
	return p.err()
}

// errNilFramework is the error of a method called on a nil *Framework.
var errNilFramework = fmt.Errorf("%w: nil *Framework", ErrInvalidFramework)

// check adds to p every problem of m: the RACI rules, and f's authority
// when f is not nil. A chart being read passes what its reader knows: the
// cells it could not read and the parties it reported already.
func (m *Matrix) check(p *matrixProblems, f *Framework, read *chartReading) {
	if len(m.parties) == 0 || len(m.activities) == 0 {
		p.add(&MatrixError{Row: 1, Column: 1, Problem: "the matrix is empty: it needs at least one party and one activity"})
		return
	}
	if len(m.parties) > MaxMatrixParties {
		// The row sums below rely on this bound; NewMatrix enforces it.
		p.add(&MatrixError{Row: 1, Column: m.partyCol + MaxMatrixParties, Problem: fmt.Sprintf("more than %d parties", MaxMatrixParties)})
		return
	}
	for j, party := range m.parties {
		col := m.partyCol + j
		if !party.IsValid() {
			if read == nil { // a reader reports the parties it cannot read
				p.add(&MatrixError{Row: 1, Column: col, Problem: "invalid party"})
			}
			continue
		}
		for k := range j {
			if m.parties[k] == party {
				p.add(&MatrixError{Row: 1, Column: col, Party: party.String(),
					Problem: fmt.Sprintf("party named twice (also column %d)", m.partyCol+k)})
				break
			}
		}
		if r, ok := party.Role(); ok && f != nil && !f.Uses(r) {
			p.add(&MatrixError{Row: 1, Column: col, Party: party.String(), Problem: "a role the framework does not use"})
		}
	}
	if !m.namesClean {
		m.nameErrors(p, read)
	}
	n := len(m.parties)
	for i, a := range m.activities {
		if col, problem := decisionProblem(a); problem != "" && p.keep() {
			p.put(&MatrixError{Row: i + 2, Column: col, Activity: a.Name, Problem: problem})
		}
		// One table lookup per cell sums the row's A, R and invalid cells;
		// only a row that breaks a rule is looked at again, to say where.
		if !rowSound(m.cells[i*n : i*n+n]) {
			m.checkRow(p, i, read)
		}
		if f != nil && a.Decision.IsValid() && a.Scope.IsValid() {
			m.checkAuthority(p, f, i)
		}
	}
}

// checkRow reports the problems of a row that is not sound. A row of a
// chart with a cell its reader could not read may have its A or R there,
// so it is not said to lack them.
func (m *Matrix) checkRow(p *matrixProblems, i int, read *chartReading) {
	a := m.activities[i]
	accountable, responsible, unread := 0, 0, read != nil && read.rows[i]&rowIncomplete != 0
	for j, c := range m.row(i) {
		if read != nil && (c == unreadCell || c == missingCell) {
			continue // reported by the reader
		}
		if !c.IsValid() {
			if p.keep() {
				p.put(&MatrixError{Row: i + 2, Column: m.partyCol + j, Activity: a.Name, Party: m.parties[j].String(),
					Problem: fmt.Sprintf("invalid cell %s: only A/R may combine letters", c)})
			}
			continue
		}
		if c.Has(Responsible) {
			responsible++
		}
		if c.Has(Accountable) {
			accountable++
			if accountable > 1 {
				p.add(&MatrixError{Row: i + 2, Column: m.partyCol + j, Activity: a.Name, Party: m.parties[j].String(),
					Problem: "a second accountable party: an activity has exactly one A"})
			}
		}
	}
	if accountable == 0 && !unread {
		p.add(&MatrixError{Row: i + 2, Column: 1, Activity: a.Name, Problem: "no accountable party: an activity has exactly one A"})
	}
	if responsible == 0 && !unread {
		p.add(&MatrixError{Row: i + 2, Column: 1, Activity: a.Name, Problem: "no responsible party: an activity needs an R (or A/R)"})
	}
}

// checkAuthority reports an accountable party of row i that may not take
// its decision in f.
func (m *Matrix) checkAuthority(p *matrixProblems, f *Framework, i int) {
	a := m.activities[i]
	for j, c := range m.row(i) {
		if !c.IsValid() || !c.Has(Accountable) || !m.parties[j].IsValid() {
			continue
		}
		party := m.parties[j]
		r, isRole := party.Role()
		var problem string
		switch {
		case isRole && f.Can(r, a.Decision, a.Scope):
			continue
		case !p.keep():
			continue
		case !isRole:
			problem = fmt.Sprintf("%v is accountable for deciding %v, but a function cannot be accountable for a product decision", party, a.Decision)
		default:
			problem = fmt.Sprintf("%v is accountable, but may not decide %v at %v scope", r, a.Decision, a.Scope)
			if who, err := f.Escalate(a.Decision, a.Scope); err == nil {
				problem += fmt.Sprintf(" (%v may)", who)
			}
		}
		p.put(&MatrixError{Row: i + 2, Column: m.partyCol + j, Activity: a.Name, Party: party.String(), Problem: problem})
	}
}

// cellTally[c] counts cell c in three bytes of a row's sum: its A, its R,
// and whether it is invalid. A row with at most MaxMatrixParties cells
// cannot overflow a byte.
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
	case len(name) > MaxActivityName:
		return fmt.Sprintf("the name is longer than %d bytes", MaxActivityName)
	case hasEdgeSpace(name):
		return "the name has surrounding spaces"
	case hasControl(name):
		return "the name holds a control character"
	case !utf8.ValidString(name):
		return "the name is not valid UTF-8"
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

// hasControl reports whether s holds a control character: C0, DEL, or
// C1, whose CSI (U+009B) starts a terminal escape sequence as ESC does.
// Control bytes never occur inside a multi-byte UTF-8 sequence, and C1
// characters are encoded as 0xC2 then 0x80 to 0x9F, so a byte loop finds
// them.
func hasControl(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < ' ' || c == 0x7f || c == 0xC2 && i+1 < len(s) && s[i+1] < 0xA0 && s[i+1] >= 0x80 {
			return true
		}
	}
	return false
}

// ParseMatrixCSV reads a RACI matrix from CSV: a header row of parties,
// then one row per activity. The first column holds activity names (its
// header cell is free text, such as "Activity"). If the next two header
// cells are "decision" and "scope" (any case), those columns name each
// activity's [Decision] and [Scope], both or neither. The remaining header
// cells are parties (see [ParseParty]) and the cells letters (see
// [ParseCell]). A cell that starts with an apostrophe before a character
// a spreadsheet would run as a formula (as [Matrix.WriteCSV] writes an
// activity named "=x") is read without the apostrophe, as spreadsheets
// show it. A leading byte-order mark is skipped.
//
// The matrix must also pass [Matrix.Validate]. Reading and validation
// problems are reported together, in one pass: on any problem
// ParseMatrixCSV returns nil and a [*MatrixError] (joined with
// [errors.Join] when there are several, at most [MaxMatrixProblems] and
// a count of the others) wrapping [ErrInvalidMatrix], with the row and
// column at fault. Input past [MaxMatrixBytes] is refused.
func ParseMatrixCSV(r io.Reader) (*Matrix, error) {
	c := readChart(r, csvSource, nil, false)
	return c.Matrix(), c.err
}

// ParseMatrixMarkdown reads a RACI matrix from the first pipe table of a
// Markdown document, laid out as [ParseMatrixCSV] describes, reading it
// as GitHub does: outer pipes are optional; the table ends at a blank
// line or the start of another block; tables in code blocks are skipped;
// "\|" is a pipe in a cell, and a backslash escapes other punctuation. A
// leading byte-order mark is skipped. Row numbers in errors count table
// rows, the header being row 1 and the delimiter row not counted, so that
// they match the CSV form of the same matrix. Errors are as for
// ParseMatrixCSV.
func ParseMatrixMarkdown(r io.Reader) (*Matrix, error) {
	c := readChart(r, markdownSource, nil, false)
	return c.Matrix(), c.err
}

// A Chart is a RACI chart as a team wrote it, problems and all: the table
// as far as it could be read, and every problem found in it in one pass,
// reading, RACI rules ([Matrix.Validate]) and authority
// ([Framework.ValidateMatrix]) alike, each a [*MatrixError] at its row
// and column. Where a [Matrix] exists only once it is sound, a Chart
// exists to be fixed: [Chart.WriteMarkdown] shows it with its problems
// marked, so that a team fixes its chart in one round. [Chart.Matrix] is
// the matrix once there is nothing left to fix. A Chart is immutable.
type Chart struct {
	m        Matrix // as read: unknown parties are zero, unread cells unreadCell or missingCell
	read     chartReading
	problems []*MatrixError
	err      error
}

// MarshalJSON implements [json.Marshaler] by refusing: a Chart is a
// reading to fix, not data to store. Marshal its [Chart.Matrix] once it
// has no problems, or write it with [Chart.WriteMarkdown].
func (c *Chart) MarshalJSON() ([]byte, error) {
	return nil, fmt.Errorf("%w: a Chart does not marshal: marshal its Matrix, or write it as Markdown", ErrInvalidMatrix)
}

// chartReading is what a reader knows of the table it read, for check
// and for writing the chart back with its problems marked.
type chartReading struct {
	rows []rowReading     // one per activity
	raw  map[place]string // text at problem places, as shown
}

// A rowReading says what a reader could not read of a row.
type rowReading uint8

const (
	rowIncomplete rowReading = 1 << iota // a cell could not be read, or the row is ragged
	nameUnread                           // the activity's name could not be read
)

// A place is a row and column of a chart.
type place struct{ row, col int }

// Cells that a reader could not read, or that a short row lacks: both
// have a bit of no letter, so neither is ever a valid Cell.
const (
	unreadCell  = Cell(0xFF)
	missingCell = Cell(0xFE)
)

// ReadChartCSV reads a RACI chart from CSV, laid out as [ParseMatrixCSV]
// describes, and checks it in one pass against the RACI rules and f's
// authority. It returns the chart, never nil, and an error listing every
// problem as ParseMatrixCSV does; nil when the chart is sound.
func (f *Framework) ReadChartCSV(r io.Reader) (*Chart, error) {
	c := readChart(r, csvSource, f, true)
	return c, c.err
}

// ReadChartMarkdown is [Framework.ReadChartCSV] for a chart kept as a
// Markdown table, read as [ParseMatrixMarkdown] reads it.
func (f *Framework) ReadChartMarkdown(r io.Reader) (*Chart, error) {
	c := readChart(r, markdownSource, f, true)
	return c, c.err
}

// Matrix returns the chart's matrix, which passed every check, or nil if
// the chart has problems.
func (c *Chart) Matrix() *Matrix {
	if c == nil || c.err != nil {
		return nil
	}
	return &c.m
}

// Problems returns the chart's problems in the order found, at most
// [MaxMatrixProblems] and then one counting the others; nil for a sound
// chart.
func (c *Chart) Problems() []*MatrixError {
	if c == nil {
		return nil
	}
	return slices.Clone(c.problems)
}

// WriteMarkdown writes the chart as a Markdown table in the layout
// [ParseMatrixMarkdown] reads, as far as it could be read, each problem
// marked at its cell by a footnote reference ("X [^2]") and explained in
// its footnote after the table; a problem that is at no cell is listed
// after the footnotes. Text that could not be read is shown escaped and
// shortened, and a cell not kept is shown as "?". A sound chart is
// written as [Matrix.WriteMarkdown] writes its matrix.
func (c *Chart) WriteMarkdown(w io.Writer) error {
	if c == nil {
		return &MatrixError{Problem: "nil *Chart"}
	}
	m := &c.m
	width := 0
	if m.partyCol > 0 {
		width = m.partyCol - 1 + len(m.parties)
	}
	marks := map[place]string{}
	var unplaced []int
	for k, e := range c.problems {
		if width == 0 || e.Row < 1 || e.Row > len(m.activities)+1 {
			unplaced = append(unplaced, k)
			continue
		}
		at := place{e.Row, e.Column}
		if at.col < 1 || at.col > width {
			at.col = 1
		}
		marks[at] += fmt.Sprintf(" [^%d]", k+1)
	}
	bw := bufio.NewWriter(w)
	if width > 0 {
		decisions := m.partyCol == 4
		rec := make([]string, 0, width)
		rec = append(rec, "activity")
		if decisions {
			rec = append(rec, "decision", "scope")
		}
		for j, p := range m.parties {
			if p.IsValid() {
				rec = append(rec, p.String())
			} else {
				rec = append(rec, c.rawAt(place{1, m.partyCol + j}))
			}
		}
		c.writeMarked(bw, rec, 1, marks)
		mdtable.WriteDelimiter(bw, width)
		for i, a := range m.activities {
			row := i + 2
			rec = append(rec[:0], shown(a.Name))
			if decisions {
				d, s := "", ""
				if a.Decision != 0 || a.Scope != 0 {
					d, s = a.Decision.String(), a.Scope.String()
				} else {
					d, s = c.read.raw[place{row, 2}], c.read.raw[place{row, 3}]
				}
				rec = append(rec, d, s)
			}
			for j, cell := range m.row(i) {
				switch cell {
				case unreadCell:
					rec = append(rec, c.rawAt(place{row, m.partyCol + j}))
				case missingCell:
					rec = append(rec, "")
				default:
					rec = append(rec, cell.String())
				}
			}
			c.writeMarked(bw, rec, row, marks)
		}
	}
	if len(c.problems) > len(unplaced) {
		bw.WriteByte('\n')
		for k, e := range c.problems {
			if !slices.Contains(unplaced, k) {
				fmt.Fprintf(bw, "[^%d]: %s\n", k+1, strings.TrimPrefix(e.Error(), "pmroles: RACI matrix: "))
			}
		}
	}
	if len(unplaced) > 0 {
		bw.WriteByte('\n')
		for _, k := range unplaced {
			fmt.Fprintf(bw, "- %s\n", strings.TrimPrefix(c.problems[k].Error(), "pmroles: RACI matrix: "))
		}
	}
	return bw.Flush()
}

// writeMarked writes one row of the chart with the marks of its cells.
func (c *Chart) writeMarked(bw *bufio.Writer, rec []string, row int, marks map[place]string) {
	for j := range rec {
		if mark := marks[place{row, j + 1}]; mark != "" {
			rec[j] = strings.TrimSpace(rec[j] + mark)
		}
	}
	mdtable.WriteRow(bw, rec)
}

// rawAt returns the text read at a problem place, or "?" when it was not
// kept.
func (c *Chart) rawAt(at place) string {
	if s, ok := c.read.raw[at]; ok {
		return s
	}
	return "?"
}

// maxShown is how many bytes of a text a chart shows where it could not
// read it.
const maxShown = 64

// shown returns s as a chart shows it: shortened to maxShown bytes, and
// with control characters and invalid UTF-8 escaped, so that it cannot
// break the table or a terminal.
func shown(s string) string {
	cut := s
	if len(cut) > maxShown {
		n := maxShown
		for n > 0 && !utf8.RuneStart(cut[n]) {
			n--
		}
		cut = cut[:n] + "…"
	}
	if !hasControl(cut) && utf8.ValidString(cut) {
		return cut
	}
	q := strconv.Quote(cut)
	return q[1 : len(q)-1]
}

// A tableSource yields the rows of a table, header first: each row's
// first cells (at most maxTableCells, trimmed of nothing) and how many it
// has, a problem for a row that is malformed but after which reading
// goes on, or an error that ends reading (io.EOF at the end).
type tableSource func() (cells []string, n int, fault *MatrixError, err error)

// maxTableCells is the most cells of a row a reader keeps: the activity,
// decision and scope columns and the most parties, and one more so that
// a wider row is seen to be.
const maxTableCells = 3 + MaxMatrixParties + 1

// maxCellBytes is the longest cell a reader reads; no name, letter,
// decision or scope comes near it, padding and all. A longer cell is
// kept cut, to be refused.
const maxCellBytes = 4 * MaxActivityName

func csvSource(r io.Reader) tableSource {
	cr := csvtable.NewReader(&limitedReader{r: r, n: MaxMatrixBytes}, maxTableCells, maxCellBytes)
	return func() ([]string, int, *MatrixError, error) {
		row, err := cr.Read()
		for i, c := range row.Cells {
			row.Cells[i] = csvtable.Restore(c)
		}
		var se *csvtable.SyntaxError
		if errors.As(err, &se) {
			return row.Cells, row.N, &MatrixError{Column: se.Cell, Problem: "malformed CSV: " + se.Error()}, nil
		}
		return row.Cells, row.N, nil, err
	}
}

func markdownSource(r io.Reader) tableSource {
	mr := mdtable.NewReader(&limitedReader{r: r, n: MaxMatrixBytes}, maxTableCells, maxCellBytes)
	return func() ([]string, int, *MatrixError, error) {
		row, err := mr.Read()
		var shape *mdtable.ShapeError
		var line *mdtable.LineError
		switch {
		case errors.Is(err, mdtable.ErrNoTable):
			err = &MatrixError{Problem: "no Markdown table: want a header row, a delimiter row such as |---|---| and a row per activity"}
		case errors.As(err, &shape):
			err = &MatrixError{Row: 1, Column: min(shape.Header, shape.Delimiter) + 1, Problem: "malformed Markdown table: " + shape.Error()}
		case errors.As(err, &line):
			err = &MatrixError{Problem: "malformed Markdown: " + line.Error()}
		}
		return row.Cells, row.N, nil, err
	}
}

// readChart reads a chart from r with the given source, checked against
// f's authority when f is not nil. A chart read for a framework (forChart)
// reports a nil one.
func readChart(r io.Reader, source func(io.Reader) tableSource, f *Framework, forChart bool) *Chart {
	c := &Chart{}
	var p matrixProblems
	switch {
	case forChart && f == nil:
		p.add(&MatrixError{Problem: "nil *Framework: the chart cannot be checked", Err: ErrInvalidFramework})
	case r == nil:
		p.add(&MatrixError{Problem: "nil io.Reader: nothing to read"})
	default:
		c.readTable(&p, source(r), f)
	}
	c.problems = p.all()
	c.err = p.err()
	return c
}

// readTable reads the table of next into c, adding its problems to p.
func (c *Chart) readTable(p *matrixProblems, next tableSource, f *Framework) {
	m := &c.m
	c.read.raw = map[place]string{}
	cells, width, fault, err := next()
	var me *MatrixError
	switch {
	case errors.As(err, &me):
		p.add(me)
		return
	case err == io.EOF || err == nil && fault == nil && (width == 0 || width == 1 && strings.TrimSpace(cells[0]) == ""):
		p.add(&MatrixError{Row: 1, Column: 1, Problem: "empty input: want a header row of parties"})
		return
	case err != nil:
		p.add(&MatrixError{Row: 1, Problem: "reading: " + err.Error(), Err: err})
		return
	case fault != nil:
		fault.Row = 1
		p.add(fault)
		return
	}
	headers := slices.Clone(cells[:min(width, len(cells))])
	first := 1 // index of the first party column
	if width >= 3 && strings.EqualFold(strings.TrimSpace(cells[1]), "decision") &&
		strings.EqualFold(strings.TrimSpace(cells[2]), "scope") {
		first = 3
	}
	if width-first > MaxMatrixParties {
		p.add(&MatrixError{Row: 1, Column: first + MaxMatrixParties + 1,
			Problem: fmt.Sprintf("%d parties, more than %d", width-first, MaxMatrixParties)})
		return
	}
	m.partyCol = first + 1
	m.parties = make([]Party, width-first)
	for j := range m.parties {
		h := strings.TrimSpace(cells[first+j])
		party, err := f.partyOf(h)
		if err != nil {
			c.read.raw[place{1, first + j + 1}] = shown(h)
			p.add(&MatrixError{Row: 1, Column: first + j + 1, Party: h, Problem: problemOf(err), Err: err})
			continue
		}
		m.parties[j] = party
	}
	rowCells := make([]Cell, len(m.parties))
	fatal := false
	for row := 2; ; row++ {
		cells, n, fault, err := next()
		if err == io.EOF {
			break
		}
		if err != nil {
			if !errors.As(err, &me) {
				me = &MatrixError{Row: row, Problem: "reading: " + err.Error(), Err: err}
			}
			p.add(me)
			fatal = true
			break
		}
		if len(m.activities) == MaxMatrixActivities {
			p.add(&MatrixError{Row: row, Column: 1, Problem: fmt.Sprintf("more than %d activities", MaxMatrixActivities)})
			fatal = true
			break
		}
		var reading rowReading
		a := Activity{}
		switch {
		case len(cells) == 0:
		case len(cells[0]) > maxCellBytes:
			reading |= nameUnread
			p.add(&MatrixError{Row: row, Column: 1, Activity: cells[0], Problem: fmt.Sprintf("the name is longer than %d bytes", MaxActivityName)})
		default:
			a.Name = strings.TrimSpace(cells[0])
		}
		switch {
		case fault != nil:
			fault.Row, fault.Activity = row, a.Name
			p.add(fault)
			reading |= rowIncomplete
			if len(cells) == 0 {
				reading |= nameUnread
			}
		case n != width:
			p.add(&MatrixError{Row: row, Column: min(n, width) + 1, Activity: a.Name,
				Problem: fmt.Sprintf("ragged row: %d cells, the header has %d", n, width)})
			reading |= rowIncomplete
		}
		if first == 3 {
			c.readDecision(p, &a, row, cells)
		}
		for j := range rowCells {
			col := first + j
			if col >= len(cells) {
				rowCells[j] = missingCell
				continue
			}
			cell, ok, _ := parseCell(cells[col])
			if !ok || len(cells[col]) > maxCellBytes {
				cell = unreadCell
				reading |= rowIncomplete
				if p.keep() {
					c.read.raw[place{row, col + 1}] = shown(cells[col])
					p.put(&MatrixError{Row: row, Column: col + 1, Activity: a.Name, Party: strings.TrimSpace(headers[col]),
						Problem: fmt.Sprintf("bad cell %s: want R, A, C, I, S, A/R or nothing", enum.Quote(cells[col]))})
				}
			}
			rowCells[j] = cell
		}
		m.activities = append(m.activities, a)
		m.cells = append(m.cells, rowCells...)
		c.read.rows = append(c.read.rows, reading)
	}
	if len(m.activities) == 0 {
		if !fatal {
			p.add(&MatrixError{Row: 2, Column: 1, Problem: "no activities: want one row per activity after the header"})
		}
		return
	}
	m.index()
	m.check(p, f, &c.read)
}

// readDecision reads the decision and scope cells of a row into a: both
// or neither, each known. Problems leave both zero, so that the row is
// not checked against authority.
func (c *Chart) readDecision(p *matrixProblems, a *Activity, row int, cells []string) {
	at := func(i int) string {
		if i < len(cells) {
			return strings.TrimSpace(cells[i])
		}
		return ""
	}
	d, s := at(1), at(2)
	if d == "" && s == "" {
		return
	}
	var errs [2]*MatrixError
	if d == "" || s == "" {
		errs[0] = &MatrixError{Row: row, Column: 2, Activity: a.Name, Problem: "give both a decision and a scope, or neither"}
	} else {
		decision, derr := ParseDecision(d)
		scope, serr := ParseScope(s)
		if derr == nil && serr == nil {
			a.Decision, a.Scope = decision, scope
			return
		}
		if derr != nil {
			errs[0] = &MatrixError{Row: row, Column: 2, Activity: a.Name, Err: derr,
				Problem: fmt.Sprintf("unknown decision %s (%s)", enum.Quote(d), enum.Valid(d, decisionNames.Names[1:]))}
		}
		if serr != nil {
			errs[1] = &MatrixError{Row: row, Column: 3, Activity: a.Name, Err: serr,
				Problem: fmt.Sprintf("unknown scope %s; want %s", enum.Quote(s), strings.Join(scopeNames.Names[1:], ", "))}
		}
	}
	c.read.raw[place{row, 2}], c.read.raw[place{row, 3}] = shown(d), shown(s)
	for _, e := range errs {
		if e != nil {
			p.add(e)
		}
	}
}

// problemOf returns the message of err without the package prefix, to be
// the Problem of a MatrixError.
func problemOf(err error) string { return strings.TrimPrefix(err.Error(), "pmroles: ") }

// limitedReader fails, rather than stop quietly, past n bytes: a matrix
// cut short would parse as a smaller, wrong one.
type limitedReader struct {
	r io.Reader
	n int64
}

func (l *limitedReader) Read(p []byte) (int, error) {
	if l.n <= 0 {
		// An input of exactly the limit is read whole: only a byte past
		// it is refused.
		var one [1]byte
		if n, err := l.r.Read(one[:]); n == 0 {
			return 0, err
		}
		return 0, fmt.Errorf("input longer than %d bytes", MaxMatrixBytes)
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
// It guards against CSV injection: a field that a spreadsheet would run
// as a formula, such as an activity named "=HYPERLINK(...)" or "-1", is
// written with an apostrophe in front (which spreadsheets hide, and
// ParseMatrixCSV removes), and a field holding a separator is quoted, so
// that ParseMatrixCSV reads back the same matrix. m must pass
// [Matrix.Validate]; if it does not, WriteCSV writes nothing and returns
// Validate's error.
func (m *Matrix) WriteCSV(w io.Writer) error {
	if err := m.Validate(); err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	header, decisions := m.header()
	b := csvtable.AppendRecord(nil, header)
	bw.Write(b)
	var rec []string
	for i := range m.activities {
		rec = m.record(i, decisions, rec)
		b = csvtable.AppendRecord(b[:0], rec)
		bw.Write(b)
	}
	return bw.Flush()
}

// WriteMarkdown writes m as a Markdown pipe table in the layout
// [ParseMatrixMarkdown] reads, for a wiki or a README; it reads back as
// the same matrix. m must pass [Matrix.Validate]; if it does not,
// WriteMarkdown writes nothing and returns Validate's error (see [Chart]
// for a chart with problems).
func (m *Matrix) WriteMarkdown(w io.Writer) error {
	if err := m.Validate(); err != nil {
		return err
	}
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
// the sources name, then the functions they work with.
var raciParties = []Party{
	RoleParty(ChiefProductOfficer), RoleParty(VPOfProduct), RoleParty(HeadOfProduct),
	RoleParty(DirectorOfProduct), RoleParty(ProductManager), RoleParty(ProductOwner),
	RoleParty(ProductMarketingManager),
	FunctionParty(Engineering), FunctionParty(Design), FunctionParty(Marketing), FunctionParty(Sales),
	FunctionParty(Finance), FunctionParty(ExecutiveTeam), FunctionParty(CustomerSupport),
}

// raciTemplate is the default product-lifecycle matrix. Each row's cells
// follow raciParties; "-" is no part. The comment above a row quotes the
// source sentence behind its A; the other letters are our reading of the
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
	// the CPO authority article: "The CPO has the ultimate decision-making authority when
	// it comes to high-level product strategy and vision".
	{"A   R   R   C   C   I   I   I   I   I   I   I   C   I", Activity{"Vision and strategy", Vision, Company}},
	// the CPO career article: the VP of Product takes on "big-picture responsibilities,
	// such as roadmapping and budgeting".
	{"C   A   R   R   R   C   C   C   C   I   I   I   I   I", Activity{"Roadmap", Roadmap, Portfolio}},
	// the CPO authority article: the product manager is responsible for "gathering and
	// prioritizing customer requirements".
	{"-   -   I   C   A   R   C   C   C   -   C   -   -   C", Activity{"Prioritisation", Prioritization, Product}},
	// the CPO authority article: the product manager makes "decisions about product
	// features and functionality".
	{"-   -   -   I   A   R   C   C   C   -   I   -   -   C", Activity{"Requirements", Requirements, Product}},
	// the CPO authority article: the product manager is "conducting market research".
	{"I   I   I   I   A   C   R   -   -   C   C   -   -   -", Activity{"Market research", 0, 0}},
	// the CPO authority article: the product manager is "gathering customer feedback".
	{"-   C   I   I   A   R   C   I   C   -   C   -   -   R", Activity{"Customer feedback", 0, 0}},
	// the CPO authority article: "The Product Manager also has authority over
	// go-to-market strategies".
	{"-   I   I   C   A   I   R   I   -   R   C   -   -   I", Activity{"Go-to-market", GoToMarket, Product}},
	// the CPO authority article: the product manager's authority over "pricing
	// strategies".
	{"-   I   I   C   A   -   R   -   -   C   C   C   -   -", Activity{"Pricing", Pricing, Product}},
	// the CPO authority article: the product manager's authority over "positioning their
	// products within the market".
	{"-   -   I   C   A   -   R   -   -   C   C   -   -   -", Activity{"Positioning", Positioning, Product}},
	// the product levels article: "the product owner has full product responsibility, which
	// includes ... release planning".
	{"-   I   I   I   C   A   R   R   C   R   I   -   -   I", Activity{"Launch", ReleasePlanning, Product}},
	// the CPO authority article: the product manager makes "decisions about product
	// enhancements, updates".
	{"-   -   I   C   A   R   I   C   C   -   I   -   -   C", Activity{"Enhancements", Lifecycle, Product}},
	// the CPO authority article: the product manager decides "end-of-life strategies" for
	// its product.
	{"-   I   I   C   A   C   R   C   -   C   C   C   -   R", Activity{"End of life", EndOfLife, Product}},
	// the CPO career article: the VP of Product takes on "roadmapping and budgeting".
	{"C   A   R   C   I   I   -   -   -   -   -   C   I   -", Activity{"Budget", Budget, Portfolio}},
	// the CPO authority article: "The CPO also has authority over resource allocation".
	{"A   R   R   C   I   -   -   C   C   -   -   C   C   -", Activity{"Resource allocation", ResourceAllocation, Company}},
	// the CPO authority article: "the CPO often has final decision-making authority when
	// it comes to evaluating potential partnerships and acquisitions".
	{"A   R   C   I   -   -   -   C   -   -   C   C   C   -", Activity{"Partnerships and acquisitions", Acquisitions, Company}},
	// the head of product article: "the head of product is responsible for hiring, training,
	// and maintaining a relationship with product managers".
	{"I   C   A   R   C   -   -   -   -   -   -   -   -   -", Activity{"Hiring", Hiring, Portfolio}},
	// the CPO authority article: "The CPO is also responsible for overseeing performance
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
// is responsible. An activity whose decision no role of f may take is left
// out: no one could answer for it. Every framework's chart passes
// [Framework.ValidateMatrix]. The Matrix is shared: it is immutable, like
// the framework. RACI returns nil for a nil or zero Framework.
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
		if !who.IsValid() {
			continue // a framework of no roles: no one can answer for it
		}
		if !who.IsValid() {
			continue // a framework of no roles: no one can answer for it
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
	if len(rows) == 0 {
		return nil
	}
	m, err := NewMatrix(parties, rows)
	if err != nil {
		panic(err) // the rows are built above with one cell per party
	}
	return m
}

// compileRACI builds the framework's chart: the document's, or the
// default fitted to the roles, and checks it against the authority.
func (c *compiler) compileRACI(sound bool) {
	f := c.f
	if !sound {
		if c.s.RACI != nil {
			c.matrix(c.s.RACI) // reports what cannot be read
		}
		return
	}
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
	c.out.RACI = f.raci.raciSpec()
}

// unjoin returns the problems of a matrix error: those errors.Join joins,
// or err alone.
func unjoin(err error) []error {
	if _, ok := err.(*MatrixError); !ok {
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			return j.Unwrap()
		}
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
			cp := func() string { return ptr + "/cells" + jsondoc.Pointer(id) } // built only for a problem
			j, known := col[id]
			if !known {
				c.ps.addf(cp(), "%w: %s is not a party of the chart (its parties are %s)", ErrInvalidMatrix, enum.Quote(id), strings.Join(rs.Parties, ", "))
				ok = false
				continue
			}
			cell, err := ParseCell(text)
			if err != nil {
				c.ps.add(cp(), err)
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

// partyOf reads a chart's party header: in f, its roles and functions;
// with no framework, the catalogue's. Spaces and underscores may stand for
// hyphens, as [ParseParty] allows.
func (f *Framework) partyOf(h string) (Party, error) {
	if f == nil {
		return ParseParty(h)
	}
	return f.parseParty(strings.Map(func(r rune) rune {
		if r == ' ' || r == '_' {
			return '-'
		}
		return r
	}, h))
}

// parseParty resolves a party ID in f: a role it uses or one of its
// functions.
func (f *Framework) parseParty(id string) (Party, error) {
	// Look both up before building an error: a chart names functions as
	// often as roles.
	if f != nil {
		if i, ok := f.byID[strings.ToLower(id)]; ok {
			return RoleParty(f.roles[i].role), nil
		}
		for _, fn := range f.funcs {
			if enum.EqualFold(fn.String(), id) {
				return FunctionParty(fn), nil
			}
		}
	}
	var names []string
	for r := range f.Roles() {
		names = append(names, r.String())
	}
	for fn := range f.Functions() {
		names = append(names, fn.String())
	}
	return Party{}, fmt.Errorf("%w %s: neither a role ID nor a function; closest: %s",
		errUnknownParty, enum.Quote(id), strings.Join(suggest.Closest(id, names, 3), ", "))
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

// MarshalJSON implements [json.Marshaler]: the matrix as a framework
// document's "raci" member, {"parties": [...], "activities": [{"name",
// "decision", "scope", "cells": {party: letters}}]}, parties and cells in
// the matrix's order, a party with no letter left out. It fails for a nil
// matrix and for a matrix holding an invalid party.
func (m *Matrix) MarshalJSON() ([]byte, error) {
	if m == nil {
		return nil, errNilMatrix
	}
	for j, p := range m.parties {
		if !p.IsValid() {
			return nil, &MatrixError{Row: 1, Column: m.partyCol + j, Problem: "cannot marshal an invalid party"}
		}
	}
	var w specWriter
	w.raci(m.raciSpec())
	return w.b, w.err
}

// UnmarshalJSON implements [json.Unmarshaler]: it reads what MarshalJSON
// writes, strictly, with the catalogue's parties (see [ParseParty]). The
// matrix is not validated: call [Matrix.Validate]. On error m is
// unchanged.
func (m *Matrix) UnmarshalJSON(data []byte) error {
	root, dups, syntax := jsondoc.Parse(data)
	switch {
	case syntax != nil:
		return &MatrixError{Problem: "malformed JSON: " + syntax.Error()}
	case len(dups) > 0:
		return &MatrixError{Problem: "duplicate key at " + dups[0].Pointer}
	}
	var ps problems
	d := decoder{ps: &ps}
	rs := d.raci(root, "")
	if err := ps.err(); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidMatrix, err)
	}
	parties := make([]Party, len(rs.Parties))
	col := map[string]int{}
	for j, id := range rs.Parties {
		p, err := ParseParty(id)
		if err != nil {
			return &MatrixError{Row: 1, Column: 2 + j, Party: clip(id), Problem: problemOf(err), Err: err}
		}
		parties[j] = p
		col[p.String()] = j
	}
	rows := make([]Row, len(rs.Activities))
	for i, a := range rs.Activities {
		row := Row{Activity: Activity{Name: a.Name}, Cells: make([]Cell, len(parties))}
		if a.Decision != "" || a.Scope != "" {
			var err error
			if row.Activity.Decision, err = ParseDecision(a.Decision); err != nil {
				return &MatrixError{Row: i + 2, Activity: clip(a.Name), Problem: problemOf(err), Err: err}
			}
			if row.Activity.Scope, err = ParseScope(a.Scope); err != nil {
				return &MatrixError{Row: i + 2, Activity: clip(a.Name), Problem: problemOf(err), Err: err}
			}
		}
		for id, text := range a.Cells {
			j, ok := col[id]
			if !ok {
				return &MatrixError{Row: i + 2, Activity: clip(a.Name), Party: clip(id), Problem: "a cell of no party of the matrix"}
			}
			c, err := ParseCell(text)
			if err != nil {
				return &MatrixError{Row: i + 2, Column: 2 + j, Activity: clip(a.Name), Party: clip(id), Problem: problemOf(err), Err: err}
			}
			row.Cells[j] = c
		}
		rows[i] = row
	}
	n, err := NewMatrix(parties, rows)
	if err != nil {
		return err
	}
	*m = *n
	return nil
}

// raciSpec describes m.
func (m *Matrix) raciSpec() *RACISpec {
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
