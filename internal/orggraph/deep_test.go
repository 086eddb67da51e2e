package orggraph

import (
	"sync"
	"testing"
)

// TestDeepChain runs every pass over a chain a million deep, listed from
// its bottom and from its top: nothing may recurse or walk quadratically.
func TestDeepChain(t *testing.T) {
	const n = 1 << 20
	down := make([]int32, n) // person i reports to i+1: the bottom first
	up := make([]int32, n)   // person i reports to i-1: the top first
	for i := range n {
		down[i], up[i] = int32(i+1), int32(i-1)
	}
	down[n-1] = NoManager
	for name, tt := range map[string]struct {
		parent         []int32
		bottom, top    int32
		cycleMember    int32
		wantNearBottom int32
	}{
		"bottom first": {down, 0, n - 1, n - 1, 0},
		"top first":    {up, n - 1, 0, 0, n - 1},
	} {
		g, err := New(tt.parent)
		if err != nil {
			t.Fatal(err)
		}
		if top, e := g.End(tt.bottom); top != tt.top || e != Rooted || g.Depth(tt.bottom) != n-1 {
			t.Errorf("%s: End(bottom) = %d, %v, depth %d", name, top, e, g.Depth(tt.bottom))
		}
		if got := g.ChainLen(tt.bottom); got != n {
			t.Errorf("%s: ChainLen(bottom) = %d", name, got)
		}
		near := g.NearestUp(func(v int32) bool { return v == tt.top })
		if near[tt.bottom] != tt.top {
			t.Errorf("%s: NearestUp(bottom) = %d", name, near[tt.bottom])
		}
		// Close the chain into one cycle of n.
		cyc := append([]int32{}, tt.parent...)
		cyc[tt.top] = tt.bottom
		g, err = New(cyc)
		if err != nil {
			t.Fatal(err)
		}
		if g.NumCycles() != 1 || len(g.Cycle(0)) != n || g.Cycle(0)[0] != 0 {
			t.Errorf("%s: %d cycles, the first of %d from %d", name, g.NumCycles(), len(g.Cycle(0)), g.Cycle(0)[0])
		}
	}
}

// TestConcurrentFirstUse builds the parts built on first use from many
// goroutines at once; run with -race.
func TestConcurrentFirstUse(t *testing.T) {
	g, err := New([]int32{NoManager, 0, 0, 1, 5, 4})
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if len(g.Reports(0)) != 2 || g.Depth(5) != 0 || g.CycleOf(5) != 0 {
				t.Error("wrong answer under concurrency")
			}
		}()
	}
	wg.Wait()
}
