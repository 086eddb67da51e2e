// Package graph holds the small directed-graph algorithms behind
// pmroles.Ladder: equivalence classes, transitive closure, reachability
// and breadth-first shortest routes. Nodes are the integers 0 to 127, so a
// set of nodes is two words; successor sets are indexed by node.
package graph

import "math/bits"

// MaxNodes is the number of nodes a Set can hold.
const MaxNodes = 128

// A Set is a set of nodes. The zero Set is empty; Sets compare with ==.
type Set struct{ lo, hi uint64 }

// Has reports whether node n is in s.
func (s Set) Has(n int) bool {
	switch {
	case n < 0 || n >= MaxNodes:
		return false
	case n < 64:
		return s.lo>>n&1 != 0
	}
	return s.hi>>(n-64)&1 != 0
}

// With returns s with node n added. n must be in [0, MaxNodes).
func (s Set) With(n int) Set {
	if n < 64 {
		s.lo |= 1 << n
	} else {
		s.hi |= 1 << (n - 64)
	}
	return s
}

// Of returns the set of the nodes ns.
func Of(ns ...int) Set {
	var s Set
	for _, n := range ns {
		s = s.With(n)
	}
	return s
}

// Union returns the nodes in s or t.
func (s Set) Union(t Set) Set { return Set{s.lo | t.lo, s.hi | t.hi} }

// Minus returns the nodes of s that are not in t.
func (s Set) Minus(t Set) Set { return Set{s.lo &^ t.lo, s.hi &^ t.hi} }

// IsEmpty reports whether s has no nodes.
func (s Set) IsEmpty() bool { return s.lo|s.hi == 0 }

// All yields the nodes of s in increasing order.
func (s Set) All(yield func(int) bool) {
	for w, base := range [2]uint64{s.lo, s.hi} {
		for base != 0 {
			n := bits.TrailingZeros64(base)
			if !yield(w*64 + n) {
				return
			}
			base &= base - 1
		}
	}
}

// Classes returns, for each of n nodes, the smallest node it is joined to
// through the given pairs, directly or not: a representative of its
// equivalence class.
func Classes(n int, pairs [][2]int) []int {
	class := make([]int, n)
	for i := range class {
		class[i] = i
	}
	find := func(v int) int {
		for class[v] != v {
			v = class[v]
		}
		return v
	}
	for _, p := range pairs {
		a, b := find(p[0]), find(p[1])
		class[max(a, b)] = min(a, b)
	}
	for v := range class {
		class[v] = find(v)
	}
	return class
}

// Closure returns, for each node, the nodes reachable from it by one edge
// or more: a node is in its own closure only if it lies on a cycle.
func Closure(succ []Set) []Set {
	reach := append([]Set(nil), succ...)
	for changed := true; changed; {
		changed = false
		for u := range reach {
			next := reach[u]
			for v := range reach[u].All {
				next = next.Union(reach[v])
			}
			if next != reach[u] {
				reach[u], changed = next, true
			}
		}
	}
	return reach
}

// Reachable returns the nodes reachable from the nodes of start by zero
// edges or more.
func Reachable(succ []Set, start Set) Set {
	seen, frontier := start, start
	for !frontier.IsEmpty() {
		var next Set
		for u := range frontier.All {
			next = next.Union(succ[u].Minus(seen))
		}
		seen = seen.Union(next)
		frontier = next
	}
	return seen
}

// ShortestRoutes searches breadth first from node src, following each
// node's successors in increasing order, and returns for every node the
// one before it on the first shortest route found, and its distance in
// edges. Unreached nodes, and src itself, have distance 0. Among routes of
// equal length the one found first is the one whose nodes come first in
// increasing order, step by step from src.
func ShortestRoutes(succ []Set, src int) (prev, dist []int) {
	prev = make([]int, len(succ))
	dist = make([]int, len(succ))
	seen := Of(src)
	queue := []int{src}
	for len(queue) > 0 {
		u := queue[0]
		queue = queue[1:]
		for v := range succ[u].Minus(seen).All {
			seen = seen.With(v)
			prev[v], dist[v] = u, dist[u]+1
			queue = append(queue, v)
		}
	}
	return prev, dist
}
