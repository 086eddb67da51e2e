package hrtable

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Options adapt reading to one export.
type Options struct {
	// Headers maps headers of the caller's own to fields, or to [Skip] to
	// ignore a column; it is consulted before [Lookup], with headers
	// compared in [Normalize]d form.
	Headers map[string]Field
	// Required lists the fields that must have a column. Each entry is a
	// set of alternatives of which one is enough: {{ID}, {Manager},
	// {Role, Title}} requires an ID, a manager, and a role or a title.
	Required [][]Field
}

// A Header is the header row of an export: which column gives which
// field.
type Header struct {
	cells []string             // the header cells as written
	col   [numFields + 1]int32 // 1-based column of each field, 0 if none
}

// ParseHeader reads a header row. It fails, with an [*ErrorList] of every
// problem, if more than [MaxColumns] cells are given, if a field is given
// by two columns, or if a required field has no column; the errors are on
// line 1.
func ParseHeader(cells []string, o Options) (*Header, error) {
	var errs ErrorList
	if len(cells) > MaxColumns {
		errs.add(&Error{Line: 1, Err: fmt.Errorf("%w: more than %d columns", ErrLimit, MaxColumns)})
		return nil, &errs
	}
	h := &Header{cells: slices.Clone(cells)}
	extra := make(map[string]Field, len(o.Headers))
	for k, f := range o.Headers {
		extra[Normalize(k)] = f
	}
	for i, c := range cells {
		f, ok := extra[Normalize(c)]
		if !ok {
			f, ok = Lookup(c)
		}
		if !ok || f == Skip {
			continue
		}
		if !f.IsValid() {
			errs.add(&Error{Line: 1, Column: i + 1, Header: c, Err: fmt.Errorf("%w: header mapped to %v, not a field", ErrOptions, f)})
			continue
		}
		if prev := h.col[f]; prev != 0 {
			errs.add(&Error{Line: 1, Column: i + 1, Header: c, Err: fmt.Errorf("%w: %s, also given by column %d (%q); map one of them to skip",
				ErrDuplicateColumn, f, prev, cells[prev-1])})
			continue
		}
		h.col[f] = int32(i + 1)
	}
	for _, alts := range o.Required {
		if h.hasAny(alts) {
			continue
		}
		names, heads := make([]string, len(alts)), make([]string, len(alts))
		for k, f := range alts {
			names[k], heads[k] = f.String(), strconv.Quote(f.Header())
		}
		errs.add(&Error{Line: 1, Err: fmt.Errorf("%w for %s (such as %s)", ErrMissingColumn,
			strings.Join(names, " or "), strings.Join(heads, " or "))})
	}
	if len(errs.Errs) > 0 {
		return nil, &errs
	}
	return h, nil
}

func (h *Header) hasAny(fields []Field) bool {
	for _, f := range fields {
		if f.IsValid() && h.col[f] != 0 {
			return true
		}
	}
	return false
}

// Has reports whether a column gives field f.
func (h *Header) Has(f Field) bool { return f.IsValid() && h.col[f] != 0 }

// Column returns the 1-based column giving field f, or 0 if none does.
func (h *Header) Column(f Field) int {
	if !f.IsValid() {
		return 0
	}
	return int(h.col[f])
}

// Len returns the number of columns.
func (h *Header) Len() int { return len(h.cells) }

// Cell returns the header of 1-based column c as written.
func (h *Header) Cell(c int) string { return h.cells[c-1] }
