// Package mdtable reads and writes the pipe tables of GitHub-flavoured
// Markdown, as GitHub reads them, for RACI charts kept in a repository:
// a header row, a delimiter row with as many cells, then body rows until
// a blank line or the start of another block. Outer pipes are optional;
// "\|" is a pipe inside a cell and a backslash before other punctuation
// escapes it; tables inside code blocks are not tables.
//
// A [Reader] returns one row at a time and keeps at most a given number
// of cells of a row, only counting the rest, so that the work done on an
// input is bounded by its size.
package mdtable

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

// A Row is one row of a table: its first cells, trimmed, and the line it
// came from. A cell longer than the reader's limit is cut, untrimmed, to
// one byte more than it, so that it is seen to be too long.
type Row struct {
	Line  int      // 1-based line of the input
	Cells []string // the first cells, at most the reader's limit
	N     int      // the number of cells in the row, kept or not
}

// MaxLine is the longest line a Reader reads, in bytes.
const MaxLine = 1 << 20

// ErrNoTable is returned when the input holds no table.
var ErrNoTable = errors.New("no table")

// A ShapeError reports that the input holds no table, but a delimiter row
// whose number of cells differs from the header above it: GitHub shows no
// table there, though one was meant.
type ShapeError struct {
	Line              int // the delimiter row's
	Header, Delimiter int // their numbers of cells
}

func (e *ShapeError) Error() string {
	return fmt.Sprintf("line %d: the delimiter row has %d cells, the header above it %d, so GitHub shows no table",
		e.Line, e.Delimiter, e.Header)
}

// A LineError reports a line too long to read.
type LineError struct{ Line int }

func (e *LineError) Error() string {
	return fmt.Sprintf("line %d: longer than %d bytes", e.Line, MaxLine)
}

// A Reader reads the first table of a Markdown document, one row at a
// time.
type Reader struct {
	sc       *bufio.Scanner
	maxCells int
	maxBytes int // of a cell
	line     int
	state    int // searching, inTable or done
	fence    string
	prev     string // the line before, when it may be a table's header
	prevLine int
	nearMiss *ShapeError
	err      error
	cells    []string
	buf      []byte
	ends     []int
}

const (
	searching = iota
	inTable
	done
)

// NewReader returns a reader of r that keeps at most maxCells cells of a
// row, and at most maxBytes+1 bytes of a cell.
func NewReader(r io.Reader, maxCells, maxBytes int) *Reader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), MaxLine)
	return &Reader{sc: sc, maxCells: maxCells, maxBytes: maxBytes}
}

// Read returns the next row of the first table: its header first, then
// its body rows, then io.EOF. If there is no table it returns
// [ErrNoTable], or a [*ShapeError] when a table was plainly meant. The
// delimiter row is checked and skipped. Row.Cells is reused by the next
// Read; the strings in it are not.
func (r *Reader) Read() (Row, error) {
	if r.err != nil {
		return Row{}, r.err
	}
	for r.sc.Scan() {
		r.line++
		text := r.sc.Text()
		if r.line == 1 {
			text = strings.TrimPrefix(text, "\ufeff")
		}
		indent, rest := indentation(text)
		if r.state == inTable {
			if rest == "" || indent >= 4 || startsBlock(rest) {
				break
			}
			return r.row(rest), nil
		}
		if r.fence != "" {
			if indent < 4 && closesFence(rest, r.fence) {
				r.fence = ""
			}
			continue
		}
		switch {
		case rest == "":
			r.prev = ""
		case indent >= 4:
			if r.prev != "" { // a paragraph goes on; else indented code
				r.prev, r.prevLine = rest, r.line
			}
		case opensFence(rest) != "":
			r.fence, r.prev = opensFence(rest), ""
		case r.prev != "" && isDelimiter(rest):
			d := len(splitPlain(rest))
			h := r.split(r.prev)
			if h.N == d {
				r.state = inTable
				h.Line = r.prevLine
				return h, nil
			}
			if r.nearMiss == nil {
				r.nearMiss = &ShapeError{Line: r.line, Header: h.N, Delimiter: d}
			}
			r.prev, r.prevLine = rest, r.line
		case startsBlock(rest):
			r.prev = ""
		default:
			r.prev, r.prevLine = rest, r.line
		}
	}
	if err := r.sc.Err(); err != nil {
		r.err = err
		if errors.Is(err, bufio.ErrTooLong) {
			r.err = &LineError{Line: r.line + 1}
		}
		return Row{}, r.err
	}
	switch {
	case r.state != searching:
		r.err = io.EOF
	case r.nearMiss != nil:
		r.err = r.nearMiss
	default:
		r.err = ErrNoTable
	}
	r.state = done
	return Row{}, r.err
}

// row returns the row of one table line.
func (r *Reader) row(line string) Row {
	row := r.split(line)
	row.Line = r.line
	return row
}

// split splits a table line into cells as GitHub does, keeping at most
// maxCells of them.
func (r *Reader) split(line string) Row {
	line = strings.TrimSpace(line)
	line = strings.TrimPrefix(line, "|")
	r.buf, r.ends = r.buf[:0], r.ends[:0]
	start, n := 0, 0
	emit := func() {
		n++
		cell := r.buf[start:]
		if len(cell) > r.maxBytes { // too long: kept untrimmed to show it
			cell = cell[:r.maxBytes+1]
		}
		// Trim the cell in place.
		for len(cell) <= r.maxBytes && len(cell) > 0 && (cell[len(cell)-1] == ' ' || cell[len(cell)-1] == '\t') {
			cell = cell[:len(cell)-1]
		}
		k := 0
		for len(cell) <= r.maxBytes && k < len(cell) && (cell[k] == ' ' || cell[k] == '\t') {
			k++
		}
		r.buf = append(r.buf[:start], cell[k:]...)
		if n <= r.maxCells {
			r.ends = append(r.ends, len(r.buf))
			start = len(r.buf)
		} else {
			r.buf = r.buf[:start]
		}
	}
	endsWithPipe := false
	for i := 0; i < len(line); i++ {
		c := line[i]
		endsWithPipe = false
		switch {
		case c == '\\' && i+1 < len(line) && isPunct(line[i+1]):
			if len(r.buf)-start <= r.maxBytes {
				r.buf = append(r.buf, line[i+1])
			}
			i++
		case c == '|':
			emit()
			endsWithPipe = true
		case len(r.buf)-start <= r.maxBytes:
			r.buf = append(r.buf, c)
		}
	}
	if !endsWithPipe {
		emit()
	}
	s := string(r.buf)
	r.cells = r.cells[:0]
	prev := 0
	for _, end := range r.ends {
		r.cells = append(r.cells, s[prev:end])
		prev = end
	}
	return Row{Cells: r.cells, N: n}
}

// isDelimiter reports whether a line is a delimiter row: cells of dashes
// with optional colons at either end. A line of dashes alone is a setext
// heading's underline or a thematic break, so without a pipe a delimiter
// row needs a colon.
func isDelimiter(line string) bool {
	if !strings.ContainsAny(line, "|:") || strings.Trim(line, "|:- \t") != "" {
		return false
	}
	for _, c := range splitPlain(line) {
		if !isDelimiterCell(strings.TrimSpace(c)) {
			return false
		}
	}
	return true
}

// splitPlain splits a line of a delimiter row, which holds no escapes.
func splitPlain(line string) []string {
	line = strings.TrimSpace(line)
	line = strings.TrimPrefix(line, "|")
	line = strings.TrimSuffix(line, "|")
	return strings.Split(line, "|")
}

func isDelimiterCell(c string) bool {
	c = strings.TrimSuffix(strings.TrimPrefix(c, ":"), ":")
	return c != "" && strings.Trim(c, "-") == ""
}

// isPunct reports whether c is ASCII punctuation, which a backslash
// escapes in Markdown.
func isPunct(c byte) bool {
	return '!' <= c && c <= '/' || ':' <= c && c <= '@' || '[' <= c && c <= '`' || '{' <= c && c <= '~'
}

// indentation returns the width of a line's indentation, a tab reaching
// the next multiple of four, and the line after it.
func indentation(line string) (int, string) {
	w := 0
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case ' ':
			w++
		case '\t':
			w += 4 - w%4
		default:
			return w, line[i:]
		}
	}
	return w, ""
}

// opensFence returns the fence a line opens, such as "```" or "~~~~", or
// "".
func opensFence(line string) string {
	if len(line) < 3 || line[0] != '`' && line[0] != '~' {
		return ""
	}
	n := len(line) - len(strings.TrimLeft(line, line[:1]))
	if n < 3 || line[0] == '`' && strings.Contains(line[n:], "`") {
		return ""
	}
	return line[:n]
}

// closesFence reports whether a line closes the fence.
func closesFence(line, fence string) bool {
	n := len(line) - len(strings.TrimLeft(line, fence[:1]))
	return n >= len(fence) && strings.TrimSpace(line[n:]) == ""
}

// startsBlock reports whether a line, without its indentation, starts a
// block other than a paragraph: a block quote, a heading, a code fence, a
// thematic break, a list item or HTML. Such a line ends a table.
func startsBlock(line string) bool {
	switch c := line[0]; {
	case c == '>':
		return true
	case c == '#':
		n := len(line) - len(strings.TrimLeft(line, "#"))
		return n <= 6 && (n == len(line) || line[n] == ' ' || line[n] == '\t')
	case c == '`' || c == '~':
		return opensFence(line) != ""
	case c == '<':
		return startsHTML(line)
	case c == '-' || c == '*' || c == '_' || c == '+':
		if c != '+' && isThematicBreak(line, c) {
			return true
		}
		return c != '_' && (len(line) == 1 || line[1] == ' ' || line[1] == '\t')
	case '0' <= c && c <= '9':
		n := len(line) - len(strings.TrimLeft(line, "0123456789"))
		if n > 9 || n == len(line) || line[n] != '.' && line[n] != ')' {
			return false
		}
		return n+1 == len(line) || line[n+1] == ' ' || line[n+1] == '\t'
	}
	return false
}

func isThematicBreak(line string, c byte) bool {
	n := 0
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case c:
			n++
		case ' ', '\t':
		default:
			return false
		}
	}
	return n >= 3
}

// startsHTML reports whether a line starts an HTML block of the kinds
// that may interrupt a table (CommonMark's kinds 1 to 6): a comment, a
// processing instruction, a declaration, CDATA, or a tag of htmlBlocks.
func startsHTML(line string) bool {
	rest := line[1:]
	if strings.HasPrefix(rest, "!") || strings.HasPrefix(rest, "?") {
		return true
	}
	rest = strings.TrimPrefix(rest, "/")
	n := 0
	for n < len(rest) && ('a' <= rest[n]|0x20 && rest[n]|0x20 <= 'z' || '0' <= rest[n] && rest[n] <= '9') {
		n++
	}
	if n == 0 || !htmlBlocks[strings.ToLower(rest[:n])] {
		return false
	}
	return n == len(rest) || strings.ContainsRune(" \t>/", rune(rest[n]))
}

// htmlBlocks are the tags that start an HTML block (CommonMark 0.31,
// kinds 1 and 6).
var htmlBlocks = func() map[string]bool {
	m := map[string]bool{}
	for _, t := range strings.Fields(`script pre style textarea
		address article aside base basefont blockquote body caption center col colgroup dd details
		dialog dir div dl dt fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6
		head header hr html iframe legend li link main menu menuitem nav noframes ol optgroup option
		p param search section summary table tbody td tfoot th thead title tr track ul`) {
		m[t] = true
	}
	return m
}()

// Escape returns s as a cell's text: its backslashes and pipes escaped,
// so that [Reader] and GitHub read s back.
func Escape(s string) string {
	if !strings.ContainsAny(s, `\|`) {
		return s
	}
	return strings.NewReplacer(`\`, `\\`, `|`, `\|`).Replace(s)
}

// WriteRow writes cells as one table line.
func WriteRow(w *bufio.Writer, cells []string) {
	w.WriteByte('|')
	for _, c := range cells {
		w.WriteByte(' ')
		w.WriteString(Escape(c))
		w.WriteString(" |")
	}
	w.WriteByte('\n')
}

// WriteDelimiter writes the delimiter row of a table of n columns.
func WriteDelimiter(w *bufio.Writer, n int) {
	w.WriteByte('|')
	for range n {
		w.WriteString("---|")
	}
	w.WriteByte('\n')
}
