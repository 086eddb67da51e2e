// Package orgcycles finds the roots and reporting cycles of a reporting
// graph two ways, side by side: with orggraph, and with gonum as a user
// might reach for it (a simple.DirectedGraph with an edge from each person
// to their manager, topo.TarjanSCC or topo.DirectedCyclesIn for cycles,
// out-degree 0 for roots). Both give a [Result] in the same form, so tests
// can check they agree and benchmarks can time them on the same graph.
package orgcycles

import (
	"slices"

	"github.com/pmroles/pmroles/internal/orggraph"
	"gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/simple"
	"gonum.org/v1/gonum/graph/topo"
)

// A Result is what a reporting graph's checks need: the roots in input
// order, and every cycle once, from its first member in input order, each
// member followed by their manager, cycles ordered by first member.
type Result struct {
	Roots  []int32
	Cycles [][]int32
}

// Orggraph finds roots and cycles with orggraph. parent is as
// orggraph.New takes it, with no unknown managers.
func Orggraph(parent []int32) (Result, error) {
	g, err := orggraph.New(parent)
	if err != nil {
		return Result{}, err
	}
	r := Result{Roots: g.Roots()}
	for c := range g.Cycles() {
		r.Cycles = append(r.Cycles, c)
	}
	return r, nil
}

// buildGonum returns parent as a gonum graph, an edge from each person to
// their manager. simple.DirectedGraph panics on an edge from a node to
// itself, so a user must keep the people who manage themselves aside:
// they are returned as cycles of one.
func buildGonum(parent []int32) (*simple.DirectedGraph, [][]int32) {
	g := simple.NewDirectedGraph()
	for i := range parent {
		g.AddNode(simple.Node(i))
	}
	var selfLoops [][]int32
	for i, p := range parent {
		switch {
		case int(p) == i:
			selfLoops = append(selfLoops, []int32{p})
		case p >= 0:
			g.SetEdge(simple.Edge{F: simple.Node(i), T: simple.Node(p)})
		}
	}
	return g, selfLoops
}

// gonumRoots returns the nodes with no edge out, the people with no
// manager, in input order, leaving out those who manage themselves.
func gonumRoots(g *simple.DirectedGraph, parent []int32) []int32 {
	roots := []int32{}
	for i, p := range parent {
		if g.From(int64(i)).Len() == 0 && int(p) != i {
			roots = append(roots, int32(i))
		}
	}
	return roots
}

// GonumTarjan finds roots and cycles with gonum's strongly connected
// components: in a graph where each node has at most one edge out, a
// component of two or more nodes is a cycle.
func GonumTarjan(parent []int32) Result {
	g, cycles := buildGonum(parent)
	for _, scc := range topo.TarjanSCC(g) {
		if len(scc) >= 2 {
			cycles = append(cycles, canonical(g, scc))
		}
	}
	return finish(g, parent, cycles)
}

// GonumJohnson finds roots and cycles with gonum's enumeration of the
// elementary cycles (Johnson's algorithm).
func GonumJohnson(parent []int32) Result {
	g, cycles := buildGonum(parent)
	for _, c := range topo.DirectedCyclesIn(g) {
		cycles = append(cycles, canonical(g, c[:len(c)-1])) // the first node closes the cycle
	}
	return finish(g, parent, cycles)
}

// canonical returns the cycle through nodes in Result's form: from its
// least node, following the edges.
func canonical(g *simple.DirectedGraph, nodes []graph.Node) []int32 {
	first := nodes[0].ID()
	for _, v := range nodes {
		first = min(first, v.ID())
	}
	c := []int32{int32(first)}
	for v := first; ; {
		to := g.From(v)
		to.Next()
		if v = to.Node().ID(); v == first {
			return c
		}
		c = append(c, int32(v))
	}
}

func finish(g *simple.DirectedGraph, parent []int32, cycles [][]int32) Result {
	slices.SortFunc(cycles, func(a, b []int32) int { return int(a[0] - b[0]) })
	return Result{Roots: gonumRoots(g, parent), Cycles: cycles}
}
