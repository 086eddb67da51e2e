// Package career compiles the career ladder behind pmroles.Ladder: a
// directed graph whose nodes are a framework's roles, as dense indices 0
// to n-1 in the framework's order, and whose edges are transitions
// (promotions, track changes, equivalences) carrying requirements.
//
// Compile checks a ladder (duplicate edges, promotion cycles, promotions
// that ask less than the one before, nodes no route reaches) and builds
// the tables its queries read: the edge between two nodes in one load,
// the edges leaving a node as a slice, and every shortest route, computed
// once, as a slice of edges. Project narrows a ladder to a subset of its
// nodes, joining the runs of edges that pass through the others.
//
// The package knows nothing of roles or authority: the root package
// converts, checks what needs authority, and words the errors.
package career

import (
	"slices"

	"github.com/pmroles/pmroles/internal/bitset"
	"github.com/pmroles/pmroles/internal/graph"
)

// MaxNodes is the largest number of nodes a ladder may have.
const MaxNodes = graph.MaxNodes

// A Kind is the kind of an edge; it mirrors pmroles.TransitionKind.
type Kind uint8

// The kinds, as in pmroles.
const (
	Promotion Kind = 1 + iota
	TrackChange
	Equivalence
)

// Req is what an edge asks: minimum years and a set of competencies, one
// bit per competency number.
type Req struct {
	YearsExperience, YearsInRole, YearsManaging float64
	Competencies                                bitset.Set128
}

// Join returns the most that r and q ask: the higher of each figure and
// every competency of either.
func (r Req) Join(q Req) Req {
	return Req{
		YearsExperience: max(r.YearsExperience, q.YearsExperience),
		YearsInRole:     max(r.YearsInRole, q.YearsInRole),
		YearsManaging:   max(r.YearsManaging, q.YearsManaging),
		Competencies:    r.Competencies.Union(q.Competencies),
	}
}

// A Node is what the ladder needs to know of a role.
type Node struct {
	Level      uint8
	Track      uint8
	Discipline uint8
}

// An Edge is one transition between two nodes.
type Edge struct {
	From, To int
	Kind     Kind
	Req      Req
	// Origin is the index of the given edge this one comes from, for
	// error messages: a mirrored equivalence keeps its original's.
	Origin int
}

// A ProblemKind classifies a Problem.
type ProblemKind uint8

// The problems Compile finds.
const (
	// Duplicate: two given edges lead from the same node to the same
	// node (an equivalence given in both directions is not one).
	// Edges holds the two origins, Nodes the two nodes.
	Duplicate ProblemKind = 1 + iota
	// EquivalentPromotion: a promotion between two nodes that
	// equivalences join, a cycle of its own. Edges holds its origin.
	EquivalentPromotion
	// Cycle: promotions lead round, counting equivalent nodes as one.
	// Nodes holds every node on the cycle, in increasing order.
	Cycle
	// Decreasing: a promotion asks less than the promotion before it.
	// Edges holds the origins of the earlier and the later promotion.
	Decreasing
	// Unreachable: no route leads to a node from the entry nodes of its
	// discipline. Nodes holds the node, then those entry nodes.
	Unreachable
)

// A Problem is one thing wrong with a ladder.
type Problem struct {
	Kind  ProblemKind
	Edges []int // origins of the edges at fault
	Nodes []int // the nodes at fault
}

// A Ladder is a compiled ladder. It is immutable once Compile returns it.
type Ladder struct {
	n     int
	edges []Edge  // sorted by From, then To; each equivalence in both directions
	idx   []int32 // idx[a*n+b]: 1 + index into edges; 0: no edge
	first []int32 // edges[first[a]:first[a+1]] leave a
	dist  []uint8 // dist[a*n+b]: edges on the route from a to b; 0: none
	route []int32 // paths[route[a*n+b]:][:dist[a*n+b]] is the route from a to b
	paths []int32 // indices into edges, route after route
	entry graph.Set
}

// Compile checks the edges given between n nodes and builds their
// ladder. It returns every problem it finds, and a nil Ladder if there is
// any. Edges must name nodes in [0, len(nodes)) and hold a valid kind;
// the caller checks each edge on its own first.
func Compile(nodes []Node, given []Edge) (*Ladder, []Problem) {
	n := len(nodes)
	l := &Ladder{n: n, idx: make([]int32, n*n)}
	var problems []Problem
	mirror := map[int]bool{} // the edges made by mirroring an equivalence
	for i, e := range given {
		pairs := [2][2]int{{e.From, e.To}, {e.To, e.From}}
		count := 1
		if e.Kind == Equivalence {
			count = 2
		}
		for k, p := range pairs[:count] {
			if j := l.idx[p[0]*n+p[1]]; j != 0 {
				// An equivalence may be given both ways: each then
				// meets the other's mirror. Given twice the same way,
				// or against another kind, it is a duplicate.
				prev := l.edges[j-1]
				if e.Kind != Equivalence || prev.Kind != Equivalence || k == 0 && !mirror[int(j)-1] {
					problems = append(problems, Problem{Kind: Duplicate, Edges: []int{prev.Origin, i}, Nodes: []int{p[0], p[1]}})
				}
				continue
			}
			f := e
			f.From, f.To, f.Origin = p[0], p[1], i
			l.edges = append(l.edges, f)
			l.idx[p[0]*n+p[1]] = int32(len(l.edges))
			mirror[len(l.edges)-1] = k == 1
		}
	}
	slices.SortStableFunc(l.edges, func(a, b Edge) int {
		if a.From != b.From {
			return a.From - b.From
		}
		return a.To - b.To
	})
	l.first = make([]int32, n+1)
	for i, e := range l.edges {
		l.idx[e.From*n+e.To] = int32(i + 1)
		l.first[e.From+1] = int32(i + 1)
	}
	for a := 1; a <= n; a++ {
		l.first[a] = max(l.first[a], l.first[a-1])
	}
	problems = append(problems, l.cycles()...)
	problems = append(problems, l.decreasing()...)
	l.entry = entries(nodes)
	if len(given) > 0 {
		problems = append(problems, l.unreachable(nodes)...)
	}
	if len(problems) > 0 {
		return nil, problems
	}
	l.computeRoutes()
	return l, nil
}

// cycles reports promotion cycles, counting equivalent nodes as one.
func (l *Ladder) cycles() []Problem {
	var same [][2]int
	for _, e := range l.edges {
		if e.Kind == Equivalence {
			same = append(same, [2]int{e.From, e.To})
		}
	}
	class := graph.Classes(l.n, same)
	up := make([]graph.Set, l.n)
	var problems []Problem
	for _, e := range l.edges {
		if e.Kind != Promotion {
			continue
		}
		a, b := class[e.From], class[e.To]
		if a == b {
			problems = append(problems, Problem{Kind: EquivalentPromotion, Edges: []int{e.Origin}, Nodes: []int{e.From, e.To}})
			continue
		}
		up[a] = up[a].With(b)
	}
	reach := graph.Closure(up)
	var reported graph.Set
	for u := range l.n {
		if class[u] != u || !reach[u].Has(u) || reported.Has(u) {
			continue
		}
		var cycle []int
		for r := range l.n {
			if v := class[r]; v == u || reach[u].Has(v) && reach[v].Has(u) {
				cycle = append(cycle, r)
				reported = reported.With(v)
			}
		}
		problems = append(problems, Problem{Kind: Cycle, Nodes: cycle})
	}
	return problems
}

// decreasing reports a promotion that asks less than the promotion into
// its From node: fewer years of experience or of management, or not every
// competency. Years in role start afresh in each role.
func (l *Ladder) decreasing() []Problem {
	var problems []Problem
	for _, p := range l.edges {
		if p.Kind != Promotion {
			continue
		}
		for _, q := range l.From(p.To) {
			if q.Kind != Promotion || q.To == p.From {
				continue
			}
			a, b := p.Req, q.Req
			if b.YearsExperience < a.YearsExperience || b.YearsManaging < a.YearsManaging ||
				!b.Competencies.ContainsAll(a.Competencies) {
				problems = append(problems, Problem{Kind: Decreasing, Edges: []int{p.Origin, q.Origin}, Nodes: []int{p.From, p.To, q.To}})
			}
		}
	}
	return problems
}

// entries returns, for each discipline, the nodes at the lowest level of
// that discipline: where people join.
func entries(nodes []Node) graph.Set {
	lowest := map[uint8]uint8{}
	for _, nd := range nodes {
		if lo, ok := lowest[nd.Discipline]; !ok || nd.Level < lo {
			lowest[nd.Discipline] = nd.Level
		}
	}
	var entry graph.Set
	for i, nd := range nodes {
		if nd.Level == lowest[nd.Discipline] {
			entry = entry.With(i)
		}
	}
	return entry
}

// successors returns, for each node, the nodes its edges lead to.
func (l *Ladder) successors() []graph.Set {
	succ := make([]graph.Set, l.n)
	for _, e := range l.edges {
		succ[e.From] = succ[e.From].With(e.To)
	}
	return succ
}

// unreachable reports nodes that no route reaches from an entry node.
func (l *Ladder) unreachable(nodes []Node) []Problem {
	seen := graph.Reachable(l.successors(), l.entry)
	var problems []Problem
	for r := range l.n {
		if seen.Has(r) {
			continue
		}
		p := Problem{Kind: Unreachable, Nodes: []int{r}}
		for e := range l.entry.All {
			if nodes[e].Discipline == nodes[r].Discipline {
				p.Nodes = append(p.Nodes, e)
			}
		}
		problems = append(problems, p)
	}
	return problems
}

// computeRoutes fills dist, route and paths with a breadth-first search
// from every node that follows edges in increasing order of their To
// nodes: each node gets the route that comes first in node order among
// the shortest.
func (l *Ladder) computeRoutes() {
	succ := l.successors()
	l.dist = make([]uint8, l.n*l.n)
	l.route = make([]int32, l.n*l.n)
	for a := range l.n {
		prev, dist := graph.ShortestRoutes(succ, a)
		for b, d := range dist {
			if d == 0 {
				continue
			}
			l.dist[a*l.n+b] = uint8(d)
			l.route[a*l.n+b] = int32(len(l.paths))
			l.paths = append(l.paths, make([]int32, d)...)
			path := l.paths[len(l.paths)-d:]
			for i, r := d-1, b; i >= 0; i-- {
				p := prev[r]
				path[i] = l.idx[p*l.n+r] - 1
				r = p
			}
		}
	}
}

// Len returns the number of nodes.
func (l *Ladder) Len() int { return l.n }

// Edges returns every edge, sorted by From then To, each equivalence in
// both directions. The caller must not modify the slice.
func (l *Ladder) Edges() []Edge { return l.edges }

// Edge returns the index in Edges of the edge from a to b, and whether
// there is one.
func (l *Ladder) Edge(a, b int) (int, bool) {
	if uint(a) >= uint(l.n) || uint(b) >= uint(l.n) {
		return 0, false
	}
	i := l.idx[a*l.n+b]
	return int(i) - 1, i != 0
}

// From returns the edges leaving a, sorted by To. The caller must not
// modify the slice.
func (l *Ladder) From(a int) []Edge {
	if uint(a) >= uint(l.n) {
		return nil
	}
	return l.edges[l.first[a]:l.first[a+1]]
}

// FromRange returns the range of indices into Edges of the edges leaving
// a.
func (l *Ladder) FromRange(a int) (lo, hi int) {
	if uint(a) >= uint(l.n) {
		return 0, 0
	}
	return int(l.first[a]), int(l.first[a+1])
}

// Route returns the indices into Edges of the shortest route from a to b,
// empty when there is none or a == b. The caller must not modify it.
func (l *Ladder) Route(a, b int) []int32 {
	if uint(a) >= uint(l.n) || uint(b) >= uint(l.n) {
		return nil
	}
	d := l.dist[a*l.n+b]
	start := l.route[a*l.n+b]
	return l.paths[start : start+int32(d)]
}

// IsEntry reports whether node a is an entry node: at the lowest level of
// its discipline.
func (l *Ladder) IsEntry(a int) bool { return l.entry.Has(a) }

// Project returns the edges among the nodes of keep that the given edges
// imply: each run of edges from a kept node to another that passes only
// through nodes not kept becomes one edge, asking the most that any step
// of the run asks. A run made only of equivalences is an equivalence; one
// that rises in level a promotion; one that does not rise but changes
// track a track change; any other run is dropped. Among several runs
// between the same two nodes the shortest wins, ties going to the one
// found first when nodes are visited in increasing order. Each resulting
// edge's Origin is the origin of the first edge of its run. The nodes of
// the result are still numbered as in nodes; equivalences appear once, in
// the direction they were first found.
func Project(nodes []Node, given []Edge, keep graph.Set) []Edge {
	n := len(nodes)
	at := make([]int32, n*n) // 1 + index into dir
	var dir []Edge
	for i, e := range given {
		f := e
		f.Origin = i
		if at[e.From*n+e.To] == 0 {
			dir = append(dir, f)
			at[e.From*n+e.To] = int32(len(dir))
		}
		if e.Kind == Equivalence && at[e.To*n+e.From] == 0 {
			f.From, f.To = e.To, e.From
			dir = append(dir, f)
			at[e.To*n+e.From] = int32(len(dir))
		}
	}
	var out []Edge
	done := make(map[[2]int]bool)
	reached := make([]int32, n) // 1 + index into dir of the last step; -1 for the start
	for a := range keep.All {
		if a >= n {
			break
		}
		clear(reached)
		reached[a] = -1
		var found []int
		queue := []int{a}
		for len(queue) > 0 {
			u := queue[0]
			queue = queue[1:]
			for b := range n {
				j := at[u*n+b]
				if j == 0 || reached[b] != 0 {
					continue
				}
				reached[b] = j
				if keep.Has(b) {
					found = append(found, b)
				} else {
					queue = append(queue, b)
				}
			}
		}
		slices.Sort(found)
		for _, b := range found {
			var run []Edge
			for r := b; r != a; r = dir[reached[r]-1].From {
				run = append(run, dir[reached[r]-1])
			}
			slices.Reverse(run)
			e, ok := joinRun(nodes, run)
			if !ok {
				continue
			}
			if e.Kind == Equivalence {
				if done[[2]int{b, a}] {
					continue
				}
				done[[2]int{a, b}] = true
			}
			out = append(out, e)
		}
	}
	return out
}

// joinRun makes one edge of a run; see Project.
func joinRun(nodes []Node, run []Edge) (Edge, bool) {
	if len(run) == 1 {
		return run[0], true
	}
	from, to := run[0].From, run[len(run)-1].To
	e := Edge{From: from, To: to, Origin: run[0].Origin}
	allEquivalent := true
	for _, s := range run {
		allEquivalent = allEquivalent && s.Kind == Equivalence
		e.Req = e.Req.Join(s.Req)
	}
	switch {
	case allEquivalent:
		e.Kind = Equivalence
	case nodes[to].Level > nodes[from].Level:
		e.Kind = Promotion
	case nodes[to].Track != nodes[from].Track:
		e.Kind = TrackChange
	default:
		return Edge{}, false
	}
	return e, true
}
