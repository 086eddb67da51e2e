package hrtable

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"time"

	"github.com/google/go-cmp/cmp"
)

// An errAt is an [Error] as a test compares it: where it is, the header
// it names, and the sentinel (or caller's error) it wraps.
type errAt struct {
	Line, Column int
	Header       string
	Is           error
}

// errsAt converts err, an [*ErrorList], for comparison.
func errsAt(t *testing.T, err error) []errAt {
	t.Helper()
	var list *ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("err = %v, not an *ErrorList", err)
	}
	var out []errAt
	for _, e := range list.Errs {
		ea := errAt{Line: e.Line, Column: e.Column, Header: e.Header, Is: e.Err}
		for _, s := range sentinels {
			if errors.Is(e, s) {
				ea.Is = s
			}
		}
		out = append(out, ea)
	}
	return out
}

var sameError = cmp.Comparer(func(a, b error) bool { return a == b })

// TestParseHeaderColumnLimit: a header of exactly MaxColumns cells is
// read; one more cell is over the limit.
func TestParseHeaderColumnLimit(t *testing.T) {
	cells := make([]string, MaxColumns+1)
	for i := range cells {
		cells[i] = fmt.Sprintf("Other %d", i)
	}
	h, err := ParseHeader(cells[:MaxColumns], Options{})
	if err != nil || h.Len() != MaxColumns {
		t.Fatalf("%d columns: err = %v", MaxColumns, err)
	}
	_, err = ParseHeader(cells, Options{})
	if diff := cmp.Diff([]errAt{{1, 0, "", ErrLimit}}, errsAt(t, err), sameError); diff != "" {
		t.Errorf("%d columns: mismatch (-want +got):\n%s", MaxColumns+1, diff)
	}
}

// TestParseHeaderErrorColumns: the errors for a header mapped to no field
// and for a second column giving a field name that column and its header.
func TestParseHeaderErrorColumns(t *testing.T) {
	cells := []string{"ID", "Manager ID", "Odd", "Role", "Employee ID"}
	_, err := ParseHeader(cells, Options{Headers: map[string]Field{"odd": Field(99)}})
	want := []errAt{
		{1, 3, "Odd", ErrOptions},
		{1, 5, "Employee ID", ErrDuplicateColumn},
	}
	if diff := cmp.Diff(want, errsAt(t, err), sameError); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}

// TestParseDateFields: a date alone is exactly YYYY-MM-DD, each part
// digits and each separator a dash; anything else is refused.
func TestParseDateFields(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want time.Time // zero for an error
	}{
		{"2024-02-29", time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC)},
		{"0999-12-31", time.Date(999, 12, 31, 0, 0, 0, 0, time.UTC)},
		{"2020/01-01", time.Time{}},
		{"2020-01/01", time.Time{}},
		{"2020.01.01", time.Time{}},
		{"20x0-01-01", time.Time{}},
		{"2 20-01-01", time.Time{}},
		{"2020-0x-01", time.Time{}},
		{"2020-01-0x", time.Time{}},
		{"2020-13-01", time.Time{}},
		{"2020-00-01", time.Time{}},
		{"2020-01-00", time.Time{}},
	} {
		got, err := ParseDate(tt.in)
		if !got.Equal(tt.want) || (err == nil) == tt.want.IsZero() {
			t.Errorf("ParseDate(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
		if err != nil && !errors.Is(err, ErrDate) {
			t.Errorf("ParseDate(%q) error %v does not wrap ErrDate", tt.in, err)
		}
	}
}

// TestParseYearsDigits: every decimal digit counts, 9 included.
func TestParseYearsDigits(t *testing.T) {
	for in, want := range map[string]float64{"9": 9, "19.9": 19.9, "0.09": 0.09, "1234567890": 1234567890} {
		if got, err := ParseYears(in); got != want || err != nil {
			t.Errorf("ParseYears(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
}

// TestReaderCellLimitIsExact: a cell of exactly MaxFieldBytes is read;
// a row with a cell one byte longer is refused with an error naming the
// cell's line, column and header.
func TestReaderCellLimitIsExact(t *testing.T) {
	in := "ID,Manager ID,Role,Product\n" +
		"E1,,vp," + strings.Repeat("x", MaxFieldBytes) + "\n" +
		"E2,E1,pm," + strings.Repeat("x", MaxFieldBytes+1) + "\n" +
		"E3,E1,pm,\n"
	rd, err := NewReader(strings.NewReader(in), required)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for rd.Next() {
		ids = append(ids, rd.Text(ID))
	}
	if diff := cmp.Diff([]string{"E1", "E3"}, ids); diff != "" {
		t.Errorf("rows mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]errAt{{3, 4, "Product", ErrLimit}}, errsAt(t, rd.Err()), sameError); diff != "" {
		t.Errorf("errors mismatch (-want +got):\n%s", diff)
	}
}

// TestReaderAddErrorNoColumn: a problem recorded for a field no column
// gives is reported on the row's line, with no column, header or value.
func TestReaderAddErrorNoColumn(t *testing.T) {
	rd, err := NewReader(strings.NewReader("ID,Manager ID,Role\nE1,,vp\n\"E\n2\",E1,pm\n"), required)
	if err != nil {
		t.Fatal(err)
	}
	errNoTitle := errors.New("no title")
	for rd.Next() {
		rd.AddError(Title, errNoTitle)
	}
	var list *ErrorList
	if !errors.As(rd.Err(), &list) {
		t.Fatalf("err = %v", rd.Err())
	}
	var got []Error
	for _, e := range list.Errs {
		got = append(got, *e)
	}
	want := []Error{{Line: 2, Err: errNoTitle}, {Line: 3, Err: errNoTitle}}
	if diff := cmp.Diff(want, got, sameError); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
	if msg := list.Error(); msg != "line 2: no title\nline 3: no title" {
		t.Errorf("message = %q", msg)
	}
}

// TestReaderBrokenInputLine: a failing reader's error is on the line
// after the last record read, however the records' quoted cells hold
// line breaks and quotes.
func TestReaderBrokenInputLine(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []errAt
	}{
		{"ID,Manager ID,Role\nE1,,\"v\np\"\nE2,E1,pm\n", []errAt{{5, 0, "", errBroken}}},
		{"ID,Manager ID,Role\nE1,\"\",vp\nE2,E1,pm\n", []errAt{{4, 0, "", errBroken}}},
		{"ID,Manager ID,Role\nE1,\"\",\"v\np\"\nE2,\"E\"\"1\",pm\n", []errAt{{5, 0, "", errBroken}}},
	} {
		rd, err := NewReader(io.MultiReader(strings.NewReader(tt.in), iotest.ErrReader(errBroken)), required)
		if err != nil {
			t.Fatal(err)
		}
		rows := 0
		for rd.Next() {
			rows++
		}
		if rows != 2 {
			t.Errorf("%q: %d rows read, want 2", tt.in, rows)
		}
		if diff := cmp.Diff(tt.want, errsAt(t, rd.Err()), sameError); diff != "" {
			t.Errorf("%q: mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}
