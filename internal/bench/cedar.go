// # The Cedar configuration
//
// Cedar (cedar-go, github.com/cedar-policy/cedar-go) is asked the same
// questions as Casbin, modelled the way Cedar's documentation models
// role-based access control: roles as groups of principals in an entity
// hierarchy, one action per thing to be done, and resources whose parents
// say what contains them. See [CedarRulesFor]:
//
//   - A request (principal, action, resource) is (role, decision, scope):
//     Role::"senior-product-manager", Action::"pricing",
//     Scope::"product-line". pmroles asks about a role, not a person, so
//     the principal is the Role entity itself; a User entity would be one
//     more parent link on the way.
//   - Role entities have as parents the roles whose authority their own
//     directly contains: the g links of the Casbin side, the transitive
//     reduction of [pmroles.Authority.Contains], the later of two roles
//     with equal authority (in catalogue order) under the earlier. Cedar's
//     "in" is reflexive and transitive, so `principal in
//     Role::"product-manager"` holds for the product manager and for every
//     role above it.
//   - Scope entities have the next wider scope as parent: feature in
//     product, product in product-line, up to company. A policy on
//     `resource in Scope::"product-line"` thus also covers products and
//     features, as a grant does in pmroles.
//   - Policies are permits only, one per role and scope, listing the
//     decisions the role holds at that scope as its widest and does not
//     inherit from a parent, widest scope first (see below).
//
// This is a policy as [CedarRules.PolicyText] writes it, and as a Cedar
// author would ("product marketing managers decide how a product goes to
// market and how it is positioned"):
//
//	permit (
//	    principal in Role::"product-marketing-manager",
//	    action in [Action::"go-to-market", Action::"positioning"],
//	    resource in Scope::"product"
//	);
//
// One policy per role and scope, rather than one per decision, keeps the
// policy set short (13 policies for the default framework, against
// Casbin's 82), which is what
// matters to cedar-go: Authorize evaluates every policy for every request,
// with no index and no stop at the first permit.
//
// The Cedar side is built from text, as a Cedar user keeps policies in a
// .cedar file: [NewCedarFromText] parses the policies with
// [cedar.NewPolicySetFromBytes]. The entities are built in memory from the
// parent links, as the Casbin rules are added in memory.
//
// cedar-go keeps the parents it is given and walks the hierarchy on every
// "in"; the Rust Cedar SDK computes the transitive closure when it loads
// the entities. Giving every role all its ancestors as parents instead was
// tried: a check about 1.3 times faster. It is not what a Cedar user would hand over, so
// it is not used.
//
// Cedar has no query for "everything a principal may do", still less for
// comparing two principals. [Cedar.Contains] answers containment the way
// the Casbin side does, from outside: it lists what the second role may do
// with cedar-go's batch evaluation (x/exp/batch, experimental, outside
// cedar-go's compatibility promise) and asks Authorize whether the first
// role may do each.
package bench

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/cedar-policy/cedar-go"
	"github.com/cedar-policy/cedar-go/x/exp/batch"
	"github.com/pmroles/pmroles"
)

// The Cedar entity types of [CedarRules]: actions are Cedar's own type.
const (
	cedarRole   cedar.EntityType = "Role"
	cedarAction cedar.EntityType = "Action"
	cedarScope  cedar.EntityType = "Scope"
)

// A CedarPolicy is one Cedar permit: Role may take each of Decisions at
// Scope and every narrower scope. Values are pmroles text IDs.
type CedarPolicy struct {
	Role      string
	Decisions []string
	Scope     string
}

// String returns the policy as Cedar text.
func (p CedarPolicy) String() string {
	var b strings.Builder
	p.appendTo(&b)
	return b.String()
}

func (p CedarPolicy) appendTo(b *strings.Builder) {
	fmt.Fprintf(b, "permit (\n    principal in %s::%q,\n    action in [", cedarRole, p.Role)
	for i, d := range p.Decisions {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(b, "%s::%q", cedarAction, d)
	}
	fmt.Fprintf(b, "],\n    resource in %s::%q\n);\n", cedarScope, p.Scope)
}

// CedarRules are the Cedar policies and entity hierarchy equivalent to a
// framework's authority.
type CedarRules struct {
	Roles    [][]string // {role, parent role}: the role entities' parents
	Scopes   [][]string // {scope, the next wider scope}: the scope entities' parents
	Policies []CedarPolicy
}

// PolicyText returns the policies as one Cedar document, in order.
func (r CedarRules) PolicyText() []byte {
	var b strings.Builder
	for i, p := range r.Policies {
		if i > 0 {
			b.WriteByte('\n')
		}
		p.appendTo(&b)
	}
	return []byte(b.String())
}

// CedarRulesFor returns the Cedar rules for the authority of every role f
// uses; see the package documentation for how they are chosen.
func CedarRulesFor(f *pmroles.Framework) CedarRules {
	var rules CedarRules

	scopes := slices.Collect(pmroles.Scopes())
	for i := 1; i < len(scopes); i++ {
		rules.Scopes = append(rules.Scopes, []string{scopes[i-1].String(), scopes[i].String()})
	}

	roles := slices.Collect(f.Roles())
	// above reports whether roles[i] sits under roles[j], directly or not:
	// its authority contains j's, strictly or, when equal, j comes first.
	// Positions, not Roles, order the roles.
	above := func(i, j int) bool {
		ai, aj := f.Authority(roles[i]), f.Authority(roles[j])
		return i != j && ai.Contains(aj) && (ai != aj || j < i)
	}
	// direct reports whether roles[i] sits under roles[j] with no role
	// between them.
	direct := func(i, j int) bool {
		if !above(i, j) {
			return false
		}
		for k := range roles {
			if above(i, k) && above(k, j) {
				return false
			}
		}
		return true
	}
	for i, r := range roles {
		var parents []pmroles.Role
		for j, p := range roles {
			if direct(i, j) {
				parents = append(parents, p)
				rules.Roles = append(rules.Roles, []string{r.String(), p.String()})
			}
		}
		// The decisions r holds and inherits from no parent, by the
		// widest scope it holds them at, widest scope first.
		byScope := map[pmroles.Scope][]string{}
		for g := range f.Authority(r).All() {
			inherited := slices.ContainsFunc(parents, func(p pmroles.Role) bool {
				return f.Authority(p).Allows(g.Decision, g.Scope)
			})
			if !inherited {
				byScope[g.Scope] = append(byScope[g.Scope], g.Decision.String())
			}
		}
		for _, s := range slices.Backward(scopes) {
			if ds := byScope[s]; len(ds) > 0 {
				rules.Policies = append(rules.Policies, CedarPolicy{Role: r.String(), Decisions: ds, Scope: s.String()})
			}
		}
	}
	return rules
}

// Cedar is a Cedar policy set with its entities: what Cedar's Authorize
// needs besides the request. It is not modified after [NewCedarFromText]
// and may be used by several goroutines at once.
type Cedar struct {
	policies *cedar.PolicySet
	entities cedar.EntityMap
}

// NewCedar returns the Cedar policy set and entities for the authority of
// f: [NewCedarFromText] of the [CedarRulesFor] f.
func NewCedar(f *pmroles.Framework) (*Cedar, error) {
	rules := CedarRulesFor(f)
	return NewCedarFromText(rules.PolicyText(), rules.Roles, rules.Scopes)
}

// NewCedarFromText parses policies, Cedar text, and builds the Role and
// Scope entities with the parents that roles and scopes give as {entity,
// parent} pairs.
func NewCedarFromText(policies []byte, roles, scopes [][]string) (*Cedar, error) {
	ps, err := cedar.NewPolicySetFromBytes("pmroles.cedar", policies)
	if err != nil {
		return nil, fmt.Errorf("bench: parsing Cedar policies: %w", err)
	}
	entities := cedar.EntityMap{}
	for _, h := range []struct {
		typ   cedar.EntityType
		links [][]string
	}{{cedarRole, roles}, {cedarScope, scopes}} {
		parents := map[string][]cedar.EntityUID{}
		var order []string
		for _, l := range h.links {
			if len(l) != 2 {
				return nil, fmt.Errorf("bench: %s link %q is not a pair", h.typ, l)
			}
			for _, id := range l {
				if _, ok := parents[id]; !ok {
					parents[id] = nil
					order = append(order, id)
				}
			}
			parents[l[0]] = append(parents[l[0]], cedar.NewEntityUID(h.typ, cedar.String(l[1])))
		}
		for _, id := range order {
			uid := cedar.NewEntityUID(h.typ, cedar.String(id))
			entities[uid] = cedar.Entity{UID: uid, Parents: cedar.NewEntityUIDSet(parents[id]...)}
		}
	}
	return &Cedar{policies: ps, entities: entities}, nil
}

// CedarRequest returns the Cedar request for "may role r take decision d
// at scope s?".
func CedarRequest(r pmroles.Role, d pmroles.Decision, s pmroles.Scope) cedar.Request {
	return cedar.Request{
		Principal: cedar.NewEntityUID(cedarRole, cedar.String(r.String())),
		Action:    cedar.NewEntityUID(cedarAction, cedar.String(d.String())),
		Resource:  cedar.NewEntityUID(cedarScope, cedar.String(s.String())),
		Context:   cedar.NewRecord(nil),
	}
}

// Authorize reports whether c allows req. An error in evaluating any
// policy is returned as an error, not as a denial.
func (c *Cedar) Authorize(req cedar.Request) (bool, error) {
	dec, diag := cedar.Authorize(c.policies, c.entities, req)
	if len(diag.Errors) > 0 {
		return false, fmt.Errorf("bench: Cedar policy %s: %s", diag.Errors[0].PolicyID, diag.Errors[0].Message)
	}
	return dec == cedar.Allow, nil
}

// Allows reports whether c lets role r take decision d at scope s: the
// Cedar side of [pmroles.Framework.Can].
func (c *Cedar) Allows(r pmroles.Role, d pmroles.Decision, s pmroles.Scope) (bool, error) {
	return c.Authorize(CedarRequest(r, d, s))
}

// errNotContained stops a batch evaluation at the first permission of one
// role the other lacks.
var errNotContained = errors.New("not contained")

// Contains reports whether c lets role a take every decision at every
// scope it lets role b take: the Cedar side of
// [pmroles.Authority.Contains]. It lists b's permissions with a batch
// evaluation over every decision and scope, and asks Authorize whether a
// holds each, stopping at the first it lacks.
func (c *Cedar) Contains(a, b pmroles.Role) (bool, error) {
	var actions, resources []cedar.Value
	for d := range pmroles.Decisions() {
		actions = append(actions, cedar.NewEntityUID(cedarAction, cedar.String(d.String())))
	}
	for s := range pmroles.Scopes() {
		resources = append(resources, cedar.NewEntityUID(cedarScope, cedar.String(s.String())))
	}
	principal := cedar.NewEntityUID(cedarRole, cedar.String(a.String()))
	err := batch.Authorize(context.Background(), c.policies, c.entities, batch.Request{
		Principal: cedar.NewEntityUID(cedarRole, cedar.String(b.String())),
		Action:    batch.Variable("action"),
		Resource:  batch.Variable("resource"),
		Context:   cedar.NewRecord(nil),
		Variables: batch.Variables{"action": actions, "resource": resources},
	}, func(res batch.Result) error {
		if len(res.Diagnostic.Errors) > 0 {
			e := res.Diagnostic.Errors[0]
			return fmt.Errorf("bench: Cedar policy %s: %s", e.PolicyID, e.Message)
		}
		if res.Decision != cedar.Allow {
			return nil
		}
		req := res.Request
		req.Principal = principal
		ok, err := c.Authorize(req)
		if err != nil {
			return err
		}
		if !ok {
			return errNotContained
		}
		return nil
	})
	if errors.Is(err, errNotContained) {
		return false, nil
	}
	return err == nil, err
}
