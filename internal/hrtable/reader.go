package hrtable

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
)

// Limits bound the work and memory spent on any input. A record (a row,
// which quoted line breaks can spread over several lines) is bounded
// before it is parsed, so no row can hold more than MaxRecordBytes in
// memory; the others are checked on each row.
const (
	MaxRecordBytes = 1 << 20   // bytes in one record
	MaxFieldBytes  = 64 << 10  // bytes in one cell
	MaxColumns     = 1024      // cells in the header or a row
	MaxRows        = 4_000_000 // records after the header, rows of blank cells included
)

// maxRows is MaxRows, lowered by tests.
var maxRows = MaxRows

// A Reader reads the rows of an export one at a time, as bufio.Scanner
// reads lines:
//
//	rd, err := hrtable.NewReader(r, opts) // reads the header
//	for rd.Next() {
//		id := rd.Text(hrtable.ID)
//		years, ok := rd.Years(hrtable.YearsInRole)
//		...
//	}
//	if err := rd.Err(); err != nil { ... }
//
// Cells that do not parse are recorded and reading goes on; Err returns
// them all at the end.
type Reader struct {
	csv    *csv.Reader
	src    *recordLimiter
	header *Header
	row    []string // the current row, reused by csv for the next
	line   int      // line of the current row's first cell
	rows   int
	errs   ErrorList
	done   bool
}

// NewReader reads the header row from r and returns a Reader positioned
// before the first row. It fails, with an [*ErrorList], on an empty
// input, malformed CSV in the header, or a header [ParseHeader] refuses.
func NewReader(r io.Reader, o Options) (*Reader, error) {
	src := &recordLimiter{r: r, recLine: 1}
	br := bufio.NewReaderSize(src, 64<<10)
	// A byte-order mark would be part of the first header cell, and would
	// make a quoted first cell malformed.
	if bom, err := br.Peek(3); err == nil && string(bom) == "\ufeff" {
		br.Discard(3)
	}
	cr := csv.NewReader(br)
	cr.ReuseRecord = true
	cr.FieldsPerRecord = -1 // a row of the wrong length is reported, not fatal
	cr.LazyQuotes = false
	rd := &Reader{csv: cr, src: src}
	cells, err := cr.Read()
	if err == io.EOF {
		rd.errs.add(&Error{Line: 1, Err: ErrNoHeader})
		return nil, &rd.errs
	}
	if err != nil {
		rd.fail(err)
		return nil, &rd.errs
	}
	for i, c := range cells {
		cells[i] = strings.TrimSpace(c)
	}
	if rd.header, err = ParseHeader(cells, o); err != nil {
		return nil, err
	}
	return rd, nil
}

// Header returns the header row.
func (r *Reader) Header() *Header { return r.header }

// Offset returns the number of bytes the header and the rows read so far
// took, after any byte-order mark.
func (r *Reader) Offset() int64 { return r.csv.InputOffset() }

// Next advances to the next row that can be placed, skipping rows whose
// cells are all blank and recording rows of the wrong length or with a
// cell over [MaxFieldBytes]. It returns false at the end of the input or
// on a fatal error.
func (r *Reader) Next() bool {
	for !r.done {
		row, err := r.csv.Read()
		if err != nil {
			r.done = true
			if err != io.EOF {
				r.fail(err)
			}
			return false
		}
		line, _ := r.csv.FieldPos(0)
		if r.rows++; r.rows > maxRows {
			r.done = true
			r.errs.Errs = append(r.errs.Errs, &Error{Line: line, Err: fmt.Errorf("%w: more than %d rows", ErrLimit, maxRows)})
			return false
		}
		if r.place(row, line) {
			r.row, r.line = row, line
			return true
		}
	}
	return false
}

// place reports whether row can be returned, recording why not.
func (r *Reader) place(row []string, line int) bool {
	blank := true
	for _, c := range row {
		if len(c) > 0 && strings.TrimSpace(c) != "" {
			blank = false
			break
		}
	}
	if blank {
		return false
	}
	if n := r.header.Len(); len(row) != n {
		r.errs.add(&Error{Line: line, Err: fmt.Errorf("%w: %d, the header has %d", ErrFieldCount, len(row), n)})
		return false
	}
	for i, c := range row {
		if len(c) > MaxFieldBytes {
			l, _ := r.csv.FieldPos(i)
			r.errs.add(&Error{Line: l, Column: i + 1, Header: r.header.Cell(i + 1),
				Err: fmt.Errorf("%w: a cell longer than %d bytes", ErrLimit, MaxFieldBytes)})
			return false
		}
	}
	return true
}

// fail records an error that stops the reading, past the cap if need be.
func (r *Reader) fail(err error) {
	var pe *csv.ParseError
	var e *Error
	switch {
	case errors.As(err, &e):
	case errors.As(err, &pe):
		e = &Error{Line: pe.Line, Err: fmt.Errorf("%w at byte %d: %w", ErrSyntax, pe.Column, pe.Err)}
	default:
		e = &Error{Line: r.src.recLine, Err: err}
	}
	r.errs.Errs = append(r.errs.Errs, e)
}

// Line returns the line of the current row (of its first cell, for a row
// spread over several lines).
func (r *Reader) Line() int { return r.line }

// Row returns the cells of the current row, valid until the next call to
// Next. The strings themselves stay valid.
func (r *Reader) Row() []string { return r.row }

// Text returns the cell of field f in the current row, trimmed of spaces,
// or "" if no column gives f.
func (r *Reader) Text(f Field) string {
	c := r.header.Column(f)
	if c == 0 {
		return ""
	}
	return strings.TrimSpace(r.row[c-1])
}

// Years returns the number in the cell of field f in the current row, and
// whether there is one: false for an empty cell or a missing column, and
// for a cell [ParseYears] refuses, which is recorded as an error.
func (r *Reader) Years(f Field) (float64, bool) {
	s := r.Text(f)
	if s == "" {
		return 0, false
	}
	v, err := ParseYears(s)
	if err != nil {
		r.cellError(f, s, err)
		return 0, false
	}
	return v, true
}

// Date returns the date in the cell of field f in the current row, and
// whether there is one: false for an empty cell or a missing column, and
// for a cell [ParseDate] refuses, which is recorded as an error.
func (r *Reader) Date(f Field) (time.Time, bool) {
	s := r.Text(f)
	if s == "" {
		return time.Time{}, false
	}
	t, err := ParseDate(s)
	if err != nil {
		r.cellError(f, s, err)
		return time.Time{}, false
	}
	return t, true
}

// AddError records a problem the caller found with the cell of field f in
// the current row, as an [Error] wrapping err, with the cell's line and
// column, so that it is reported with the others.
func (r *Reader) AddError(f Field, err error) {
	r.cellError(f, r.Text(f), err)
}

func (r *Reader) cellError(f Field, value string, err error) {
	c := r.header.Column(f)
	line := r.line
	if c > 0 {
		line, _ = r.csv.FieldPos(c - 1)
	}
	h := ""
	if c > 0 {
		h = r.header.Cell(c)
	}
	r.errs.add(&Error{Line: line, Column: c, Header: h, Value: value, Err: err})
}

// Rows returns the number of records read after the header so far, blank
// and refused ones included.
func (r *Reader) Rows() int { return r.rows }

// Err returns nil if every row was read and placed and every cell asked
// for parsed; otherwise an [*ErrorList] of the problems in input order
// (by line, then column, whatever the order the cells were asked for in).
// The list keeps the first [MaxErrors] found, and the one that stopped
// the reading, if any.
func (r *Reader) Err() error {
	if len(r.errs.Errs) == 0 {
		return nil
	}
	slices.SortStableFunc(r.errs.Errs, func(a, b *Error) int {
		return cmp.Or(cmp.Compare(a.Line, b.Line), cmp.Compare(a.Column, b.Column))
	})
	return &r.errs
}

// A recordLimiter passes its reader's bytes through, failing once a record
// grows past MaxRecordBytes: it follows quotes to tell the line breaks
// that end a record from those inside a quoted cell. It also counts lines,
// for that error and for a failing reader's.
type recordLimiter struct {
	r       io.Reader
	inQuote bool
	size    int // bytes of the current record so far
	lines   int // line breaks so far
	recLine int // the line the current record starts on
	err     error
}

func (l *recordLimiter) Read(p []byte) (int, error) {
	if l.err != nil {
		return 0, l.err
	}
	n, err := l.r.Read(p)
	for b := p[:n]; len(b) > 0; {
		q := bytes.IndexByte(b, '"')
		seg := b
		if q >= 0 {
			seg, b = b[:q+1], b[q+1:]
		} else {
			b = nil
		}
		if l.inQuote {
			l.lines += bytes.Count(seg, nl)
			l.size += len(seg)
		} else if k := bytes.LastIndexByte(seg, '\n'); k >= 0 {
			// The first line break ends the record under way; any others
			// end records shorter than p.
			if l.size+bytes.IndexByte(seg, '\n') > MaxRecordBytes {
				l.size += len(seg)
			} else {
				l.lines += bytes.Count(seg[:k+1], nl)
				l.recLine = l.lines + 1
				l.size = len(seg) - k - 1
			}
		} else {
			l.size += len(seg)
		}
		if q >= 0 {
			l.inQuote = !l.inQuote
		}
		if l.size > MaxRecordBytes {
			l.err = &Error{Line: l.recLine, Err: fmt.Errorf("%w: a record longer than %d bytes", ErrLimit, MaxRecordBytes)}
			return 0, l.err
		}
	}
	return n, err
}

var nl = []byte{'\n'}
