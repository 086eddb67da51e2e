package orggraph

import "testing"

// TestMaxPeopleFitsDepth: the deepest chain of MaxPeople people, a depth
// of MaxPeople-1, fits the depth field of an end.
func TestMaxPeopleFitsDepth(t *testing.T) {
	x := makeEnd(0, IntoCycle, MaxPeople-1)
	if x.depth() != MaxPeople-1 || x.ending() != IntoCycle {
		t.Errorf("end of depth %d = depth %d, %v", MaxPeople-1, x.depth(), x.ending())
	}
}

// TestEndingStringInvalid: every value past the last Ending is invalid.
func TestEndingStringInvalid(t *testing.T) {
	for e, want := range map[Ending]string{IntoCycle: "into-cycle", IntoCycle + 1: "%!Ending(5)", 255: "%!Ending(255)"} {
		if got := e.String(); got != want {
			t.Errorf("Ending(%d).String() = %q, want %q", uint8(e), got, want)
		}
	}
}
