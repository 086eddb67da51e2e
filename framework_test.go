package pmroles

import (
	"errors"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestDefaultUsesCatalogue(t *testing.T) {
	if diff := cmp.Diff(slices.Collect(Roles()), slices.Collect(Default().Roles())); diff != "" {
		t.Errorf("Default().Roles() mismatch (-want +got):\n%s", diff)
	}
}

func TestWithRoles(t *testing.T) {
	tests := []struct {
		name    string
		roles   []Role
		want    []Role
		wantErr string // prefix of the error message
	}{
		{"subset", []Role{HeadOfProduct, ProductManager}, []Role{ProductManager, HeadOfProduct}, ""},
		{"duplicates collapse", []Role{ProductManager, ProductManager}, []Role{ProductManager}, ""},
		{"invalid", []Role{ProductManager, companyRole("ghost")}, nil, "pmroles: unknown role: WithRoles: role 1 (ghost)"},
		{"none", nil, nil, "pmroles: framework: /roles: the framework uses no roles"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Default().With(WithRoles(tt.roles...))
			if tt.wantErr != "" {
				if err == nil || !strings.HasPrefix(err.Error(), tt.wantErr) || f != nil {
					t.Fatalf("With = %v, %v; want nil and error %q", f, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, slices.Collect(f.Roles())); diff != "" {
				t.Errorf("Roles() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestWithReportsEveryOptionError(t *testing.T) {
	_, err := Default().With(WithRoles(Role{}), WithRoles(ProductManager, companyRole("ghost")))
	if err == nil {
		t.Fatal("With accepted invalid roles")
	}
	var joined interface{ Unwrap() []error }
	if !errors.As(err, &joined) || len(joined.Unwrap()) != 2 {
		t.Errorf("With error = %v; want both option errors joined", err)
	}
}

func TestWithLeavesBaseUnchanged(t *testing.T) {
	base := Default()
	before := slices.Collect(base.Roles())
	if _, err := base.With(WithRoles(ProductManager)); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(before, slices.Collect(base.Roles())); diff != "" {
		t.Errorf("base changed by With (-before +after):\n%s", diff)
	}
}

// TestDefaultConcurrent reads one framework from many goroutines; run with
// -race it proves reads need no locks.
func TestDefaultConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			f := Default()
			for r := range f.Roles() {
				if !f.Uses(r) {
					t.Errorf("Uses(%v) = false", r)
				}
			}
		}()
	}
	wg.Wait()
}
