package hrtable

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"
)

var required = Options{Required: [][]Field{{ID}, {Manager}, {Role, Title}}}

// A got is what one reading gave: the rows placed, with their line and
// the fields asked for, and the errors, each as its line, column and
// sentinel.
type got struct {
	Rows []gotRow
	Errs []gotErr
	More int
}

type gotRow struct {
	Line             int
	ID, Manager, Exp string
}

type gotErr struct {
	Line, Column int
	Is           error
}

var sentinels = []error{ErrSyntax, ErrLimit, ErrNoHeader, ErrMissingColumn, ErrDuplicateColumn, ErrFieldCount, ErrNumber, ErrDate, ErrOptions, errBroken}

var errBroken = errors.New("broken reader")

// read reads all of in, asking every row for its ID, manager, years of
// experience and hire date.
func read(t *testing.T, in io.Reader, o Options) got {
	t.Helper()
	var g got
	rd, err := NewReader(in, o)
	if err == nil {
		for rd.Next() {
			exp := ""
			if v, ok := rd.Years(YearsOfExperience); ok {
				exp = fmt.Sprint(v)
			}
			rd.Date(HireDate)
			g.Rows = append(g.Rows, gotRow{rd.Line(), rd.Text(ID), rd.Text(Manager), exp})
			if len(rd.Row()) != rd.Header().Len() {
				t.Fatalf("line %d: %d cells placed under %d columns", rd.Line(), len(rd.Row()), rd.Header().Len())
			}
		}
		err = rd.Err()
	}
	if err == nil {
		return g
	}
	var list *ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("err = %v, not an *ErrorList", err)
	}
	g.More = list.More
	for _, e := range list.Errs {
		ge := gotErr{Line: e.Line, Column: e.Column}
		for _, s := range sentinels {
			if errors.Is(e, s) {
				ge.Is = s
			}
		}
		if e.Line < 1 {
			t.Errorf("%v: no line", e)
		}
		if e.Column > 0 && e.Header == "" {
			t.Errorf("%v: a column without its header", e)
		}
		g.Errs = append(g.Errs, ge)
	}
	return g
}

func TestReader(t *testing.T) {
	tests := []struct {
		name string
		in   string
		opts Options
		want got
	}{
		{
			name: "byte-order mark, CRLF, quotes, blank lines",
			in: "\ufeff\"Employee ID\",Name,Title,Manager ID,Years of Experience\r\n" +
				"E1,\"Lovelace, Ada\",VP,,20\r\n" +
				"\r\n" +
				"E2,\"Ada \"\"the\"\" Second\",\"Director,\r\nProduct\",E1,12.5\r\n" +
				",,, ,\r\n" + // blank cells only: skipped
				"E3,Bob,PM,E2,\r\n" +
				"\r\n\r\n",
			opts: required,
			want: got{Rows: []gotRow{{2, "E1", "", "20"}, {4, "E2", "E1", "12.5"}, {7, "E3", "E2", ""}}},
		},
		{
			name: "header only",
			in:   "ID,Manager ID,Role\n",
			opts: required,
			want: got{},
		},
		{
			name: "empty input",
			in:   "",
			want: got{Errs: []gotErr{{1, 0, ErrNoHeader}}},
		},
		{
			name: "a byte-order mark alone",
			in:   "\ufeff",
			want: got{Errs: []gotErr{{1, 0, ErrNoHeader}}},
		},
		{
			name: "missing columns",
			in:   "ID,Name\nE1,Ada\n",
			opts: required,
			want: got{Errs: []gotErr{{1, 0, ErrMissingColumn}, {1, 0, ErrMissingColumn}}},
		},
		{
			name: "every bad cell and row at once, the others read",
			in: "ID,Manager ID,Role,Hire Date,Years of Experience\n" +
				"E1,,vp,2020-01-01,3\n" +
				"E2,E1,pm,2020-02-30,x\n" + // bad date, bad number
				"E3,E1,pm\n" + // too short
				"E4,E1,pm,,1,extra\n" + // too long
				"E5,E1,\"multi\nline\",2021-01-01,-2\n" + // bad number on line 6
				"E6,E5,pm,,1\n",
			opts: required,
			want: got{
				Rows: []gotRow{{2, "E1", "", "3"}, {3, "E2", "E1", ""}, {6, "E5", "E1", ""}, {8, "E6", "E5", "1"}},
				Errs: []gotErr{{3, 4, ErrDate}, {3, 5, ErrNumber}, {4, 0, ErrFieldCount}, {5, 0, ErrFieldCount}, {7, 5, ErrNumber}},
			},
		},
		{
			name: "malformed CSV stops the reading, earlier errors kept",
			in: "ID,Manager ID,Role,Years of Experience\n" +
				"E1,,vp,x\n" +
				"E2,E1,p\"m,1\n" +
				"E3,E1,pm,1\n",
			opts: required,
			want: got{
				Rows: []gotRow{{2, "E1", "", ""}},
				Errs: []gotErr{{2, 4, ErrNumber}, {3, 0, ErrSyntax}},
			},
		},
		{
			name: "an unclosed quote",
			in:   "ID,Manager ID,Role\nE1,,\"vp\n",
			opts: required,
			want: got{Errs: []gotErr{{2, 0, ErrSyntax}}},
		},
		{
			name: "malformed header",
			in:   "ID,\"Manager\" ID,Role\n",
			want: got{Errs: []gotErr{{1, 0, ErrSyntax}}},
		},
		{
			name: "a cell over the limit",
			in:   "ID,Manager ID,Role\nE1,,vp\nE2,E1," + strings.Repeat("x", MaxFieldBytes+1) + "\nE3,E1,pm\n",
			opts: required,
			want: got{
				Rows: []gotRow{{2, "E1", "", ""}, {4, "E3", "E1", ""}},
				Errs: []gotErr{{3, 3, ErrLimit}},
			},
		},
		{
			name: "a record over the limit, in a quoted cell of many lines",
			in:   "ID,Manager ID,Role\nE1,,vp\nE2,E1,\"" + strings.Repeat("x\n", MaxRecordBytes/2+1) + "\"\nE3,E1,pm\n",
			opts: required,
			want: got{
				Rows: []gotRow{{2, "E1", "", ""}},
				Errs: []gotErr{{3, 0, ErrLimit}},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// One byte at a time as well, to cross every buffer boundary.
			for _, in := range []io.Reader{strings.NewReader(tt.in), iotest.OneByteReader(strings.NewReader(tt.in))} {
				if diff := cmp.Diff(tt.want, read(t, in, tt.opts), cmp.Comparer(func(a, b error) bool { return a == b })); diff != "" {
					t.Errorf("mismatch (-want +got):\n%s", diff)
				}
			}
		})
	}
}

func TestReaderRecordLimitIsExact(t *testing.T) {
	// A record of exactly MaxRecordBytes, line break excluded, is read:
	// 24 cells, none over MaxFieldBytes.
	head := "ID,Manager ID,Role" + strings.Repeat(",Other", 21) + "\n"
	row := "E1,,vp"
	for range 20 {
		row += "," + strings.Repeat("x", MaxRecordBytes/21)
	}
	row += "," + strings.Repeat("x", MaxRecordBytes-len(row)-1)
	g := read(t, strings.NewReader(head+row+"\n"), required)
	if len(g.Rows) != 1 || g.Errs != nil {
		t.Errorf("at the limit: %+v", g.Errs)
	}
	g = read(t, strings.NewReader(head+row+"x\n"), required)
	if len(g.Rows) != 0 || len(g.Errs) != 1 || g.Errs[0].Is != ErrLimit {
		t.Errorf("past the limit: %+v", g.Errs)
	}
}

func TestReaderRowLimit(t *testing.T) {
	defer func(n int) { maxRows = n }(maxRows)
	maxRows = 2
	// Rows of blank cells count; empty lines are no records.
	in := "ID,Manager ID,Role\nE1,,vp\n\n,,\nE2,E1,pm\n"
	want := got{Rows: []gotRow{{2, "E1", "", ""}}, Errs: []gotErr{{5, 0, ErrLimit}}}
	if diff := cmp.Diff(want, read(t, strings.NewReader(in), required), cmp.Comparer(func(a, b error) bool { return a == b })); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}

func TestReaderErrorCap(t *testing.T) {
	var b strings.Builder
	b.WriteString("ID,Manager ID,Role,Years in Role\n")
	for i := range 250 {
		fmt.Fprintf(&b, "E%d,,pm,bad\n", i)
	}
	rd, err := NewReader(strings.NewReader(b.String()), required)
	if err != nil {
		t.Fatal(err)
	}
	rows := 0
	for rd.Next() {
		rd.Years(YearsInRole)
		rows++
	}
	var list *ErrorList
	if !errors.As(rd.Err(), &list) || rows != 250 {
		t.Fatalf("%d rows, err %v", rows, rd.Err())
	}
	if len(list.Errs) != MaxErrors || list.More != 150 || list.Len() != 250 {
		t.Fatalf("%d errors kept, %d more", len(list.Errs), list.More)
	}
	msg := list.Error()
	if !strings.HasPrefix(msg, `line 2, column 4 ("Years in Role"): "bad": not a number of years`+"\n") || !strings.HasSuffix(msg, "\nand 150 more") {
		t.Errorf("message = %.200q...", msg)
	}
	if !errors.Is(rd.Err(), ErrNumber) || rd.Rows() != 250 {
		t.Error("the list does not wrap its errors, or rows miscounted")
	}
}

func TestReaderBrokenInput(t *testing.T) {
	in := io.MultiReader(strings.NewReader("ID,Manager ID,Role\nE1,,vp\nE2,E1,pm\n"), iotest.ErrReader(errBroken))
	want := got{Rows: []gotRow{{2, "E1", "", ""}, {3, "E2", "E1", ""}}, Errs: []gotErr{{4, 0, errBroken}}}
	if diff := cmp.Diff(want, read(t, in, required), cmp.Comparer(func(a, b error) bool { return a == b })); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}

func TestReaderAddError(t *testing.T) {
	rd, err := NewReader(strings.NewReader("ID,Manager ID,Role\nE1,,vq\n"), required)
	if err != nil {
		t.Fatal(err)
	}
	errUnknown := errors.New("unknown role")
	for rd.Next() {
		rd.AddError(Role, errUnknown)
		if rd.Text(Title) != "" {
			t.Error("a field with no column has text")
		}
		if _, ok := rd.Years(YearsManaging); ok {
			t.Error("a field with no column has years")
		}
	}
	var e *Error
	if !errors.As(rd.Err(), &e) || !errors.Is(e, errUnknown) {
		t.Fatalf("err = %v", rd.Err())
	}
	want := Error{Line: 2, Column: 3, Header: "Role", Value: "vq", Err: errUnknown}
	if diff := cmp.Diff(want, *e, cmp.Comparer(func(a, b error) bool { return a == b })); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
	if got := e.Error(); got != `line 2, column 3 ("Role"): "vq": unknown role` {
		t.Errorf("message = %s", got)
	}
}
