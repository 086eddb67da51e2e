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
// [New] makes one pass over parent to count children, one to place them,
// and one walk up the chains that visits each person once, marking the
// chain it is on and resolving the whole chain when it meets a person
// already resolved, a top or itself. For n people it keeps about 21n bytes
// besides parent: offsets, list, top and depth (4n each) and ending (n).
package orggraph

import (
	"errors"
	"fmt"
	"iter"
	"math"
)

// Special values of parent[i], which are never indices.
const (
	// NoManager marks a person with no manager: a root of the org.
	NoManager int32 = -1
	// UnknownManager marks a person whose manager ID names nobody; the
	// chain from such a person stops at them, as at a root.
	UnknownManager int32 = -2
)

// MaxPeople is the largest number of people a Graph holds: indices and
// offsets are int32.
const MaxPeople = math.MaxInt32 - 1

// ErrParent is wrapped by the error [New] returns for a parent slice with a
// value that is neither an index nor one of the special values.
var ErrParent = errors.New("orggraph: bad manager index")

// An Ending says where the chain of managers from a person ends.
type Ending uint8

// The endings. The zero value is invalid.
const (
	// Rooted: the chain ends at a root, a person with no manager.
	Rooted Ending = 1 + iota
	// Unplaced: the chain ends at a person whose manager is unknown.
	Unplaced
	// OnCycle: the person is on a reporting cycle.
	OnCycle
	// IntoCycle: the person is not on a cycle, but their chain leads into
	// one, so it never reaches a root.
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
	// top[i] is the last person on i's chain for a rooted or unplaced
	// person (the root, or the person whose manager is unknown), and the
	// first member in input order of the cycle reached otherwise.
	top []int32
	// depth[i] is the number of managers between i and top[i] for a
	// rooted or unplaced person, the number of steps to the cycle for one
	// leading into a cycle, and 0 on a cycle.
	depth  []int32
	ending []Ending
	// cycleOff and cycleList hold the cycles in CSR form, ordered by their
	// first member in input order.
	cycleOff  []int32
	cycleList []int32
}

// Sentinels of top during New's walk: unvisited, and on the chain being
// walked. Neither is an index.
const (
	unvisited int32 = -1
	onWalk    int32 = -2
)

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
		case p == UnknownManager:
		default:
			return nil, fmt.Errorf("%w: person %d has manager %d, with %d people", ErrParent, i, p, n)
		}
	}
	roots := make([]int32, 0, nroots)
	for i, p := range parent {
		if p == NoManager {
			roots = append(roots, int32(i))
		}
	}
	g.offsets, g.list = Group(parent, n)
	g.roots = roots
	g.resolve()
	return g, nil
}

// resolve fills top, depth, ending and the cycles with one walk per
// unvisited person, up its chain until the walk meets a person already
// resolved (whose answer it extends), a top (a root or an unplaced
// person), or a person on the walk itself (a new cycle). Every person is
// walked over once, so the whole is linear.
func (g *Graph) resolve() {
	n := len(g.parent)
	g.top = make([]int32, n)
	g.depth = make([]int32, n)
	g.ending = make([]Ending, n)
	top, depth, ending, parent := g.top, g.depth, g.ending, g.parent
	for i := range top {
		top[i] = unvisited
	}
	var walk []int32 // the chain walked, from its start up
	cycles := 0
	for i := range parent {
		if top[i] != unvisited {
			continue
		}
		walk = walk[:0]
		v := int32(i)
		var t, d int32 // the answer at the end of the walk
		var e Ending
		for {
			if tv := top[v]; tv >= 0 {
				t, e, d = tv, ending[v], depth[v]
				if e == OnCycle {
					e = IntoCycle
				}
				break
			} else if tv == onWalk {
				t = g.closeCycle(v)
				cycles++
				e, d = IntoCycle, 0
				break
			}
			p := parent[v]
			if p < 0 {
				t, e, d = v, Rooted, 0
				if p == UnknownManager {
					e = Unplaced
				}
				top[v], ending[v], depth[v] = t, e, d
				break
			}
			top[v] = onWalk
			walk = append(walk, v)
			v = p
		}
		// The walk's people below the end, last first, each one step
		// further from it; the cycle's members are already resolved.
		for k := len(walk) - 1; k >= 0; k-- {
			w := walk[k]
			if top[w] != onWalk {
				continue
			}
			d++
			top[w], ending[w], depth[w] = t, e, d
		}
	}
	g.collectCycles(cycles)
}

// closeCycle resolves the cycle through v, whose members are all on the
// current walk, and returns its first member in input order.
func (g *Graph) closeCycle(v int32) int32 {
	first := v
	for w := g.parent[v]; w != v; w = g.parent[w] {
		first = min(first, w)
	}
	w := v
	for {
		g.top[w], g.ending[w], g.depth[w] = first, OnCycle, 0
		if w = g.parent[w]; w == v {
			return first
		}
	}
}

// collectCycles lists the cycles in input order of their first members,
// each from that member in cycle order.
func (g *Graph) collectCycles(count int) {
	g.cycleOff = make([]int32, 1, count+1)
	for i, t := range g.top {
		if int(t) != i || g.ending[i] != OnCycle {
			continue
		}
		w := t
		for {
			g.cycleList = append(g.cycleList, w)
			if w = g.parent[w]; w == t {
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
func (g *Graph) End(i int32) (top int32, e Ending) { return g.top[i], g.ending[i] }

// Depth returns the number of steps up from i to the end of its chain: to
// the root or unplaced person for [Rooted] and [Unplaced], to the first
// person on the cycle for [IntoCycle], and 0 on a cycle. A root's depth
// is 0 and its reports' 1.
func (g *Graph) Depth(i int32) int { return int(g.depth[i]) }

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
			if g.ending[v] == OnCycle {
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

// CycleOf returns the index, for [Graph.Cycle], of the cycle i is on or
// leads into, or -1 if i's chain reaches no cycle. It takes time
// logarithmic in the number of cycles.
func (g *Graph) CycleOf(i int32) int {
	if e := g.ending[i]; e != OnCycle && e != IntoCycle {
		return -1
	}
	// The cycles are ordered by first member, which is top[i].
	first := g.top[i]
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
	switch g.ending[i] {
	case OnCycle, IntoCycle:
		k := g.CycleOf(i)
		return int(g.depth[i] + g.cycleOff[k+1] - g.cycleOff[k])
	default:
		return int(g.depth[i]) + 1
	}
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
// linear time: each chain is walked up to a person already answered and
// the answer copied down.
//
// On a cycle, every member's answer is the first member, going round from
// it, for whom ok holds; the people leading into the cycle see the same
// cycle from their entry point.
func (g *Graph) NearestUp(ok func(int32) bool) []int32 {
	const unknown = -2
	near := make([]int32, len(g.parent))
	for i := range near {
		near[i] = unknown
	}
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
			if g.ending[v] == OnCycle {
				g.nearestOnCycle(v, near, ok)
				ans = near[v]
				break
			}
			if ok(v) {
				near[v], ans = v, v
				break
			}
			walk = append(walk, v)
			if v = g.parent[v]; v < 0 {
				break
			}
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
