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
// An HR export lists people in no order the hierarchy knows of, so at
// scale every step from a person to their manager is a cache miss; what
// keeps the cost per person flat as an org grows is touching few places
// per person, in loops whose misses do not wait on each other.
//
// [New] does what validating an org needs. It makes one pass over parent
// to check it and find the roots, one to count reports (the offsets), and
// one to peel the org from its leaves up: a person is peeled once all
// their reports are, so the people never peeled are exactly those on
// cycles, and the peeling order lists everyone else after their reports.
// Only when there are cycles does it walk them, once each, to list them.
// The list of reports and where each chain ends (its top and depth) are
// built on first use, each in one more pass; the second runs down the
// peeling order, reversed, so that a manager is always done before their
// reports. For n people a Graph keeps about 24n bytes besides parent:
// offsets, list and the peeling order (4n each) and an 8-byte word per
// person for where their chain ends.
package orggraph

import (
	"errors"
	"fmt"
	"iter"
	"sync"
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
// built (the parts built on first use are built once, under a sync.Once)
// and safe for concurrent use.
type Graph struct {
	parent  []int32
	offsets []int32 // n+1; the reports of i are list[offsets[i]:offsets[i+1]]
	roots   []int32
	// peel holds every person not on a cycle, each after all their
	// reports.
	peel []int32
	// cyc has bit i set if i is on a cycle; nil if there are no cycles.
	cyc []uint64
	// cycleOff and cycleList hold the cycles in CSR form, ordered by their
	// first member in input order.
	cycleOff  []int32
	cycleList []int32

	listOnce sync.Once
	list     []int32
	endOnce  sync.Once
	end      []end
}

// An end is where one person's chain ends. top is the last person on the
// chain for a rooted or unplaced person (the root, or the person whose
// manager is unknown), and the first member in input order of the cycle
// reached otherwise. The low 29 bits of dep are the number of managers
// between the person and top for a rooted or unplaced person, the number
// of steps to the cycle for one leading into a cycle, and 0 on a cycle;
// its high 3 bits are the Ending.
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
	g := &Graph{parent: parent, roots: make([]int32, 0, nroots)}
	// Count the reports of p into off[p+1], then sum: off[p] is where p's
	// reports start in list, off[p+1] where they end.
	off := make([]int32, n+1)
	for i, p := range parent {
		if p >= 0 {
			off[p+1]++
		} else if p == NoManager {
			g.roots = append(g.roots, int32(i))
		}
	}
	rem := make([]int32, n) // reports not yet peeled
	for i := 1; i <= n; i++ {
		rem[i-1] = off[i]
		off[i] += off[i-1]
	}
	g.offsets = off
	g.peel = peel(parent, rem)
	if len(g.peel) < n {
		g.collectCycles(rem)
	} else {
		g.cycleOff = []int32{0}
	}
	return g, nil
}

// peel returns every person not on a cycle, each after all their reports,
// given in rem the number of each person's reports; it leaves in rem the
// number left, 0 but for the people on cycles. It is Kahn's algorithm
// with the queue as the result: the people with no reports first, in
// input order, then each manager once their last report has been taken.
// People on a cycle always have a report left, the one before them on
// the cycle; everyone else is taken once their reports are, which happens
// since the reports below a person not on a cycle are finitely many.
//
// The loop over the queue has no branch on what it loads but the append,
// so the processor runs ahead over the cache misses of many people at
// once.
func peel(parent, rem []int32) []int32 {
	order := make([]int32, len(parent)+1) // +1: the append below writes first
	k := 0
	for i, r := range rem {
		if r == 0 {
			order[k] = int32(i)
			k++
		}
	}
	for h := 0; h < k; h++ {
		p := parent[order[h]]
		if p < 0 {
			continue
		}
		r := rem[p] - 1
		rem[p] = r
		order[k] = p
		if r == 0 {
			k++
		}
	}
	return order[:k:k]
}

// collectCycles marks the people never peeled, those with reports left in
// rem, and lists their cycles in input order of the first members, each
// from that member in cycle order.
func (g *Graph) collectCycles(rem []int32) {
	n := len(g.parent)
	g.cyc = make([]uint64, (n+63)/64)
	count := 0
	for i, r := range rem {
		if r != 0 {
			g.cyc[i/64] |= 1 << (i % 64)
			count++
		}
	}
	g.cycleList = make([]int32, 0, count)
	g.cycleOff = []int32{0}
	for i, r := range rem {
		if r == 0 {
			continue
		}
		// i is the first member of its cycle not yet listed, so the first
		// in input order.
		for v := int32(i); rem[v] != 0; v = g.parent[v] {
			rem[v] = 0
			g.cycleList = append(g.cycleList, v)
		}
		g.cycleOff = append(g.cycleOff, int32(len(g.cycleList)))
	}
}

// onCycle reports whether v is on a cycle.
func (g *Graph) onCycle(v int32) bool {
	return g.cyc != nil && g.cyc[v/64]&(1<<(v%64)) != 0
}

// OnCycle reports whether i is on a reporting cycle. Unlike [Graph.End],
// it needs nothing built on first use: one bit test, so a validation pass
// over every person stays at New's cost.
func (g *Graph) OnCycle(i int32) bool { return g.onCycle(i) }

// reports returns the list of reports, building it on first use: each
// person placed after those of their manager placed before them, a
// stable counting sort on the offsets.
func (g *Graph) reports() []int32 {
	g.listOnce.Do(func() {
		n := len(g.parent)
		next := make([]int32, n)
		copy(next, g.offsets[:n])
		g.list = make([]int32, g.offsets[n])
		for i, p := range g.parent {
			if p >= 0 {
				g.list[next[p]] = int32(i)
				next[p]++
			}
		}
	})
	return g.list
}

// ends returns where each person's chain ends, building it on first use:
// the cycles' members first, then everyone else down the peeling order
// reversed, each from their manager's end.
func (g *Graph) ends() []end {
	g.endOnce.Do(func() {
		ends := make([]end, len(g.parent))
		for k := range g.NumCycles() {
			c := g.Cycle(k)
			x := makeEnd(c[0], OnCycle, 0)
			for _, v := range c {
				ends[v] = x
			}
		}
		for k := len(g.peel) - 1; k >= 0; k-- {
			v := g.peel[k]
			switch p := g.parent[v]; p {
			case NoManager:
				ends[v] = makeEnd(v, Rooted, 0)
			case UnknownManager:
				ends[v] = makeEnd(v, Unplaced, 0)
			default:
				x := ends[p]
				if x.ending() == OnCycle {
					x = makeEnd(x.top, IntoCycle, 0)
				}
				x.dep++
				ends[v] = x
			}
		}
		g.end = ends
	})
	return g.end
}

// Len returns the number of people.
func (g *Graph) Len() int { return len(g.parent) }

// Parent returns i's manager: an index, [NoManager] or [UnknownManager].
func (g *Graph) Parent(i int32) int32 { return g.parent[i] }

// Reports returns i's direct reports in input order. The slice is shared:
// the caller must not change it. The first call builds the lists of
// everyone's reports, in time linear in the number of people.
func (g *Graph) Reports(i int32) []int32 {
	lo, hi := g.offsets[i], g.offsets[i+1]
	return g.reports()[lo:hi:hi]
}

// Span returns the number of i's direct reports.
func (g *Graph) Span(i int32) int { return int(g.offsets[i+1] - g.offsets[i]) }

// CSR returns the children in compressed sparse row form: the reports of i
// are list[offsets[i]:offsets[i+1]], in input order; len(offsets) is
// Len()+1. The slices are shared: the caller must not change them.
func (g *Graph) CSR() (offsets, list []int32) { return g.offsets, g.reports() }

// Roots returns the people with no manager, in input order. The slice is
// shared: the caller must not change it.
func (g *Graph) Roots() []int32 { return g.roots }

// End returns how i's chain of managers ends, and where: for [Rooted] and
// [Unplaced] the last person on the chain (i itself if it has no manager
// or an unknown one), for [OnCycle] and [IntoCycle] the first member, in
// input order, of the cycle the chain reaches. The first call to End,
// Depth, CycleOf or ChainLen resolves every chain, in time linear in the
// number of people.
func (g *Graph) End(i int32) (top int32, e Ending) {
	x := g.ends()[i]
	return x.top, x.ending()
}

// Depth returns the number of steps up from i to the end of its chain: to
// the root or unplaced person for [Rooted] and [Unplaced], to the first
// person on the cycle for [IntoCycle], and 0 on a cycle. A root's depth
// is 0 and its reports' 1.
func (g *Graph) Depth(i int32) int { return int(g.ends()[i].depth()) }

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
			if g.onCycle(v) {
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

// TopDown returns every person not on a cycle, each after their manager:
// an order in which to push anything down the reporting lines. (It is the
// reverse of an order in which the org can be peeled from its leaves,
// not breadth first.) The slice is the caller's.
func (g *Graph) TopDown() []int32 {
	order := make([]int32, len(g.peel))
	for k, v := range g.peel {
		order[len(order)-1-k] = v
	}
	return order
}

// CycleOf returns the index, for [Graph.Cycle], of the cycle i is on or
// leads into, or -1 if i's chain reaches no cycle. It takes time
// logarithmic in the number of cycles.
func (g *Graph) CycleOf(i int32) int {
	x := g.ends()[i]
	if e := x.ending(); e != OnCycle && e != IntoCycle {
		return -1
	}
	// The cycles are ordered by first member, which is x.top.
	lo, hi := 0, g.NumCycles()
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if g.cycleList[g.cycleOff[mid]] < x.top {
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
	d := int(g.ends()[i].depth())
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
// linear time: round each cycle first, then down the reporting lines, a
// report's answer being themselves or their manager's.
//
// On a cycle, every member's answer is the first member, going round from
// it, for whom ok holds; the people leading into the cycle see the same
// cycle from their entry point.
func (g *Graph) NearestUp(ok func(int32) bool) []int32 {
	near := make([]int32, len(g.parent))
	for c := range g.Cycles() {
		nearestOnCycle(c, near, ok)
	}
	for k := len(g.peel) - 1; k >= 0; k-- {
		switch v, p := g.peel[k], g.parent[g.peel[k]]; {
		case ok(v):
			near[v] = v
		case p < 0:
			near[v] = -1
		default:
			near[v] = near[p]
		}
	}
	return near
}

// nearestOnCycle answers NearestUp for every member of cycle c: going
// backwards round the cycle from a member for whom ok holds, each member's
// answer is itself if ok holds for it, else its manager's.
func nearestOnCycle(c []int32, near []int32, ok func(int32) bool) {
	n := len(c)
	last := -1 // a member for whom ok holds
	hold := make([]bool, n)
	for k, w := range c {
		if hold[k] = ok(w); hold[k] {
			last = k
		}
	}
	if last < 0 {
		for _, w := range c {
			near[w] = -1
		}
		return
	}
	ans := c[last]
	for j := range n {
		k := (last - j + n) % n
		if hold[k] {
			ans = c[k]
		}
		near[c[k]] = ans
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
