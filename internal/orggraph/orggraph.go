// Package orggraph holds the reporting-line machinery behind pmroles.Org:
// children lists, roots, reporting cycles, chains to the top and searches
// up chains, each in time and memory linear in the number of people and
// without recursion, because an org can be a chain two million deep.
//
// # Representation
//
// People are dense indices 0 to n-1, in input order. The input is one
// slice, parent, where parent[i] is the index of i's manager, [NoManager]
// for a person with no manager (a root), or [UnknownManager] for a person
// whose manager ID names nobody. Every person has at most one manager, so
// following managers from a person ends in one of three ways: at a root,
// at a person whose manager is unknown, or on a reporting cycle; [Ending]
// names the three, and a fourth for the people on the cycle itself.
//
// Children are stored in compressed sparse row (CSR) form: the direct
// reports of i are list[offsets[i]:offsets[i+1]], in input order, so one
// slice of int32 holds every reporting line and a span is a subtraction.
// Cycles are stored the same way: cycle k's members, in cycle order
// (each followed by its manager), are one segment of one slice.
//
// # Cost
//
// [New] makes one pass over parent to check it and find the tops (roots
// and people whose manager is unknown), two to group the reports (a
// counting sort), and one breadth first from the tops, which resolves
// every person whose chain ends at one. Only if people are left, whose
// chains all end on a cycle, does it walk up from each of them, marking
// the chain walked, until it meets a person resolved or one on the walk
// (a new cycle); each person is walked over once. For n people it keeps
// about 20n bytes besides parent: offsets, list and the breadth-first
// order (4n each) and an 8-byte word per person for where their chain
// ends.
package orggraph

import (
	"errors"
	"fmt"
	"iter"
)

// Special values of parent[i], which are never indices.
const (
	// NoManager marks a person with no manager: a root of the org.
	NoManager int32 = -1
	// UnknownManager marks a person whose manager ID names nobody; the
	// chain from such a person stops at them, as at a root.
	UnknownManager int32 = -2
)

// MaxPeople is the largest number of people a Graph holds: a depth takes
// 29 bits.
const MaxPeople = 1<<depthBits - 1

// ErrParent is wrapped by the error [New] returns for a parent slice with a
// value that is neither an index nor one of the special values.
var ErrParent = errors.New("orggraph: bad manager index")

// An Ending says where the chain of managers from a person ends.
type Ending uint8

// The endings. The zero value is invalid.
const (
	// Rooted means the chain ends at a root, a person with no manager.
	Rooted Ending = 1 + iota
	// Unplaced means the chain ends at a person whose manager is unknown.
	Unplaced
	// OnCycle means the person is on a reporting cycle.
	OnCycle
	// IntoCycle means the person is not on a cycle, but their chain leads
	// into one, so it never reaches a root.
	IntoCycle
)

var endingNames = [...]string{"", "rooted", "unplaced", "on-cycle", "into-cycle"}

// String returns the ending's name, or "%!Ending(n)" for an invalid one.
func (e Ending) String() string {
	if e >= 1 && int(e) < len(endingNames) {
		return endingNames[e]
	}
	return fmt.Sprintf("%%!Ending(%d)", uint8(e))
}

// A Graph is the reporting structure of n people. It is immutable once
// built and safe for concurrent use.
type Graph struct {
	parent  []int32
	offsets []int32 // n+1; the reports of i are list[offsets[i]:offsets[i+1]]
	list    []int32
	roots   []int32
	// order holds the people whose chains end at a top (a root or an
	// unplaced person), breadth first from the tops: each after their
	// manager.
	order []int32
	// end holds what New finds out about each person's chain, packed in
	// one word so that the passes touch one place per person.
	end []end
	// cycleOff and cycleList hold the cycles in CSR form, ordered by their
	// first member in input order.
	cycleOff  []int32
	cycleList []int32
}

// An end is where one person's chain ends. top is the last person on the
// chain for a rooted or unplaced person (the root, or the person whose
// manager is unknown), and the first member in input order of the cycle
// reached otherwise. The low 29 bits of dep are the number of managers
// between the person and top for a rooted or unplaced person, the number
// of steps to the cycle for one leading into a cycle, and 0 on a cycle;
// its high 3 bits are the Ending, never 0, so the zero end is unresolved.
type end struct {
	top int32
	dep uint32
}

const depthBits = 29

func makeEnd(top int32, e Ending, depth uint32) end {
	return end{top, uint32(e)<<depthBits | depth}
}

func (x end) ending() Ending { return Ending(x.dep >> depthBits) }
func (x end) depth() uint32  { return x.dep & (1<<depthBits - 1) }

// New builds the graph of len(parent) people from their managers. It keeps
// parent, which the caller must not change afterwards. It fails only if
// some parent[i] is neither an index in [0, len(parent)) nor one of
// [NoManager] and [UnknownManager], or if there are more than [MaxPeople].
func New(parent []int32) (*Graph, error) {
	n := len(parent)
	if n > MaxPeople {
		return nil, fmt.Errorf("%w: %d people, more than %d", ErrParent, n, MaxPeople)
	}
	g := &Graph{parent: parent}
	nroots := 0
	for i, p := range parent {
		switch {
		case p >= 0 && int(p) < n:
		case p == NoManager:
			nroots++
		case p != UnknownManager:
			return nil, fmt.Errorf("%w: person %d has manager %d, with %d people", ErrParent, i, p, n)
		}
	}
	g.offsets, g.list = Group(parent, n)
	g.roots = make([]int32, 0, nroots)
	g.order = make([]int32, 0, n)
	g.end = make([]end, n)
	for i, p := range parent {
		switch p {
		case NoManager:
			g.roots = append(g.roots, int32(i))
			g.end[i] = makeEnd(int32(i), Rooted, 0)
		case UnknownManager:
			g.end[i] = makeEnd(int32(i), Unplaced, 0)
		default:
			continue
		}
		g.order = append(g.order, int32(i))
	}
	g.descend()
	cycles := 0
	if len(g.order) < n {
		cycles = g.climb()
	}
	g.collectCycles(cycles)
	return g, nil
}

// descend resolves, breadth first from the tops already in order, every
// person whose chain ends at a top: a report inherits their manager's top
// and ending, one step deeper. The reads and writes for one person do not
// wait on those for the one before, unlike a walk up a chain, so the
// processor overlaps their cache misses: on orgs listed in no particular
// order this is what keeps the cost per person flat as the org grows.
func (g *Graph) descend() {
	off, list, ends := g.offsets, g.list, g.end
	for h := 0; h < len(g.order); h++ {
		v := g.order[h]
		lo, hi := off[v], off[v+1]
		if lo == hi {
			continue
		}
		x := ends[v]
		x.dep++
		reports := list[lo:hi]
		for _, c := range reports {
			ends[c] = x
		}
		g.order = append(g.order, reports...)
	}
}

// climb resolves the people descend left, whose chains all end on a
// cycle, with one walk per person not yet resolved, up the chain until it
// meets a person already resolved (whose answer it extends) or a person
// on the walk itself (a new cycle). Each person is walked over once. It
// returns the number of cycles found.
func (g *Graph) climb() int {
	ends, parent := g.end, g.parent
	onWalk := end{top: -1} // a mark no resolved person has
	var walk []int32       // the chain walked, from its start up
	cycles := 0
	for i := range parent {
		if ends[i] != (end{}) {
			continue
		}
		walk = walk[:0]
		v := int32(i)
		var x end // the answer at the end of the walk
		for {
			if y := ends[v]; y == onWalk {
				x = makeEnd(g.closeCycle(v), IntoCycle, 0)
				cycles++
				break
			} else if y != (end{}) {
				x = makeEnd(y.top, IntoCycle, y.depth())
				break
			}
			ends[v] = onWalk
			walk = append(walk, v)
			v = parent[v] // never a top: descend resolved those
		}
		// The walk's people below the end, last first, each one step
		// further from it; the cycle's members are already resolved.
		for k := len(walk) - 1; k >= 0; k-- {
			if w := walk[k]; ends[w] == onWalk {
				x.dep++
				ends[w] = x
			}
		}
	}
	return cycles
}

// closeCycle resolves the cycle through v, whose members are all on the
// current walk, and returns its first member in input order.
func (g *Graph) closeCycle(v int32) int32 {
	first := v
	for w := g.parent[v]; w != v; w = g.parent[w] {
		first = min(first, w)
	}
	x := makeEnd(first, OnCycle, 0)
	for w := v; ; {
		g.end[w] = x
		if w = g.parent[w]; w == v {
			return first
		}
	}
}

// collectCycles lists the cycles in input order of their first members,
// each from that member in cycle order.
func (g *Graph) collectCycles(count int) {
	g.cycleOff = make([]int32, 1, count+1)
	if count == 0 {
		return
	}
	for i, x := range g.end {
		if int(x.top) != i || x.ending() != OnCycle {
			continue
		}
		w := x.top
		for {
			g.cycleList = append(g.cycleList, w)
			if w = g.parent[w]; w == x.top {
				break
			}
		}
		g.cycleOff = append(g.cycleOff, int32(len(g.cycleList)))
	}
}

// Len returns the number of people.
func (g *Graph) Len() int { return len(g.parent) }

// Parent returns i's manager: an index, [NoManager] or [UnknownManager].
func (g *Graph) Parent(i int32) int32 { return g.parent[i] }

// Reports returns i's direct reports in input order. The slice is shared:
// the caller must not change it.
func (g *Graph) Reports(i int32) []int32 {
	lo, hi := g.offsets[i], g.offsets[i+1]
	return g.list[lo:hi:hi]
}

// Span returns the number of i's direct reports.
func (g *Graph) Span(i int32) int { return int(g.offsets[i+1] - g.offsets[i]) }

// CSR returns the children in compressed sparse row form: the reports of i
// are list[offsets[i]:offsets[i+1]], in input order; len(offsets) is
// Len()+1. The slices are shared: the caller must not change them.
func (g *Graph) CSR() (offsets, list []int32) { return g.offsets, g.list }

// Roots returns the people with no manager, in input order. The slice is
// shared: the caller must not change it.
func (g *Graph) Roots() []int32 { return g.roots }

// End returns how i's chain of managers ends, and where: for [Rooted] and
// [Unplaced] the last person on the chain (i itself if it has no manager
// or an unknown one), for [OnCycle] and [IntoCycle] the first member, in
// input order, of the cycle the chain reaches.
func (g *Graph) End(i int32) (top int32, e Ending) { return g.end[i].top, g.end[i].ending() }

// Depth returns the number of steps up from i to the end of its chain: to
// the root or unplaced person for [Rooted] and [Unplaced], to the first
// person on the cycle for [IntoCycle], and 0 on a cycle. A root's depth
// is 0 and its reports' 1.
func (g *Graph) Depth(i int32) int { return int(g.end[i].depth()) }

// NumCycles returns the number of reporting cycles.
func (g *Graph) NumCycles() int { return len(g.cycleOff) - 1 }

// Cycle returns the members of cycle k, 0 <= k < NumCycles(), in cycle
// order (each followed by its manager) from the first member in input
// order. The slice is shared: the caller must not change it.
func (g *Graph) Cycle(k int) []int32 {
	lo, hi := g.cycleOff[k], g.cycleOff[k+1]
	return g.cycleList[lo:hi:hi]
}

// Cycles yields every reporting cycle once, as [Graph.Cycle] gives it, in
// input order of the cycles' first members.
func (g *Graph) Cycles() iter.Seq[[]int32] {
	return func(yield func([]int32) bool) {
		for k := range g.NumCycles() {
			if !yield(g.Cycle(k)) {
				return
			}
		}
	}
}

// Chain yields i, its manager, their manager and so on, each person once:
// it stops after a root or a person whose manager is unknown, or, on a
// chain that reaches a cycle, after the cycle member just before the one
// through which the chain entered it.
func (g *Graph) Chain(i int32) iter.Seq[int32] {
	return func(yield func(int32) bool) {
		entry := int32(-1) // the first cycle member met
		for v := i; ; {
			if g.end[v].ending() == OnCycle {
				if v == entry {
					return
				}
				if entry < 0 {
					entry = v
				}
			}
			if !yield(v) {
				return
			}
			if v = g.parent[v]; v < 0 {
				return
			}
		}
	}
}

// TopDown returns the people whose chains end at a top (a root or a person
// whose manager is unknown), breadth first from the tops in input order,
// so each after their manager: the order in which to push anything down
// the reporting lines. The people left out are those whose chains end on
// a cycle. The slice is shared: the caller must not change it.
func (g *Graph) TopDown() []int32 { return g.order }

// CycleOf returns the index, for [Graph.Cycle], of the cycle i is on or
// leads into, or -1 if i's chain reaches no cycle. It takes time
// logarithmic in the number of cycles.
func (g *Graph) CycleOf(i int32) int {
	x := g.end[i]
	if e := x.ending(); e != OnCycle && e != IntoCycle {
		return -1
	}
	// The cycles are ordered by first member, which is x.top.
	first := x.top
	lo, hi := 0, g.NumCycles()
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if g.cycleList[g.cycleOff[mid]] < first {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// ChainLen returns the number of people [Graph.Chain] yields for i,
// without walking the chain: enough to size a slice.
func (g *Graph) ChainLen(i int32) int {
	d := int(g.end[i].depth())
	if k := g.CycleOf(i); k >= 0 {
		return d + int(g.cycleOff[k+1]-g.cycleOff[k])
	}
	return d + 1
}

// FirstUp returns the first person on i's chain, as [Graph.Chain] yields
// it, for whom ok returns true, or -1 if there is none.
func (g *Graph) FirstUp(i int32, ok func(int32) bool) int32 {
	for v := range g.Chain(i) {
		if ok(v) {
			return v
		}
	}
	return -1
}

// Above yields every person on the chains of the people in starts, each
// once: the chain of starts[0] as [Graph.Chain] yields it, then the part
// of the chain of starts[1] not yet yielded, and so on. Chains that join
// are walked above the join only once, so the cost is the number of
// people yielded plus len(starts), plus one bit per person of memory.
//
// It is the search behind "the lowest person who may decide for a
// product": start from the product's people and keep the best of what is
// yielded, ties going to the first yielded.
func (g *Graph) Above(starts []int32) iter.Seq[int32] {
	return func(yield func(int32) bool) {
		seen := make([]uint64, (len(g.parent)+63)/64)
		for _, s := range starts {
			for v := range g.Chain(s) {
				if seen[v/64]&(1<<(v%64)) != 0 {
					break // the rest of this chain has been yielded
				}
				seen[v/64] |= 1 << (v % 64)
				if !yield(v) {
					return
				}
			}
		}
	}
}

// NearestUp returns, for every person i, the first person on i's chain
// (as [Graph.Chain] yields it, so i itself first) for whom ok returns
// true, or -1 if there is none. It calls ok once per person and takes
// linear time: top down for the chains that end at a top, a report's
// answer being themselves or their manager's; up each chain that ends on
// a cycle, to a person already answered, and the answer copied down.
//
// On a cycle, every member's answer is the first member, going round from
// it, for whom ok holds; the people leading into the cycle see the same
// cycle from their entry point.
func (g *Graph) NearestUp(ok func(int32) bool) []int32 {
	const unknown = -2
	n := len(g.parent)
	near := make([]int32, n)
	if len(g.order) < n {
		for i := range near {
			near[i] = unknown
		}
	}
	for _, v := range g.order {
		switch p := g.parent[v]; {
		case ok(v):
			near[v] = v
		case p < 0:
			near[v] = -1
		default:
			near[v] = near[p]
		}
	}
	if len(g.order) == n {
		return near
	}
	// The chains left all end on a cycle, and meet only each other.
	var walk []int32
	for i := range g.parent {
		if near[i] != unknown {
			continue
		}
		walk = walk[:0]
		v, ans := int32(i), int32(-1)
		for {
			if a := near[v]; a != unknown {
				ans = a
				break
			}
			if g.end[v].ending() == OnCycle {
				g.nearestOnCycle(v, near, ok)
				ans = near[v]
				break
			}
			if ok(v) {
				near[v], ans = v, v
				break
			}
			walk = append(walk, v)
			v = g.parent[v]
		}
		for _, w := range walk {
			near[w] = ans
		}
	}
	return near
}

// nearestOnCycle answers NearestUp for every member of the cycle through
// m: going backwards round the cycle from a member for whom ok holds, each
// member's answer is itself if ok holds for it, else its manager's.
func (g *Graph) nearestOnCycle(m int32, near []int32, ok func(int32) bool) {
	members := g.Cycle(g.CycleOf(m))
	n := len(members)
	last := -1 // a member for whom ok holds
	hold := make([]bool, n)
	for k, w := range members {
		if hold[k] = ok(w); hold[k] {
			last = k
		}
	}
	if last < 0 {
		for _, w := range members {
			near[w] = -1
		}
		return
	}
	ans := members[last]
	for j := range n {
		k := (last - j + n) % n
		if hold[k] {
			ans = members[k]
		}
		near[members[k]] = ans
	}
}

// Group returns the indices 0 to len(keys)-1 grouped by key, in compressed
// sparse row form: the indices with key k are list[offsets[k]:offsets[k+1]]
// in increasing order, for 0 <= k < nkeys. Indices with a negative key are
// left out. Every key must be less than nkeys. It is a stable counting
// sort: linear time, no comparison.
func Group(keys []int32, nkeys int) (offsets, list []int32) {
	// Count key k into off[k+2], so that after the prefix sum off[k+1] is
	// where k's indices start; placing them moves off[k+1] to where they
	// end, which is where k+1's start: no second array of cursors.
	off := make([]int32, nkeys+2)
	total := 0
	for _, k := range keys {
		if k >= 0 {
			off[k+2]++
			total++
		}
	}
	for i := 2; i < len(off); i++ {
		off[i] += off[i-1]
	}
	list = make([]int32, total)
	for i, k := range keys {
		if k >= 0 {
			list[off[k+1]] = int32(i)
			off[k+1]++
		}
	}
	return off[:nkeys+1], list
}
