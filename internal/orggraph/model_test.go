package orggraph

import (
	"slices"
)

// A view is every answer a Graph gives, in plain values, so that the
// graph and the model can be compared with one cmp.Diff.
type view struct {
	Reports [][]int32
	Roots   []int32
	Tops    []int32
	Endings []Ending
	Depths  []int
	Cycles  [][]int32
	CycleOf []int
	Chains  [][]int32
	Near    []int32 // NearestUp with the predicate even
	Above   []int32 // Above of every third person
	TopDown []int32
}

// even is the predicate the views search for.
func even(v int32) bool { return v%2 == 0 }

// thirds returns every third person, the starts of the views' Above.
func thirds(n int) []int32 {
	var s []int32
	for i := 0; i < n; i += 3 {
		s = append(s, int32(i))
	}
	return s
}

// viewOf reads every answer off g.
func viewOf(g *Graph) view {
	n := g.Len()
	var v view
	v.Roots = append([]int32{}, g.Roots()...)
	for i := range int32(n) {
		v.Reports = append(v.Reports, append([]int32{}, g.Reports(i)...))
		t, e := g.End(i)
		if g.OnCycle(i) != (e == OnCycle) {
			e = 0 // no model gives an invalid ending
		}
		v.Tops = append(v.Tops, t)
		v.Endings = append(v.Endings, e)
		v.Depths = append(v.Depths, g.Depth(i))
		v.CycleOf = append(v.CycleOf, g.CycleOf(i))
		v.Chains = append(v.Chains, slices.Collect(g.Chain(i)))
	}
	for c := range g.Cycles() {
		v.Cycles = append(v.Cycles, append([]int32{}, c...))
	}
	v.Near = g.NearestUp(even)
	v.Above = slices.Collect(g.Above(thirds(n)))
	v.TopDown = topDownView(g, g.TopDown())
	return v
}

// topDownView returns the people of a top-down order sorted, if it is one:
// every person not on a cycle once, each after their manager unless the
// manager is on a cycle. Otherwise it returns {-9}, which no model gives.
func topDownView(g *Graph, order []int32) []int32 {
	pos := map[int32]int{}
	for k, v := range order {
		if _, dup := pos[v]; dup {
			return []int32{-9}
		}
		pos[v] = k
	}
	for k, v := range order {
		if p := g.Parent(v); p >= 0 && !g.onCycle(p) && pos[p] >= k {
			return []int32{-9}
		}
	}
	return append([]int32{}, slices.Sorted(slices.Values(order))...)
}

// model answers the same questions in the most direct way, with maps and
// sets and no cleverness: quadratic, but obviously right.
func model(parent []int32) view {
	n := len(parent)
	up := map[int32]int32{}
	for i, p := range parent {
		up[int32(i)] = p
	}
	// chain walks up from i, each person once.
	chain := func(i int32) []int32 {
		seen := map[int32]bool{}
		var c []int32
		for v := i; v >= 0 && !seen[v]; v = up[v] {
			seen[v] = true
			c = append(c, v)
		}
		return c
	}
	onCycle := func(i int32) bool {
		c := chain(i)
		last := c[len(c)-1]
		return up[last] == i
	}
	var v view
	v.Roots = []int32{}
	v.Near = []int32{}
	cycleIndex := map[int32]int{} // first member -> index
	for i := range int32(n) {
		v.Reports = append(v.Reports, []int32{})
		for j := range int32(n) {
			if up[j] == i {
				v.Reports[i] = append(v.Reports[i], j)
			}
		}
		if up[i] == NoManager {
			v.Roots = append(v.Roots, i)
		}
		if onCycle(i) && slices.Min(chain(i)) == i {
			cycleIndex[i] = len(v.Cycles)
			v.Cycles = append(v.Cycles, chain(i))
		}
	}
	for i := range int32(n) {
		c := chain(i)
		v.Chains = append(v.Chains, c)
		last := c[len(c)-1]
		switch {
		case onCycle(i):
			first := slices.Min(c)
			v.Tops = append(v.Tops, first)
			v.Endings = append(v.Endings, OnCycle)
			v.Depths = append(v.Depths, 0)
			v.CycleOf = append(v.CycleOf, cycleIndex[first])
		case up[last] >= 0: // the chain stopped on a person seen: a cycle
			k := slices.IndexFunc(c, onCycle)
			first := slices.Min(c[k:])
			v.Tops = append(v.Tops, first)
			v.Endings = append(v.Endings, IntoCycle)
			v.Depths = append(v.Depths, k)
			v.CycleOf = append(v.CycleOf, cycleIndex[first])
		default:
			v.Tops = append(v.Tops, last)
			e := Rooted
			if up[last] == UnknownManager {
				e = Unplaced
			}
			v.Endings = append(v.Endings, e)
			v.Depths = append(v.Depths, len(c)-1)
			v.CycleOf = append(v.CycleOf, -1)
		}
		near := int32(-1)
		if k := slices.IndexFunc(c, even); k >= 0 {
			near = c[k]
		}
		v.Near = append(v.Near, near)
	}
	v.TopDown = []int32{}
	for i := range int32(n) {
		if v.Endings[i] != OnCycle {
			v.TopDown = append(v.TopDown, i)
		}
	}
	seen := map[int32]bool{}
	for _, s := range thirds(n) {
		for _, p := range chain(s) {
			if !seen[p] {
				seen[p] = true
				v.Above = append(v.Above, p)
			}
		}
	}
	return v
}
