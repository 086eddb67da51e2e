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

// TestNilAndZeroFramework calls every method of a nil and of a zero
// Framework: none panics, every query answers "nothing", and every method
// that can fail fails with a pmroles error.
func TestNilAndZeroFramework(t *testing.T) {
	for name, f := range map[string]*Framework{"nil": nil, "zero": {}} {
		t.Run(name, func(t *testing.T) {
			r := ProductManager
			none := func(what string, n int) {
				if n != 0 {
					t.Errorf("%s yields %d values", what, n)
				}
			}
			fails := func(what string, err error) {
				if err == nil || !strings.HasPrefix(err.Error(), "pmroles: ") {
					t.Errorf("%s: error %v, want a pmroles error", what, err)
				}
			}
			if f.Can(r, Pricing, Product) || f.Uses(r) || f.MayManage(r, r) || !f.Authority(r).IsZero() {
				t.Error("a role has rights in a framework without roles")
			}
			if f.Canonical(r).IsValid() || f.Top().IsValid() || f.Level(r) != 0 || f.Grade(r) != "" || f.Title(r) != "" ||
				f.Track(r) != 0 || f.Name() != "" || f.CompetencyID(CompetencyHiring) != "" || f.FunctionTitle(Design) != "" {
				t.Error("a framework without roles describes a role")
			}
			if _, ok := f.SpanOfControl(); ok {
				t.Error("a span of control without a document")
			}
			if f.ScopeLabel(Product) == "" {
				t.Error("ScopeLabel has no default")
			}
			none("Roles", len(slices.Collect(f.Roles())))
			none("Competencies", len(slices.Collect(f.Competencies())))
			none("Functions", len(slices.Collect(f.Functions())))
			none("Reports", len(slices.Collect(f.Reports(r))))
			none("Responsibilities", len(slices.Collect(f.Responsibilities(r))))
			if f.Ladder() != nil || f.RACI() != nil {
				t.Error("a ladder or chart without a document")
			}
			if err := f.Ladder().Check(Candidate{Role: r}, SeniorProductManager); !errors.Is(err, ErrNoTransition) {
				t.Errorf("Check on the ladder of no framework: %v", err)
			}
			_, err := f.Approver(Budget, Product, Money{1, "USD"})
			fails("Approver", err)
			_, err = f.Escalate(Pricing, Product)
			fails("Escalate", err)
			_, err = f.MarshalJSON()
			fails("MarshalJSON", err)
			_, err = f.ParseCompetency("hiring")
			fails("ParseCompetency", err)
			_, err = f.ParseFunction("design")
			fails("ParseFunction", err)
			_, err = f.ParseRole("product-manager")
			fails("ParseRole", err)
			_, err = f.ParseTitle("Product Manager")
			fails("ParseTitle", err)
			_, err = f.ReadChartCSV(strings.NewReader("Activity,product-manager\nBuild,A/R\n"))
			fails("ReadChartCSV", err)
			_, err = f.ReadChartMarkdown(strings.NewReader("| Activity | product-manager |\n|---|---|\n| Build | A/R |\n"))
			fails("ReadChartMarkdown", err)
			fails("ValidateMatrix", f.ValidateMatrix(Default().RACI()))
			_, err = f.With()
			fails("With", err)
			if s := f.Spec(); s == nil || s.Version != SpecVersion || len(s.Roles) != 0 {
				t.Errorf("Spec() = %+v", s)
			}
			if sc, err := f.ParseScope("portfolio"); err != nil || sc != Portfolio {
				t.Errorf("ParseScope(portfolio) = %v, %v", sc, err)
			}
		})
	}
	var f Framework
	fails := f.UnmarshalJSON([]byte(`{}`))
	if !errors.Is(fails, ErrInvalidFramework) {
		t.Errorf("UnmarshalJSON({}) = %v", fails)
	}
}
