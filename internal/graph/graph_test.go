package graph

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"
)

// genGraph draws successor sets over up to 10 nodes, or, one time in
// three, up to 100, so that both words of a Set are used.
func genGraph(t *rapid.T) []Set {
	n := rapid.IntRange(1, 10).Draw(t, "n")
	if rapid.IntRange(0, 2).Draw(t, "large") == 0 {
		n = rapid.IntRange(60, 100).Draw(t, "n")
	}
	succ := make([]Set, n)
	for u := range succ {
		for _, v := range rapid.SliceOfN(rapid.IntRange(0, n-1), 0, 4).Draw(t, "succ") {
			succ[u] = succ[u].With(v)
		}
	}
	return succ
}

// paths returns the nodes reachable from u by one edge or more, by depth
// first search: the obvious model the algorithms must agree with.
func paths(succ []Set, u int) Set {
	var seen Set
	var visit func(int)
	visit = func(u int) {
		for v := range succ[u].All {
			if !seen.Has(v) {
				seen = seen.With(v)
				visit(v)
			}
		}
	}
	visit(u)
	return seen
}

func TestSet(t *testing.T) {
	s := Set{}.With(3).With(0).With(31).With(64).With(127)
	if got := slices.Collect(s.All); !slices.Equal(got, []int{0, 3, 31, 64, 127}) {
		t.Errorf("All = %v", got)
	}
	if !s.Has(31) || !s.Has(127) || s.Has(1) || s.Has(-1) || s.Has(63) || s.Has(128) {
		t.Error("Has is wrong")
	}
	for range s.All {
		break // stopping early must be honoured
	}
}

func TestClosureAndReachable(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		succ := genGraph(t)
		reach := Closure(succ)
		for u := range succ {
			if want := paths(succ, u); reach[u] != want {
				t.Fatalf("Closure[%d] = %b, want %b", u, reach[u], want)
			}
		}
		start := Of(rapid.SliceOfN(rapid.IntRange(0, len(succ)-1), 0, 4).Draw(t, "start")...)
		want := start
		for u := range start.All {
			want = want.Union(paths(succ, u))
		}
		if got := Reachable(succ, start); got != want {
			t.Fatalf("Reachable(%b) = %b, want %b", start, got, want)
		}
	})
}

func TestShortestRoutes(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		succ := genGraph(t)
		src := rapid.IntRange(0, len(succ)-1).Draw(t, "src")
		prev, dist := ShortestRoutes(succ, src)
		reach := paths(succ, src)
		for v := range succ {
			if v == src || !reach.Has(v) {
				if dist[v] != 0 && v != src {
					t.Fatalf("unreachable %d has distance %d", v, dist[v])
				}
				continue
			}
			// Walking prev back reaches src in dist[v] steps, each an edge.
			n, w := 0, v
			for w != src {
				if !succ[prev[w]].Has(w) {
					t.Fatalf("prev[%d] = %d is not an edge", w, prev[w])
				}
				w, n = prev[w], n+1
				if n > len(succ) {
					t.Fatalf("route to %d does not end", v)
				}
			}
			if n != dist[v] {
				t.Fatalf("route to %d has %d steps, dist %d", v, n, dist[v])
			}
			// No shorter route: every predecessor of v is at least
			// dist[v]-1 away.
			for u := range succ {
				if succ[u].Has(v) && (u == src || reach.Has(u)) && dist[u]+1 < dist[v] {
					t.Fatalf("%d reaches %d in %d, shorter than %d", u, v, dist[u]+1, dist[v])
				}
			}
		}
	})
}

func TestShortestRoutesTies(t *testing.T) {
	// 0 -> 1 -> 3 and 0 -> 2 -> 3: the route through the smaller node wins.
	succ := []Set{Of(2, 1), Of(3), Of(3), {}}
	prev, dist := ShortestRoutes(succ, 0)
	if diff := cmp.Diff([]int{0, 0, 0, 1}, prev); diff != "" {
		t.Errorf("prev mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]int{0, 1, 1, 2}, dist); diff != "" {
		t.Errorf("dist mismatch (-want +got):\n%s", diff)
	}
}

func TestClasses(t *testing.T) {
	got := Classes(6, [][2]int{{4, 2}, {5, 4}, {1, 3}})
	if diff := cmp.Diff([]int{0, 1, 2, 1, 2, 2}, got); diff != "" {
		t.Errorf("Classes mismatch (-want +got):\n%s", diff)
	}
}
