package jsondoc

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestParseTruncated: a document cut short anywhere outside a literal is
// a syntax error at the offset where the input ends, never a panic.
func TestParseTruncated(t *testing.T) {
	doc := `{"a": [19, {"b": "c"}, [], -0.5e+9], "d": {}, "e": [[{}], 9] }`
	var got, want []int
	for i := range len(doc) {
		_, _, err := Parse([]byte(doc[:i]))
		if err == nil {
			t.Fatalf("Parse(%q) accepted", doc[:i])
		}
		got, want = append(got, err.Off), append(want, i)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("error offsets of the prefixes mismatch (-want +got):\n%s", diff)
	}
	if _, _, err := Parse([]byte(doc)); err != nil {
		t.Errorf("the whole document: %v", err)
	}
}

// TestParseObjectDepth: objects, alone or between arrays, nest MaxDepth
// levels deep and no deeper, as arrays do.
func TestParseObjectDepth(t *testing.T) {
	for _, tt := range []struct {
		open, close string // one level, or two for a pair
		levels      int    // levels per open
	}{
		{`{"a":`, `}`, 1},
		{`{"a":[`, `]}`, 2},
		{`[{"a":`, `}]`, 2},
	} {
		n := MaxDepth / tt.levels
		at := strings.Repeat(tt.open, n) + "1" + strings.Repeat(tt.close, n)
		if _, _, err := Parse([]byte(at)); err != nil {
			t.Errorf("%d levels of %s: %v", MaxDepth, tt.open, err)
		}
		over := strings.Repeat(tt.open, n) + `{"z":1}` + strings.Repeat(tt.close, n)
		_, _, err := Parse([]byte(over))
		if err == nil || err.Off != len(tt.open)*n || err.Msg != "too deeply nested" {
			t.Errorf("%d levels of %s then an object: err = %v, want too deeply nested at byte %d", MaxDepth, tt.open, err, len(tt.open)*n)
		}
	}
}

// TestDuplicatesInNestedArrays: a duplicate key's pointer counts the
// elements of the array it is in, not those of the arrays around it.
func TestDuplicatesInNestedArrays(t *testing.T) {
	in := `[0, [1, {"x": 1, "x": 2}], {"y": [{"z": 0, "z": 3}]}, [[4, 5, {"w": 6, "w": 7}]]]`
	_, dups, err := Parse([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []Duplicate{
		{"/1/1/x", strings.Index(in, "2")},
		{"/2/y/0/z", strings.Index(in, "3")},
		{"/3/0/2/w", strings.Index(in, "7")},
	}
	if diff := cmp.Diff(want, dups); diff != "" {
		t.Errorf("duplicates mismatch (-want +got):\n%s", diff)
	}
}

// TestParseByteOrderMark: one leading byte-order mark is skipped, so a
// document that is nothing else ends at byte 3; a second one is not.
func TestParseByteOrderMark(t *testing.T) {
	for _, tt := range []struct {
		in  string
		off int
	}{
		{"\ufeff", 3},
		{"\ufeff \n", 5},
		{"\ufeff\ufeff1", 3},
		{"\xef\xbb", 0},
	} {
		if _, _, err := Parse([]byte(tt.in)); err == nil || err.Off != tt.off {
			t.Errorf("Parse(%q) error = %v, want one at byte %d", tt.in, err, tt.off)
		}
	}
}

// TestParseTruncatedEscape: a string cut short inside an escape is a
// syntax error, at the backslash of a lone "\" and at the hex digits of
// a "\u" escape short of four, never a panic; one cut right after an
// escape is an error at the end of the input.
func TestParseTruncatedEscape(t *testing.T) {
	for _, tt := range []struct {
		in  string
		off int
	}{
		{`"\`, 1},
		{`"a\`, 2},
		{`"\n`, 3},
		{`"\u`, 3},
		{`"\u00e`, 3},
		{`"\u00e9`, 7},
		{`"\ud83d`, 7},
		{`"\ud83d\`, 7},
		{`"\ud83d\u`, 9},
		{`"\ud83d\ude0`, 9},
		{`"\ud83d\ude00`, 13},
	} {
		if _, _, err := Parse([]byte(tt.in)); err == nil || err.Off != tt.off {
			t.Errorf("Parse(%q) error = %v, want one at byte %d", tt.in, err, tt.off)
		}
	}
	// Nothing past len(data) is read, whatever the slice's capacity holds.
	full := []byte(`"\u00e9"`)
	if _, _, err := Parse(full[:5]); err == nil || err.Off != 3 {
		t.Errorf("Parse(%q) error = %v, want one at byte 3", full[:5], err)
	}
}

// TestParseStringUTF8: a string's bytes must be UTF-8, before an escape
// and after one; U+FFFD written as itself is valid.
func TestParseStringUTF8(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want string
	}{
		{"\"\ufffd\"", "\ufffd"},
		{"\"a\\n\ufffd\"", "a\n\ufffd"},
		{"\"\u0080\u07ff\\t\u0080\u07ff\"", "\u0080\u07ff\t\u0080\u07ff"},
	} {
		v, _, err := Parse([]byte(tt.in))
		if err != nil || v.Text != tt.want {
			t.Errorf("Parse(%q) = %q, %v; want %q", tt.in, v.Text, err, tt.want)
		}
	}
	for _, tt := range []struct {
		in  string
		off int
	}{
		{"\"\x80\"", 1},
		{"\"a\xc3\"", 2},
		{"\"\\n\x80\"", 3},
		{"\"\\n\xff\"", 3},
		{"\"\\n\xef\xbf\"", 3},
	} {
		if _, _, err := Parse([]byte(tt.in)); err == nil || err.Off != tt.off || err.Msg != "invalid UTF-8 in a string" {
			t.Errorf("Parse(%q) error = %v, want invalid UTF-8 at byte %d", tt.in, err, tt.off)
		}
	}
}
