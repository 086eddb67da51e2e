// Package suggest finds the known names closest to an unknown one, for
// error messages that say what was meant.
package suggest

import (
	"bytes"
	"slices"
)

// maxInput bounds the work on a long input: only its first bytes are
// compared, which is enough to recognise a misspelt name.
const maxInput = 64

// Closest returns the n names closest to s by edit distance, ignoring
// ASCII case and taking spaces and underscores for hyphens, nearest
// first; ties keep the order of names. An abbreviation is near the name
// whose words' initials it spells, or nearly: "CPO" is one step from
// chief-product-officer; and so is a name with a word that starts with
// s, as customer-support's "support".
func Closest(s string, names []string, n int) []string {
	a := fold(s[:min(len(s), maxInput)])
	type scored struct {
		name string
		d    int
	}
	all := make([]scored, len(names))
	for i, name := range names {
		f := fold(name)
		d := distance(a, f)
		if in := initials(f); len(in) >= 2 {
			d = min(d, distance(a, in)+1)
		}
		if len(a) >= 3 && startsWord(f, a) {
			d = min(d, 1)
		}
		all[i] = scored{name, d}
	}
	slices.SortStableFunc(all, func(x, y scored) int { return x.d - y.d })
	out := make([]string, 0, min(n, len(all)))
	for _, sc := range all[:min(n, len(all))] {
		out = append(out, sc.name)
	}
	return out
}

// startsWord reports whether a word of name, or a run of its words,
// starts with s.
func startsWord(name, s []byte) bool {
	for i := range name {
		if (i == 0 || name[i-1] == '-') && bytes.HasPrefix(name[i:], s) {
			return true
		}
	}
	return false
}

// initials returns the first letter of each hyphenated word of a folded
// name.
func initials(name []byte) []byte {
	var out []byte
	for i, c := range name {
		if c != '-' && (i == 0 || name[i-1] == '-') {
			out = append(out, c)
		}
	}
	return out
}

func fold(s string) []byte {
	b := []byte(s)
	for i, c := range b {
		switch {
		case 'A' <= c && c <= 'Z':
			b[i] = c + 'a' - 'A'
		case c == ' ' || c == '_':
			b[i] = '-'
		}
	}
	return b
}

// distance is the Levenshtein distance between a and b.
func distance(a, b []byte) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
