// Package hrtable reads the CSV exports of HR systems, row by row, into
// the fields an org chart needs, independently of pmroles' types: it
// knows column names, not roles.
//
// # Headers
//
// A header cell names a [Field] whatever its case, spaces, underscores
// and dashes ("Employee ID", "employee_id" and "EMPLOYEE-ID" are one
// name, see [Normalize]); the names HR systems commonly write are known
// (see [Lookup]), a caller can add its own or override them with
// [Options].Headers, and columns naming no field are ignored. A field
// named by two columns is an error, as is a missing required one, named
// with the headers that would have given it.
//
// # Rows
//
// A [Reader] streams rows over encoding/csv, reusing its record slice:
// a row's cells are substrings of one string per row, so keeping a cell
// keeps that row's text alive (clone it to keep a field alone). A UTF-8
// byte-order mark, CRLF line ends, quoted fields (with commas, quotes and
// line breaks inside) and blank lines anywhere are fine; a row whose
// cells are all blank is skipped. A row must have as many cells as the
// header: one with more or fewer is reported, with its line, and not
// returned, since its cells cannot be placed in columns.
//
// # Errors and limits
//
// Malformed CSV, an input over a limit ([MaxRecordBytes], [MaxFieldBytes],
// [MaxColumns], [MaxRows]) or a failing reader stops the reading. Cells
// that do not parse as the field says ([ParseYears], [ParseDate]) and
// rows that cannot be placed do not: they are collected, every one with
// its line and column, the first [MaxErrors] kept and the rest counted,
// so that one run reports them all.
package hrtable
