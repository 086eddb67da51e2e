package orgcycles

import (
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pmroles/pmroles/internal/orggen"
)

// impls are the three ways of finding roots and cycles.
var impls = []struct {
	name string
	find func([]int32) Result
}{
	{"orggraph", func(p []int32) Result {
		r, err := Orggraph(p)
		if err != nil {
			panic(err)
		}
		return r
	}},
	{"gonum-tarjan", GonumTarjan},
	{"gonum-johnson", GonumJohnson},
}

// plant makes each cycle in cycles a reporting cycle in parent, each
// member reporting to the next, the last to the first.
func plant(parent []int32, cycles ...[]int32) []int32 {
	for _, c := range cycles {
		for j, m := range c {
			parent[m] = c[(j+1)%len(c)]
		}
	}
	return parent
}

func TestSameAnswers(t *testing.T) {
	const no = -1
	tests := []struct {
		name   string
		parent []int32
		want   Result
	}{
		{
			name:   "a tree",
			parent: []int32{2, 2, no, 0},
			want:   Result{Roots: []int32{2}},
		},
		{
			name:   "a self loop, a pair, a cycle of three with a tail, two roots",
			parent: []int32{no, 1, 3, 2, 6, 4, 7, 5, no, 4},
			want: Result{
				Roots:  []int32{0, 8},
				Cycles: [][]int32{{1}, {2, 3}, {4, 6, 7, 5}},
			},
		},
	}
	// Generated trees with planted cycles of every length from 1 to 200.
	rng := rand.New(rand.NewPCG(1, 2))
	for k := 1; k <= 200; k *= 3 {
		parent := orggen.Tree(5000, uint64(k))
		var c, d []int32
		for _, m := range rng.Perm(5000)[:2*k] {
			if len(c) < k {
				c = append(c, int32(m))
			} else {
				d = append(d, int32(m))
			}
		}
		want := Result{Roots: []int32{}}
		for i, p := range parent {
			if p < 0 && !contains(c, i) && !contains(d, i) {
				want.Roots = append(want.Roots, int32(i))
			}
		}
		want.Cycles = [][]int32{canon(c), canon(d)}
		if want.Cycles[1][0] < want.Cycles[0][0] {
			want.Cycles[0], want.Cycles[1] = want.Cycles[1], want.Cycles[0]
		}
		tests = append(tests, struct {
			name   string
			parent []int32
			want   Result
		}{"two planted cycles of " + strconv.Itoa(k), plant(parent, c, d), want})
	}
	for _, tt := range tests {
		for _, impl := range impls {
			t.Run(tt.name+"/"+impl.name, func(t *testing.T) {
				if diff := cmp.Diff(tt.want, impl.find(tt.parent)); diff != "" {
					t.Errorf("mismatch (-want +got):\n%s", diff)
				}
			})
		}
	}
}

func contains(s []int32, i int) bool {
	for _, v := range s {
		if int(v) == i {
			return true
		}
	}
	return false
}

// canon returns the cycle c (each member reporting to the next) from its
// least member.
func canon(c []int32) []int32 {
	k := 0
	for j, v := range c {
		if v < c[k] {
			k = j
		}
	}
	return append(append([]int32{}, c[k:]...), c[:k]...)
}

// benchGraph returns the reporting graph measured: a generated tree of n
// people (spans of 3 to 12, 10 to 15 levels, rows shuffled) with five
// planted cycles of 1, 2, 3, 10 and 100 people.
func benchGraph(n int) []int32 {
	parent := orggen.Tree(n, 1)
	rng := rand.New(rand.NewPCG(3, 4))
	perm := rng.Perm(n)
	for _, k := range []int{1, 2, 3, 10, 100} {
		c := make([]int32, k)
		for j := range c {
			c[j] = int32(perm[0])
			perm = perm[1:]
		}
		plant(parent, c)
	}
	return parent
}

var sink Result

// BenchmarkRootsAndCycles times each side from the parent slice to the
// roots and cycles, building its graph included, as a user's code would,
// on graphs of 10,000 to 1,000,000 people. Each side's answer is checked
// against orggraph's first.
//
// gonum's DirectedCyclesIn is left out at 1,000,000: after the first
// strongly connected components it advances its start vertex one index
// at a time through the whole graph, scanning it at each step, so its
// cost grows with the square of the graph (about 20 s at 100,000 here).
func BenchmarkRootsAndCycles(b *testing.B) {
	for _, n := range []int{10_000, 100_000, 1_000_000} {
		parent := benchGraph(n)
		want := impls[0].find(parent)
		for _, impl := range impls {
			if impl.name == "gonum-johnson" && n > 100_000 {
				continue // quadratic: minutes per run
			}
			b.Run("n="+strconv.Itoa(n)+"/impl="+impl.name, func(b *testing.B) {
				if diff := cmp.Diff(want, impl.find(parent)); diff != "" {
					b.Fatalf("%s disagrees with orggraph (-orggraph +%s):\n%s", impl.name, impl.name, diff)
				}
				b.ReportAllocs()
				for b.Loop() {
					sink = impl.find(parent)
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/person")
			})
		}
	}
}
