// Package orggen generates synthetic organisations for load tests and
// examples: one tree of people with realistic spans and depth, roles by
// level, products, years and competencies, written as the CSV export of an
// HR system. The same seed gives the same bytes.
//
// # Shape
//
// The tree is grown breadth first from its root: each person is a manager
// with probability [ManagerShare] (the root, and whoever is needed to keep
// the tree growing, always are), and a manager gets a span drawn uniformly
// from [MinSpan] to [MaxSpan]. Each level is then about 2.25 times the one
// above, so 10,000 people are about 10 levels deep and 1,000,000 about 16.
// The rows are then shuffled, as an export sorted by employee ID lists
// people regardless of the hierarchy: a manager's row is as likely to come
// after a report's as before it.
//
// # Roles
//
// The caller gives roles lowest level first. The root gets the highest
// role that manages; every other manager the highest managing role below
// their own manager's, or their manager's own once none is left below;
// people without reports a role that does not manage, drawn among those
// below their manager's (or, when there are none below, at most equal to
// it). So nobody outranks their manager, and a manager outranks their
// reports while the managing roles last.
package orggen

import (
	"bufio"
	"errors"
	"io"
	"math/rand/v2"
	"strconv"
	"time"
)

// Shape parameters of generated trees.
const (
	MinSpan      = 3   // fewest direct reports of a manager, but for the last ones placed
	MaxSpan      = 12  // most direct reports of a manager
	ManagerShare = 0.3 // chance that a person placed has reports
)

// Tree returns the managers of n people forming one tree, as a parent
// slice in row order: parent[i] is the row of i's manager, or -1 for the
// root. Rows are shuffled: see the package documentation.
func Tree(n int, seed uint64) []int32 {
	s := grow(n, newRand(seed))
	return s.rowParent()
}

// newRand returns the generator's source for seed; the second PCG word is
// fixed so that one number reproduces a run.
func newRand(seed uint64) *rand.Rand { return rand.New(rand.NewPCG(seed, 0x6f7267)) }

// shape is a tree in breadth-first order, with the row of each person.
type shape struct {
	parent []int32 // breadth-first index of the manager, -1 for the root
	depth  []int32
	row    []int32 // breadth-first index -> row
	span   []int32
}

// grow grows a tree of n people breadth first; see the package
// documentation.
func grow(n int, rng *rand.Rand) *shape {
	s := &shape{
		parent: make([]int32, n),
		depth:  make([]int32, n),
		span:   make([]int32, n),
	}
	if n == 0 {
		return s
	}
	s.parent[0] = -1
	next := 1
	for k := 0; next < n; k++ {
		// A person placed last, with nobody after them left to manage,
		// must manage or the tree would stop growing.
		if k != 0 && k != next-1 && rng.Float64() >= ManagerShare {
			continue
		}
		span := min(MinSpan+rng.IntN(MaxSpan-MinSpan+1), n-next)
		for c := next; c < next+span; c++ {
			s.parent[c] = int32(k)
			s.depth[c] = s.depth[k] + 1
		}
		s.span[k] = int32(span)
		next += span
	}
	s.row = make([]int32, n)
	for i, r := range rng.Perm(n) {
		s.row[i] = int32(r)
	}
	return s
}

// rowParent returns the parent slice in row order.
func (s *shape) rowParent() []int32 {
	p := make([]int32, len(s.parent))
	for k, m := range s.parent {
		if m < 0 {
			p[s.row[k]] = -1
		} else {
			p[s.row[k]] = s.row[m]
		}
	}
	return p
}

// A Role is a role people may hold in a generated org.
type Role struct {
	ID      string // written in the Role column
	Title   string // written in the Title column
	Manages bool   // whether people with reports may hold it
}

// Options say what to generate besides the shape.
type Options struct {
	// Roles are the roles to draw from, lowest level first. At least one
	// must manage, unless the org has one person.
	Roles []Role
	// Products are the products people work on; a whole subtree works
	// on one product. Default: "Product 1" to "Product 12".
	Products []string
	// Competencies are IDs to draw from: zero to three per person.
	Competencies []string
	// Dates writes hire, role start and first management dates, counted
	// back from AsOf, instead of years.
	Dates bool
	// AsOf is the date the years are counted to. Default: 2026-01-01.
	AsOf time.Time
}

// ErrOptions is returned for options a valid org cannot be generated
// from.
var ErrOptions = errors.New("orggen: no role can manage, or no role at all")

// Header is the header row Write writes, as an HR system might spell it;
// with Options.Dates the three years columns are replaced by dates.
var (
	Header      = []string{"Employee ID", "Full Name", "Job Title", "Role", "Manager ID", "Product Area", "Years of Experience", "Years in Role", "Years Managing", "Competencies"}
	HeaderDates = []string{"Employee ID", "Full Name", "Job Title", "Role", "Manager ID", "Product Area", "Hire Date", "Role Start Date", "First Management Date", "Competencies"}
)

// ID returns the employee ID of row i: "E" and seven digits or more.
func ID(i int) string { return string(appendID(nil, int32(i))) }

func appendID(b []byte, i int32) []byte {
	b = append(b, 'E')
	v := int64(i) + 1
	for w := int64(1_000_000); w > v && w > 1; w /= 10 {
		b = append(b, '0')
	}
	return strconv.AppendInt(b, v, 10)
}

// Write writes an org of n people generated from seed as CSV: the
// [Header] row (or [HeaderDates]), then one row per person in the order
// of their IDs. The org is one valid tree; see the package documentation
// for its shape and roles. Names sometimes hold a comma, and are then
// quoted.
func Write(w io.Writer, n int, seed uint64, o Options) error {
	if len(o.Roles) == 0 || n > 1 && !managing(o.Roles) {
		return ErrOptions
	}
	if len(o.Products) == 0 {
		for i := range 12 {
			o.Products = append(o.Products, "Product "+strconv.Itoa(i+1))
		}
	}
	if o.AsOf.IsZero() {
		o.AsOf = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	rng := newRand(seed)
	s := grow(n, rng)
	roles := s.roles(o.Roles, rng)
	products := s.products(len(o.Products))

	// Rows are written in row order, so index the tree by row.
	byRow := make([]int32, n)
	for k, r := range s.row {
		byRow[r] = int32(k)
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	header := Header
	if o.Dates {
		header = HeaderDates
	}
	var b, scratch []byte
	for i, h := range header {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, h...)
	}
	b = append(b, '\n')
	for r := range int32(n) {
		k := byRow[r]
		role := &o.Roles[roles[k]]
		b = appendID(b, r)
		b = append(b, ',')
		b = appendName(b, rng)
		b = append(b, ',')
		b = appendField(b, role.Title)
		b = append(b, ',')
		b = appendField(b, role.ID)
		b = append(b, ',')
		if m := s.parent[k]; m >= 0 {
			b = appendID(b, s.row[m])
		}
		b = append(b, ',')
		b = appendField(b, o.Products[products[k]])
		b = append(b, ',')
		exp, inRole, managing := years(int(roles[k]), role.Manages, rng)
		if o.Dates {
			b = appendDate(b, o.AsOf, exp)
			b = append(b, ',')
			b = appendDate(b, o.AsOf, inRole)
			b = append(b, ',')
			if managing > 0 {
				b = appendDate(b, o.AsOf, managing)
			}
		} else {
			b = strconv.AppendFloat(b, exp, 'f', 1, 64)
			b = append(b, ',')
			b = strconv.AppendFloat(b, inRole, 'f', 1, 64)
			b = append(b, ',')
			b = strconv.AppendFloat(b, managing, 'f', 1, 64)
		}
		b = append(b, ',')
		b, scratch = appendCompetencies(b, scratch, o.Competencies, rng)
		b = append(b, '\n')
		if len(b) >= 32<<10 {
			if _, err := bw.Write(b); err != nil {
				return err
			}
			b = b[:0]
		}
	}
	if _, err := bw.Write(b); err != nil {
		return err
	}
	return bw.Flush()
}

func managing(roles []Role) bool {
	for _, r := range roles {
		if r.Manages {
			return true
		}
	}
	return false
}

// roles assigns a role index to each person, breadth first so that a
// manager's is known before their reports'; see the package documentation.
func (s *shape) roles(roles []Role, rng *rand.Rand) []int32 {
	n := len(s.parent)
	out := make([]int32, n)
	// below[r] is the highest managing role below r, or r itself if none;
	// leaves[r] the roles that do not manage below r (or at r, when there
	// are none below), or every role up to r if none manages.
	below := make([]int32, len(roles))
	leaves := make([][]int32, len(roles))
	for r := range roles {
		below[r] = int32(r)
		for q := r - 1; q >= 0; q-- {
			if roles[q].Manages {
				below[r] = int32(q)
				break
			}
		}
		for q := range r {
			if !roles[q].Manages {
				leaves[r] = append(leaves[r], int32(q))
			}
		}
		if len(leaves[r]) == 0 {
			for q := range r + 1 {
				if !roles[q].Manages || q == r {
					leaves[r] = append(leaves[r], int32(q))
				}
			}
		}
	}
	top := int32(len(roles) - 1)
	for top > 0 && !roles[top].Manages {
		top--
	}
	for k := range n {
		m := s.parent[k]
		switch {
		case m < 0:
			out[k] = top
			if s.span[k] == 0 { // alone: any role will do; the highest
				out[k] = int32(len(roles) - 1)
			}
		case s.span[k] > 0:
			out[k] = below[out[m]]
		default:
			l := leaves[out[m]]
			out[k] = l[rng.IntN(len(l))]
		}
	}
	return out
}

// products assigns each person a product: people down to the first level
// with at least as many people as products take turns, and everyone below
// that level their manager's.
func (s *shape) products(count int) []int32 {
	n := len(s.parent)
	out := make([]int32, n)
	level := int32(0)
	for d, k := int32(0), 0; k < n; d++ {
		start := k
		for k < n && s.depth[k] == d {
			k++
		}
		if level = d; k-start >= count {
			break
		}
	}
	for k := range n {
		if s.depth[k] <= level {
			out[k] = int32(k % count)
		} else {
			out[k] = out[s.parent[k]]
		}
	}
	return out
}

// years draws a person's years of experience, in role and managing,
// growing with the role's level, to one decimal.
func years(level int, manages bool, rng *rand.Rand) (exp, inRole, managing float64) {
	tenth := func(x float64) float64 { return float64(int(x*10)) / 10 }
	exp = tenth(1 + 2*float64(level) + 4*rng.Float64())
	inRole = tenth(min(exp, 0.5+4*rng.Float64()))
	if manages && level > 0 {
		managing = tenth(min(exp, 1+float64(level)*rng.Float64()))
	}
	return exp, inRole, managing
}

// appendDate appends the date the given years before asOf.
func appendDate(b []byte, asOf time.Time, years float64) []byte {
	return asOf.AddDate(0, 0, -int(years*365.25)).AppendFormat(b, time.DateOnly)
}

var (
	firstNames = [...]string{"Ada", "Ben", "Chloé", "Dev", "Emma", "Farid", "Grace", "Hiro", "Ines", "Jamal", "Kofi", "Lena", "Mateo", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tariq", "Uma", "Viktor", "Wei", "Ximena", "Yusuf", "Zoë"}
	lastNames  = [...]string{"Abebe", "Brennan", "Castillo", "Dubois", "Eriksen", "Fischer", "García", "Haddad", "Ivanova", "Jensen", "Kim", "Lindqvist", "Müller", "Nakamura", "O'Brien", "Patel", "Quispe", "Rossi", "Santos", "Tanaka", "Umarov", "Van Dijk", "Walsh", "Xu", "Yilmaz", "Zhang"}
)

// appendName appends a drawn name; one in fifty has a suffix after a
// comma, so the field is quoted.
func appendName(b []byte, rng *rand.Rand) []byte {
	v := rng.Uint64()
	first, last := firstNames[v%uint64(len(firstNames))], lastNames[v/64%uint64(len(lastNames))]
	if v/4096%50 == 0 {
		b = append(b, '"')
		b = append(b, first...)
		b = append(b, ' ')
		b = append(b, last...)
		return append(b, ", Jr.\""...)
	}
	b = append(b, first...)
	b = append(b, ' ')
	return append(b, last...)
}

// appendCompetencies appends zero to three distinct competencies drawn
// from list, separated by ";", as one field; scratch is a buffer to join
// them in.
func appendCompetencies(b, scratch []byte, list []string, rng *rand.Rand) ([]byte, []byte) {
	if len(list) == 0 {
		return b, scratch
	}
	count := min(rng.IntN(4), len(list))
	start := rng.IntN(len(list))
	scratch = scratch[:0]
	for j := range count {
		if j > 0 {
			scratch = append(scratch, ';')
		}
		scratch = append(scratch, list[(start+j)%len(list)]...)
	}
	return appendField(b, scratch), scratch
}

// appendField appends s as a CSV field, quoted if it must be.
func appendField[S ~string | ~[]byte](b []byte, s S) []byte {
	quote := len(s) > 0 && (s[0] == ' ' || s[len(s)-1] == ' ')
	for i := 0; i < len(s) && !quote; i++ {
		switch s[i] {
		case ',', '"', '\n', '\r':
			quote = true
		}
	}
	if !quote {
		return append(b, s...)
	}
	b = append(b, '"')
	for i := range len(s) {
		if s[i] == '"' {
			b = append(b, '"')
		}
		b = append(b, s[i])
	}
	return append(b, '"')
}
