package orggraph

import (
	"strconv"
	"testing"

	"github.com/pmroles/pmroles/internal/orggen"
)

// Sinks keep the compiler from dropping the work measured.
var (
	sinkGraph *Graph
	sinkNear  []int32
	sinkInt   int
)

// benchOrgs are the reporting graphs measured: synthetic trees of 10,000
// to 1,000,000 people in shuffled row order (spans of 3 to 12, 10 to 15
// levels), and a chain of 1,000,000, listed from its bottom so that the
// first walk climbs it all.
func benchOrgs() []struct {
	name   string
	parent []int32
} {
	var orgs []struct {
		name   string
		parent []int32
	}
	for _, n := range []int{10_000, 100_000, 1_000_000} {
		orgs = append(orgs, struct {
			name   string
			parent []int32
		}{"tree/n=" + strconv.Itoa(n), orggen.Tree(n, 1)})
	}
	chain := make([]int32, 1_000_000)
	for i := range chain {
		chain[i] = int32(i + 1)
	}
	chain[len(chain)-1] = NoManager
	return append(orgs, struct {
		name   string
		parent []int32
	}{"chain/n=1000000", chain})
}

// perPerson reports the time per person, the figure whose growth from
// 10,000 to 1,000,000 people shows whether the cost is linear.
func perPerson(b *testing.B, n int) {
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/person")
}

// BenchmarkNew measures what validating an org needs from the graph:
// roots, spans, cycles.
func BenchmarkNew(b *testing.B) {
	for _, o := range benchOrgs() {
		b.Run(o.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				g, err := New(o.parent)
				if err != nil {
					b.Fatal(err)
				}
				sinkGraph = g
			}
			perPerson(b, len(o.parent))
		})
	}
}

// BenchmarkNewAll measures New and then the parts built on first use: the
// lists of reports and the ends and depths of every chain.
func BenchmarkNewAll(b *testing.B) {
	for _, o := range benchOrgs() {
		b.Run(o.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				g, err := New(o.parent)
				if err != nil {
					b.Fatal(err)
				}
				g.CSR()
				sinkInt = g.Depth(0)
				sinkGraph = g
			}
			perPerson(b, len(o.parent))
		})
	}
}

// BenchmarkNearestUp measures the search for the nearest person up every
// chain for whom a predicate holds, here one person in 64.
func BenchmarkNearestUp(b *testing.B) {
	for _, o := range benchOrgs() {
		g, err := New(o.parent)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(o.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkNear = g.NearestUp(func(v int32) bool { return v%64 == 0 })
			}
			perPerson(b, len(o.parent))
		})
	}
}

// BenchmarkAbove measures the union of the chains of one person in 100,
// as a query for a product's decider walks it.
func BenchmarkAbove(b *testing.B) {
	for _, o := range benchOrgs() {
		g, err := New(o.parent)
		if err != nil {
			b.Fatal(err)
		}
		var starts []int32
		for i := 0; i < len(o.parent); i += 100 {
			starts = append(starts, int32(i))
		}
		b.Run(o.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				k := 0
				for range g.Above(starts) {
					k++
				}
				sinkInt = k
			}
		})
	}
}
