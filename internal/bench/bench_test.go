package bench

import (
	"encoding/json"
	"math/rand/v2"
	"testing"

	"github.com/casbin/casbin/v2"
	"github.com/cedar-policy/cedar-go"
	"github.com/pmroles/pmroles"
)

// The benchmarks measure pmroles, Casbin and Cedar in the same run, side
// by side: the sub-benchmark "pmroles" against "casbin", the plain Casbin
// enforcer (the headline), "casbin-cached", Casbin's CachedEnforcer, which
// a user after speed might choose, and "cedar", cedar-go's Authorize.
// Casbin and Cedar are measured in their steady state: every question is
// asked once before the clock starts, so that Casbin's matcher is
// compiled, its memo of role links filled and, for the cached enforcer,
// every answer cached. (Cedar compiles its policies when it parses them
// and keeps no memo; the warm-up only evens out the caches of the
// machine.)

// Sinks keep the compiler from dropping the work measured.
var (
	sinkBool      bool
	sinkFramework *pmroles.Framework
	sinkEnforcer  *casbin.Enforcer
	sinkCedar     *Cedar
)

// A query is one check, in pmroles' types, as Casbin's Enforce takes it,
// its strings boxed beforehand so as not to charge Casbin for that, and as
// Cedar's Authorize takes it, its entity UIDs made beforehand likewise.
type query struct {
	role     pmroles.Role
	decision pmroles.Decision
	scope    pmroles.Scope
	rvals    []any
	cedar    cedar.Request
}

// queries returns every (role, decision, scope) question, 1470 of them,
// in a fixed shuffled order, so that neither side is measured on one
// answer it has just given, nor on a regular pattern.
func queries() []query {
	var qs []query
	for r := range pmroles.Roles() {
		for d := range pmroles.Decisions() {
			for s := range pmroles.Scopes() {
				qs = append(qs, query{r, d, s, []any{r.String(), d.String(), s.String()}, CedarRequest(r, d, s)})
			}
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	rng.Shuffle(len(qs), func(i, j int) { qs[i], qs[j] = qs[j], qs[i] })
	return qs
}

// pairs returns every ordered pair of roles, 196 of them, in a fixed
// shuffled order: a containment question is about the first role's
// authority containing the second's.
func pairs() [][2]pmroles.Role {
	var ps [][2]pmroles.Role
	for a := range pmroles.Roles() {
		for b := range pmroles.Roles() {
			ps = append(ps, [2]pmroles.Role{a, b})
		}
	}
	rng := rand.New(rand.NewPCG(3, 4))
	rng.Shuffle(len(ps), func(i, j int) { ps[i], ps[j] = ps[j], ps[i] })
	return ps
}

// enforcers returns the Casbin enforcers to measure, by sub-benchmark
// name.
func enforcers(b *testing.B) []struct {
	name string
	e    Enforcer
} {
	b.Helper()
	plain, err := NewEnforcer(pmroles.Default())
	if err != nil {
		b.Fatal(err)
	}
	cached, err := NewCachedEnforcer(pmroles.Default())
	if err != nil {
		b.Fatal(err)
	}
	return []struct {
		name string
		e    Enforcer
	}{{"impl=casbin", plain}, {"impl=casbin-cached", cached}}
}

// BenchmarkCheck measures one check: may this role take this decision at
// this scope? Each iteration asks the next question of [queries].
func BenchmarkCheck(b *testing.B) {
	qs := queries()
	b.Run("impl=pmroles", func(b *testing.B) {
		b.ReportAllocs()
		f := pmroles.Default()
		i := 0
		for b.Loop() {
			q := &qs[i]
			sinkBool = f.Can(q.role, q.decision, q.scope)
			if i++; i == len(qs) {
				i = 0
			}
		}
	})
	for _, c := range enforcers(b) {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for _, q := range qs {
				if _, err := c.e.Enforce(q.rvals...); err != nil {
					b.Fatal(err)
				}
			}
			i := 0
			for b.Loop() {
				ok, err := c.e.Enforce(qs[i].rvals...)
				if err != nil {
					b.Fatal(err)
				}
				sinkBool = ok
				if i++; i == len(qs) {
					i = 0
				}
			}
		})
	}
	b.Run("impl=cedar", func(b *testing.B) {
		b.ReportAllocs()
		c := newCedar(b)
		for _, q := range qs {
			if _, err := c.Authorize(q.cedar); err != nil {
				b.Fatal(err)
			}
		}
		i := 0
		for b.Loop() {
			ok, err := c.Authorize(qs[i].cedar)
			if err != nil {
				b.Fatal(err)
			}
			sinkBool = ok
			if i++; i == len(qs) {
				i = 0
			}
		}
	})
}

// newCedar returns the Cedar policy set and entities to measure.
func newCedar(b *testing.B) *Cedar {
	b.Helper()
	c, err := NewCedar(pmroles.Default())
	if err != nil {
		b.Fatal(err)
	}
	return c
}

// BenchmarkContains measures one containment check: does this role's
// authority contain that one's? Each iteration asks about the next pair of
// [pairs]. For Casbin that is [Contains]: the second role's implicit
// permissions, then one Enforce for the first role per permission. For
// Cedar it is [Cedar.Contains]: a batch evaluation of the second role's
// permissions, then one Authorize for the first role per permission.
func BenchmarkContains(b *testing.B) {
	ps := pairs()
	b.Run("impl=pmroles", func(b *testing.B) {
		b.ReportAllocs()
		f := pmroles.Default()
		i := 0
		for b.Loop() {
			p := ps[i]
			sinkBool = f.Authority(p[0]).Contains(f.Authority(p[1]))
			if i++; i == len(ps) {
				i = 0
			}
		}
	})
	for _, c := range enforcers(b) {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for _, p := range ps {
				if _, err := Contains(c.e, p[0], p[1]); err != nil {
					b.Fatal(err)
				}
			}
			i := 0
			for b.Loop() {
				p := ps[i]
				ok, err := Contains(c.e, p[0], p[1])
				if err != nil {
					b.Fatal(err)
				}
				sinkBool = ok
				if i++; i == len(ps) {
					i = 0
				}
			}
		})
	}
	b.Run("impl=cedar", func(b *testing.B) {
		b.ReportAllocs()
		c := newCedar(b)
		for _, p := range ps {
			if _, err := c.Contains(p[0], p[1]); err != nil {
				b.Fatal(err)
			}
		}
		i := 0
		for b.Loop() {
			p := ps[i]
			ok, err := c.Contains(p[0], p[1])
			if err != nil {
				b.Fatal(err)
			}
			sinkBool = ok
			if i++; i == len(ps) {
				i = 0
			}
		}
	})
}

// BenchmarkBuild measures building the model from in-memory data, with
// the validation each side does on the way. For pmroles: an Authority
// from its grants for every role, and a framework with them. For Casbin:
// the model from [Model], a plain enforcer, and the rules of [RulesFor]
// added through the management API. For Cedar: the policy text of
// [CedarRulesFor] parsed, and the scope entities built from their parent
// links.
func BenchmarkBuild(b *testing.B) {
	b.Run("impl=pmroles", func(b *testing.B) {
		b.ReportAllocs()
		f := pmroles.Default()
		roles := make([]pmroles.Role, 0, 14)
		grants := make([][]pmroles.Grant, 0, 14)
		for r := range f.Roles() {
			var gs []pmroles.Grant
			for g := range f.Authority(r).All() {
				gs = append(gs, g)
			}
			roles = append(roles, r)
			grants = append(grants, gs)
		}
		opts := make([]pmroles.Option, len(roles))
		for b.Loop() {
			for i, r := range roles {
				a, err := pmroles.NewAuthority(grants[i]...)
				if err != nil {
					b.Fatal(err)
				}
				opts[i] = pmroles.WithAuthority(r, a)
			}
			g, err := pmroles.Default().With(opts...)
			if err != nil {
				b.Fatal(err)
			}
			sinkFramework = g
		}
	})
	b.Run("impl=pmroles-document", func(b *testing.B) {
		// The counterpart of Casbin from text: the framework's whole
		// document (roles, authority, reporting, ladder, RACI chart)
		// parsed and compiled.
		b.ReportAllocs()
		doc, err := json.Marshal(pmroles.Default())
		if err != nil {
			b.Fatal(err)
		}
		for b.Loop() {
			g, err := pmroles.ParseFramework(doc)
			if err != nil {
				b.Fatal(err)
			}
			sinkFramework = g
		}
	})
	b.Run("impl=casbin-text", func(b *testing.B) {
		b.ReportAllocs()
		policy := RulesFor(pmroles.Default()).PolicyText()
		for b.Loop() {
			e, err := NewEnforcerFromText(policy)
			if err != nil {
				b.Fatal(err)
			}
			sinkEnforcer = e
		}
	})
	b.Run("impl=casbin", func(b *testing.B) {
		b.ReportAllocs()
		rules := RulesFor(pmroles.Default())
		for b.Loop() {
			e, err := NewEnforcerFromRules(rules)
			if err != nil {
				b.Fatal(err)
			}
			sinkEnforcer = e
		}
	})
	b.Run("impl=cedar", func(b *testing.B) {
		b.ReportAllocs()
		rules := CedarRulesFor(pmroles.Default())
		text := rules.PolicyText()
		for b.Loop() {
			c, err := NewCedarFromText(text, rules.Scopes)
			if err != nil {
				b.Fatal(err)
			}
			sinkCedar = c
		}
	})
}
