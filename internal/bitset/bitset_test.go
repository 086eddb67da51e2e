package bitset

import (
	"testing"

	"pgregory.net/rapid"
)

// model is the obvious implementation the bit twiddling must agree with.
type model map[uint]bool

func draw(t *rapid.T, label string) (Set128, model) {
	var s Set128
	m := model{}
	for _, i := range rapid.SliceOfN(rapid.UintRange(0, 127), 0, 20).Draw(t, label) {
		s = s.Add(i)
		m[i] = true
	}
	return s, m
}

func TestSet128(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s, ms := draw(t, "s")
		u, mu := draw(t, "u")
		all := true
		for i := range uint(128) {
			if s.Has(i) != ms[i] {
				t.Fatalf("Has(%d) = %v, want %v", i, s.Has(i), ms[i])
			}
			if s.Union(u).Has(i) != (ms[i] || mu[i]) {
				t.Fatalf("Union.Has(%d) wrong", i)
			}
			if mu[i] && !ms[i] {
				all = false
			}
		}
		if s.ContainsAll(u) != all {
			t.Fatalf("ContainsAll = %v, want %v", s.ContainsAll(u), all)
		}
		if s.IsEmpty() != (len(ms) == 0) {
			t.Fatalf("IsEmpty = %v with %d elements", s.IsEmpty(), len(ms))
		}
	})
}
