// # The Cedar configuration
//
// Cedar (cedar-go, github.com/cedar-policy/cedar-go) is asked the same
// questions, modelled as Cedar's documentation models role-based access
// control: permit policies per role, an action per thing that may be done,
// and resources whose parents say what contains them. See [CedarRulesFor]:
//
//   - A request (principal, action, resource) is (role, decision, scope):
//     Role::"senior-product-manager", Action::"pricing",
//     Scope::"product-line". pmroles asks about a role, not a person, so
//     the principal is the role itself, and a policy names it with ==.
//   - Scope entities have the next wider scope as parent: feature in
//     product, product in product-line, up to company. A policy on
//     `resource in Scope::"product-line"` thus also covers products and
//     features, as a grant does in pmroles.
//   - Policies are permits only, one per role and scope, listing the
//     decisions the role holds at that scope as its widest.
//
// A Cedar author would write "product marketing managers decide how a
// product goes to market and how it is positioned" as [CedarRulesFor]
// does:
//
//	permit (
//	    principal == Role::"product-marketing-manager",
//	    action in [Action::"go-to-market", Action::"positioning"],
//	    resource in Scope::"product"
//	);
//
// cedar-go's Authorize evaluates every policy for every request, with no
// index and no stop at the first permit, so what counts is the number of
// policies and how cheaply one about another role fails. Of the
// configurations tried, this one gives cedar-go its fastest check:
//
//   - Role inheritance as on the Casbin side (Role entities with the g
//     links as parents, policies on `principal in Role::"..."` holding
//     only what a role does not inherit) has 13 policies instead of 18,
//     but made a check about 5.5 times slower: cedar-go walks the role
//     hierarchy on every "in", policy by policy. Giving each role all its
//     ancestors as parents, the transitive closure the Rust Cedar SDK
//     computes when it loads entities, still left it about 4.5 times
//     slower.
//   - `principal in Role::"..."` on this configuration, as policies are
//     written when principals are users who are members of roles, made it
//     about 1.3 times slower.
//   - One policy per decision (`action == Action::"pricing"`), 169 of
//     them, made it about 3 times slower.
//
// The Cedar side is built from text, as a Cedar user keeps policies in a
// .cedar file: [NewCedarFromText] parses the policies with
// [cedar.NewPolicySetFromBytes] and builds the scope entities in memory
// from their parent links, as the Casbin rules are added in memory.
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
	fmt.Fprintf(b, "permit (\n    principal == %s::%q,\n    action in [", cedarRole, p.Role)
	for i, d := range p.Decisions {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(b, "%s::%q", cedarAction, d)
	}
	fmt.Fprintf(b, "],\n    resource in %s::%q\n);\n", cedarScope, p.Scope)
}

// CedarRules are the Cedar policies and scope hierarchy equivalent to a
// framework's authority.
type CedarRules struct {
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
// uses: for each role, one policy per scope that is the widest the role
// holds some decision at, listing those decisions in [pmroles.Decisions]
// order; the roles in the order of [pmroles.Framework.Roles], the
// policies of a role from the widest scope.
func CedarRulesFor(f *pmroles.Framework) CedarRules {
	var rules CedarRules
	scopes := slices.Collect(pmroles.Scopes())
	for i := 1; i < len(scopes); i++ {
		rules.Scopes = append(rules.Scopes, []string{scopes[i-1].String(), scopes[i].String()})
	}
	for r := range f.Roles() {
		byScope := map[pmroles.Scope][]string{}
		for g := range f.Authority(r).All() {
			byScope[g.Scope] = append(byScope[g.Scope], g.Decision.String())
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
// needs besides the request. Nothing modifies it after [NewCedarFromText].
type Cedar struct {
	policies *cedar.PolicySet
	entities cedar.EntityMap
}

// NewCedar returns the Cedar policy set and entities for the authority of
// f: [NewCedarFromText] of the [CedarRulesFor] f.
func NewCedar(f *pmroles.Framework) (*Cedar, error) {
	rules := CedarRulesFor(f)
	return NewCedarFromText(rules.PolicyText(), rules.Scopes)
}

// NewCedarFromText parses policies, Cedar text, and builds the Scope
// entities with the parents that scopes gives as {scope, parent} pairs.
func NewCedarFromText(policies []byte, scopes [][]string) (*Cedar, error) {
	ps, err := cedar.NewPolicySetFromBytes("pmroles.cedar", policies)
	if err != nil {
		return nil, fmt.Errorf("bench: parsing Cedar policies: %w", err)
	}
	parents := map[string][]cedar.EntityUID{}
	for _, l := range scopes {
		if len(l) != 2 {
			return nil, fmt.Errorf("bench: scope link %q is not a pair", l)
		}
		if _, ok := parents[l[1]]; !ok {
			parents[l[1]] = nil
		}
		parents[l[0]] = append(parents[l[0]], cedar.NewEntityUID(cedarScope, cedar.String(l[1])))
	}
	entities := make(cedar.EntityMap, len(parents))
	for id, ps := range parents {
		uid := cedar.NewEntityUID(cedarScope, cedar.String(id))
		entities[uid] = cedar.Entity{UID: uid, Parents: cedar.NewEntityUIDSet(ps...)}
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

// cedarActions and cedarScopes are the values [Cedar.Contains] has batch
// evaluation try for the action and the resource: every decision and
// every scope.
var cedarActions, cedarScopes = func() (actions, resources []cedar.Value) {
	for d := range pmroles.Decisions() {
		actions = append(actions, cedar.NewEntityUID(cedarAction, cedar.String(d.String())))
	}
	for s := range pmroles.Scopes() {
		resources = append(resources, cedar.NewEntityUID(cedarScope, cedar.String(s.String())))
	}
	return actions, resources
}()

// errNotContained stops a batch evaluation at the first permission of one
// role the other lacks.
var errNotContained = errors.New("not contained")

// Contains reports whether c lets role a take every decision at every
// scope it lets role b take: the Cedar side of
// [pmroles.Authority.Contains]. It lists b's permissions with a batch
// evaluation over every decision and scope, and asks Authorize whether a
// holds each, stopping at the first it lacks.
func (c *Cedar) Contains(a, b pmroles.Role) (bool, error) {
	principal := cedar.NewEntityUID(cedarRole, cedar.String(a.String()))
	err := batch.Authorize(context.Background(), c.policies, c.entities, batch.Request{
		Principal: cedar.NewEntityUID(cedarRole, cedar.String(b.String())),
		Action:    batch.Variable("action"),
		Resource:  batch.Variable("resource"),
		Context:   cedar.NewRecord(nil),
		Variables: batch.Variables{"action": cedarActions, "resource": cedarScopes},
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
