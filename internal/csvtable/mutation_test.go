package csvtable

import (
	"encoding/csv"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestReadAgreesOnEdges: on inputs at the edges of the grammar (a lone
// carriage return on the last line, a quote as the last byte, lines
// longer than the reader's buffer) Reader reads the records encoding/csv
// reads and fails where encoding/csv fails.
func TestReadAgreesOnEdges(t *testing.T) {
	long := strings.Repeat("x", 100_000)
	for _, in := range []string{
		"\r", "a\n\r", "a\r\n\r", "a,b\n\r",
		`"`, `a,"`, "a,\"\r", "a,b\n\"", `"a"""`,
		long + "\n", long + "," + long, `"` + long + "\n" + long + `",y` + "\n",
	} {
		checkAgainstStdlib(t, in)
	}
}

// TestReadEndsAfterLastRecord: the empty line a final lone "\r" makes is
// skipped, so Read returns io.EOF after the last record, not an empty Row.
func TestReadEndsAfterLastRecord(t *testing.T) {
	r := NewReader(strings.NewReader("a\n\r"), 10, 100)
	if row, err := r.Read(); err != nil || row.N != 1 {
		t.Fatalf("first Read = %+v, %v; want the record a", row, err)
	}
	if row, err := r.Read(); err != io.EOF {
		t.Fatalf("second Read = %+v, %v; want io.EOF", row, err)
	}
}

// TestSyntaxErrorPlace: a malformed record reports the line, byte column
// and cell of the fault, and comes back with the cells before the fault,
// N counting only those.
func TestSyntaxErrorPlace(t *testing.T) {
	type result struct {
		Line, Column, Cell int
		Err                string
		Cells              []string
		N                  int
	}
	tests := []struct {
		in   string
		want result
	}{
		{`a,b"c,d`, result{1, 4, 2, csvErrBareQuote, []string{"a"}, 1}},
		{`"a""b"x`, result{1, 6, 1, csvErrQuote, nil, 0}},
		{`"a",b"c`, result{1, 6, 2, csvErrBareQuote, []string{"a"}, 1}},
		{`"a","b""c",d"`, result{1, 13, 3, csvErrBareQuote, []string{"a", `b"c`}, 2}},
		{"x,\"a\nb\"c", result{2, 2, 2, csvErrQuote, []string{"x"}, 1}},
	}
	for _, tt := range tests {
		row, err := NewReader(strings.NewReader(tt.in), 10, 100).Read()
		var se *SyntaxError
		if !errors.As(err, &se) {
			t.Errorf("Read(%q) error %v, want a *SyntaxError", tt.in, err)
			continue
		}
		got := result{se.Line, se.Column, se.Cell, se.Err.Error(), nil, row.N}
		if len(row.Cells) > 0 {
			got.Cells = append(got.Cells, row.Cells...)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Read(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}

const (
	csvErrBareQuote = `bare " in non-quoted-field`
	csvErrQuote     = `extraneous or missing " in quoted-field`
)

// TestReadLimitQuoted: the last cell kept may be quoted; the limit counts
// it like any other.
func TestReadLimitQuoted(t *testing.T) {
	rows, ns, err := readAll("a,\"b\",c\n\"d\",\"e\"\n", 2)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([][]string{{"a", "b"}, {"d", "e"}}, rows); diff != "" {
		t.Errorf("kept cells mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]int{3, 2}, ns); diff != "" {
		t.Errorf("cell counts mismatch (-want +got):\n%s", diff)
	}
}

// TestReadLongLine: a line longer than the reader's buffer is read whole,
// and its cells are cut to one byte more than the limit.
func TestReadLongLine(t *testing.T) {
	long := strings.Repeat("x", 100_000)
	r := NewReader(strings.NewReader(long+",\""+long+"\"\nz\n"), 10, 5)
	var got [][]string
	for {
		row, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, append([]string(nil), row.Cells...))
	}
	if diff := cmp.Diff([][]string{{"xxxxxx", "xxxxxx"}, {"z"}}, got); diff != "" {
		t.Errorf("cells mismatch (-want +got):\n%s", diff)
	}
}

// TestUnterminatedQuoteLine: a quoted cell that the input ends inside is
// a syntax error in that cell on the input's last line, the line
// encoding/csv reports too.
func TestUnterminatedQuoteLine(t *testing.T) {
	type place struct{ Line, Cell int }
	var got []place
	for _, in := range []string{"a,\"b\n", "a,\"b\nc", "\"\n\n"} {
		_, err := NewReader(strings.NewReader(in), 10, 100).Read()
		var se *SyntaxError
		if !errors.As(err, &se) || se.Err != csv.ErrQuote {
			t.Fatalf("Read(%q) error %v, want a *SyntaxError of csv.ErrQuote", in, err)
		}
		got = append(got, place{se.Line, se.Cell})
	}
	if diff := cmp.Diff([]place{{1, 2}, {2, 2}, {2, 1}}, got); diff != "" {
		t.Errorf("fault places mismatch (-want +got):\n%s", diff)
	}
}

// TestAppendRecordQuoting: AppendRecord quotes a cell only when it must:
// when it holds a quote, a line break or a separator, starts or ends with
// a space, starts with a byte-order mark or, once defused, with an
// apostrophe; and a record of one empty cell, which would be a blank line.
func TestAppendRecordQuoting(t *testing.T) {
	tests := []struct {
		cells []string
		want  string
	}{
		{[]string{"a"}, "a\n"},
		{[]string{"a b", "c"}, "a b,c\n"},
		{[]string{""}, "\"\"\n"},
		{[]string{"a", ""}, "a,\n"},
		{[]string{"", ""}, ",\n"},
		{[]string{" a"}, "\" a\"\n"},
		{[]string{"a "}, "\"a \"\n"},
		{[]string{"a\u00a0"}, "\"a\u00a0\"\n"},
		{[]string{"\u2003a"}, "\"\u2003a\"\n"},
		{[]string{"=1"}, "\"'=1\"\n"},
		{[]string{"'Tis"}, "\"''Tis\"\n"},
		{[]string{"a'"}, "a'\n"},
		{[]string{"a,b", "a;b", "a\tb"}, "\"a,b\",\"a;b\",\"a\tb\"\n"},
		{[]string{`a"b`}, "\"a\"\"b\"\n"},
		{[]string{"\ufeffa"}, "\"\ufeffa\"\n"},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, string(AppendRecord(nil, tt.cells))); diff != "" {
			t.Errorf("AppendRecord(%q) mismatch (-want +got):\n%s", tt.cells, diff)
		}
	}
}
