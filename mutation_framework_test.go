package pmroles

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Tests in this file each kill a mutant that survived a mutation run over
// framework.go (issue 11): the comment above each test names the mutants.

// TestLongestIDs compiles a role and a competency whose IDs are exactly
// maxIDLen bytes, which are allowed and found again, and one byte longer,
// which are refused. Kills: `len(id) > maxIDLen` -> `>=` in idProblem, and
// `len(s) <= maxIDLen` -> `<` in ParseRole and in ParseCompetency.
func TestLongestIDs(t *testing.T) {
	longest := strings.Repeat("x", maxIDLen)
	tests := []struct {
		name    string
		id      string
		wantErr bool
	}{
		{"longest", longest, false},
		{"one byte too long", longest + "x", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id := tt.id
			s := Default().Spec()
			s.Roles = append(s.Roles, RoleSpec{ID: id, Title: "Long Product Manager", Canonical: ProductManager.String()})
			s.Ladder = append(s.Ladder, TransitionSpec{From: ProductManager.String(), To: id, Kind: Equivalence.String()})
			s.Competencies = append(s.Competencies, CompetencySpec{ID: id, Title: "Long", Description: "A long ID."})
			f, err := Compile(s)
			if tt.wantErr {
				if !errors.Is(err, ErrInvalidFramework) {
					t.Fatalf("Compile with a %d-byte ID: error = %v, want ErrInvalidFramework", len(id), err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Compile with a %d-byte ID: %v", len(id), err)
			}
			r, err := f.ParseRole(id)
			if err != nil || r.String() != id {
				t.Errorf("ParseRole(%d-byte ID) = %v, %v", len(id), r, err)
			}
			if _, err := f.ParseRole(strings.ToUpper(id)); err != nil {
				t.Errorf("ParseRole(upper-case %d-byte ID): %v", len(id), err)
			}
			c, err := f.ParseCompetency(id)
			if err != nil || f.CompetencyID(c) != id {
				t.Errorf("ParseCompetency(%d-byte ID) = %v, %v", len(id), c, err)
			}
		})
	}
}

// TestEmptyOrBadResponsibility compiles roles whose responsibilities are
// empty or hold a control character; both are refused at the duty's
// pointer. Kills: `p != "" || r == ""` -> `p != "" && r == ""` in the
// role compiler.
func TestEmptyOrBadResponsibility(t *testing.T) {
	tests := []struct {
		name    string
		duties  []string
		wantPtr []string
	}{
		{"fine", []string{"Own the roadmap"}, nil},
		{"empty", []string{"Own the roadmap", ""}, []string{"/roles/0/responsibilities/1"}},
		{"control character", []string{"Own the\x00roadmap"}, []string{"/roles/0/responsibilities/0"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := minimalSpec("Duties")
			s.Roles[0].Responsibilities = tt.duties
			_, err := Compile(s)
			if diff := cmp.Diff(tt.wantPtr, pointers(err)); diff != "" {
				t.Errorf("Compile pointers mismatch (-want +got):\n%s\nerror: %v", diff, err)
			}
		})
	}
}

// TestTwoCompanyCompetencies compiles two competencies of the company's
// own: each gets a value of its own, and the last promotion may ask both.
// Kills: `next++` -> `next--` in the competency compiler.
func TestTwoCompanyCompetencies(t *testing.T) {
	s := Default().Spec()
	s.Competencies = append(s.Competencies,
		CompetencySpec{ID: "pricing-craft", Title: "Pricing craft", Description: "Sets prices."},
		CompetencySpec{ID: "data-craft", Title: "Data craft", Description: "Reads data."})
	for i := range s.Ladder {
		if s.Ladder[i].To == ChiefProductOfficer.String() {
			s.Ladder[i].Requirements.Competencies = append(s.Ladder[i].Requirements.Competencies, "pricing-craft", "data-craft")
		}
	}
	f, err := Compile(s)
	if err != nil {
		t.Fatal(err)
	}
	p, err1 := f.ParseCompetency("pricing-craft")
	d, err2 := f.ParseCompetency("data-craft")
	if err1 != nil || err2 != nil || p == d {
		t.Fatalf("ParseCompetency: pricing-craft = %v, %v; data-craft = %v, %v", p, err1, d, err2)
	}
	var got []string
	for tr := range f.Ladder().All() {
		if tr.To == ChiefProductOfficer {
			for c := range tr.Requirements.Competencies.All() {
				got = append(got, f.CompetencyID(c))
			}
		}
	}
	if !slices.Contains(got, "pricing-craft") || !slices.Contains(got, "data-craft") {
		t.Errorf("promotion to %v asks %v, want pricing-craft and data-craft among them", ChiefProductOfficer, got)
	}
}

// TestFirstRoleManages puts a manager first in the document, so that it is
// the framework's role at index 0. Kills: `m >= 0` -> `m > 0` in
// MayManage, and `m < 0` -> `m <= 0` in Reports.
func TestFirstRoleManages(t *testing.T) {
	s := Default().Spec()
	i := slices.IndexFunc(s.Roles, func(r RoleSpec) bool { return r.ID == DirectorOfProduct.String() })
	s.Roles[0], s.Roles[i] = s.Roles[i], s.Roles[0]
	f, err := Compile(s)
	if err != nil {
		t.Fatal(err)
	}
	if first, _ := firstOf(f.Roles()); first != DirectorOfProduct {
		t.Fatalf("first role = %v, want %v", first, DirectorOfProduct)
	}
	if !f.MayManage(DirectorOfProduct, ProductManager) {
		t.Errorf("MayManage(%v, %v) = false", DirectorOfProduct, ProductManager)
	}
	var want, got []string
	for r := range Default().Reports(DirectorOfProduct) {
		want = append(want, r.String())
	}
	for r := range f.Reports(DirectorOfProduct) {
		got = append(got, r.String())
	}
	slices.Sort(want)
	slices.Sort(got)
	if len(want) == 0 || !slices.Equal(want, got) {
		t.Errorf("Reports(%v) = %v, want %v", DirectorOfProduct, got, want)
	}
}

func firstOf[T any](seq func(func(T) bool)) (T, bool) {
	for v := range seq {
		return v, true
	}
	var zero T
	return zero, false
}

// TestIDShapes checks the shape of a company role's ID: lower-case
// letters and digits in words joined by single dashes, so an ID never
// starts or ends with a dash or holds two in a row.
func TestIDShapes(t *testing.T) {
	for _, tt := range []struct {
		id   string
		want bool // compiles
	}{
		{"staff-pm", true},
		{"pm2", true},
		{"a", true},
		{"-pm", false},
		{"pm-", false},
		{"-", false},
		{"staff--pm", false},
		{"Staff-PM", false},
		{"staff pm", false},
		{"staff_pm", false},
		{"", false},
	} {
		s := Default().Spec()
		s.Roles = append(s.Roles, RoleSpec{ID: tt.id, Title: "Odd Product Manager", Canonical: ProductManager.String()})
		s.Ladder = append(s.Ladder, TransitionSpec{From: ProductManager.String(), To: tt.id, Kind: Equivalence.String()})
		_, err := Compile(s)
		if got := err == nil; got != tt.want {
			t.Errorf("Compile with role ID %q: error = %v, want compiled = %v", tt.id, err, tt.want)
		}
		if err != nil && !errors.Is(err, ErrInvalidFramework) {
			t.Errorf("Compile with role ID %q: error %v does not wrap ErrInvalidFramework", tt.id, err)
		}
	}
}
