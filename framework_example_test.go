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
	_, err := pmroles.Default().With(pmroles.WithRoles(pmroles.ProductManager, pmroles.Role(0)))
	fmt.Println(err)
	// Output: pmroles: WithRoles: role 1 is invalid (%!Role(0))
}

func ExampleOption() {
	opts := []pmroles.Option{pmroles.WithRoles(pmroles.ProductOwner, pmroles.HeadOfProduct)}
	f, err := pmroles.Default().With(opts...)
	fmt.Println(f.Uses(pmroles.ProductOwner), err)
	// Output: true <nil>
}

func ExampleFramework_Roles() {
	f, _ := pmroles.Default().With(pmroles.WithRoles(pmroles.HeadOfProduct, pmroles.ProductManager))
	for r := range f.Roles() { // catalogue order, not argument order
		fmt.Println(r)
	}
	// Output:
	// product-manager
	// head-of-product
}

func ExampleFramework_Uses() {
	fmt.Println(pmroles.Default().Uses(pmroles.ProductOwner), pmroles.Default().Uses(pmroles.Role(99)))
	// Output: true false
}
