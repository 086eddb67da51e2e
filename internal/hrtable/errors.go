package hrtable

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Sentinels wrapped by every [Error], one per kind of problem.
var (
	ErrSyntax          = errors.New("malformed CSV")
	ErrLimit           = errors.New("input over a limit")
	ErrNoHeader        = errors.New("no header row")
	ErrMissingColumn   = errors.New("missing column")
	ErrDuplicateColumn = errors.New("field given by two columns")
	ErrFieldCount      = errors.New("wrong number of cells")
	ErrNumber          = errors.New("not a number of years")
	ErrDate            = errors.New("not a date")
	ErrOptions         = errors.New("bad options")
)

// MaxErrors is the number of errors an [ErrorList] keeps; it counts the
// rest.
const MaxErrors = 100

// An Error is one problem in the input, where it is.
type Error struct {
	Line   int    // 1-based line, of the cell or of the row's first cell
	Column int    // 1-based column, or 0 for a whole row or the input
	Header string // the column's header as written, if Column > 0
	Value  string // the cell at fault, if any
	Err    error  // the problem: wraps one of the package's sentinels
}

// Error returns "line L, column C ("Header"): "value": problem".
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("line ")
	b.WriteString(strconv.Itoa(e.Line))
	if e.Column > 0 {
		fmt.Fprintf(&b, ", column %d (%q)", e.Column, e.Header)
	}
	b.WriteString(": ")
	if e.Value != "" {
		fmt.Fprintf(&b, "%q: ", e.Value)
	}
	b.WriteString(e.Err.Error())
	return b.String()
}

// Unwrap returns the problem, for errors.Is.
func (e *Error) Unwrap() error { return e.Err }

// An ErrorList is the errors of one reading, in input order: the first
// [MaxErrors] found and a count of the rest. A fatal error (one that
// stopped the reading) is always kept, even past the cap.
type ErrorList struct {
	Errs []*Error
	More int // errors left out past MaxErrors
}

// add records e, or counts it once MaxErrors are kept.
func (l *ErrorList) add(e *Error) {
	if len(l.Errs) < MaxErrors {
		l.Errs = append(l.Errs, e)
	} else {
		l.More++
	}
}

// Len returns the number of errors, kept or counted.
func (l *ErrorList) Len() int { return len(l.Errs) + l.More }

// Error returns the errors one per line, then "and N more" if some were
// left out.
func (l *ErrorList) Error() string {
	var b strings.Builder
	for i, e := range l.Errs {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	if l.More > 0 {
		fmt.Fprintf(&b, "\nand %d more", l.More)
	}
	return b.String()
}

// Unwrap returns the errors kept, for errors.Is and errors.As.
func (l *ErrorList) Unwrap() []error {
	errs := make([]error, len(l.Errs))
	for i, e := range l.Errs {
		errs[i] = e
	}
	return errs
}
