package pmroles

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Tests in this file each kill a mutant that survived a mutation run over
// raci.go (issue 11): the comment above each case names the mutant.

// TestResponsibleFirstActivity asks for the first activity of a matrix,
// which is at index 0. Kills: `if i < 0` -> `if i <= 0` in Responsible.
func TestResponsibleFirstActivity(t *testing.T) {
	pm, eng := RoleParty(ProductManager), FunctionParty(Engineering)
	a, r := CellOf(Accountable), CellOf(Responsible)
	m := mustMatrix(t, []Party{pm, eng},
		Row{Activity{Name: "Discovery"}, []Cell{a, r}},
		Row{Activity{Name: "Delivery"}, []Cell{r, a}})
	tests := []struct {
		activity string
		want     []Party
	}{
		{"Discovery", []Party{eng}},
		{"Delivery", []Party{pm}},
		{"Nothing", nil},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, m.Responsible(tt.activity), cmp.Comparer(func(x, y Party) bool { return x == y })); diff != "" {
			t.Errorf("Responsible(%q) mismatch (-want +got):\n%s", tt.activity, diff)
		}
	}
}

// TestValidateWideRows checks rows of four parties and more, where the
// soundness check sums the cells in four interleaved tallies: the one A
// and the R count wherever they stand. rowSound only decides which rows
// are looked at again, so a mutant that fails sound rows changes nothing;
// one that passes an unsound row does. Kills: `s0 + s1 + s2 + s3` ->
// `s0 - s1 + s2 + s3` in rowSound.
func TestValidateWideRows(t *testing.T) {
	parties := []Party{
		RoleParty(ProductManager), FunctionParty(Engineering), FunctionParty(Design),
		RoleParty(ChiefProductOfficer), RoleParty(ProductOwner),
	}
	a, r, c, i := CellOf(Accountable), CellOf(Responsible), CellOf(Consulted), CellOf(Informed)
	tests := []struct {
		name  string
		cells []Cell
		want  []string
	}{
		{"A second", []Cell{r, a, c, i, i}, nil},
		{"A and R second and sixth", []Cell{c, CellOf(Accountable, Responsible), i, i, c}, nil},
		{"R second, A fourth", []Cell{i, r, c, a, 0}, nil},
		{"two A, second and third", []Cell{r, a, a, i, i}, []string{"2:4"}},
		{"no R, A second", []Cell{c, a, c, i, i}, []string{"2:1"}},
		// Tallies of 2, 1, R and 0 in the four sums: a wrong sign in the
		// total would read three A as one and skip the row.
		{"three A, first, second and fifth", []Cell{a, a, r, i, a}, []string{"2:3", "2:6"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := mustMatrix(t, parties, Row{Activity{Name: "Build"}, tt.cells})
			if diff := cmp.Diff(tt.want, matrixErrors(m.Validate())); diff != "" {
				t.Errorf("Validate positions mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestValidateNameEdges checks activity names whose first or last byte is
// not ASCII: a leading Unicode space is refused, and invalid UTF-8 at
// either end is refused rather than read past. Kills, in hasEdgeSpace,
// `first < utf8.RuneSelf` -> `first <= utf8.RuneSelf` (an index out of
// range on 0x80) and -> `first >= utf8.RuneSelf` (a leading no-break space
// passes); in hasControl, `s[i+1] < 0xA0` -> `s[i-1] < 0xA0` (a C1
// control character inside the name passes).
func TestValidateNameEdges(t *testing.T) {
	pm := RoleParty(ProductManager)
	ar := CellOf(Accountable, Responsible)
	tests := []struct {
		name string
		want []string
	}{
		{"\u00a0Build", []string{"2:1"}},
		{"Build\u00a0", []string{"2:1"}},
		{"\u3000Build", []string{"2:1"}},
		{"Ünit test", nil},
		{"Test ünit", nil},
		{"\x80Build", []string{"2:1"}},
		{"Build\xc2", []string{"2:1"}},
		{"\xc2", []string{"2:1"}},
		{"Bu\u0085ild", []string{"2:1"}},
		{"Bu\u009bild", []string{"2:1"}},
		{"Bu\u00a0ild", nil},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%q", tt.name), func(t *testing.T) {
			m := mustMatrix(t, []Party{pm}, Row{Activity{Name: tt.name}, []Cell{ar}})
			if diff := cmp.Diff(tt.want, matrixErrors(m.Validate())); diff != "" {
				t.Errorf("Validate positions mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestNewMatrixMostActivities builds a matrix with exactly
// MaxMatrixActivities rows, which is allowed. Kills: `len(rows) >
// MaxMatrixActivities` -> `>=` in NewMatrix.
func TestNewMatrixMostActivities(t *testing.T) {
	ar := CellOf(Accountable, Responsible)
	rows := make([]Row, MaxMatrixActivities)
	for i := range rows {
		rows[i] = Row{Activity{Name: fmt.Sprint("a", i)}, []Cell{ar}}
	}
	m, err := NewMatrix([]Party{RoleParty(ProductManager)}, rows)
	if err != nil {
		t.Fatalf("NewMatrix with %d activities: %v", len(rows), err)
	}
	if got := len(m.Activities()); got != MaxMatrixActivities {
		t.Errorf("NewMatrix kept %d activities, want %d", got, MaxMatrixActivities)
	}
	if _, err := NewMatrix([]Party{RoleParty(ProductManager)}, append(rows, rows[0])); err == nil {
		t.Errorf("NewMatrix with %d activities: no error", len(rows)+1)
	}
}
