package mdtable

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestReadBlocks: what is a table and what is not, around code blocks
// and paragraphs. A fence is three or more backticks or tildes, and a
// backtick fence's info string holds no backtick; a fence is closed only
// by as many of its characters or more and nothing else, on a line
// indented less than four columns, a tab reaching the next
// multiple of four. An indented line goes on a paragraph, so it may be a
// table's header, but after a blank line it is indented code, which no
// delimiter row makes a header. A delimiter cell is dashes with optional
// colons at either end, nothing else.
func TestReadBlocks(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []Row // nil: ErrNoTable
	}{
		{"a fence is not closed by indented code", "```\n    ```\n| h |\n|---|\n", nil},
		{"a fence is closed by three spaces", "```\n   ```\n| h |\n|---|\n", []Row{{3, []string{"h"}, 1}}},
		{"an indented header after a paragraph line", "text\n    | h |\n|---|\n| a |\n",
			[]Row{{2, []string{"h"}, 1}, {4, []string{"a"}, 1}}},
		{"indented code is no header", "    | x |\n|---|\n", nil},
		{"a tab indents four columns", "\t| x |\n|---|\n", nil},
		{"a space and a tab indent four columns", " \t| x |\n|---|\n", nil},
		{"a tilde fence's info string may hold a backtick", "~~~a`\n| h |\n|---|\n", nil},
		{"a blank line does not close a fence", "```\n\n| h |\n|---|\n```\n", nil},
		{"a closing fence has no info string", "```\n```x\n| h |\n|---|\n", nil},
		{"a shorter fence does not close", "````\n```\n| h |\n|---|\n", nil},
		{"two tildes open no fence", "~~x\n| h |\n|---|\n", []Row{{2, []string{"h"}, 1}}},
		{"a backtick in the info string opens no fence", "```a`\n| h |\n|---|\n", []Row{{2, []string{"h"}, 1}}},
		{"indented code after a blank line", "text\n\n    | x |\n|---|\n", nil},
		{"a colon is no delimiter cell", "| a |\n| : |\n", nil},
		{"two colons are no delimiter cell", "| a |\n| :: |\n", nil},
		{"an empty delimiter cell", "| a | b |\n|---||\n", nil},
		{"dashes with a space inside", "| a |\n| - - |\n", nil},
		{"a delimiter cell of one dash and colons", "| a | b |\n|:-:|-:|\n", []Row{{1, []string{"a", "b"}, 2}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := read(tt.in, 10)
			if tt.want == nil {
				if !errors.Is(err, ErrNoTable) {
					t.Fatalf("Read = %v, %v; want ErrNoTable", got, err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("rows mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestReadEscapes: a backslash before ASCII punctuation escapes it, and
// before anything else, or at the end of a line, is a backslash.
func TestReadEscapes(t *testing.T) {
	const punct = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
	var in strings.Builder
	in.WriteString("| h |\n|---|\n")
	var want []Row
	for c := byte(' ' + 1); c < 0x7f; c++ {
		in.WriteString("|a\\" + string(c) + "b|\n")
		cell := "a\\" + string(c) + "b"
		if strings.IndexByte(punct, c) >= 0 {
			cell = "a" + string(c) + "b"
		}
		want = append(want, Row{Line: len(want) + 3, Cells: []string{cell}, N: 1})
	}
	in.WriteString("| a \\\n")
	want = append(want, Row{Line: len(want) + 3, Cells: []string{`a \`}, N: 1})
	got, err := read(in.String(), 10)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got[1:]); diff != "" {
		t.Errorf("rows mismatch (-want +got):\n%s", diff)
	}
}

// TestReadCellLimit: the byte limit applies to a cell before trimming: a
// cell of at most the limit is trimmed, a longer one is cut untrimmed to
// one byte more, escapes counting as the character they stand for.
func TestReadCellLimit(t *testing.T) {
	in := "| h |\n|---|\n" +
		"| abc |  abc|abc  |abcde|abcdef|abcdefg| abcde |\n" +
		`|x|\|\|\|\|\||\|\|\|\|\|\||` + "\n"
	r := NewReader(strings.NewReader(in), 10, 5)
	var got [][]string
	for {
		row, err := r.Read()
		if err != nil {
			break
		}
		got = append(got, append([]string(nil), row.Cells...))
	}
	want := [][]string{
		{"h"},
		{"abc", "abc", "abc", "abcde", "abcdef", "abcdef", " abcde"},
		{"x", "|||||", "||||||"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("cells mismatch (-want +got):\n%s", diff)
	}
}

// TestReadTableEnd: a table ends at a line that starts another block (an
// ATX heading of one to six #, a thematic break, a list item, a block
// quote, a fence, HTML of CommonMark's kinds 1 to 6) and goes on at any
// other line, which is a row of one cell.
func TestReadTableEnd(t *testing.T) {
	ends := []string{
		"#", "# x", "#\tx", "###### x", "> x",
		"-", "- x", "-\tx", "* x", "+ x", "+", "***", "___", "- - -", "_ _ _", "* * *",
		"0. x", "9) x", "1.", "1)\tx", "123456789. x",
		"<!-- c", "<!x", "<?x", "<div", "<div>", "</div>", "<DIV class=x>", "<table/>", "<pre\tx", "<h1>", "<H6", "<ul>", "<address>",
	}
	goesOn := []string{
		"####### x", "#x", "-x", "+x", "*x", "_ x", "_", "__", "--",
		"12", "1x", "1x y", "1.x", "1234567890. x", "a. x",
		". x", ")", "<span>", "<divx>", "<a", "<", "</", "<h7>", "<1>", "<div-x>", "<x!>", "<h0>", "<h9>", "<divz>",
	}
	var lines, want []string
	for _, l := range ends {
		lines = append(lines, l)
		want = append(want, "end")
	}
	for _, l := range goesOn {
		lines = append(lines, l)
		want = append(want, "row "+l)
	}
	var got []string
	for _, l := range lines {
		rows, err := read("| h |\n|---|\n| a |\n"+l+"\n", 10)
		switch {
		case err != nil:
			got = append(got, "error "+err.Error())
		case len(rows) == 2:
			got = append(got, "end")
		case len(rows) == 3 && len(rows[2].Cells) == 1:
			got = append(got, "row "+rows[2].Cells[0])
		default:
			got = append(got, "rows "+strings.Join(rows[2].Cells, "|"))
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("what the lines do after a table mismatch (-want +got):\n%s", diff)
	}
}
