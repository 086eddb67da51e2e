// Package enum holds the text machinery shared by pmroles' enumerations:
// names, case-insensitive parsing, text marshalling and error quoting.
// Every enumeration in pmroles is a small unsigned integer whose zero value
// means "unset", so a table's Names[0] is always empty.
package enum

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/pmroles/pmroles/internal/suggest"
)

// Table describes one enumeration.
type Table struct {
	// Type is the Go type name, used by String for out-of-range values
	// ("%!Role(13)", as time.Month does).
	Type string
	// Kind is the lower-case noun used in error messages ("role").
	Kind string
	// Names[i] is the text form of value i; Names[0] is "".
	Names []string
	// Unknown is the sentinel wrapped by Parse when no name matches.
	Unknown error
	// Zero, when set, names the zero value of an enumeration whose zero
	// means "none" (no seniority, no specialty): String prints it, Append
	// writes it and Parse reads it back, so that none round-trips.
	Zero string
}

// Valid reports whether v names a value of the table.
func (t *Table) Valid(v int) bool { return v > 0 && v < len(t.Names) }

// String returns the name of v, or "%!Type(v)" when v is out of range.
// It never panics.
func (t *Table) String(v int) string {
	if t.Valid(v) {
		return t.Names[v]
	}
	if v == 0 && t.Zero != "" {
		return t.Zero
	}
	return "%!" + t.Type + "(" + strconv.Itoa(v) + ")"
}

// Parse returns the value whose name equals s, ignoring ASCII case.
// It does not allocate unless it fails.
func (t *Table) Parse(s string) (int, error) {
	// Text IDs usually arrive in their canonical case: try exact matches,
	// which compare whole words at a time, before folding byte by byte.
	for i := 1; i < len(t.Names); i++ {
		if t.Names[i] == s {
			return i, nil
		}
	}
	for i := 1; i < len(t.Names); i++ {
		if EqualFold(t.Names[i], s) {
			return i, nil
		}
	}
	if t.Zero != "" && EqualFold(t.Zero, s) {
		return 0, nil
	}
	return 0, fmt.Errorf("%w %s (%s)", t.Unknown, Quote(s), Valid(s, t.Names[1:]))
}

// maxListed is how many valid values an error lists in full; past it, it
// names the closest few.
const maxListed = 12

// Valid says what s should have been, for an error message: "want one of
// a, b, c" when there are few names, "closest: x, y, z" otherwise.
func Valid(s string, names []string) string {
	if len(names) <= maxListed {
		return "want one of " + strings.Join(names, ", ")
	}
	return "closest: " + strings.Join(suggest.Closest(s, names, 3), ", ")
}

// Append appends the name of v to b, or fails if v is out of range:
// an invalid value has no text form that would parse back.
func (t *Table) Append(b []byte, v int) ([]byte, error) {
	if v == 0 && t.Zero != "" {
		return append(b, t.Zero...), nil
	}
	if !t.Valid(v) {
		return b, fmt.Errorf("%w %d: it has no text form", t.Unknown, v)
	}
	return append(b, t.Names[v]...), nil
}

// EqualFold reports whether a and b are equal under ASCII case folding.
// Unlike strings.EqualFold it does no Unicode folding, so "K" (Kelvin sign)
// never matches "k": text IDs are ASCII by construction.
func EqualFold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		if lower[a[i]] != lower[b[i]] {
			return false
		}
	}
	return true
}

// lower maps every byte to its ASCII lower case; a table lookup costs less
// than the two range tests per byte it replaces.
var lower = func() (t [256]byte) {
	for i := range t {
		t[i] = byte(i)
		if 'A' <= i && i <= 'Z' {
			t[i] += 'a' - 'A'
		}
	}
	return t
}()

// MaxQuoted is how many bytes of an input Quote shows before eliding the
// rest, so that a megabyte of garbage gives a one-line error.
const MaxQuoted = 64

// Quote returns s quoted as %q does, shortened to MaxQuoted bytes with a
// note of the full length when it is longer.
func Quote(s string) string {
	if len(s) <= MaxQuoted {
		return strconv.Quote(s)
	}
	cut := MaxQuoted
	// Do not split a UTF-8 sequence: back up to a rune start.
	for cut > 0 && s[cut]&0xC0 == 0x80 {
		cut--
	}
	return strconv.Quote(s[:cut]) + "... (" + strconv.Itoa(len(s)) + " bytes)"
}

// Sentinel returns an error whose message is "pmroles: unknown " + kind
// and which matches base under errors.Is, so that each enumeration reports
// its own kind while callers can test for them all at once.
func Sentinel(kind string, base error) error {
	return &sentinel{"pmroles: unknown " + kind, base}
}

type sentinel struct {
	msg  string
	base error
}

func (e *sentinel) Error() string { return e.msg }
func (e *sentinel) Unwrap() error { return e.base }

// Values returns an iterator over the values 1 to n of an enumeration, in
// increasing order.
func Values[T ~uint8](n int) func(yield func(T) bool) {
	return func(yield func(T) bool) {
		for v := 1; v <= n; v++ {
			if !yield(T(v)) {
				return
			}
		}
	}
}

// Unmarshal parses text with parse and stores the result in *dst, leaving
// *dst unchanged on error. It is the body of every UnmarshalText method.
func Unmarshal[T any](dst *T, text []byte, parse func(string) (T, error)) error {
	v, err := parse(string(text))
	if err != nil {
		return err
	}
	*dst = v
	return nil
}

// Join returns the text forms of xs separated by ", ", for messages that
// list roles, grants or competencies.
func Join[T interface{ String() string }](xs []T) string {
	var b strings.Builder
	for i, x := range xs {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(x.String())
	}
	return b.String()
}
