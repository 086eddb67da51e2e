package pmroles_test

import (
	"errors"
	"fmt"

	"github.com/pmroles/pmroles"
)

func ExampleParseTitle() {
	for _, s := range []string{
		"Senior Product Manager, Payments",
		"sr. pm - growth",
		"Director, Product Management",
		"VP, Product",
		"Product Head",
		"Chief of Product",
		"Junior Product Manager",
	} {
		t, err := pmroles.ParseTitle(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%-34q %-26v %-10v area=%q\n", s, t.Role, t.Confidence, t.Area)
	}
	// Output:
	// "Senior Product Manager, Payments" senior-product-manager     exact      area="Payments"
	// "sr. pm - growth"                  senior-product-manager     normalized area="growth"
	// "Director, Product Management"     director-of-product        normalized area=""
	// "VP, Product"                      vp-of-product              normalized area=""
	// "Product Head"                     head-of-product            normalized area=""
	// "Chief of Product"                 chief-product-officer      alias      area=""
	// "Junior Product Manager"           associate-product-manager  alias      area=""
}

// Look-alikes are refused, and the error says why. The area never decides
// the role.
func ExampleParseTitle_lookalike() {
	for _, s := range []string{
		"Project Manager, Product Launches",
		"Chief Procurement Officer",
		"Lead Product Manager",
	} {
		_, err := pmroles.ParseTitle(s)
		fmt.Println(errors.Is(err, pmroles.ErrUnknownTitle))
		fmt.Println(err)
	}
	// Output:
	// true
	// pmroles: unknown title "Project Manager, Product Launches": project manager is not a product-management role
	// true
	// pmroles: unknown title "Chief Procurement Officer": chief procurement officer is not a product-management role
	// true
	// pmroles: unknown title "Lead Product Manager": lead product manager is ambiguous: companies put lead at different levels; say which with WithAlias
}

// Seniority words select the role where the catalogue has one for them,
// and modify it otherwise.
func ExampleParseTitle_seniority() {
	for _, s := range []string{"Senior Product Manager", "Senior Director of Product", "SVP Product", "EVP, Product"} {
		t, _ := pmroles.ParseTitle(s)
		fmt.Printf("%-28s %-24v %v\n", s, t.Role, t.Seniority)
	}
	// Output:
	// Senior Product Manager       senior-product-manager   %!Seniority(0)
	// Senior Director of Product   director-of-product      senior
	// SVP Product                  vp-of-product            senior
	// EVP, Product                 vp-of-product            executive
}

func ExampleTitle() {
	t, err := pmroles.ParseTitle("Senior Technical Product Manager II (Payments)")
	if err != nil {
		panic(err)
	}
	fmt.Println("role:      ", t.Role)
	fmt.Println("seniority: ", t.Seniority.IsValid())
	fmt.Println("specialty: ", t.Specialty)
	fmt.Println("grade:     ", t.Grade)
	fmt.Println("area:      ", t.Area)
	fmt.Println("confidence:", t.Confidence)
	// Output:
	// role:       senior-product-manager
	// seniority:  false
	// specialty:  technical
	// grade:      2
	// area:       Payments
	// confidence: normalized
}

func ExampleErrUnknownTitle() {
	_, err := pmroles.ParseTitle("Program Manager")
	fmt.Println(errors.Is(err, pmroles.ErrUnknownTitle))
	// Output: true
}

func ExampleWithAlias() {
	f, err := pmroles.Default().With(pmroles.WithAlias("Staff PM", pmroles.PrincipalProductManager))
	if err != nil {
		panic(err)
	}
	t, err := f.ParseTitle("Senior Staff PM II, Search")
	if err != nil {
		panic(err)
	}
	fmt.Println(t.Role, t.Seniority, t.Grade, t.Area, t.Confidence)

	// An alias means one role only.
	_, err = f.With(pmroles.WithAlias("staff product manager", pmroles.SeniorProductManager))
	fmt.Println(err)
	// Output:
	// principal-product-manager senior 2 Search alias
	// pmroles: framework: /aliases/1/title: alias "staff product manager": "Staff PM" already means principal-product-manager
}

func ExampleFramework_ParseTitle() {
	f, err := pmroles.Default().With(
		pmroles.WithRoles(pmroles.ProductManager, pmroles.SeniorProductManager, pmroles.HeadOfProduct),
		pmroles.WithAlias("Product Lead", pmroles.SeniorProductManager),
	)
	if err != nil {
		panic(err)
	}
	for _, s := range []string{"Product Lead, Checkout", "Sr PM", "Product Owner"} {
		t, err := f.ParseTitle(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%v %v %q\n", t.Role, t.Confidence, t.Area)
	}
	// Output:
	// senior-product-manager alias "Checkout"
	// senior-product-manager normalized ""
	// pmroles: unknown title "Product Owner": product-owner is not a role of this framework
}

func ExampleSeniority() {
	t, _ := pmroles.ParseTitle("Associate Director of Product")
	fmt.Println(t.Role, t.Seniority, t.Seniority == pmroles.SeniorityAssociate)
	// Output: director-of-product associate true
}

func ExampleParseSeniority() {
	s, err := pmroles.ParseSeniority("Senior")
	fmt.Println(s, err)
	_, err = pmroles.ParseSeniority("Sr")
	fmt.Println(err)
	// Output:
	// senior <nil>
	// pmroles: unknown seniority "Sr" (want one of junior, associate, senior, principal, executive)
}

func ExampleSeniorities() {
	for s := range pmroles.Seniorities() {
		fmt.Print(s, " ")
	}
	fmt.Println()
	// Output: junior associate senior principal executive
}

func ExampleSeniority_IsValid() {
	var none pmroles.Seniority
	fmt.Println(none.IsValid(), pmroles.SenioritySenior.IsValid())
	// Output: false true
}

func ExampleSeniority_String() {
	fmt.Println(pmroles.SeniorityExecutive, pmroles.Seniority(0), pmroles.Seniority(9))
	// Output: executive %!Seniority(0) %!Seniority(9)
}

func ExampleSeniority_MarshalText() {
	b, err := pmroles.SeniorityPrincipal.MarshalText()
	fmt.Printf("%s %v\n", b, err)
	// Output: principal <nil>
}

func ExampleSeniority_AppendText() {
	b, err := pmroles.SeniorityJunior.AppendText([]byte("seniority="))
	fmt.Printf("%s %v\n", b, err)
	// Output: seniority=junior <nil>
}

func ExampleSeniority_UnmarshalText() {
	var s pmroles.Seniority
	err := s.UnmarshalText([]byte("EXECUTIVE"))
	fmt.Println(s, err)
	// Output: executive <nil>
}

func ExampleSpecialty() {
	t, _ := pmroles.ParseTitle("Growth PM")
	fmt.Println(t.Role, t.Specialty, t.Specialty == pmroles.SpecialtyGrowth)
	// Output: product-manager growth true
}

func ExampleParseSpecialty() {
	s, err := pmroles.ParseSpecialty("AI")
	fmt.Println(s, err)
	// Output: ai <nil>
}

func ExampleSpecialties() {
	for s := range pmroles.Specialties() {
		fmt.Print(s, " ")
	}
	fmt.Println()
	// Output: technical growth platform data ai
}

func ExampleSpecialty_IsValid() {
	t, _ := pmroles.ParseTitle("Product Manager")
	fmt.Println(t.Specialty.IsValid(), pmroles.SpecialtyData.IsValid())
	// Output: false true
}

func ExampleSpecialty_String() {
	fmt.Println(pmroles.SpecialtyPlatform, pmroles.Specialty(0))
	// Output: platform %!Specialty(0)
}

func ExampleSpecialty_MarshalText() {
	b, err := pmroles.SpecialtyTechnical.MarshalText()
	fmt.Printf("%s %v\n", b, err)
	_, err = pmroles.Specialty(0).MarshalText()
	fmt.Println(err)
	// Output:
	// technical <nil>
	// pmroles: unknown specialty 0: it has no text form
}

func ExampleSpecialty_AppendText() {
	b, _ := pmroles.SpecialtyData.AppendText([]byte("specialty="))
	fmt.Printf("%s\n", b)
	// Output: specialty=data
}

func ExampleSpecialty_UnmarshalText() {
	var s pmroles.Specialty
	err := s.UnmarshalText([]byte("growth"))
	fmt.Println(s, err)
	// Output: growth <nil>
}

func ExampleConfidence() {
	for _, s := range []string{"Head of Product", "Head, Product", "Chief of Product"} {
		t, _ := pmroles.ParseTitle(s)
		fmt.Println(s+":", t.Confidence)
	}
	// Output:
	// Head of Product: exact
	// Head, Product: normalized
	// Chief of Product: alias
}

func ExampleParseConfidence() {
	c, err := pmroles.ParseConfidence("Normalized")
	fmt.Println(c, err)
	// Output: normalized <nil>
}

func ExampleConfidences() {
	for c := range pmroles.Confidences() {
		fmt.Print(c, " ")
	}
	fmt.Println()
	// Output: exact normalized alias
}

func ExampleConfidence_IsValid() {
	t, err := pmroles.ParseTitle("Product Janitor")
	fmt.Println(t.Confidence.IsValid(), err != nil)
	// Output: false true
}

func ExampleConfidence_String() {
	fmt.Println(pmroles.ConfidenceExact, pmroles.Confidence(7))
	// Output: exact %!Confidence(7)
}

func ExampleConfidence_MarshalText() {
	b, err := pmroles.ConfidenceAlias.MarshalText()
	fmt.Printf("%s %v\n", b, err)
	// Output: alias <nil>
}

func ExampleConfidence_AppendText() {
	b, _ := pmroles.ConfidenceNormalized.AppendText([]byte("confidence="))
	fmt.Printf("%s\n", b)
	// Output: confidence=normalized
}

func ExampleConfidence_UnmarshalText() {
	c := pmroles.ConfidenceExact
	err := c.UnmarshalText([]byte("certain"))
	fmt.Println(c, err)
	// Output: exact pmroles: unknown confidence "certain" (want one of exact, normalized, alias)
}
