package pmroles

import (
	"errors"
	"fmt"
	"iter"
	"sync"

	"github.com/pmroles/pmroles/internal/jobtitle"
)

// A Framework is an immutable, validated bundle of everything a company
// says about its product roles: the roles it uses, the company's own
// job-title aliases, the authority of each role and the career ladder
// between them; its default RACI matrix follows from these.
//
// A Framework is built once, by [Default], a profile such as [Startup], or
// [Framework.With], validated then, and only read afterwards: it is safe
// for concurrent use without locks. The zero Framework is not usable;
// always start from a ready framework.
type Framework struct {
	roles     roleSet
	aliases   jobtitle.Aliases        // company job-title aliases; see title.go
	authority [numRoles + 1]Authority // indexed by Role; see authority.go
	ladder    []Transition            // the career ladder as given; see ladder.go

	// Derived by finish from the fields above, for the hot paths.
	inUse    [numRoles + 1]Authority // authority, zero for roles not in use
	compiled *Ladder                 // the ladder, compiled for these roles and authority
	// can[r][s] has bit d set when role r may take decision d at scope s:
	// Framework.Can is then two comparisons, a load and a shift.
	can [numRoles + 1][numScopes + 1]uint32
}

// A roleSet is a set of catalogue roles, one bit per Role.
type roleSet uint16

func (s roleSet) has(r Role) bool     { return r.IsValid() && s&(1<<r) != 0 }
func (s roleSet) with(r Role) roleSet { return s | 1<<r }

// ErrInvalidFramework is wrapped by every error that reports a framework
// breaking one of its invariants.
var ErrInvalidFramework = errors.New("pmroles: invalid framework")

// An Option changes a framework under construction; see [Framework.With].
// Options apply in order, each to the result of the ones before it.
type Option func(*Framework) error

// Default returns the enterprise framework: every role of the catalogue
// with the default authority and ladder, no company aliases. It is built
// once and shared; it is immutable like every Framework.
func Default() *Framework { return defaultFramework() }

var defaultFramework = sync.OnceValue(func() *Framework {
	f := &Framework{}
	f.ladder = enterpriseTransitions
	for r := range Roles() {
		f.roles = f.roles.with(r)
		f.authority[r] = defaultAuthority(r)
	}
	if err := f.finish(); err != nil {
		// The defaults are data in this package; tests cover them.
		panic(err)
	}
	return f
})

// With returns a new framework: f changed by opts, then validated. f itself
// is never modified. If an option fails or the result is invalid, With
// returns nil and an error that lists every problem.
func (f *Framework) With(opts ...Option) (*Framework, error) {
	g := *f // every field is a value or shared read-only data
	var errs []error
	for _, opt := range opts {
		if err := opt(&g); err != nil {
			errs = append(errs, err)
		}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	if err := g.finish(); err != nil {
		return nil, err
	}
	return &g, nil
}

// WithRoles restricts the framework to the given roles: the roles a company
// actually uses. Every role must be valid.
func WithRoles(roles ...Role) Option {
	return func(f *Framework) error {
		var s roleSet
		for i, r := range roles {
			if !r.IsValid() {
				return fmt.Errorf("pmroles: WithRoles: role %d is invalid (%v)", i, r)
			}
			s = s.with(r)
		}
		f.roles = s
		return nil
	}
}

// Roles returns an iterator over the roles the framework uses, in the
// order of the package-level [Roles].
func (f *Framework) Roles() iter.Seq[Role] {
	return func(yield func(Role) bool) {
		for r := range Roles() {
			if f.roles.has(r) && !yield(r) {
				return
			}
		}
	}
}

// Uses reports whether the framework uses role r.
func (f *Framework) Uses(r Role) bool { return f.roles.has(r) }

// finish validates f, then installs its compiled ladder and seals it.
func (f *Framework) finish() error {
	l, err := f.check()
	if err != nil {
		return err
	}
	f.compiled = l
	f.seal()
	return nil
}

// seal computes the lookup tables the queries read from the configured
// fields, so that checks on hot paths need no further tests.
func (f *Framework) seal() {
	f.can = [numRoles + 1][numScopes + 1]uint32{}
	for r := range f.inUse {
		f.inUse[r] = Authority{}
		if !f.roles.has(Role(r)) {
			continue
		}
		a := f.authority[r]
		f.inUse[r] = a
		for g := range a.All() {
			for s := Feature; s <= g.Scope; s++ {
				f.can[r][s] |= 1 << g.Decision
			}
		}
	}
}

// check validates the framework as a whole, reporting every problem at
// once, and returns the ladder compiled for it. It does not modify f.
func (f *Framework) check() (*Ladder, error) {
	var errs []error
	if f.roles == 0 {
		errs = append(errs, fmt.Errorf("%w: it uses no roles", ErrInvalidFramework))
	}
	errs = append(errs, f.validateAliases()...)
	errs = append(errs, f.validateAuthority()...)
	l, ladderErrs := compileLadder(f, f.ladder)
	errs = append(errs, ladderErrs...)
	return l, errors.Join(errs...)
}
