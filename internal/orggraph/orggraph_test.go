package orggraph

import (
	"errors"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"
)

const (
	no = NoManager
	un = UnknownManager
)

func TestNew(t *testing.T) {
	tests := []struct {
		name   string
		parent []int32
		want   view
	}{
		{
			name:   "empty",
			parent: []int32{},
			want:   view{Roots: []int32{}, Near: []int32{}, TopDown: []int32{}},
		},
		{
			name:   "one root",
			parent: []int32{no},
			want: view{
				Reports: [][]int32{{}}, Roots: []int32{0}, Tops: []int32{0},
				Endings: []Ending{Rooted}, Depths: []int{0}, CycleOf: []int{-1},
				Chains: [][]int32{{0}}, Near: []int32{0}, Above: []int32{0}, TopDown: []int32{0},
			},
		},
		{
			name:   "self loop",
			parent: []int32{0},
			want: view{
				Reports: [][]int32{{0}}, Roots: []int32{}, Tops: []int32{0},
				Endings: []Ending{OnCycle}, Depths: []int{0}, Cycles: [][]int32{{0}},
				CycleOf: []int{0}, Chains: [][]int32{{0}}, Near: []int32{0}, Above: []int32{0}, TopDown: []int32{},
			},
		},
		{
			// 3 is the root; 1 reports to 3, 0 and 2 to 1, 4 to nobody known.
			name:   "tree listed out of order, with an unknown manager",
			parent: []int32{1, 3, 1, no, un},
			want: view{
				Reports: [][]int32{{}, {0, 2}, {}, {1}, {}},
				Roots:   []int32{3},
				Tops:    []int32{3, 3, 3, 3, 4},
				Endings: []Ending{Rooted, Rooted, Rooted, Rooted, Unplaced},
				Depths:  []int{2, 1, 2, 0, 0},
				CycleOf: []int{-1, -1, -1, -1, -1},
				Chains:  [][]int32{{0, 1, 3}, {1, 3}, {2, 1, 3}, {3}, {4}},
				Near:    []int32{0, -1, 2, -1, 4},
				Above:   []int32{0, 1, 3},
				TopDown: []int32{0, 1, 2, 3, 4},
			},
		},
		{
			// 0 -> 4 -> 2 -> 5 -> 4: the cycle is 4 2 5, first member 2;
			// 0 leads into it, 1 is a root, 3 a second root.
			name:   "cycle entered from below",
			parent: []int32{4, no, 5, no, 2, 4},
			want: view{
				Reports: [][]int32{{}, {}, {4}, {}, {0, 5}, {2}},
				Roots:   []int32{1, 3},
				Tops:    []int32{2, 1, 2, 3, 2, 2},
				Endings: []Ending{IntoCycle, Rooted, OnCycle, Rooted, OnCycle, OnCycle},
				Depths:  []int{1, 0, 0, 0, 0, 0},
				Cycles:  [][]int32{{2, 5, 4}},
				CycleOf: []int{0, -1, 0, -1, 0, 0},
				Chains:  [][]int32{{0, 4, 2, 5}, {1}, {2, 5, 4}, {3}, {4, 2, 5}, {5, 4, 2}},
				Near:    []int32{0, -1, 2, -1, 4, 4},
				Above:   []int32{0, 4, 2, 5, 3},
				TopDown: []int32{0, 1, 3},
			},
		},
		{
			// Two cycles, the second found first by the walk from 0.
			name:   "two cycles ordered by first member",
			parent: []int32{3, 2, 1, 4, 3},
			want: view{
				Reports: [][]int32{{}, {2}, {1}, {0, 4}, {3}},
				Roots:   []int32{},
				Tops:    []int32{3, 1, 1, 3, 3},
				Endings: []Ending{IntoCycle, OnCycle, OnCycle, OnCycle, OnCycle},
				Depths:  []int{1, 0, 0, 0, 0},
				Cycles:  [][]int32{{1, 2}, {3, 4}},
				CycleOf: []int{1, 0, 0, 1, 1},
				Chains:  [][]int32{{0, 3, 4}, {1, 2}, {2, 1}, {3, 4}, {4, 3}},
				Near:    []int32{0, 2, 2, 4, 4},
				Above:   []int32{0, 3, 4},
				TopDown: []int32{0},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := New(tt.parent)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, viewOf(g)); diff != "" {
				t.Errorf("graph mismatch (-want +got):\n%s", diff)
			}
			// The table doubles as a check of the model.
			if diff := cmp.Diff(tt.want, model(tt.parent)); diff != "" {
				t.Errorf("model mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestNewBadParent(t *testing.T) {
	for _, parent := range [][]int32{{1}, {-3}, {0, 2}, {no, 5}} {
		if _, err := New(parent); !errors.Is(err, ErrParent) {
			t.Errorf("New(%v) = %v, want ErrParent", parent, err)
		}
	}
}

func TestSpanAndCSR(t *testing.T) {
	g, err := New([]int32{no, 0, 0, 1, 0})
	if err != nil {
		t.Fatal(err)
	}
	if got := []int{g.Span(0), g.Span(1), g.Span(2)}; !slices.Equal(got, []int{3, 1, 0}) {
		t.Errorf("spans = %v, want [3 1 0]", got)
	}
	off, list := g.CSR()
	if diff := cmp.Diff([]int32{0, 3, 4, 4, 4, 4}, off); diff != "" {
		t.Errorf("offsets mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]int32{1, 2, 4, 3}, list); diff != "" {
		t.Errorf("list mismatch (-want +got):\n%s", diff)
	}
	if g.Parent(3) != 1 || g.Parent(0) != NoManager {
		t.Error("Parent is wrong")
	}
}

func TestChainLen(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		parent := genAny(t)
		g, err := New(parent)
		if err != nil {
			t.Fatal(err)
		}
		for i := range int32(len(parent)) {
			if got, want := g.ChainLen(i), len(slices.Collect(g.Chain(i))); got != want {
				t.Fatalf("ChainLen(%d) = %d, want %d", i, got, want)
			}
		}
	})
}

func TestFirstUp(t *testing.T) {
	// 4 -> 3 -> 2 -> 1 -> 0, a chain.
	g, err := New([]int32{no, 0, 1, 2, 3})
	if err != nil {
		t.Fatal(err)
	}
	below2 := func(v int32) bool { return v < 2 }
	if got := g.FirstUp(4, below2); got != 1 {
		t.Errorf("FirstUp(4, <2) = %d, want 1", got)
	}
	if got := g.FirstUp(4, func(int32) bool { return false }); got != -1 {
		t.Errorf("FirstUp(4, never) = %d, want -1", got)
	}
}

func TestIteratorsStop(t *testing.T) {
	g, err := New([]int32{1, 2, 0, no})
	if err != nil {
		t.Fatal(err)
	}
	for range g.Chain(0) {
		break // stopping early must be honoured
	}
	for range g.Cycles() {
		break
	}
	for range g.Above([]int32{0, 3}) {
		break
	}
}

func TestGroup(t *testing.T) {
	off, list := Group([]int32{2, -1, 0, 2, 2, 0}, 4)
	if diff := cmp.Diff([]int32{0, 2, 2, 5, 5}, off); diff != "" {
		t.Errorf("offsets mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]int32{2, 5, 0, 3, 4}, list); diff != "" {
		t.Errorf("list mismatch (-want +got):\n%s", diff)
	}
}

func TestEndingString(t *testing.T) {
	for e, want := range map[Ending]string{Rooted: "rooted", IntoCycle: "into-cycle", 0: "%!Ending(0)", 9: "%!Ending(9)"} {
		if got := e.String(); got != want {
			t.Errorf("Ending(%d).String() = %q, want %q", e, got, want)
		}
	}
}
