package enum

import (
	"errors"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"pgregory.net/rapid"
)

func TestQuote(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", `""`},
		{"pm", `"pm"`},
		{strings.Repeat("a", MaxQuoted), `"` + strings.Repeat("a", MaxQuoted) + `"`},
		{strings.Repeat("a", MaxQuoted+1), `"` + strings.Repeat("a", MaxQuoted) + `"... (65 bytes)`},
		// A two-byte rune straddling the cut is dropped whole.
		{strings.Repeat("a", MaxQuoted-1) + "é", `"` + strings.Repeat("a", MaxQuoted-1) + `"... (65 bytes)`},
	}
	for _, tt := range tests {
		if got := Quote(tt.in); got != tt.want {
			t.Errorf("Quote(%.20q...) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestQuoteProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := rapid.StringN(0, 200, -1).Draw(t, "s")
		q := Quote(s)
		if len(q) > 4*MaxQuoted+40 {
			t.Fatalf("Quote(%q) is %d bytes long", s, len(q))
		}
		if len(s) <= MaxQuoted && q != strconv.Quote(s) {
			t.Fatalf("Quote(%q) = %q, want %q", s, q, strconv.Quote(s))
		}
		if len(s) > MaxQuoted {
			head, _, ok := strings.Cut(q, "... (")
			prefix, err := strconv.Unquote(head)
			if !ok || err != nil || !strings.HasPrefix(s, prefix) || len(s)-len(prefix) >= utf8.UTFMax+len(s)-MaxQuoted {
				t.Fatalf("Quote(%q) = %q: want a quoted prefix of about %d bytes", s, q, MaxQuoted)
			}
		}
		if !utf8.ValidString(q) {
			t.Fatalf("Quote(%q) = %q is not valid UTF-8", s, q)
		}
	})
}

func TestEqualFold(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := rapid.StringMatching(`[a-zA-Z0-9-]{0,12}`).Draw(t, "a")
		b := rapid.OneOf(rapid.Just(strings.ToUpper(a)), rapid.Just(strings.ToLower(a)), rapid.StringMatching(`[a-zA-Z0-9-]{0,12}`)).Draw(t, "b")
		if got, want := EqualFold(a, b), strings.EqualFold(a, b); got != want {
			t.Fatalf("EqualFold(%q, %q) = %v, want %v", a, b, got, want)
		}
	})
	if EqualFold("k", "\u212a") {
		t.Error("EqualFold folds the Kelvin sign")
	}
}

func TestTable(t *testing.T) {
	base := errors.New("base")
	tab := Table{Type: "Thing", Kind: "thing", Names: []string{"", "one", "two"}, Unknown: Sentinel("thing", base)}
	if v, err := tab.Parse("TWO"); v != 2 || err != nil {
		t.Errorf("Parse(TWO) = %d, %v", v, err)
	}
	_, err := tab.Parse("three")
	if !errors.Is(err, base) || err.Error() != `pmroles: unknown thing "three" (want one of one, two)` {
		t.Errorf("Parse(three) error = %v", err)
	}
	if s := tab.String(3); s != "%!Thing(3)" {
		t.Errorf("String(3) = %q", s)
	}
	if _, err := tab.Append(nil, 0); !errors.Is(err, base) {
		t.Errorf("Append of zero: %v, want an error wrapping the sentinel", err)
	}
	many := Table{Type: "Thing", Kind: "thing", Unknown: Sentinel("thing", base),
		Names: []string{"", "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett", "kilo", "lima", "mike"}}
	if _, err := many.Parse("delat"); err == nil || !strings.Contains(err.Error(), "(closest: delta, ") {
		t.Errorf("Parse(delat) among %d names: %v, want the closest names", len(many.Names)-1, err)
	}
}
