// Package bitset is a fixed 128-bit set, the representation behind
// pmroles.Authority: two words, so a containment test is a handful of
// instructions and a membership test one shift.
package bitset

// Set128 is a set of the integers 0 to 127. The zero value is empty. It is
// a value: copy it freely, compare it with ==.
//
// It is a struct of two words rather than a [2]uint64 because Go's
// register ABI passes arrays longer than one element in memory; as a
// struct, a Set128 travels in registers, which halves the cost of a check.
type Set128 struct{ lo, hi uint64 }

// Has reports whether i is in s. i must be in [0, 128).
func (s Set128) Has(i uint) bool {
	w := s.lo
	if i >= 64 {
		w = s.hi
	}
	return w>>(i&63)&1 != 0
}

// Add returns s with i added. i must be in [0, 128).
func (s Set128) Add(i uint) Set128 {
	if i >= 64 {
		s.hi |= 1 << (i & 63)
	} else {
		s.lo |= 1 << (i & 63)
	}
	return s
}

// ContainsAll reports whether every element of t is in s.
func (s Set128) ContainsAll(t Set128) bool { return t.lo&^s.lo|t.hi&^s.hi == 0 }

// Union returns the elements in s or t.
func (s Set128) Union(t Set128) Set128 { return Set128{s.lo | t.lo, s.hi | t.hi} }

// IsEmpty reports whether s has no elements.
func (s Set128) IsEmpty() bool { return s.lo|s.hi == 0 }

// Of returns the set whose elements 0 to 63 are the bits of lo and 64 to
// 127 those of hi.
func Of(lo, hi uint64) Set128 { return Set128{lo, hi} }

// Words returns the two words of s, as Of takes them.
func (s Set128) Words() (lo, hi uint64) { return s.lo, s.hi }
