// Package bitset is a fixed 128-bit set, the representation behind
// pmroles.Authority: two words, so a containment test is four instructions
// and a membership test one shift.
package bitset

// Set128 is a set of the integers 0 to 127. The zero value is empty. It is
// a value: copy it freely, compare it with ==.
type Set128 [2]uint64

// Has reports whether i is in s. i must be in [0, 128).
func (s Set128) Has(i uint) bool { return s[i>>6&1]>>(i&63)&1 != 0 }

// Add returns s with i added. i must be in [0, 128).
func (s Set128) Add(i uint) Set128 {
	s[i>>6&1] |= 1 << (i & 63)
	return s
}

// ContainsAll reports whether every element of t is in s.
func (s Set128) ContainsAll(t Set128) bool { return t[0]&^s[0]|t[1]&^s[1] == 0 }

// Union returns the elements in s or t.
func (s Set128) Union(t Set128) Set128 { return Set128{s[0] | t[0], s[1] | t[1]} }

// IsEmpty reports whether s has no elements.
func (s Set128) IsEmpty() bool { return s[0]|s[1] == 0 }
