package hrtable

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestLookup(t *testing.T) {
	want := map[string]Field{
		"Employee ID": ID, "Worker ID": ID, "Person ID": ID, "id": ID,
		"Name": Name, "Full Name": Name, "Employee Name": Name,
		"Title": Title, "Job Title": Title, "Business Title": Title, "Position Title": Title,
		"Role":       Role,
		"Manager ID": Manager, "Supervisor ID": Manager, "Reports To": Manager,
		"Hire Date":       HireDate,
		"Role Start Date": RoleStartDate, "Job Start Date": RoleStartDate,
		"First Management Date": FirstManagementDate,
		"Years of Experience":   YearsOfExperience, "Years in Role": YearsInRole, "Years Managing": YearsManaging,
		"Product": Product, "Product Area": Product, "Team": Product,
		"Competencies": Competencies,
		// fields' own names, where they are headers
		"hire-date": HireDate, "years-in-role": YearsInRole, "first-management-date": FirstManagementDate,
	}
	// Case, spaces, underscores and dashes do not matter.
	spell := []func(string) string{
		func(s string) string { return s },
		strings.ToUpper,
		strings.ToLower,
		func(s string) string { return strings.ReplaceAll(s, " ", "_") },
		func(s string) string { return strings.ReplaceAll(strings.ToLower(s), " ", "-") },
		func(s string) string { return "  " + strings.ReplaceAll(s, " ", "") + "\t" },
		func(s string) string { return "\ufeff" + s },
	}
	for header, f := range want {
		for _, sp := range spell {
			if got, ok := Lookup(sp(header)); !ok || got != f {
				t.Errorf("Lookup(%q) = %v, %v; want %v", sp(header), got, ok, f)
			}
		}
	}
	for _, h := range []string{"", "Manager", "Employee Number", "Salary", "Title 2"} {
		if f, ok := Lookup(h); ok {
			t.Errorf("Lookup(%q) = %v, want none", h, f)
		}
	}
}

func TestFieldHeader(t *testing.T) {
	for f := range Fields() {
		if got, ok := Lookup(f.Header()); !ok || got != f {
			t.Errorf("Lookup(%v.Header() = %q) = %v, %v", f, f.Header(), got, ok)
		}
	}
	if Skip.Header() != "" {
		t.Error("Skip has a header")
	}
}

func TestFieldString(t *testing.T) {
	var names []string
	for f := range Fields() {
		names = append(names, f.String())
		if !f.IsValid() {
			t.Errorf("%v is not valid", f)
		}
	}
	if len(names) != numFields || names[0] != "id" || names[len(names)-1] != "years-managing" {
		t.Errorf("Fields = %v", names)
	}
	for f, want := range map[Field]string{0: "%!Field(0)", 14: "%!Field(14)", Skip: "skip", HireDate: "hire-date"} {
		if got := f.String(); got != want {
			t.Errorf("Field(%d).String() = %q, want %q", f, got, want)
		}
	}
	if Skip.IsValid() || Field(0).IsValid() {
		t.Error("Skip or 0 is valid")
	}
	for range Fields() {
		break // stopping early must be honoured
	}
}

// columns returns the 1-based column of every field a header gives.
func columns(h *Header) map[Field]int {
	m := map[Field]int{}
	for f := range Fields() {
		if h.Has(f) {
			m[f] = h.Column(f)
		}
	}
	return m
}

func TestParseHeader(t *testing.T) {
	required := [][]Field{{ID}, {Manager}, {Role, Title}}
	tests := []struct {
		name    string
		cells   []string
		opts    Options
		want    map[Field]int
		wantErr []error // one per error, in order
	}{
		{
			name:  "common names, others ignored",
			cells: []string{"Worker ID", "Salary", "Full Name", "Business Title", "Reports To", "Team"},
			opts:  Options{Required: required},
			want:  map[Field]int{ID: 1, Name: 3, Title: 4, Manager: 5, Product: 6},
		},
		{
			name:  "caller's own header, and a known one skipped",
			cells: []string{"Emp #", "Boss", "Role", "Team", "Squad"},
			opts:  Options{Required: required, Headers: map[string]Field{"emp #": ID, "BOSS": Manager, "team": Skip, "Squad": Product}},
			want:  map[Field]int{ID: 1, Manager: 2, Role: 3, Product: 5},
		},
		{
			name:    "every missing column at once",
			cells:   []string{"Name", "Team"},
			opts:    Options{Required: required},
			wantErr: []error{ErrMissingColumn, ErrMissingColumn, ErrMissingColumn},
		},
		{
			name:    "a field given twice",
			cells:   []string{"ID", "Title", "Job Title", "Manager ID"},
			opts:    Options{Required: required},
			wantErr: []error{ErrDuplicateColumn},
		},
		{
			name:    "a header mapped to no field",
			cells:   []string{"ID"},
			opts:    Options{Headers: map[string]Field{"id": 0}},
			wantErr: []error{ErrOptions},
		},
		{
			name:    "too many columns",
			cells:   make([]string, MaxColumns+1),
			wantErr: []error{ErrLimit},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, err := ParseHeader(tt.cells, tt.opts)
			if tt.wantErr == nil {
				if err != nil {
					t.Fatal(err)
				}
				if diff := cmp.Diff(tt.want, columns(h)); diff != "" {
					t.Errorf("columns mismatch (-want +got):\n%s", diff)
				}
				return
			}
			var list *ErrorList
			if !errors.As(err, &list) || len(list.Errs) != len(tt.wantErr) {
				t.Fatalf("err = %v, want %d errors", err, len(tt.wantErr))
			}
			for i, e := range list.Errs {
				if !errors.Is(e, tt.wantErr[i]) || e.Line != 1 {
					t.Errorf("error %d = %v, want %v on line 1", i, e, tt.wantErr[i])
				}
			}
		})
	}
}

func TestMissingColumnMessage(t *testing.T) {
	_, err := ParseHeader([]string{"ID", "Manager ID"}, Options{Required: [][]Field{{ID}, {Role, Title}}})
	want := `line 1: missing column for role or title (such as "Role" or "Job Title")`
	if err == nil || err.Error() != want {
		t.Errorf("err = %v, want %s", err, want)
	}
}

func TestHeaderCells(t *testing.T) {
	cells := []string{"ID", "Manager ID"}
	h, err := ParseHeader(cells, Options{})
	if err != nil {
		t.Fatal(err)
	}
	cells[0] = "changed" // the header keeps its own copy
	if got := []string{h.Cell(1), h.Cell(2)}; !slices.Equal(got, []string{"ID", "Manager ID"}) || h.Len() != 2 {
		t.Errorf("cells = %v, len %d", got, h.Len())
	}
	if h.Column(Skip) != 0 || h.Has(0) {
		t.Error("an invalid field has a column")
	}
}
