package suggest

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0}, {"a", "", 1}, {"", "abc", 3}, {"kitten", "sitting", 3}, {"flaw", "lawn", 2}, {"same", "same", 0},
	}
	for _, tt := range tests {
		if got := distance([]byte(tt.a), []byte(tt.b)); got != tt.want {
			t.Errorf("distance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
		if got := distance([]byte(tt.b), []byte(tt.a)); got != tt.want {
			t.Errorf("distance(%q, %q) = %d, want %d", tt.b, tt.a, got, tt.want)
		}
	}
}

func TestClosest(t *testing.T) {
	names := []string{"product-manager", "product-owner", "engineering", "executive-team", "sales"}
	tests := []struct {
		in   string
		n    int
		want []string
	}{
		{"product-manger", 2, []string{"product-manager", "product-owner"}},
		{"Executive Team", 1, []string{"executive-team"}},
		{"sale", 1, []string{"sales"}},
		{"PO", 1, []string{"product-owner"}},
		{"eng", 1, []string{"engineering"}},
		{"manager", 2, []string{"product-manager", "sales"}},
		{"ecutive", 1, []string{"executive-team"}}, // inside a word: by distance only
		{"ET", 1, []string{"executive-team"}},
		{"x", 10, []string{"product-manager", "product-owner", "executive-team", "sales", "engineering"}},
		{strings.Repeat("engineering", 1000), 1, []string{"engineering"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, Closest(tt.in, names, tt.n)); diff != "" {
			t.Errorf("Closest(%.20q, %d) mismatch (-want +got):\n%s", tt.in, tt.n, diff)
		}
	}
}
