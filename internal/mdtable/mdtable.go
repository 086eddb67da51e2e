// Package mdtable reads and writes the pipe tables of GitHub-flavoured
// Markdown, just enough for RACI charts kept in a repository: a header
// row, a delimiter row, body rows; cells split on unescaped pipes, with
// "\|" for a literal pipe.
package mdtable

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

// A Row is one row of a table: its cells, trimmed, and the line it came
// from (1-based).
type Row struct {
	Line  int
	Cells []string
}

// Limits bound the work done on hostile input.
const (
	MaxLine = 1 << 20 // bytes in one line
	MaxRows = 1 << 20 // rows in one table
)

// ErrNoTable is returned when the input holds no table.
var ErrNoTable = errors.New("no table")

// Read returns the rows of the first table in r: the header row first,
// then the body rows; the delimiter row is checked and dropped. Lines
// before the table that are blank or not table rows are skipped; the table
// ends at the first line that is not a row. A syntax error names its line.
func Read(r io.Reader) ([]Row, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), MaxLine)
	var rows []Row
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if !strings.HasPrefix(text, "|") {
			if len(rows) > 0 {
				break
			}
			continue
		}
		cells := Split(text)
		if len(rows) == 1 {
			if !isDelimiter(cells) {
				return nil, fmt.Errorf("line %d: the header must be followed by a delimiter row such as |---|---|", line)
			}
			if len(cells) != len(rows[0].Cells) {
				return nil, fmt.Errorf("line %d: the delimiter row has %d cells, the header %d", line, len(cells), len(rows[0].Cells))
			}
			rows = append(rows, Row{}) // placeholder, dropped below
			continue
		}
		if len(rows) > MaxRows {
			return nil, fmt.Errorf("line %d: more than %d rows", line, MaxRows)
		}
		rows = append(rows, Row{Line: line, Cells: cells})
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return nil, fmt.Errorf("line %d: longer than %d bytes", line+1, MaxLine)
		}
		return nil, err
	}
	switch len(rows) {
	case 0:
		return nil, ErrNoTable
	case 1:
		return nil, fmt.Errorf("line %d: the header must be followed by a delimiter row such as |---|---|", rows[0].Line+1)
	}
	return append(rows[:1], rows[2:]...), nil
}

// Split returns the trimmed cells of one table line, which starts with a
// pipe; a trailing pipe is optional. "\|" stands for a pipe inside a cell.
func Split(line string) []string {
	line = strings.TrimPrefix(line, "|")
	if strings.HasSuffix(line, "|") && !strings.HasSuffix(line, `\|`) {
		line = line[:len(line)-1]
	}
	var cells []string
	var b strings.Builder
	for i := 0; i < len(line); i++ {
		switch c := line[i]; {
		case c == '\\' && i+1 < len(line) && line[i+1] == '|':
			b.WriteByte('|')
			i++
		case c == '|':
			cells = append(cells, strings.TrimSpace(b.String()))
			b.Reset()
		default:
			b.WriteByte(c)
		}
	}
	return append(cells, strings.TrimSpace(b.String()))
}

// isDelimiter reports whether cells form a delimiter row: each cell is
// dashes with optional colons at either end.
func isDelimiter(cells []string) bool {
	if len(cells) == 0 {
		return false
	}
	for _, c := range cells {
		c = strings.TrimSuffix(strings.TrimPrefix(c, ":"), ":")
		if c == "" || strings.Trim(c, "-") != "" {
			return false
		}
	}
	return true
}

// Escape returns s with its pipes escaped, for a cell.
func Escape(s string) string { return strings.ReplaceAll(s, "|", `\|`) }

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
