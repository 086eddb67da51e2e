package csvtable

import (
	"encoding/csv"
	"errors"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"
)

// readAll reads every record of s with a Reader keeping max cells,
// stopping at the first error.
func readAll(s string, max int) (rows [][]string, ns []int, err error) {
	r := NewReader(strings.NewReader(s), max, 1<<30)
	for {
		row, err := r.Read()
		if err == io.EOF {
			return rows, ns, nil
		}
		if err != nil {
			return rows, ns, err
		}
		rows = append(rows, slices.Clone(row.Cells))
		ns = append(ns, row.N)
	}
}

// stdlib reads s as ParseMatrixCSV used to, with encoding/csv: the oracle.
func stdlib(s string) ([][]string, error) {
	r := csv.NewReader(strings.NewReader(strings.TrimPrefix(s, "\ufeff")))
	r.FieldsPerRecord = -1
	var rows [][]string
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return rows, nil
		}
		if err != nil {
			return rows, err
		}
		rows = append(rows, rec)
	}
}

func TestRead(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want [][]string
		err  error
	}{
		{"plain", "a,b\nc,d\n", [][]string{{"a", "b"}, {"c", "d"}}, nil},
		{"no final newline", "a,b\nc,d", [][]string{{"a", "b"}, {"c", "d"}}, nil},
		{"CRLF and blank lines", "a,b\r\n\r\n\nc,\r\n", [][]string{{"a", "b"}, {"c", ""}}, nil},
		{"quotes", "\"a,\"\"b\"\"\",\"x\ny\"\n", [][]string{{`a,"b"`, "x\ny"}}, nil},
		{"byte-order mark", "\ufeffa,b\n", [][]string{{"a", "b"}}, nil},
		{"bare quote", "a,b\"c\n", nil, csv.ErrBareQuote},
		{"extraneous quote", "\"a\"b\n", nil, csv.ErrQuote},
		{"unterminated", "a,\"b\n", nil, csv.ErrQuote},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, err := readAll(tt.in, 10)
			if !errors.Is(err, tt.err) {
				t.Fatalf("error %v, want %v", err, tt.err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("records mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestReadLimit: past the limit, cells are counted, not kept, whatever
// their quoting.
func TestReadLimit(t *testing.T) {
	rows, ns, err := readAll("a,b,c,\"d\",\"e\nf\",g\nh\n", 2)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([][]string{{"a", "b"}, {"h"}}, rows); diff != "" {
		t.Errorf("kept cells mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]int{6, 1}, ns); diff != "" {
		t.Errorf("cell counts mismatch (-want +got):\n%s", diff)
	}
}

// TestReadLongCell: a cell past the byte limit is cut to one byte more,
// quoted or not.
func TestReadLongCell(t *testing.T) {
	long := strings.Repeat("x", 100)
	r := NewReader(strings.NewReader(long+",\""+long+"\n"+long+"\",y\n"), 10, 5)
	row, err := r.Read()
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"xxxxxx", "xxxxxx", "y"}, row.Cells); diff != "" {
		t.Errorf("cells mismatch (-want +got):\n%s", diff)
	}
}

// TestReadOnAfterError: a malformed record is reported with its place,
// and the next line is read.
func TestReadOnAfterError(t *testing.T) {
	r := NewReader(strings.NewReader("a,b\"c,d\ne,f\n"), 10, 100)
	row, err := r.Read()
	var se *SyntaxError
	if !errors.As(err, &se) || se.Line != 1 || se.Cell != 2 || se.Column != 4 {
		t.Fatalf("Read = %v, %v; want a syntax error at line 1, cell 2, column 4", row, err)
	}
	if diff := cmp.Diff([]string{"a"}, row.Cells); diff != "" {
		t.Errorf("cells before the fault mismatch (-want +got):\n%s", diff)
	}
	row, err = r.Read()
	if err != nil || row.Line != 2 || !slices.Equal(row.Cells, []string{"e", "f"}) {
		t.Errorf("the record after: %v, %v", row, err)
	}
}

// TestStdlibOracle checks the oracle of the differential tests: it must
// tell records and errors apart.
func TestStdlibOracle(t *testing.T) {
	if rows, err := stdlib("a,\"b\nc\"\n"); err != nil || !cmp.Equal(rows, [][]string{{"a", "b\nc"}}) {
		t.Errorf("stdlib = %q, %v", rows, err)
	}
	if _, err := stdlib("a\"\n"); err == nil {
		t.Error("stdlib accepts a bare quote")
	}
}

// checkAgainstStdlib: the records Reader reads are those encoding/csv
// reads, and it fails on the record encoding/csv fails on.
func checkAgainstStdlib(t interface {
	Fatalf(string, ...any)
}, s string) {
	want, wantErr := stdlib(s)
	got, _, err := readAll(s, 1<<30)
	if (err != nil) != (wantErr != nil) {
		t.Fatalf("%q: error %v, encoding/csv %v", s, err, wantErr)
	}
	if !cmp.Equal(want, got, cmp.Comparer(func(a, b []string) bool { return slices.Equal(a, b) })) {
		t.Fatalf("%q: records %q, encoding/csv %q", s, got, want)
	}
}

func FuzzRead(f *testing.F) {
	for _, s := range []string{"a,b\nc,d\n", "\"a\"\"\",b\r\n", "a,\"b\nc\"\n", "\"a\"b", "a\"b", "\ufeff,\n\n\r\n", "\"\r\n\"\r", ","} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkAgainstStdlib(t, s) })
}

// TestRoundTrip: what AppendRecord writes, Read reads back, after
// Restore undoes Defuse; and encoding/csv reads it the same way.
func TestRoundTrip(t *testing.T) {
	defused := 0
	rapid.Check(t, func(t *rapid.T) {
		cells := rapid.SliceOfN(rapid.OneOf(
			rapid.String(),
			rapid.StringMatching(`[=+\-@'\t\r\n;, "]{1,3}[a-z]{0,3}`),
		), 1, 5).Draw(t, "cells")
		b := AppendRecord(nil, cells)
		r := NewReader(strings.NewReader(string(b)), 10, 1<<30)
		row, err := r.Read()
		if err != nil {
			t.Fatalf("Read(%q): %v", b, err)
		}
		// As in encoding/csv, a quoted "\r\n" reads back as "\n".
		want := make([]string, len(cells))
		for i, c := range cells {
			want[i] = strings.ReplaceAll(c, "\r\n", "\n")
		}
		got := make([]string, len(row.Cells))
		for i, c := range row.Cells {
			got[i] = Restore(c)
			if c != want[i] {
				defused++
			}
			if c != "" && strings.IndexByte("=+-@\t\r\n", c[0]) >= 0 {
				t.Fatalf("AppendRecord wrote the cell %q", c)
			}
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("round trip of %q mismatch (-want +got):\n%s", b, diff)
		}
		if std, err := stdlib(string(b)); err != nil || len(std) != 1 || !slices.Equal(std[0], row.Cells) {
			t.Fatalf("encoding/csv reads %q as %q, %v", b, std, err)
		}
		if _, err := r.Read(); err != io.EOF {
			t.Fatalf("%q: more than one record: %v", b, err)
		}
	})
	if defused < 10 {
		t.Errorf("only %d cells needed defusing: the property does not reach its premise", defused)
	}
}

func TestDefuse(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""}, {"Build", "Build"}, {"=1+1", "'=1+1"}, {"+x", "'+x"}, {"-", "'-"}, {"@a", "'@a"},
		{"\tx", "'\tx"}, {"\rx", "'\rx"}, {"'Tis", "''Tis"}, {"a=b", "a=b"},
	}
	for _, tt := range tests {
		if got := Defuse(tt.in); got != tt.want {
			t.Errorf("Defuse(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := Restore(tt.want); got != tt.in {
			t.Errorf("Restore(%q) = %q, want %q", tt.want, got, tt.in)
		}
	}
	// A hand-written apostrophe before a letter stays: only the one a
	// spreadsheet would hide goes.
	if got := Restore("'Tis"); got != "'Tis" {
		t.Errorf("Restore('Tis) = %q", got)
	}
}
