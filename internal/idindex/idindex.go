// Package idindex maps the IDs of a list (the people of an org) to the
// position of their first occurrence. It does what a map[string]int32
// does for pmroles.Org, at about half the cost and half the memory once
// the list outgrows the processor's caches.
//
// # Representation
//
// An Index is an open-addressing table with linear probing: a power of
// two of slots, at least twice as many as keys, each a uint64 holding the
// top 32 bits of the key's hash and the key's position plus one (zero is
// an empty slot). The keys themselves are not stored: a lookup whose tag
// matches asks the caller for the key at that position and compares it,
// so a probe touches one small slot, and one string only on a likely hit.
//
// A Go map touches a control word, a slot of key and value, and the key's
// bytes, with more code between misses; at a million IDs in random order,
// where every lookup misses the cache, this table builds and answers in
// about half the time (BenchmarkIndex).
//
// Hashes are seeded per index (hash/maphash), so input chosen to collide
// cannot be prepared in advance.
package idindex

import (
	"hash/maphash"
	"math/bits"
)

// MaxKeys is the most keys an Index holds: positions are stored in 32 bits.
const MaxKeys = 1<<31 - 1

// An Index maps keys to positions. The zero Index is empty.
type Index struct {
	slots    []uint64
	mask     uint64
	seed     maphash.Seed
	distinct int
	// hash replaces maphash in tests, to make keys collide.
	hash func(string) uint64
}

func (x *Index) hashOf(k string) uint64 {
	if x.hash != nil {
		return x.hash(k)
	}
	return maphash.String(x.seed, k)
}

// Build indexes the n keys key(0) to key(n-1), each to the position of
// its first occurrence. It panics if n is negative or over MaxKeys, which
// the caller bounds before.
func Build(n int, key func(int) string) *Index { return build(n, key, nil) }

func build(n int, key func(int) string, hash func(string) uint64) *Index {
	if n < 0 || n > MaxKeys {
		panic("idindex: Build of an impossible number of keys")
	}
	x := &Index{seed: maphash.MakeSeed(), hash: hash}
	if n == 0 {
		return x
	}
	size := 1 << bits.Len(uint(2*n-1)) // the least power of two ≥ 2n
	x.slots = make([]uint64, size)
	x.mask = uint64(size - 1)
	// The hashes first, in a pass of their own: the insertions that follow
	// then miss the cache one after another without waiting on hashing.
	hs := make([]uint64, n)
	for i := range hs {
		hs[i] = x.hashOf(key(i))
	}
	// Last to first: a key seen again overwrites its slot, so each ends on
	// its first position.
	slots, mask := x.slots, x.mask
	for i := n - 1; i >= 0; i-- {
		h := hs[i]
		tag := h >> 32
		for j := h & mask; ; j = (j + 1) & mask {
			s := slots[j]
			if s == 0 {
				x.distinct++
			} else if s>>32 != tag || hs[int(uint32(s))-1] != h || key(int(uint32(s))-1) != key(i) {
				continue
			}
			slots[j] = tag<<32 | uint64(i+1)
			break
		}
	}
	return x
}

// Find returns the position of k, and whether it is there; key gives the
// key at a position, as it did to Build.
func (x *Index) Find(k string, key func(int) string) (int, bool) {
	if len(x.slots) == 0 {
		return 0, false
	}
	h := x.hashOf(k)
	tag := h >> 32
	for j := h & x.mask; ; j = (j + 1) & x.mask {
		s := x.slots[j]
		if s == 0 {
			return 0, false
		}
		if s>>32 == tag {
			if i := int(uint32(s)) - 1; key(i) == k {
				return i, true
			}
		}
	}
}

// FindAll returns the position of each of the n keys probe(0) to
// probe(n-1), or -1 for one that is not there: what n calls of Find
// return, faster, since hashing and probing are separate passes.
func (x *Index) FindAll(n int, probe func(int) string, key func(int) string) []int32 {
	out := make([]int32, n)
	if len(x.slots) == 0 {
		for i := range out {
			out[i] = -1
		}
		return out
	}
	hs := make([]uint64, n)
	for i := range hs {
		hs[i] = x.hashOf(probe(i))
	}
	slots, mask := x.slots, x.mask
	for i, h := range hs {
		tag := h >> 32
		out[i] = -1
		for j := h & mask; ; j = (j + 1) & mask {
			s := slots[j]
			if s == 0 {
				break
			}
			if s>>32 == tag {
				if p := int(uint32(s)) - 1; key(p) == probe(i) {
					out[i] = int32(p)
					break
				}
			}
		}
	}
	return out
}

// Distinct returns the number of distinct keys.
func (x *Index) Distinct() int { return x.distinct }
