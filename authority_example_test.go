package pmroles_test

import (
	"errors"
	"fmt"

	"github.com/pmroles/pmroles"
)

func ExampleDecision() {
	d := pmroles.Pricing
	fmt.Println(d, d.Domain())
	// Output: pricing market
}

func ExampleParseDecision() {
	d, err := pmroles.ParseDecision("Go-To-Market")
	fmt.Println(d, err)
	_, err = pmroles.ParseDecision("lunch")
	fmt.Println(errors.Is(err, pmroles.ErrUnknownValue), err)
	// Output:
	// go-to-market <nil>
	// true pmroles: unknown decision "lunch" (closest: budget, career-development, vision)
}

func ExampleDecisions() {
	n := 0
	for range pmroles.Decisions() {
		n++
	}
	fmt.Println(n, "decisions")
	// Output: 21 decisions
}

func ExampleDecision_MarshalText() {
	b, err := pmroles.EndOfLife.MarshalText()
	fmt.Println(string(b), err)
	// Output: end-of-life <nil>
}

func ExampleDomain() {
	for dom := range pmroles.Domains() {
		fmt.Print(dom, ":")
		for d := range dom.Decisions() {
			fmt.Print(" ", d)
		}
		fmt.Println()
	}
	// Output:
	// strategy: vision strategy roadmap prioritization requirements backlog release-planning
	// market: go-to-market pricing positioning lifecycle end-of-life
	// resources: resource-allocation budget investment partnerships acquisitions
	// people: hiring performance-evaluation career-development team-goals
}

func ExampleParseDomain() {
	d, err := pmroles.ParseDomain("People")
	fmt.Println(d == pmroles.DomainPeople, err)
	// Output: true <nil>
}

func ExampleDomains() {
	for d := range pmroles.Domains() {
		fmt.Print(d, " ")
	}
	fmt.Println()
	// Output: strategy market resources people
}

func ExampleScope() {
	for s := range pmroles.Scopes() {
		fmt.Print(s, " ")
	}
	fmt.Println()
	// Output: feature product product-line portfolio company
}

func ExampleScope_Contains() {
	fmt.Println(pmroles.Portfolio.Contains(pmroles.Product))
	fmt.Println(pmroles.Product.Contains(pmroles.Product)) // reflexive
	fmt.Println(pmroles.Product.Contains(pmroles.Portfolio))
	fmt.Println(pmroles.Scope(0).Contains(pmroles.Scope(0))) // invalid scopes contain nothing
	// Output:
	// true
	// true
	// false
	// false
}

func ExampleParseScope() {
	s, err := pmroles.ParseScope("product-line")
	fmt.Println(s == pmroles.ProductLine, err)
	// Output: true <nil>
}

func ExampleScopes() {
	widest := pmroles.Feature
	for s := range pmroles.Scopes() {
		widest = s
	}
	fmt.Println(widest)
	// Output: company
}

func ExampleMoney() {
	m := pmroles.Money{Amount: 50000, Currency: "EUR"}
	fmt.Println(m, m.IsValid(), pmroles.Money{Amount: 5, Currency: "euro"}.IsValid())
	// Output: 50000 EUR true false
}

func ExampleGrant() {
	g := pmroles.Grant{Decision: pmroles.Budget, Scope: pmroles.ProductLine, Limit: pmroles.Money{Amount: 20000, Currency: "USD"}}
	fmt.Println(g)
	// Output: budget@product-line max 20000 USD
}

func ExampleNewAuthority() {
	a, err := pmroles.NewAuthority(
		pmroles.Grant{Decision: pmroles.Pricing, Scope: pmroles.ProductLine},
		pmroles.Grant{Decision: pmroles.Budget, Scope: pmroles.Product, Limit: pmroles.Money{Amount: 10000, Currency: "USD"}},
	)
	fmt.Println(a, err)

	_, err = pmroles.NewAuthority(pmroles.Grant{Decision: pmroles.Pricing, Scope: 0})
	fmt.Println(errors.Is(err, pmroles.ErrInvalidGrant))
	// Output:
	// {pricing@product-line, budget@product max 10000 USD} <nil>
	// true
}

func ExampleAuthority() {
	pm := pmroles.Default().Authority(pmroles.ProductManager)
	fmt.Println(pm.Allows(pmroles.Pricing, pmroles.Product))
	fmt.Println(pm.Allows(pmroles.Pricing, pmroles.Portfolio))
	fmt.Println(pm.Scope(pmroles.Positioning))
	// Output:
	// true
	// false
	// product
}

func ExampleAuthority_Allows() {
	a, _ := pmroles.NewAuthority(pmroles.Grant{Decision: pmroles.Roadmap, Scope: pmroles.ProductLine})
	for s := range pmroles.Scopes() {
		fmt.Println(s, a.Allows(pmroles.Roadmap, s))
	}
	// Output:
	// feature true
	// product true
	// product-line true
	// portfolio false
	// company false
}

func ExampleAuthority_Scope() {
	cpo := pmroles.Default().Authority(pmroles.ChiefProductOfficer)
	fmt.Println(cpo.Scope(pmroles.Acquisitions), pmroles.Default().Authority(pmroles.ProductManager).Scope(pmroles.Acquisitions))
	// Output: company %!Scope(0)
}

func ExampleAuthority_Limit() {
	a, _ := pmroles.NewAuthority(pmroles.Grant{Decision: pmroles.Budget, Scope: pmroles.Product, Limit: pmroles.Money{Amount: 5000, Currency: "GBP"}})
	fmt.Println(a.Limit(pmroles.Budget))
	fmt.Println(a.Limit(pmroles.Pricing))
	// Output:
	// 5000 GBP true
	// 0 false
}

func ExampleAuthority_Approves() {
	a, _ := pmroles.NewAuthority(pmroles.Grant{Decision: pmroles.Budget, Scope: pmroles.Product, Limit: pmroles.Money{Amount: 5000, Currency: "GBP"}})
	fmt.Println(a.Approves(pmroles.Budget, pmroles.Product, pmroles.Money{Amount: 4000, Currency: "GBP"}))
	fmt.Println(a.Approves(pmroles.Budget, pmroles.Product, pmroles.Money{Amount: 6000, Currency: "GBP"}))
	fmt.Println(a.Approves(pmroles.Budget, pmroles.Product, pmroles.Money{Amount: 10, Currency: "EUR"})) // no conversion
	// Output:
	// true
	// false
	// false
}

func ExampleAuthority_Contains() {
	f := pmroles.Default()
	cpo := f.Authority(pmroles.ChiefProductOfficer)
	for r := range f.Roles() {
		if !cpo.Contains(f.Authority(r)) {
			fmt.Println("escapes the CPO:", r)
		}
	}
	fmt.Println(f.Authority(pmroles.ProductManager).Contains(cpo))
	// Output: false
}

func ExampleAuthority_Diff() {
	f := pmroles.Default()
	gains := f.Authority(pmroles.SeniorProductManager).Diff(f.Authority(pmroles.ProductManager))
	for _, g := range gains[:3] {
		fmt.Println(g)
	}
	fmt.Println(len(gains), "grants gained or widened")
	// Output:
	// vision@product-line
	// strategy@product-line
	// roadmap@product-line
	// 16 grants gained or widened
}

func ExampleAuthority_All() {
	for g := range pmroles.Default().Authority(pmroles.ProductOwner).All() {
		fmt.Println(g)
	}
	// Output:
	// prioritization@product
	// requirements@product
	// backlog@product
	// release-planning@product
	// budget@product
}

func ExampleAuthority_IsZero() {
	f, _ := pmroles.Default().With(pmroles.WithRoles(pmroles.ProductManager, pmroles.HeadOfProduct))
	fmt.Println(f.Authority(pmroles.DirectorOfUX).IsZero(), f.Authority(pmroles.HeadOfProduct).IsZero())
	// Output: true false
}

func ExampleAuthority_String() {
	fmt.Println(pmroles.Default().Authority(pmroles.ProductMarketingManager))
	// Output: {go-to-market@product, positioning@product}
}

func ExampleFramework_Authority() {
	a := pmroles.Default().Authority(pmroles.VPOfProduct)
	fmt.Println(a.Allows(pmroles.Investment, pmroles.Portfolio), a.Allows(pmroles.Acquisitions, pmroles.Feature))
	// Output: true false
}

func ExampleFramework_Can() {
	f := pmroles.Default()
	// May a senior PM decide pricing for a product line?
	fmt.Println(f.Can(pmroles.SeniorProductManager, pmroles.Pricing, pmroles.ProductLine))
	// For the whole portfolio?
	fmt.Println(f.Can(pmroles.SeniorProductManager, pmroles.Pricing, pmroles.Portfolio))
	// Output:
	// true
	// false
}

func ExampleFramework_Escalate() {
	f := pmroles.Default()
	for _, q := range []struct {
		d pmroles.Decision
		s pmroles.Scope
	}{
		{pmroles.Acquisitions, pmroles.Company},
		{pmroles.Pricing, pmroles.Product},
		{pmroles.Pricing, pmroles.Portfolio},
		{pmroles.Hiring, pmroles.ProductLine},
	} {
		r, err := f.Escalate(q.d, q.s)
		fmt.Printf("%s at %s: %v %v\n", q.d, q.s, r, err)
	}
	// Output:
	// acquisitions at company: chief-product-officer <nil>
	// pricing at product: product-manager <nil>
	// pricing at portfolio: director-of-product <nil>
	// hiring at product-line: group-product-manager <nil>
}

func ExampleFramework_Approver() {
	usd := func(n int64) pmroles.Money { return pmroles.Money{Amount: n, Currency: "USD"} }
	// The defaults set no monetary limits; a company sets its own.
	f, err := pmroles.Default().With(
		pmroles.WithLimit(pmroles.ProductOwner, pmroles.Budget, usd(5_000)),
		pmroles.WithLimit(pmroles.SeniorProductManager, pmroles.Budget, usd(20_000)),
		pmroles.WithLimit(pmroles.PrincipalProductManager, pmroles.Budget, usd(20_000)),
		pmroles.WithLimit(pmroles.GroupProductManager, pmroles.Budget, usd(50_000)),
		pmroles.WithLimit(pmroles.DirectorOfProduct, pmroles.Budget, usd(100_000)),
	)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, amount := range []int64{3_000, 15_000, 80_000, 500_000} {
		r, _ := f.Approver(pmroles.Budget, pmroles.Product, usd(amount))
		fmt.Println(amount, r)
	}
	// Output:
	// 3000 product-owner
	// 15000 senior-product-manager
	// 80000 director-of-product
	// 500000 head-of-product
}

func ExampleFramework_Top() {
	startup, _ := pmroles.Default().With(pmroles.WithRoles(pmroles.ProductManager, pmroles.SeniorProductManager, pmroles.HeadOfProduct))
	fmt.Println(pmroles.Default().Top(), startup.Top())
	// Output: chief-product-officer head-of-product
}

func ExampleWithAuthority() {
	// A product manager who also owns the budget of their product.
	pm := pmroles.Default().Authority(pmroles.ProductManager)
	grants := append([]pmroles.Grant(nil), pmroles.Grant{Decision: pmroles.Budget, Scope: pmroles.Product})
	for g := range pm.All() {
		grants = append(grants, g)
	}
	a, err := pmroles.NewAuthority(grants...)
	if err != nil {
		fmt.Println(err)
		return
	}
	f, err := pmroles.Default().With(pmroles.WithAuthority(pmroles.ProductManager, a))
	fmt.Println(f.Can(pmroles.ProductManager, pmroles.Budget, pmroles.Product), err)

	// Grants the top role lacks are refused, naming the role and decision,
	// and so are grants a manager of the role lacks.
	acq, _ := pmroles.NewAuthority(pmroles.Grant{Decision: pmroles.Acquisitions, Scope: pmroles.Company})
	startup, _ := pmroles.Default().With(pmroles.WithRoles(pmroles.ProductManager, pmroles.HeadOfProduct))
	_, err = startup.With(pmroles.WithAuthority(pmroles.ProductManager, acq))
	fmt.Println(err)
	// Output:
	// true <nil>
	// pmroles: framework: /authority/0: head-of-product does not hold all of product-manager's authority: acquisitions@company
	// pmroles: framework: /reporting/0/reports/0: head-of-product may manage product-manager but does not hold all its authority: acquisitions@company
}

func ExampleWithLimit() {
	f, err := pmroles.Default().With(
		pmroles.WithLimit(pmroles.ProductOwner, pmroles.Budget, pmroles.Money{Amount: 5000, Currency: "EUR"}),
	)
	fmt.Println(f.Authority(pmroles.ProductOwner).Limit(pmroles.Budget))
	fmt.Println(err)
	// Output:
	// 5000 EUR true
	// <nil>
}

func ExampleAuthorityError() {
	startup, _ := pmroles.Default().With(pmroles.WithRoles(pmroles.ProductManager, pmroles.HeadOfProduct))
	acq, _ := pmroles.NewAuthority(pmroles.Grant{Decision: pmroles.Acquisitions, Scope: pmroles.Product})
	_, err := startup.With(pmroles.WithAuthority(pmroles.ProductManager, acq))

	var ae *pmroles.AuthorityError
	if errors.As(err, &ae) {
		fmt.Println(ae.Top, ae.Role, ae.Missing)
	}
	fmt.Println(errors.Is(err, pmroles.ErrInvalidFramework))
	// Output:
	// head-of-product product-manager [acquisitions@product]
	// true
}

func ExampleDecision_String() {
	fmt.Println(pmroles.Pricing.String(), pmroles.Decision(0).String())
	// Output: pricing %!Decision(0)
}

func ExampleDecision_IsValid() {
	fmt.Println(pmroles.Pricing.IsValid(), pmroles.Decision(0).IsValid())
	// Output: true false
}

func ExampleDecision_AppendText() {
	b, err := pmroles.Pricing.AppendText([]byte("decision="))
	fmt.Println(string(b), err)
	// Output: decision=pricing <nil>
}

func ExampleDecision_UnmarshalText() {
	var x pmroles.Decision
	err := x.UnmarshalText([]byte("PRICING"))
	fmt.Println(x, err)
	// Output: pricing <nil>
}

func ExampleDomain_String() {
	fmt.Println(pmroles.DomainPeople.String(), pmroles.Domain(0).String())
	// Output: people %!Domain(0)
}

func ExampleDomain_IsValid() {
	fmt.Println(pmroles.DomainPeople.IsValid(), pmroles.Domain(0).IsValid())
	// Output: true false
}

func ExampleDomain_MarshalText() {
	b, err := pmroles.DomainPeople.MarshalText()
	fmt.Println(string(b), err)
	// Output: people <nil>
}

func ExampleDomain_AppendText() {
	b, err := pmroles.DomainPeople.AppendText([]byte("domain="))
	fmt.Println(string(b), err)
	// Output: domain=people <nil>
}

func ExampleDomain_UnmarshalText() {
	var x pmroles.Domain
	err := x.UnmarshalText([]byte("PEOPLE"))
	fmt.Println(x, err)
	// Output: people <nil>
}

func ExampleScope_String() {
	fmt.Println(pmroles.ProductLine.String(), pmroles.Scope(0).String())
	// Output: product-line %!Scope(0)
}

func ExampleScope_IsValid() {
	fmt.Println(pmroles.ProductLine.IsValid(), pmroles.Scope(0).IsValid())
	// Output: true false
}

func ExampleScope_MarshalText() {
	b, err := pmroles.ProductLine.MarshalText()
	fmt.Println(string(b), err)
	// Output: product-line <nil>
}

func ExampleScope_AppendText() {
	b, err := pmroles.ProductLine.AppendText([]byte("scope="))
	fmt.Println(string(b), err)
	// Output: scope=product-line <nil>
}

func ExampleScope_UnmarshalText() {
	var x pmroles.Scope
	err := x.UnmarshalText([]byte("PRODUCT-LINE"))
	fmt.Println(x, err)
	// Output: product-line <nil>
}

func ExampleDecision_Domain() {
	fmt.Println(pmroles.Hiring.Domain(), pmroles.Acquisitions.Domain(), pmroles.Decision(0).Domain())
	// Output: people resources %!Domain(0)
}

func ExampleDomain_Decisions() {
	for d := range pmroles.DomainMarket.Decisions() {
		fmt.Print(d, " ")
	}
	fmt.Println()
	// Output: go-to-market pricing positioning lifecycle end-of-life
}

func ExampleGrant_String() {
	fmt.Println(pmroles.Grant{Decision: pmroles.Vision, Scope: pmroles.Company})
	// Output: vision@company
}

func ExampleMoney_IsValid() {
	fmt.Println(pmroles.Money{Amount: 100, Currency: "JPY"}.IsValid(), pmroles.Money{Amount: -1, Currency: "JPY"}.IsValid(), pmroles.Money{}.IsValid())
	// Output: true false false
}

func ExampleMoney_String() {
	fmt.Println(pmroles.Money{Amount: 250000, Currency: "CHF"})
	// Output: 250000 CHF
}

func ExampleAuthorityError_Error() {
	err := &pmroles.AuthorityError{Top: pmroles.HeadOfProduct, Role: pmroles.ProductManager,
		Missing: []pmroles.Grant{{Decision: pmroles.Acquisitions, Scope: pmroles.Product}}}
	fmt.Println(err.Error())
	// Output: pmroles: head-of-product does not hold all of product-manager's authority: acquisitions@product
}

func ExampleAuthorityError_Unwrap() {
	err := &pmroles.AuthorityError{Top: pmroles.HeadOfProduct, Role: pmroles.ProductManager}
	fmt.Println(err.Unwrap() == pmroles.ErrInvalidFramework, errors.Is(err, pmroles.ErrInvalidFramework))
	// Output: true true
}
