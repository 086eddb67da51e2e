package mdtable

import (
	"bufio"
	"errors"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"
)

// read returns the rows of the first table of s, each as its line and
// cells, and the error that ended reading (nil for io.EOF).
func read(s string, max int) ([]Row, error) {
	r := NewReader(strings.NewReader(s), max, 1<<30)
	var rows []Row
	for {
		row, err := r.Read()
		if err == io.EOF {
			return rows, nil
		}
		if err != nil {
			return rows, err
		}
		row.Cells = slices.Clone(row.Cells)
		rows = append(rows, row)
	}
}

func TestRead(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []Row
	}{
		{"outer pipes", "intro\n\n| h1 | h2 |\n|:--|--:|\n| a | b |\n| c | d |\n\n| x | y |\n",
			[]Row{{3, []string{"h1", "h2"}, 2}, {5, []string{"a", "b"}, 2}, {6, []string{"c", "d"}, 2}}},
		{"no outer pipes", "h1 | h2\n--- | ---\na | b\n",
			[]Row{{1, []string{"h1", "h2"}, 2}, {3, []string{"a", "b"}, 2}}},
		{"mixed pipes, a row without any", "| h1 | h2 |\n|---|---|\na | b\n| c | d\nlone\n",
			[]Row{{1, []string{"h1", "h2"}, 2}, {3, []string{"a", "b"}, 2}, {4, []string{"c", "d"}, 2}, {5, []string{"lone"}, 1}}},
		{"byte-order mark and CRLF", "\ufeff| h |\r\n|:-:|\r\n| a |\r\n", []Row{{1, []string{"h"}, 1}, {3, []string{"a"}, 1}}},
		{"in a fence", "```md\n| x | y |\n|---|---|\n```\n~~~~\n| z |\n|---|\n~~~~\n| h |\n|---|\n| a |\n",
			[]Row{{9, []string{"h"}, 1}, {11, []string{"a"}, 1}}},
		{"indented code", "text\n\n    | x |\n    |---|\n| h |\n|---|\n",
			[]Row{{5, []string{"h"}, 1}}},
		{"ends at a block", "| h |\n|---|\n| a |\n> quote\n| b |\n", []Row{{1, []string{"h"}, 1}, {3, []string{"a"}, 1}}},
		{"ends at a heading", "| h |\n|---|\n| a |\n## Next\n", []Row{{1, []string{"h"}, 1}, {3, []string{"a"}, 1}}},
		{"ends at a list", "| h |\n|---|\n| a |\n- item\n", []Row{{1, []string{"h"}, 1}, {3, []string{"a"}, 1}}},
		{"ends at HTML", "| h |\n|---|\n| a |\n<div>\n", []Row{{1, []string{"h"}, 1}, {3, []string{"a"}, 1}}},
		{"ends at a fence", "| h |\n|---|\n| a |\n```\n", []Row{{1, []string{"h"}, 1}, {3, []string{"a"}, 1}}},
		{"ends at indented code", "| h |\n|---|\n| a |\n    | b |\n", []Row{{1, []string{"h"}, 1}, {3, []string{"a"}, 1}}},
		{"escapes", `| a \| b | c\\| d \* |` + "\n|---|---|---|\n", []Row{{1, []string{"a | b", `c\`, "d *"}, 3}}},
		{"setext heading is no table", "Title\n---\n| h |\n|:--|\n", []Row{{3, []string{"h"}, 1}}},
		{"empty cells", "| h | i |\n|---|---|\n| | |\n", []Row{{1, []string{"h", "i"}, 2}, {3, []string{"", ""}, 2}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := read(tt.in, 10)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("rows mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestReadErrors(t *testing.T) {
	for _, in := range []string{"", "prose only\n", "| h |\n", "| h |\n| a |\n", "```\n| h |\n|---|\n"} {
		if _, err := read(in, 10); !errors.Is(err, ErrNoTable) {
			t.Errorf("Read(%q): %v, want ErrNoTable", in, err)
		}
	}
	_, err := read("| h1 | h2 | h3 |\n|---|---|\n", 10)
	var se *ShapeError
	if !errors.As(err, &se) || *se != (ShapeError{Line: 2, Header: 3, Delimiter: 2}) {
		t.Errorf("a short delimiter row: %#v", err)
	}
	_, err = read("| h |\n|---|\n| "+strings.Repeat("x", MaxLine)+" |\n", 10)
	var le *LineError
	if !errors.As(err, &le) || le.Line != 3 {
		t.Errorf("an over-long line: %v", err)
	}
}

// TestReadLimit: cells past the limit are counted, not kept.
func TestReadLimit(t *testing.T) {
	got, err := read("| h | i |\n|---|---|\n|a|b|c|d|"+strings.Repeat("|", 1000)+"\n", 3)
	if err != nil {
		t.Fatal(err)
	}
	want := []Row{{1, []string{"h", "i"}, 2}, {3, []string{"a", "b", "c"}, 1004}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("rows mismatch (-want +got):\n%s", diff)
	}
}

// TestReadLongCell: a cell past the byte limit is cut, untrimmed, to one
// byte more.
func TestReadLongCell(t *testing.T) {
	r := NewReader(strings.NewReader("| h | i |\n|---|---|\n| a        b | c |\n"), 10, 5)
	var got []string
	for {
		row, err := r.Read()
		if err != nil {
			break
		}
		got = append(got, row.Cells...)
	}
	if diff := cmp.Diff([]string{"h", "i", " a    ", "c"}, got); diff != "" {
		t.Errorf("cells mismatch (-want +got):\n%s", diff)
	}
}

// TestRoundTrip: what WriteRow writes, Read reads back, whatever the
// cells hold but surrounding spaces and line breaks.
func TestRoundTrip(t *testing.T) {
	escapes := 0
	rapid.Check(t, func(t *rapid.T) {
		cells := rapid.SliceOfN(rapid.OneOf(rapid.StringMatching(`[^\n\r]*`), rapid.StringMatching(`[a\\|*-]{1,6}`)), 1, 6).Draw(t, "cells")
		for i := range cells {
			cells[i] = strings.Trim(cells[i], " \t")
			if strings.ContainsAny(cells[i], `\|`) {
				escapes++
			}
		}
		var b strings.Builder
		w := bufio.NewWriter(&b)
		WriteRow(w, cells)
		WriteDelimiter(w, len(cells))
		WriteRow(w, cells)
		w.Flush()
		rows, err := read(b.String(), 10)
		if err != nil || len(rows) != 2 {
			t.Fatalf("Read(%q) = %v, %v", b.String(), rows, err)
		}
		if diff := cmp.Diff(cells, rows[1].Cells); diff != "" {
			t.Fatalf("round trip of %q mismatch (-want +got):\n%s", b.String(), diff)
		}
	})
	if escapes < 20 {
		t.Errorf("only %d cells needed escaping: the property does not reach its premise", escapes)
	}
}

// FuzzRead: the reader never panics, keeps at most its limit of cells,
// counts at least as many, and ends with io.EOF or a known error.
func FuzzRead(f *testing.F) {
	for _, s := range []string{"| a | b |\n|---|---|\n| c | d |\n", "a|b\n-|-\nc\n", "```\n|a|\n|-|\n```\n", "\ufeff|a|\n|:-:|\n", `|a\|b|` + "\n|-|\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r := NewReader(strings.NewReader(s), 3, 10)
		for {
			row, err := r.Read()
			if err != nil {
				var se *ShapeError
				var le *LineError
				if err != io.EOF && !errors.Is(err, ErrNoTable) && !errors.As(err, &se) && !errors.As(err, &le) {
					t.Fatalf("unexpected error %v", err)
				}
				return
			}
			if len(row.Cells) > 3 || row.N < len(row.Cells) || row.N == 0 || slices.ContainsFunc(row.Cells, func(c string) bool { return len(c) > 11 }) {
				t.Fatalf("row %+v", row)
			}
		}
	})
}
