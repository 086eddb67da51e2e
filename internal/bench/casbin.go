// Package bench asks Casbin and Cedar the questions pmroles answers, so
// that they can be compared side by side: the same roles, decisions and
// scopes, the same answers (casbin_test.go and cedar_test.go check every
// one), and benchmarks of a single check, a containment check and building
// the model (bench_test.go). The Casbin configuration is described here,
// the Cedar one in cedar.go, below.
//
// # The Casbin configuration
//
// The configuration is the one a competent Casbin user would write for
// "RBAC with role inheritance", with the role hierarchy and the scope
// hierarchy both expressed as Casbin groupings, see [Model]:
//
//   - Subjects are roles, by their pmroles text IDs
//     ("senior-product-manager"), objects are decisions ("pricing") and
//     actions are scopes ("product-line").
//   - g is role inheritance. A role inherits from every role whose
//     authority its own authority directly contains, as
//     [pmroles.Authority.Contains] says: the transitive reduction (Hasse
//     diagram) of containment, so the management chain becomes a chain of
//     g links and no role gets a permission pmroles would deny it. Of two
//     roles with equal authority, the later one in catalogue order
//     inherits from the earlier one, so the graph has no cycle.
//   - g2 is scope inheritance: "feature" is under "product", "product"
//     under "product-line" and so on up to "company", so a policy at a
//     scope also allows every narrower scope, as in pmroles.
//   - p policies hold what a role does not inherit: for each decision,
//     the widest scope the role may decide it at, unless a role it
//     inherits from already allows that. This keeps the policy list short,
//     which is what matters to Casbin, whose Enforce evaluates the matcher
//     against the policies one by one until one allows.
//   - The matcher tests the cheap string equality on the decision first,
//     so that the role and scope groupings are only consulted for the
//     policies about the requested decision.
//
// Of the configurations tried, this one gives Casbin its fastest Enforce.
// Testing g first, as Casbin's examples do, made a check about 1.5 times
// slower; one policy per allowed (decision, scope) instead of g2 made it
// about 3 times slower, 6 with g first, the policy list being longer.
//
// [NewCachedEnforcer] gives the same configuration in Casbin's
// CachedEnforcer, which remembers every answer. Casbin's SyncedEnforcer,
// needed to share an enforcer between goroutines as a pmroles Framework
// is shared, only adds a read lock around Enforce; it is not measured.
package bench

import (
	"fmt"
	"slices"
	"strings"

	"github.com/casbin/casbin/v2"
	"github.com/casbin/casbin/v2/model"
	stringadapter "github.com/casbin/casbin/v2/persist/string-adapter"
	"github.com/pmroles/pmroles"
)

// Model is the Casbin model: RBAC with role inheritance (g) and scope
// inheritance (g2). A request (sub, obj, act) is (role, decision, scope).
const Model = `
[request_definition]
r = sub, obj, act

[policy_definition]
p = sub, obj, act

[role_definition]
g = _, _
g2 = _, _

[policy_effect]
e = some(where (p.eft == allow))

[matchers]
m = r.obj == p.obj && g(r.sub, p.sub) && g2(r.act, p.act)
`

// Rules are the Casbin rules equivalent to a framework's authority, each
// as Casbin's management API takes it.
type Rules struct {
	Roles    [][]string // g: {role, role it inherits from}
	Scopes   [][]string // g2: {scope, the next wider scope}
	Policies [][]string // p: {role, decision, widest scope}
}

// RulesFor returns the Casbin rules for the authority of every role f
// uses; see the package documentation for how they are chosen.
func RulesFor(f *pmroles.Framework) Rules {
	var rules Rules

	var prev pmroles.Scope
	for s := range pmroles.Scopes() {
		if prev != 0 {
			rules.Scopes = append(rules.Scopes, []string{prev.String(), s.String()})
		}
		prev = s
	}

	roles := slices.Collect(f.Roles())
	// above reports whether a inherits from b, directly or not: a's
	// authority contains b's, strictly or, when equal, b comes first.
	above := func(a, b pmroles.Role) bool {
		aa, ab := f.Authority(a), f.Authority(b)
		return a != b && aa.Contains(ab) && (aa != ab || slices.Index(roles, b) < slices.Index(roles, a))
	}
	for _, a := range roles {
		var parents []pmroles.Role
		for _, b := range roles {
			if !above(a, b) {
				continue
			}
			direct := true
			for _, c := range roles {
				if above(a, c) && above(c, b) {
					direct = false
					break
				}
			}
			if direct {
				parents = append(parents, b)
				rules.Roles = append(rules.Roles, []string{a.String(), b.String()})
			}
		}
		for g := range f.Authority(a).All() {
			inherited := slices.ContainsFunc(parents, func(p pmroles.Role) bool {
				return f.Authority(p).Allows(g.Decision, g.Scope)
			})
			if !inherited {
				rules.Policies = append(rules.Policies, []string{a.String(), g.Decision.String(), g.Scope.String()})
			}
		}
	}
	return rules
}

// NewEnforcer returns a plain Casbin enforcer for the authority of f:
// [NewEnforcerFromRules] of [RulesFor] f.
func NewEnforcer(f *pmroles.Framework) (*casbin.Enforcer, error) {
	return NewEnforcerFromRules(RulesFor(f))
}

// NewEnforcerFromRules returns a plain Casbin enforcer for [Model] and
// rules, built in memory (no adapter, no file) with logging off.
func NewEnforcerFromRules(rules Rules) (*casbin.Enforcer, error) {
	m, err := model.NewModelFromString(Model)
	if err != nil {
		return nil, err
	}
	e, err := casbin.NewEnforcer(m, false) // false: logging off
	if err != nil {
		return nil, err
	}
	if err := loadRules(e, rules); err != nil {
		return nil, err
	}
	return e, nil
}

// PolicyText returns the rules as the policy text a Casbin user keeps in a
// file or a database column: one "p, ..." or "g, ..." line per rule.
func (r Rules) PolicyText() string {
	var b strings.Builder
	for _, list := range []struct {
		ptype string
		rules [][]string
	}{{"g2", r.Scopes}, {"g", r.Roles}, {"p", r.Policies}} {
		for _, rule := range list.rules {
			b.WriteString(list.ptype + ", " + strings.Join(rule, ", ") + "\n")
		}
	}
	return b.String()
}

// NewEnforcerFromText builds an enforcer as a Casbin user who keeps the
// model and the policy as text does: the model parsed from Model, the
// policy loaded through Casbin's string adapter. It is the counterpart of
// pmroles.ParseFramework reading a document.
func NewEnforcerFromText(policy string) (*casbin.Enforcer, error) {
	m, err := model.NewModelFromString(Model)
	if err != nil {
		return nil, err
	}
	e, err := casbin.NewEnforcer(m, stringadapter.NewAdapter(policy), false) // false: logging off
	if err != nil {
		return nil, err
	}
	return e, nil
}

// NewCachedEnforcer is [NewEnforcer] for Casbin's CachedEnforcer, which
// remembers the answer to every request it has been asked.
func NewCachedEnforcer(f *pmroles.Framework) (*casbin.CachedEnforcer, error) {
	m, err := model.NewModelFromString(Model)
	if err != nil {
		return nil, err
	}
	e, err := casbin.NewCachedEnforcer(m, false) // false: logging off
	if err != nil {
		return nil, err
	}
	// The cache is empty: loading the rules through the embedded
	// Enforcer leaves nothing stale.
	if err := loadRules(e.Enforcer, RulesFor(f)); err != nil {
		return nil, err
	}
	return e, nil
}

// loadRules adds rules to e through Casbin's management API.
func loadRules(e *casbin.Enforcer, rules Rules) error {
	for _, list := range []struct {
		ptype string
		rules [][]string
		add   func(string, [][]string) (bool, error)
	}{
		{"g2", rules.Scopes, e.AddNamedGroupingPolicies},
		{"g", rules.Roles, e.AddNamedGroupingPolicies},
		{"p", rules.Policies, e.AddNamedPolicies},
	} {
		if len(list.rules) == 0 {
			continue
		}
		// Casbin adds none of the rules, and says so only by returning
		// false, if any of them is there already.
		added, err := list.add(list.ptype, list.rules)
		if err != nil {
			return fmt.Errorf("bench: adding %s rules: %w", list.ptype, err)
		}
		if !added {
			return fmt.Errorf("bench: adding %s rules: Casbin added none: one is a duplicate", list.ptype)
		}
	}
	return nil
}

// An Enforcer is what [Allows] and [Contains] need of a Casbin enforcer;
// *casbin.Enforcer and *casbin.CachedEnforcer have it.
type Enforcer interface {
	Enforce(rvals ...any) (bool, error)
	GetImplicitPermissionsForUser(user string, domain ...string) ([][]string, error)
}

// Allows reports whether e lets role r take decision d at scope s: the
// Casbin side of [pmroles.Framework.Can].
func Allows(e Enforcer, r pmroles.Role, d pmroles.Decision, s pmroles.Scope) (bool, error) {
	return e.Enforce(r.String(), d.String(), s.String())
}

// Contains reports whether e lets role a take every decision at every
// scope it lets role b take: the Casbin side of
// [pmroles.Authority.Contains]. It asks Casbin's RBAC API for b's
// policies, its own and inherited, and Enforce whether a may act on each
// one. A policy stands for its scope and every narrower one, which a then
// holds too through g2: one Enforce per policy of b is enough.
func Contains(e Enforcer, a, b pmroles.Role) (bool, error) {
	perms, err := e.GetImplicitPermissionsForUser(b.String())
	if err != nil {
		return false, err
	}
	sub := a.String()
	for _, p := range perms {
		if ok, err := e.Enforce(sub, p[1], p[2]); err != nil || !ok {
			return false, err
		}
	}
	return true, nil
}
