// Package csvtable reads and writes the CSV of RACI charts with bounded
// work: a [Reader] reads records as encoding/csv does (RFC 4180, comma
// separated, no comments, records of any length) but keeps at most a
// given number of cells of a record, only counting the rest, and goes on
// after a malformed record; [AppendRecord] writes records that no
// spreadsheet runs as formulas.
package csvtable

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A Row is one record of a table. A cell longer than the reader's
// limit is cut to one byte more than it, so that it is seen to be too
// long.
type Row struct {
	Line  int      // the line the record starts on, 1-based
	Cells []string // the first cells, at most the reader's limit
	N     int      // the number of cells in the record, kept or not
}

// A SyntaxError reports a malformed record: the cells read before the
// fault come back in the Row, and reading goes on at the next line.
type SyntaxError struct {
	Line   int   // 1-based line of the fault
	Column int   // 1-based byte column of the fault in its line
	Cell   int   // 1-based index of the cell at fault
	Err    error // csv.ErrBareQuote or csv.ErrQuote
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("line %d, column %d: %v", e.Line, e.Column, e.Err)
}

func (e *SyntaxError) Unwrap() error { return e.Err }

// A Reader reads the records of a CSV table one at a time.
type Reader struct {
	br       *bufio.Reader
	maxCells int
	maxBytes int  // of a cell
	start    int  // where the cell being read starts in buf
	line     int  // lines read so far
	started  bool // the byte-order mark check is done
	long     []byte
	buf      []byte   // the kept cells of the record, back to back
	ends     []int    // where each kept cell ends in buf
	cells    []string // reused by each Read
}

// NewReader returns a reader of r that keeps at most maxCells cells of a
// record, and at most maxBytes+1 bytes of a cell.
func NewReader(r io.Reader, maxCells, maxBytes int) *Reader {
	return &Reader{br: bufio.NewReaderSize(r, 64<<10), maxCells: maxCells, maxBytes: maxBytes}
}

// Read returns the next record, skipping empty lines, or io.EOF after
// the last. A leading UTF-8 byte-order mark is skipped. A malformed record
// comes back with the cells before the fault and a [*SyntaxError]; an
// error of the underlying reader ends reading. Row.Cells is reused by the
// next Read; the strings in it are not.
func (r *Reader) Read() (Row, error) {
	var line []byte
	var err error
	for {
		line, err = r.readLine()
		if err != nil && len(line) == 0 {
			return Row{}, err
		}
		if !r.started {
			r.started = true
			line = bytes.TrimPrefix(line, []byte("\ufeff"))
		}
		if err != nil || !isNewline(line) {
			break
		}
	}
	row := Row{Line: r.line}
	r.buf, r.ends = r.buf[:0], r.ends[:0]
	col := 1 // byte column of the start of line in its physical line
	var fault *SyntaxError
cells:
	for {
		row.N++
		if len(line) == 0 || line[0] != '"' {
			i := bytes.IndexByte(line, ',')
			cell := line
			if i >= 0 {
				cell = cell[:i]
			} else {
				cell = cell[:len(cell)-newlineLen(cell)]
			}
			if j := bytes.IndexByte(cell, '"'); j >= 0 {
				fault = &SyntaxError{Line: r.line, Column: col + j, Cell: row.N, Err: csv.ErrBareQuote}
				break cells
			}
			r.keep(row.N, cell)
			if i < 0 {
				break cells
			}
			line = line[i+1:]
			col += i + 1
			continue
		}
		// A quoted cell, which may run over several lines.
		line = line[1:]
		col++
		r.start = len(r.buf)
		for {
			i := bytes.IndexByte(line, '"')
			switch {
			case i >= 0:
				r.add(row.N, line[:i])
				line = line[i+1:]
				col += i + 1
				switch {
				case len(line) > 0 && line[0] == '"':
					r.add(row.N, line[:1])
					line = line[1:]
					col++
					continue
				case len(line) > 0 && line[0] == ',':
					r.end(row.N)
					line = line[1:]
					col++
					continue cells
				case newlineLen(line) == len(line):
					r.end(row.N)
					break cells
				}
				fault = &SyntaxError{Line: r.line, Column: col - 1, Cell: row.N, Err: csv.ErrQuote}
				break cells
			case len(line) > 0 && err == nil:
				r.add(row.N, line)
				line, err = r.readLine()
				col = 1
				if err == io.EOF {
					err = nil
					if len(line) == 0 { // the input ends inside the quotes
						fault = &SyntaxError{Line: r.line, Column: 1, Cell: row.N, Err: csv.ErrQuote}
						break cells
					}
				}
			default:
				if err == nil {
					err = io.ErrUnexpectedEOF
				}
				break cells
			}
		}
	}
	if err == io.EOF {
		err = nil
	}
	s := string(r.buf)
	r.cells = r.cells[:0]
	prev := 0
	for _, end := range r.ends {
		r.cells = append(r.cells, s[prev:end])
		prev = end
	}
	row.Cells = r.cells
	if fault != nil {
		row.N--
		return row, fault
	}
	return row, err
}

// keep keeps a whole cell if it is among the first maxCells.
func (r *Reader) keep(n int, cell []byte) {
	if n <= r.maxCells {
		r.buf = append(r.buf, cell[:min(len(cell), r.maxBytes+1)]...)
		r.ends = append(r.ends, len(r.buf))
	}
}

// add adds part of quoted cell n, and end ends it, if it is kept.
func (r *Reader) add(n int, part []byte) {
	if n <= r.maxCells {
		room := r.start + r.maxBytes + 1 - len(r.buf)
		r.buf = append(r.buf, part[:min(len(part), max(room, 0))]...)
	}
}

func (r *Reader) end(n int) {
	if n <= r.maxCells {
		r.ends = append(r.ends, len(r.buf))
	}
}

// readLine returns the next line with its "\n", "\r\n" turned into "\n",
// and a trailing "\r" at the end of the input dropped, as encoding/csv
// does. A final line without a newline comes with a nil error.
func (r *Reader) readLine() ([]byte, error) {
	line, err := r.br.ReadSlice('\n')
	if err == bufio.ErrBufferFull {
		r.long = append(r.long[:0], line...)
		for err == bufio.ErrBufferFull {
			line, err = r.br.ReadSlice('\n')
			// Double the buffer: append grows large slices by a
			// quarter, which would allocate five times a long line.
			if len(r.long)+len(line) > cap(r.long) {
				r.long = slices.Grow(r.long, max(len(line), cap(r.long)))
			}
			r.long = append(r.long, line...)
		}
		line = r.long
	}
	if len(line) > 0 && err == io.EOF {
		err = nil
		if line[len(line)-1] == '\r' {
			line = line[:len(line)-1]
		}
	}
	if len(line) > 0 {
		r.line++
	}
	if n := len(line); n >= 2 && line[n-2] == '\r' && line[n-1] == '\n' {
		line[n-2] = '\n'
		line = line[:n-1]
	}
	return line, err
}

func isNewline(line []byte) bool { return len(line) == newlineLen(line) }

func newlineLen(b []byte) int {
	if len(b) > 0 && b[len(b)-1] == '\n' {
		return 1
	}
	return 0
}

// AppendRecord appends cells to b as one CSV line ending in "\n", as
// [Reader] reads them back. Every cell goes through [Defuse], so that no
// spreadsheet runs one as a formula, and a cell is quoted when it holds a
// quote, a line break or any separator a spreadsheet may split on (comma,
// semicolon, tab), or starts or ends with a space, or starts with a
// byte-order mark (which a first line would lose), so that a cell cannot
// be cut into one that starts a formula either. As with encoding/csv, a
// "\r\n" in a cell reads back as "\n".
func AppendRecord(b []byte, cells []string) []byte {
	for i, c := range cells {
		if i > 0 {
			b = append(b, ',')
		}
		c = Defuse(c)
		if !needsQuotes(c) && !(len(cells) == 1 && c == "") {
			b = append(b, c...)
			continue
		}
		b = append(b, '"')
		for {
			j := strings.IndexByte(c, '"')
			if j < 0 {
				break
			}
			b = append(b, c[:j+1]...)
			b = append(b, '"')
			c = c[j+1:]
		}
		b = append(b, c...)
		b = append(b, '"')
	}
	return append(b, '\n')
}

func needsQuotes(c string) bool {
	if c == "" {
		return false
	}
	if strings.ContainsAny(c, "\",;\t\r\n") || c[0] == '\'' || strings.HasPrefix(c, "\ufeff") {
		return true
	}
	first, _ := utf8.DecodeRuneInString(c)
	last, _ := utf8.DecodeLastRuneInString(c)
	return unicode.IsSpace(first) || unicode.IsSpace(last)
}

// formulaStart holds the bytes that make a spreadsheet read a cell as a
// formula (OWASP's list for CSV injection), and the apostrophe that
// Defuse adds, so that a cell starting with one reads back unchanged.
const formulaStart = "=+-@\t\r\n'"

// Defuse returns c with an apostrophe in front when it starts with a
// byte a spreadsheet would take for the start of a formula (= + - @, tab,
// carriage return, line feed) or with an apostrophe: spreadsheets show
// such a cell as text, without the apostrophe. [Restore] undoes it.
func Defuse(c string) string {
	if c != "" && strings.IndexByte(formulaStart, c[0]) >= 0 {
		return "'" + c
	}
	return c
}

// Restore returns c without the apostrophe [Defuse] puts in front, if it
// has one: a cell a spreadsheet would show as text without it.
func Restore(c string) string {
	if len(c) >= 2 && c[0] == '\'' && strings.IndexByte(formulaStart, c[1]) >= 0 {
		return c[1:]
	}
	return c
}
