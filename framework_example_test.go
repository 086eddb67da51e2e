package pmroles_test

import (
	"fmt"

	"github.com/pmroles/pmroles"
)

func ExampleFramework() {
	f := pmroles.Default()
	n := 0
	for range f.Roles() {
		n++
	}
	fmt.Println(n, "roles in use")
	// Output: 14 roles in use
}

func ExampleDefault() {
	f := pmroles.Default()
	fmt.Println(f.Uses(pmroles.ChiefProductOfficer), f == pmroles.Default())
	// Output: true true
}

func ExampleFramework_With() {
	small, err := pmroles.Default().With(pmroles.WithRoles(
		pmroles.ProductManager, pmroles.SeniorProductManager, pmroles.HeadOfProduct,
	))
	if err != nil {
		fmt.Println(err)
		return
	}
	// The base framework is unchanged: frameworks are immutable.
	fmt.Println(small.Uses(pmroles.DirectorOfUX), pmroles.Default().Uses(pmroles.DirectorOfUX))
	// Output: false true
}

func ExampleWithRoles() {
	f, err := pmroles.Default().With(pmroles.WithRoles(pmroles.ProductManager, pmroles.DirectorOfProduct))
	if err != nil {
		fmt.Println(err)
		return
	}
	// The default ladder, joined over the roles left out, asks what the
	// steps between asked.
	for t := range f.Ladder().All() {
		fmt.Println(t, t.Requirements.YearsExperience)
	}
	_, err = pmroles.Default().With(pmroles.WithRoles(pmroles.ProductManager, pmroles.Role{}))
	fmt.Println(err)
	// Output:
	// promotion product-manager -> director-of-product 10
	// pmroles: unknown role: WithRoles: role 1 (%!Role(0)) is neither a role of the framework nor of the catalogue
}

func ExampleOption() {
	opts := []pmroles.Option{pmroles.WithRoles(pmroles.ProductOwner, pmroles.HeadOfProduct)}
	f, err := pmroles.Default().With(opts...)
	fmt.Println(f.Uses(pmroles.ProductOwner), err)
	// Output: true <nil>
}

func ExampleFramework_Roles() {
	f, _ := pmroles.Default().With(pmroles.WithRoles(pmroles.HeadOfProduct, pmroles.ProductManager))
	for r := range f.Roles() { // the framework's order, not the argument order
		fmt.Println(r)
	}
	// Output:
	// product-manager
	// head-of-product
}

func ExampleFramework_Uses() {
	fmt.Println(pmroles.Default().Uses(pmroles.ProductOwner), pmroles.Default().Uses(pmroles.Role{}))
	// Output: true false
}
