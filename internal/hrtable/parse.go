package hrtable

import (
	"fmt"
	"iter"
	"math"
	"strconv"
	"strings"
	"time"
)

// ParseYears parses a number of years: decimal digits with an optional
// fraction after a point ("3", "2.5", ".5"), so non-negative and finite.
// Signs, exponents, hexadecimal, "Inf", "NaN", grouping and decimal commas
// are refused, with an error wrapping [ErrNumber].
func ParseYears(s string) (float64, error) {
	digits, point := 0, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case '0' <= c && c <= '9':
			digits++
		case c == '.' && !point:
			point = true
		default:
			return 0, ErrNumber
		}
	}
	if digits == 0 {
		return 0, ErrNumber
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsInf(v, 0) {
		return 0, ErrNumber
	}
	return v, nil
}

// ParseDate parses an ISO 8601 date, "2006-01-02", or a full RFC 3339
// time, "2006-01-02T15:04:05Z" with an optional fraction of a second and
// a zone offset. A date alone is midnight UTC. An error wraps [ErrDate].
func ParseDate(s string) (time.Time, error) {
	if len(s) == len(time.DateOnly) {
		if t, ok := parseDateOnly(s); ok {
			return t, nil
		}
		return time.Time{}, fmt.Errorf("%w (want YYYY-MM-DD)", ErrDate)
	}
	if len(s) > len(time.DateOnly) && (s[10] == 'T' || s[10] == 't') {
		if s[10] == 't' || s[len(s)-1] == 'z' {
			// RFC 3339 allows "t" and "z" in lower case; time.Parse does not.
			b := []byte(s)
			b[10] = 'T'
			if b[len(b)-1] == 'z' {
				b[len(b)-1] = 'Z'
			}
			s = string(b)
		}
		if t, err := time.Parse(time.RFC3339, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("%w (want YYYY-MM-DD)", ErrDate)
}

// parseDateOnly parses "YYYY-MM-DD" without the generality, and the cost,
// of time.Parse: the form of almost every date in an export.
func parseDateOnly(s string) (time.Time, bool) {
	if s[4] != '-' || s[7] != '-' {
		return time.Time{}, false
	}
	y, ok1 := digits(s[0:4])
	m, ok2 := digits(s[5:7])
	d, ok3 := digits(s[8:10])
	if !ok1 || !ok2 || !ok3 || m < 1 || m > 12 || d < 1 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d { // day past the month's end, normalised into the next
		return time.Time{}, false
	}
	return t, true
}

func digits(s string) (int, bool) {
	v := 0
	for i := range len(s) {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + int(c-'0')
	}
	return v, true
}

// YearsBetween returns the years from one date to a later one, as a
// fraction (a year being 365.2425 days). A from after to gives 0: a hire
// dated next month has no experience yet.
func YearsBetween(from, to time.Time) float64 {
	secs := to.Unix() - from.Unix()
	if secs <= 0 {
		return 0
	}
	return float64(secs) / (86400 * 365.2425)
}

// SplitList yields the items of a list separated by ";", such as a
// competencies cell, trimmed of spaces, skipping empty ones.
func SplitList(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for item := range strings.SplitSeq(s, ";") {
			if item = strings.TrimSpace(item); item != "" && !yield(item) {
				return
			}
		}
	}
}
