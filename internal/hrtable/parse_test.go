package hrtable

import (
	"errors"
	"math"
	"slices"
	"testing"
	"time"
)

func TestParseYears(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		ok   bool
	}{
		{"0", 0, true}, {"3", 3, true}, {"2.5", 2.5, true}, {".5", 0.5, true}, {"7.", 7, true},
		{"12.25", 12.25, true}, {"007", 7, true},
		{"", 0, false}, {".", 0, false}, {"-1", 0, false}, {"+1", 0, false}, {"1e3", 0, false},
		{"0x10", 0, false}, {"Inf", 0, false}, {"NaN", 0, false}, {"3,5", 0, false},
		{"1_000", 0, false}, {"1.2.3", 0, false}, {" 3", 0, false}, {"three", 0, false},
	}
	for _, tt := range tests {
		got, err := ParseYears(tt.in)
		if tt.ok != (err == nil) || got != tt.want {
			t.Errorf("ParseYears(%q) = %v, %v; want %v, ok %v", tt.in, got, err, tt.want, tt.ok)
		}
		if err != nil && !errors.Is(err, ErrNumber) {
			t.Errorf("ParseYears(%q): %v does not wrap ErrNumber", tt.in, err)
		}
	}
	// Past the largest float64 is infinite: refused.
	huge := "1" + string(slices.Repeat([]byte("0"), 400))
	if v, err := ParseYears(huge); err == nil || math.IsInf(v, 0) {
		t.Errorf("ParseYears(1e400) = %v, %v", v, err)
	}
}

func TestParseDate(t *testing.T) {
	utc := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		in   string
		want time.Time
		ok   bool
	}{
		{"2024-02-29", utc(2024, 2, 29), true},
		{"1999-12-31", utc(1999, 12, 31), true},
		{"0001-01-01", utc(1, 1, 1), true},
		{"2023-02-29", time.Time{}, false}, // not a leap year
		{"2024-13-01", time.Time{}, false},
		{"2024-00-10", time.Time{}, false},
		{"2024-04-31", time.Time{}, false},
		{"2024-04-00", time.Time{}, false},
		{"2024/04/01", time.Time{}, false},
		{"24-04-01", time.Time{}, false},
		{"01/04/2024", time.Time{}, false},
		{"2024-4-1", time.Time{}, false},
		{"2024-04-0a", time.Time{}, false},
		{"2024-04-01T10:30:00Z", time.Date(2024, 4, 1, 10, 30, 0, 0, time.UTC), true},
		{"2024-04-01T10:30:00.5+02:00", time.Date(2024, 4, 1, 8, 30, 0, 5e8, time.UTC), true},
		{"2024-04-01t10:30:00z", time.Date(2024, 4, 1, 10, 30, 0, 0, time.UTC), true}, // RFC 3339 §5.6 allows lower case
		{"2024-04-01t10:30:00-01:00", time.Date(2024, 4, 1, 11, 30, 0, 0, time.UTC), true},
		{"2024-04-01T10:30", time.Time{}, false},
		{"2024-04-01 10:30:00Z", time.Time{}, false},
		{"", time.Time{}, false},
	}
	for _, tt := range tests {
		got, err := ParseDate(tt.in)
		if tt.ok != (err == nil) || !got.Equal(tt.want) {
			t.Errorf("ParseDate(%q) = %v, %v; want %v, ok %v", tt.in, got, err, tt.want, tt.ok)
		}
		if err != nil && !errors.Is(err, ErrDate) {
			t.Errorf("ParseDate(%q): %v does not wrap ErrDate", tt.in, err)
		}
	}
}

func TestYearsBetween(t *testing.T) {
	d := func(s string) time.Time { t, _ := ParseDate(s); return t }
	tests := []struct {
		from, to string
		want     float64
	}{
		{"2020-01-01", "2020-01-01", 0},
		{"2021-01-01", "2020-01-01", 0}, // in the future
		{"2000-01-01", "2025-01-01", 9132.0 / 365.2425},
		{"2024-01-01", "2024-07-02", 183.0 / 365.2425},
		{"0001-01-01", "9999-12-31", 3652058.0 / 365.2425}, // past a Duration's range
	}
	for _, tt := range tests {
		if got := YearsBetween(d(tt.from), d(tt.to)); math.Abs(got-tt.want) > 1e-12 {
			t.Errorf("YearsBetween(%s, %s) = %v, want %v", tt.from, tt.to, got, tt.want)
		}
	}
}

func TestSplitList(t *testing.T) {
	for in, want := range map[string][]string{
		"":                     nil,
		" ; ;":                 nil,
		"discovery":            {"discovery"},
		" discovery ;delivery": {"discovery", "delivery"},
		"a;;b; c ;":            {"a", "b", "c"},
	} {
		if got := slices.Collect(SplitList(in)); !slices.Equal(got, want) {
			t.Errorf("SplitList(%q) = %q, want %q", in, got, want)
		}
	}
	for range SplitList("a;b") {
		break // stopping early must be honoured
	}
}
