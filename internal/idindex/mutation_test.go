package idindex

import (
	"math"
	"math/bits"
	"runtime"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestMaxKeys: positions are stored in 32 bits and FindAll returns them
// as int32, so an Index holds at most math.MaxInt32 keys.
func TestMaxKeys(t *testing.T) {
	if MaxKeys != math.MaxInt32 {
		t.Errorf("MaxKeys = %d, want %d", MaxKeys, math.MaxInt32)
	}
}

// TestBuildImpossible: Build rejects a negative number of keys or more
// than MaxKeys with its own panic, before allocating anything or calling
// key, not with a runtime error.
func TestBuildImpossible(t *testing.T) {
	for _, n := range []int{-1, -2, math.MinInt, MaxKeys + 1, math.MaxInt} {
		var v any
		func() {
			defer func() { v = recover() }()
			Build(n, func(int) string { panic("key called") })
		}()
		if _, ok := v.(runtime.Error); v == nil || v == "key called" || ok {
			// Stop here: a Build that goes on past n would allocate
			// gigabytes for the larger n below.
			t.Fatalf("Build(%d) recovered %v, want Build's own panic", n, v)
		}
	}
}

// TestSlotCount: the table has the least power of two of slots that is
// at least twice the number of keys.
func TestSlotCount(t *testing.T) {
	var got, want []int
	for n := 1; n <= 70; n++ {
		x := Build(n, strconv.Itoa)
		got = append(got, len(x.slots))
		want = append(want, 1<<bits.Len(uint(2*n-1)))
		if w := want[len(want)-1]; w < 2*n || w/2 >= 2*n {
			t.Fatalf("bad oracle for n=%d: %d", n, w)
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("slot counts mismatch (-want +got):\n%s", diff)
	}
}
