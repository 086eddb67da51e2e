package pmroles

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Tests in this file each kill a mutant that survived a mutation run over
// authority.go (issue 11): the comment above each test names the mutants.

// TestMoneyCurrencyBounds checks currency codes at the edges of A to Z.
// Kills: `c < 'A'` -> `c <= 'A'` in Money.IsValid.
func TestMoneyCurrencyBounds(t *testing.T) {
	tests := []struct {
		currency string
		want     bool
	}{
		{"AAA", true},
		{"ZZZ", true},
		{"AUD", true},
		{"ZAR", true},
		{"@AA", false},
		{"AA[", false},
		{"aud", false},
	}
	for _, tt := range tests {
		if got := (Money{Amount: 1, Currency: tt.currency}).IsValid(); got != tt.want {
			t.Errorf("Money{1, %q}.IsValid() = %v, want %v", tt.currency, got, tt.want)
		}
	}
}

// TestGrantDecisionSpelling compiles grants whose decision is spelt other
// than its canonical ID: a document says each value one way, so they are
// refused at the decision. Kills: `err != nil || decisionNames.Names[d] !=
// gs.Decision` -> `&&` in the grant compiler.
func TestGrantDecisionSpelling(t *testing.T) {
	tests := []struct {
		decision string
		want     []string
	}{
		{Roadmap.String(), nil},
		{strings.ToUpper(Roadmap.String()), []string{"/authority/0/grants/0/decision"}},
		{"no-such-decision", []string{"/authority/0/grants/0/decision"}},
	}
	for _, tt := range tests {
		t.Run(tt.decision, func(t *testing.T) {
			s := minimalSpec("Spelling")
			s.Authority = []AuthoritySpec{{Role: ChiefProductOfficer.String(), Inherit: true,
				Grants: []GrantSpec{{Decision: tt.decision, Scope: Company.String()}}}}
			_, err := Compile(s)
			if diff := cmp.Diff(tt.want, pointers(err)); diff != "" {
				t.Errorf("Compile pointers mismatch (-want +got):\n%s\nerror: %v", diff, err)
			}
		})
	}
}
