package pmroles

import (
	"bytes"
	"math"
	"strings"
	"testing"
)

// Tests in this file each kill a mutant that survived a mutation run over
// ladder.go (issue 11): the comment above each test names the mutants.

// TestYearsValidBounds checks the edges of a usable number of years.
// Kills: `x <= math.MaxFloat64` -> `x < math.MaxFloat64` in yearsValid.
func TestYearsValidBounds(t *testing.T) {
	tests := []struct {
		x    float64
		want bool
	}{
		{0, true},
		{math.Copysign(0, -1), true},
		{math.MaxFloat64, true},
		{math.Inf(1), false},
		{-math.SmallestNonzeroFloat64, false},
		{math.NaN(), false},
	}
	for _, tt := range tests {
		if got := yearsValid(tt.x); got != tt.want {
			t.Errorf("yearsValid(%v) = %v, want %v", tt.x, got, tt.want)
		}
	}
}

// TestDrawOneWayTrackChange draws a ladder whose only track change between
// two roles goes from the later role in the framework's order to the
// earlier one: it is drawn as an arrow, not taken for one half of a pair.
// Kills: `t.Kind == TrackChange && l.hasKind(...)` -> `||` in drawn.
func TestDrawOneWayTrackChange(t *testing.T) {
	s := Default().Spec()
	var keep []TransitionSpec
	for _, tr := range s.Ladder {
		if tr.From == PrincipalProductManager.String() && tr.To == DirectorOfProduct.String() {
			continue
		}
		keep = append(keep, tr)
	}
	s.Ladder = keep
	f, err := Compile(s)
	if err != nil {
		t.Fatal(err)
	}
	if f.index(DirectorOfProduct) < f.index(PrincipalProductManager) {
		t.Fatalf("%v comes before %v: the test needs the other order", DirectorOfProduct, PrincipalProductManager)
	}
	var dot, mermaid bytes.Buffer
	if err := f.Ladder().WriteDOT(&dot); err != nil {
		t.Fatal(err)
	}
	if err := f.Ladder().WriteMermaid(&mermaid); err != nil {
		t.Fatal(err)
	}
	from, to := DirectorOfProduct.String(), PrincipalProductManager.String()
	if want := `"` + from + `" -> "` + to + `" [style=dashed`; !strings.Contains(dot.String(), want) {
		t.Errorf("WriteDOT lacks %s:\n%s", want, dot.String())
	}
	if strings.Contains(dot.String(), `"`+to+`" -> "`+from+`"`) {
		t.Errorf("WriteDOT draws the removed track change %v -> %v", to, from)
	}
	if want := "director_of_product -.-> principal_product_manager\n"; !strings.Contains(mermaid.String(), want) {
		t.Errorf("WriteMermaid lacks %s:\n%s", want, mermaid.String())
	}
}
