package orggen

import (
	"bytes"
	"encoding/csv"
	"io"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/pmroles/pmroles/internal/orggraph"
)

// roles is a small ladder: contributors and managers interleaved by level.
var roles = []Role{
	{"apm", "Associate Product Manager", false},
	{"pm", "Product Manager", false},
	{"spm", "Senior Product Manager", false},
	{"gpm", "Group Product Manager", true},
	{"director", "Director of Product", true},
	{"vp", "VP of Product", true},
}

var competencies = []string{"discovery", "delivery", "strategy", "analytics", "leadership"}

// org is a generated org read back: rows by ID, with the tree's indices.
type org struct {
	header []string
	rows   [][]string
	parent []int32 // row index of the manager
	role   []int   // index in roles
}

func generate(t *testing.T, n int, seed uint64, o Options) ([]byte, org) {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, n, seed, o); err != nil {
		t.Fatal(err)
	}
	records, err := csv.NewReader(bytes.NewReader(buf.Bytes())).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	g := org{header: records[0], rows: records[1:]}
	index := map[string]int32{}
	for i, r := range g.rows {
		if _, dup := index[r[0]]; dup {
			t.Fatalf("duplicate ID %q", r[0])
		}
		index[r[0]] = int32(i)
	}
	for _, r := range g.rows {
		p := orggraph.NoManager
		if r[4] != "" {
			m, ok := index[r[4]]
			if !ok {
				t.Fatalf("%s: manager %q is nobody", r[0], r[4])
			}
			p = m
		}
		g.parent = append(g.parent, p)
		k := slices.IndexFunc(roles, func(x Role) bool { return x.ID == r[3] })
		if k < 0 || roles[k].Title != r[2] {
			t.Fatalf("%s: role %q, title %q", r[0], r[3], r[2])
		}
		g.role = append(g.role, k)
	}
	return buf.Bytes(), g
}

func TestWriteValidOrg(t *testing.T) {
	for _, n := range []int{1, 2, 13, 1000, 20000} {
		_, g := generate(t, n, uint64(n), Options{Roles: roles, Competencies: competencies})
		if len(g.rows) != n {
			t.Fatalf("n=%d: %d rows", n, len(g.rows))
		}
		gr, err := orggraph.New(g.parent)
		if err != nil {
			t.Fatal(err)
		}
		if len(gr.Roots()) != 1 || gr.NumCycles() != 0 {
			t.Fatalf("n=%d: roots %v, %d cycles", n, gr.Roots(), gr.NumCycles())
		}
		strict, equal := 0, 0
		for i, p := range g.parent {
			if top, e := gr.End(int32(i)); e != orggraph.Rooted || top != gr.Roots()[0] {
				t.Fatalf("n=%d: row %d ends %v at %d", n, i, e, top)
			}
			if gr.Span(int32(i)) > 0 && !roles[g.role[i]].Manages {
				t.Fatalf("n=%d: row %d has reports as %s", n, i, roles[g.role[i]].ID)
			}
			if p < 0 {
				continue
			}
			switch r, m := g.role[i], g.role[p]; {
			case r > m:
				t.Fatalf("n=%d: row %d (%s) outranks its manager (%s)", n, i, roles[r].ID, roles[m].ID)
			case r == m && roles[r].ID != "gpm":
				// Equal roles only where the managing roles run out.
				t.Fatalf("n=%d: row %d as %s reports to the same role", n, i, roles[r].ID)
			case r == m:
				equal++
			default:
				strict++
			}
		}
		if n >= 1000 && (strict == 0 || equal == 0) {
			t.Errorf("n=%d: %d strict and %d equal pairs: the premise of the checks is missed", n, strict, equal)
		}
	}
}

func TestWriteDeterministic(t *testing.T) {
	o := Options{Roles: roles, Competencies: competencies, Dates: true}
	a, _ := generate(t, 500, 7, o)
	b, _ := generate(t, 500, 7, o)
	c, _ := generate(t, 500, 8, o)
	if !bytes.Equal(a, b) {
		t.Error("the same seed gave different bytes")
	}
	if bytes.Equal(a, c) {
		t.Error("different seeds gave the same bytes")
	}
}

func TestWriteColumns(t *testing.T) {
	asOf := time.Date(2030, 6, 1, 0, 0, 0, 0, time.UTC)
	_, g := generate(t, 3000, 1, Options{Roles: roles, Competencies: competencies, Dates: true, AsOf: asOf})
	if diff := cmp.Diff(HeaderDates, g.header); diff != "" {
		t.Errorf("header mismatch (-want +got):\n%s", diff)
	}
	quoted, firstManaged, products := 0, 0, map[string]bool{}
	for i, r := range g.rows {
		if r[0] != ID(i) {
			t.Fatalf("row %d has ID %q, want %q", i, r[0], ID(i))
		}
		hire, err1 := time.Parse(time.DateOnly, r[6])
		start, err2 := time.Parse(time.DateOnly, r[7])
		if err1 != nil || err2 != nil || start.Before(hire) || start.After(asOf) {
			t.Fatalf("row %d: hired %q, in role since %q", i, r[6], r[7])
		}
		if r[8] != "" {
			firstManaged++
			if _, err := time.Parse(time.DateOnly, r[8]); err != nil || !roles[g.role[i]].Manages {
				t.Fatalf("row %d: first managed %q as %s", i, r[8], roles[g.role[i]].ID)
			}
		}
		if strings.Contains(r[1], ",") {
			quoted++
		}
		products[r[5]] = true
		if r[9] == "" {
			continue
		}
		for _, c := range strings.Split(r[9], ";") {
			if !slices.Contains(competencies, c) {
				t.Fatalf("row %d: competency %q", i, c)
			}
		}
	}
	if quoted == 0 || firstManaged == 0 {
		t.Errorf("%d quoted names, %d managers with a date: the premises are missed", quoted, firstManaged)
	}
	if len(products) != 12 {
		t.Errorf("%d products used, want all 12 defaults", len(products))
	}
}

func TestWriteYears(t *testing.T) {
	_, g := generate(t, 2000, 3, Options{Roles: roles})
	if diff := cmp.Diff(Header, g.header); diff != "" {
		t.Errorf("header mismatch (-want +got):\n%s", diff)
	}
	for i, r := range g.rows {
		exp, err1 := strconv.ParseFloat(r[6], 64)
		in, err2 := strconv.ParseFloat(r[7], 64)
		mg, err3 := strconv.ParseFloat(r[8], 64)
		if err1 != nil || err2 != nil || err3 != nil || in > exp || mg > exp || in < 0 || mg < 0 {
			t.Fatalf("row %d: years %q %q %q", i, r[6], r[7], r[8])
		}
		if r[9] != "" {
			t.Fatalf("row %d: competencies %q with none given", i, r[9])
		}
	}
}

func TestWriteBadOptions(t *testing.T) {
	for _, o := range []Options{{}, {Roles: roles[:3]}} {
		if err := Write(io.Discard, 10, 1, o); err != ErrOptions {
			t.Errorf("Write(%v) = %v, want ErrOptions", o.Roles, err)
		}
	}
	// One person needs no manager's role.
	if err := Write(io.Discard, 1, 1, Options{Roles: roles[:1]}); err != nil {
		t.Errorf("one person: %v", err)
	}
}

func TestTreeShape(t *testing.T) {
	for _, n := range []int{10_000, 100_000, 1_000_000} {
		parent := Tree(n, 1)
		g, err := orggraph.New(parent)
		if err != nil {
			t.Fatal(err)
		}
		if len(g.Roots()) != 1 || g.NumCycles() != 0 {
			t.Fatalf("n=%d: roots %v, %d cycles", n, g.Roots(), g.NumCycles())
		}
		depth, odd := 0, 0
		for i := range int32(n) {
			depth = max(depth, g.Depth(i))
			if s := g.Span(i); s > MaxSpan || s > 0 && s < MinSpan {
				odd++ // only the last manager placed may fall short
			}
		}
		if depth < 8 || depth > 20 || odd > 1 {
			t.Errorf("n=%d: depth %d, %d spans out of range", n, depth, odd)
		}
		t.Logf("n=%d: depth %d", n, depth)
		if n == 10_000 && (slices.Equal(parent, Tree(n, 2)) || !slices.Equal(parent, Tree(n, 1))) {
			t.Errorf("n=%d: Tree is not a function of its seed", n)
		}
	}
}

func TestID(t *testing.T) {
	for i, want := range map[int]string{0: "E0000001", 41: "E0000042", 9_999_999: "E10000000"} {
		if got := ID(i); got != want {
			t.Errorf("ID(%d) = %q, want %q", i, got, want)
		}
	}
}

func BenchmarkWrite(b *testing.B) {
	o := Options{Roles: roles, Competencies: competencies}
	for _, n := range []int{100_000, 1_000_000} {
		b.Run("n="+strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := Write(io.Discard, n, 1, o); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/person")
		})
	}
}
