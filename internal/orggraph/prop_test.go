package orggraph

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"
)

// genForest draws a forest of 1 to 60 people in a shuffled input order:
// each person's manager is drawn among the people placed before them in a
// hidden order, or none, so every chain reaches a root.
func genForest(t *rapid.T) []int32 {
	n := rapid.IntRange(1, 60).Draw(t, "n")
	order := rapid.Permutation(seq(n)).Draw(t, "order") // order[k] is the k-th placed
	parent := make([]int32, n)
	for k, i := range order {
		m := rapid.IntRange(-1, k-1).Draw(t, "manager")
		if m < 0 {
			parent[i] = NoManager
		} else {
			parent[i] = order[m]
		}
	}
	return parent
}

// genAny draws any valid parent slice: indices, no manager, unknown
// managers, cycles of every shape.
func genAny(t *rapid.T) []int32 {
	n := rapid.IntRange(0, 40).Draw(t, "n")
	return rapid.SliceOfN(rapid.Int32Range(UnknownManager, int32(n)-1), n, n).Draw(t, "parent")
}

func seq(n int) []int32 {
	s := make([]int32, n)
	for i := range s {
		s[i] = int32(i)
	}
	return s
}

func TestForestsReachRoots(t *testing.T) {
	deep := 0 // forests with a chain of three or more: the premise of interest
	rapid.Check(t, func(t *rapid.T) {
		parent := genForest(t)
		g, err := New(parent)
		if err != nil {
			t.Fatal(err)
		}
		if g.NumCycles() != 0 {
			t.Fatalf("cycles %v in a forest", slices.Collect(g.Cycles()))
		}
		maxDepth := 0
		for i := range int32(len(parent)) {
			top, e := g.End(i)
			if e != Rooted || parent[top] != NoManager {
				t.Fatalf("End(%d) = %d, %v: want a root", i, top, e)
			}
			chain := slices.Collect(g.Chain(i))
			if chain[len(chain)-1] != top || len(chain) != g.Depth(i)+1 {
				t.Fatalf("Chain(%d) = %v, top %d, depth %d", i, chain, top, g.Depth(i))
			}
			maxDepth = max(maxDepth, g.Depth(i))
		}
		if maxDepth >= 2 {
			deep++
		}
	})
	if deep < 10 {
		t.Errorf("only %d forests had a chain of three: the generator misses its premise", deep)
	}
}

func TestPlantedCycle(t *testing.T) {
	lengths := map[bool]int{} // cycles of length 1, longer ones
	rapid.Check(t, func(t *rapid.T) {
		parent := genForest(t)
		n := len(parent)
		k := rapid.IntRange(1, n).Draw(t, "k")
		members := rapid.Permutation(seq(n)).Draw(t, "members")[:k]
		for j, m := range members {
			parent[m] = members[(j+1)%k]
		}
		lengths[k == 1]++
		g, err := New(parent)
		if err != nil {
			t.Fatal(err)
		}
		// The cycle starts at its first member in input order and goes
		// round in the order planted.
		first := slices.Index(members, slices.Min(members))
		want := [][]int32{append(slices.Clone(members[first:]), members[:first]...)}
		if diff := cmp.Diff(want, slices.Collect(g.Cycles())); diff != "" {
			t.Fatalf("cycles mismatch (-want +got):\n%s", diff)
		}
		for i := range int32(n) {
			top, e := g.End(i)
			switch {
			case slices.Contains(members, i):
				if e != OnCycle || top != want[0][0] {
					t.Fatalf("End(%d) = %d, %v on the cycle", i, top, e)
				}
			case e == IntoCycle && top != want[0][0], e == OnCycle:
				t.Fatalf("End(%d) = %d, %v off the cycle", i, top, e)
			case e == Rooted && parent[top] != NoManager:
				t.Fatalf("End(%d) = %d, %v: not a root", i, top, e)
			}
		}
	})
	if lengths[true] < 5 || lengths[false] < 50 {
		t.Errorf("planted %d cycles of one and %d longer: too few to trust", lengths[true], lengths[false])
	}
}

func TestAgainstModel(t *testing.T) {
	cycles := 0
	rapid.Check(t, func(t *rapid.T) {
		parent := genAny(t)
		g, err := New(parent)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(model(parent), viewOf(g)); diff != "" {
			t.Fatalf("mismatch with the model (-model +graph):\n%s", diff)
		}
		if g.NumCycles() > 0 {
			cycles++
		}
	})
	if cycles < 30 {
		t.Errorf("only %d graphs had a cycle", cycles)
	}
}

// TestModelCatchesWrongAnswers checks that the comparison with the model
// fails when the graph is wrong in each of its answers.
func TestModelCatchesWrongAnswers(t *testing.T) {
	parent := []int32{4, no, 5, no, 2, 4, un, 6}
	g, err := New(parent)
	if err != nil {
		t.Fatal(err)
	}
	good := viewOf(g)
	if diff := cmp.Diff(model(parent), good); diff != "" {
		t.Fatalf("mismatch with the model (-model +graph):\n%s", diff)
	}
	wrongs := map[string]func(v *view){
		"reports order": func(v *view) { slices.Reverse(v.Reports[4]) },
		"a root lost":   func(v *view) { v.Roots = v.Roots[1:] },
		"top":           func(v *view) { v.Tops[0] = 4 },
		"ending":        func(v *view) { v.Endings[0] = OnCycle },
		"depth":         func(v *view) { v.Depths[7]++ },
		"cycle start":   func(v *view) { v.Cycles[0] = []int32{4, 2, 5} },
		"cycle index":   func(v *view) { v.CycleOf[0] = -1 },
		"chain":         func(v *view) { v.Chains[0] = v.Chains[0][:2] },
		"near":          func(v *view) { v.Near[5] = 2 },
		"above":         func(v *view) { v.Above = v.Above[1:] },
		"top down":      func(v *view) { v.TopDown = v.TopDown[1:] },
	}
	up := g.TopDown()
	slices.Reverse(up)
	if got := topDownView(g, up); got[0] != -9 {
		t.Errorf("a bottom-up order passes for top down: %v", got)
	}
	for name, wrong := range wrongs {
		v := viewOf(g)
		wrong(&v)
		if cmp.Diff(model(parent), v) == "" {
			t.Errorf("%s: a wrong answer matches the model", name)
		}
	}
}
