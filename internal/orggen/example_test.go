package orggen_test

import (
	"os"

	"github.com/pmroles/pmroles/internal/orggen"
)

func ExampleWrite() {
	roles := []orggen.Role{
		{ID: "product-manager", Title: "Product Manager"},
		{ID: "group-product-manager", Title: "Group Product Manager", Manages: true},
		{ID: "vp-of-product", Title: "VP of Product", Manages: true},
	}
	o := orggen.Options{Roles: roles, Products: []string{"Checkout", "Search"}, Competencies: []string{"discovery", "delivery"}}
	if err := orggen.Write(os.Stdout, 6, 1, o); err != nil {
		panic(err)
	}
	// Output:
	// Employee ID,Full Name,Job Title,Role,Manager ID,Product Area,Years of Experience,Years in Role,Years Managing,Competencies
	// E0000001,"Jamal Fischer, Jr.",VP of Product,vp-of-product,,Checkout,7.8,3.6,2.6,delivery;discovery
	// E0000002,Hiro Eriksen,Product Manager,product-manager,E0000001,Checkout,2.6,0.9,0.0,
	// E0000003,Rosa O'Brien,Product Manager,product-manager,E0000001,Search,1.3,1.3,0.0,delivery;discovery
	// E0000004,Wei Patel,Product Manager,product-manager,E0000001,Search,3.8,3.8,0.0,
	// E0000005,Ada Müller,Product Manager,product-manager,E0000001,Checkout,2.8,2.8,0.0,delivery
	// E0000006,"Farid Nakamura, Jr.",Product Manager,product-manager,E0000001,Search,3.8,2.4,0.0,
}
