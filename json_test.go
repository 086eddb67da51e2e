package pmroles

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestNoSilentEmptyJSON: every exported type that holds something either
// marshals to a documented form that reads back to an equal value, or
// refuses with an error. None marshals to {} and loses its data.
func TestNoSilentEmptyJSON(t *testing.T) {
	acme, err := ParseFramework(readTestdata(t, "acme.json"))
	if err != nil {
		t.Fatal(err)
	}
	staff, _ := acme.ParseRole("staff-product-manager")
	chart, _ := Default().ReadChartCSV(strings.NewReader("Activity,product-manager\nBuild,A/R\n"))
	title, _ := ParseTitle("Sr. Technical PM II, Payments")
	tests := []struct {
		name   string
		v      any // a pointer to the value
		refuse bool
	}{
		{"Authority", ptr(Default().Authority(SeniorProductManager)), false},
		{"limited Authority", ptr(acme.Authority(companyRole("senior-director-of-product"))), false},
		{"Grant", ptr(Grant{Budget, Portfolio, Money{5, "EUR"}}), false},
		{"Money", ptr(Money{250_000, "USD"}), false},
		{"Matrix", Default().RACI(), false},
		{"Title", &title, false},
		{"Candidate", ptr(Candidate{ProductManager, 3, 1.5, 0, CompetencySetOf(CompetencyHiring)}), false},
		{"Transition", ptr(Transition{ProductManager, SeniorProductManager, Promotion, Criteria{YearsExperience: 4.5}}), false},
		{"CompetencySet", ptr(CompetencySetOf(CompetencyBudgeting)), false},
		{"Role", ptr(SeniorProductManager), false},
		{"Function", ptr(Finance), false},
		{"Party", ptr(FunctionParty(Design)), false},
		{"Spec", acme.Spec(), false},
		{"Framework", acme, false},
		{"Ladder", acme.Ladder(), true},
		{"Chart", chart, true},
		{"company role Candidate", ptr(Candidate{Role: staff}), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(tt.v)
			if bytes.Equal(b, []byte("{}")) {
				t.Fatalf("marshals to {}")
			}
			if tt.refuse {
				// Marshalling may work (a Ladder writes its
				// transitions), but reading back must refuse, not
				// give an empty value.
				if err != nil {
					return
				}
				back := reflect.New(reflect.TypeOf(tt.v).Elem())
				if err := json.Unmarshal(b, back.Interface()); err == nil {
					t.Fatalf("%s reads back without error from %s", tt.name, b)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			back := reflect.New(reflect.TypeOf(tt.v).Elem())
			if err := json.Unmarshal(b, back.Interface()); err != nil {
				t.Fatalf("reading back %s: %v", b, err)
			}
			if diff := cmp.Diff(tt.v, back.Interface(), cmp.Comparer(func(a, b *Framework) bool {
				x, _ := json.Marshal(a)
				y, _ := json.Marshal(b)
				return bytes.Equal(x, y)
			}), cmp.Comparer(func(a, b *Matrix) bool { return a.Equal(b) }),
				cmp.Comparer(func(a, b Authority) bool { return a == b }),
				cmp.Comparer(func(a, b CompetencySet) bool { return a == b }),
				cmp.Comparer(func(a, b Party) bool { return a == b })); diff != "" {
				t.Errorf("round trip mismatch (-want +got):\n%s", diff)
			}
		})
	}
	// A refusal says why.
	if _, err := json.Marshal(chart); !errors.Is(err, ErrInvalidMatrix) {
		t.Errorf("marshalling a Chart: %v", err)
	}
	var l Ladder
	if err := json.Unmarshal([]byte(`[]`), &l); !errors.Is(err, ErrInvalidFramework) {
		t.Errorf("reading a Ladder: %v", err)
	}
}

func ptr[T any](v T) *T { return &v }
