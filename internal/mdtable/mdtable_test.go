package mdtable

import (
	"bufio"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"
)

func TestSplit(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"| a | b |", []string{"a", "b"}},
		{"| a | b", []string{"a", "b"}},
		{"|a|b|", []string{"a", "b"}},
		{`| a \| b | c |`, []string{"a | b", "c"}},
		{`| a \|`, []string{"a |"}},
		{"|", []string{""}},
		{"| | |", []string{"", ""}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, Split(tt.in)); diff != "" {
			t.Errorf("Split(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestRead(t *testing.T) {
	rows, err := Read(strings.NewReader("intro\n\n| h1 | h2 |\n|:--|--:|\n| a | b |\n| c | d |\nafter\n| x | y |\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := []Row{{3, []string{"h1", "h2"}}, {5, []string{"a", "b"}}, {6, []string{"c", "d"}}}
	if diff := cmp.Diff(want, rows); diff != "" {
		t.Errorf("Read mismatch (-want +got):\n%s", diff)
	}
	for _, bad := range []string{"", "prose only\n", "| h |\n| a |\n", "| h1 | h2 |\n|---|\n", "| h |\n"} {
		if _, err := Read(strings.NewReader(bad)); err == nil {
			t.Errorf("Read(%q) succeeded", bad)
		}
	}
	if _, err := Read(strings.NewReader("| " + strings.Repeat("x", MaxLine) + " |\n")); err == nil || errors.Is(err, ErrNoTable) {
		t.Errorf("Read of an over-long line: %v", err)
	}
}

// TestRoundTrip: what WriteRow writes, Split reads back, whatever the
// cells hold but surrounding spaces and line breaks.
func TestRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		cells := rapid.SliceOfN(rapid.StringMatching(`[^\n\r]*`), 1, 6).Draw(t, "cells")
		for i := range cells {
			cells[i] = strings.TrimSpace(cells[i])
		}
		var b strings.Builder
		w := bufio.NewWriter(&b)
		WriteRow(w, cells)
		w.Flush()
		got := Split(strings.TrimSpace(b.String()))
		if diff := cmp.Diff(cells, got); diff != "" {
			t.Fatalf("round trip of %q mismatch (-want +got):\n%s", b.String(), diff)
		}
	})
}
