package idindex

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"pgregory.net/rapid"
)

// TestModel checks Build and Find against a map that keeps each key's
// first position, on lists with many repeats, empty keys and keys that
// differ in one byte, and on keys that are not there.
func TestModel(t *testing.T) {
	repeats := 0
	rapid.Check(t, func(t *rapid.T) {
		alphabet := rapid.SampledFrom([]string{"", "a", "b", "ab", "ba", "E0000001", "E0000002", "é", "\x00"})
		keys := rapid.SliceOfN(rapid.Custom(func(t *rapid.T) string {
			return alphabet.Draw(t, "a") + alphabet.Draw(t, "b")
		}), 0, 200).Draw(t, "keys")
		key := func(i int) string { return keys[i] }
		x := Build(len(keys), key)
		first := map[string]int{}
		for i, k := range keys {
			if _, ok := first[k]; !ok {
				first[k] = i
			}
		}
		if len(first) < len(keys) {
			repeats++
		}
		if x.Distinct() != len(first) {
			t.Fatalf("Distinct() = %d, want %d", x.Distinct(), len(first))
		}
		for k, want := range first {
			if got, ok := x.Find(k, key); !ok || got != want {
				t.Fatalf("Find(%q) = %d, %v, want %d, true", k, got, ok, want)
			}
		}
		probe := alphabet.Draw(t, "probe") + "?"
		if got, ok := x.Find(probe, key); ok {
			t.Fatalf("Find(%q) = %d, true for a key not in the list", probe, got)
		}
		checkFindAll(t, x, append(keys, probe), key, first)
	})
	if repeats == 0 {
		t.Error("no draw repeated a key: the first-position rule was never tested")
	}
}

func TestEmpty(t *testing.T) {
	var zero Index
	if _, ok := zero.Find("a", nil); ok || zero.Distinct() != 0 {
		t.Error("the zero Index finds something")
	}
	if got := zero.FindAll(2, func(int) string { return "a" }, nil); len(got) != 2 || got[0] != -1 || got[1] != -1 {
		t.Errorf("the zero Index's FindAll = %v, want [-1 -1]", got)
	}
	x := Build(0, nil)
	if _, ok := x.Find("", nil); ok || x.Distinct() != 0 {
		t.Error("an Index of no keys finds something")
	}
}

// TestCollisions checks keys whose hashes collide wholly or in part:
// Build and Find must compare keys, not hashes, and probe past the slots
// of other keys.
func TestCollisions(t *testing.T) {
	for name, hash := range map[string]func(string) uint64{
		"one hash":     func(string) uint64 { return 42 << 32 },
		"one tag":      func(k string) uint64 { return 7<<32 | uint64(len(k)) },
		"one slot run": func(k string) uint64 { return uint64(len(k)%3) << 32 },
	} {
		t.Run(name, func(t *testing.T) {
			keys := []string{"b", "a", "ab", "b", "abc", "", "a", "ba"}
			key := func(i int) string { return keys[i] }
			x := build(len(keys), key, hash)
			want := map[string]int{"b": 0, "a": 1, "ab": 2, "abc": 4, "": 5, "ba": 7}
			if x.Distinct() != len(want) {
				t.Errorf("Distinct() = %d, want %d", x.Distinct(), len(want))
			}
			for k, w := range want {
				if got, ok := x.Find(k, key); !ok || got != w {
					t.Errorf("Find(%q) = %d, %v, want %d, true", k, got, ok, w)
				}
			}
			for _, k := range []string{"c", "abcd", "bb"} {
				if got, ok := x.Find(k, key); ok {
					t.Errorf("Find(%q) = %d, true for a key not in the list", k, got)
				}
			}
			checkFindAll(t, x, append(keys, "c", "abcd", "bb"), key, want)
		})
	}
}

// checkFindAll checks FindAll over probes against first, the position
// of each key in the list.
func checkFindAll(t interface{ Fatalf(string, ...any) }, x *Index, probes []string, key func(int) string, first map[string]int) {
	got := x.FindAll(len(probes), func(i int) string { return probes[i] }, key)
	for i, p := range probes {
		want, ok := first[p]
		if !ok {
			want = -1
		}
		if int(got[i]) != want {
			t.Fatalf("FindAll: probe %d (%q) = %d, want %d", i, p, got[i], want)
		}
	}
}

var sink int

// BenchmarkIndex builds an index of n IDs in random order and looks up a
// manager for each, beside a map[string]int32 doing the same.
func BenchmarkIndex(b *testing.B) {
	for _, n := range []int{10_000, 1_000_000} {
		rng := rand.New(rand.NewPCG(1, 2))
		ids := make([]string, n)
		for i, p := range rng.Perm(n) {
			ids[i] = fmt.Sprintf("E%07d", p+1)
		}
		managers := make([]string, n)
		for i := 1; i < n; i++ {
			managers[i] = ids[rng.IntN(i)]
		}
		key := func(i int) string { return ids[i] }
		b.Run(fmt.Sprintf("n=%d/impl=idindex", n), func(b *testing.B) {
			for b.Loop() {
				x := Build(n, key)
				sink += int(x.FindAll(n, func(i int) string { return managers[i] }, key)[n-1])
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/id")
		})
		b.Run(fmt.Sprintf("n=%d/impl=map", n), func(b *testing.B) {
			for b.Loop() {
				x := make(map[string]int32, n)
				for i := n - 1; i >= 0; i-- {
					x[ids[i]] = int32(i)
				}
				for _, m := range managers {
					sink += int(x[m])
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/id")
		})
	}
}
