package pmroles_test

import (
	"errors"
	"fmt"
	"slices"

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
		"Sales Product Owner",
		"Product Manager (Intern)",
		"Product Manager in Training",
	} {
		_, err := pmroles.ParseTitle(s)
		fmt.Println(err)
	}
	// Output:
	// pmroles: unknown title "Project Manager, Product Launches": "Project" names another job, not a product-management role
	// pmroles: unknown title "Chief Procurement Officer": "Procurement" names another job, not a product-management role
	// pmroles: unknown title "Sales Product Owner": "Sales" names another job, not a product-management role
	// pmroles: unknown title "Product Manager (Intern)": "Intern" names another job, not a product-management role
	// pmroles: unknown title "Product Manager in Training": "Training" names another job, not a product-management role
}

// Titles from real exports carry more than a role: qualifiers before it,
// joined separators, words after it, interim holders, a second job. The
// reading is marked inferred where it set words aside.
func ExampleParseTitle_realWorld() {
	for _, s := range []string{
		"Omnichannel Product Manager",
		"Sr Retail Banking Product Manager",
		"Sr. Product Manager-Technical, Checkout",
		"Product Manager Cookware",
		"Consumer Electronics - Product Manager",
		"VP, Wearable Products",
		"Product Manager, Senior",
		"Interim Head of Product",
		"Product Manager, Maps (Transit)",
		"Product Owner / Scrum Master",
	} {
		t, err := pmroles.ParseTitle(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%-40q %-23v %-9v q=%q a=%q interim=%v\n", s, t.Role, t.Confidence, t.Qualifier, t.Area, t.Interim)
	}
	// Output:
	// "Omnichannel Product Manager"            product-manager         inferred  q="Omnichannel" a="" interim=false
	// "Sr Retail Banking Product Manager"      senior-product-manager  inferred  q="Retail Banking" a="" interim=false
	// "Sr. Product Manager-Technical, Checkout" senior-product-manager  normalized q="" a="Checkout" interim=false
	// "Product Manager Cookware"               product-manager         inferred  q="" a="Cookware" interim=false
	// "Consumer Electronics - Product Manager" product-manager         inferred  q="Consumer Electronics" a="" interim=false
	// "VP, Wearable Products"                  vp-of-product           inferred  q="Wearable" a="" interim=false
	// "Product Manager, Senior"                senior-product-manager  inferred  q="" a="" interim=false
	// "Interim Head of Product"                head-of-product         exact     q="" a="" interim=true
	// "Product Manager, Maps (Transit)"        product-manager         exact     q="" a="Maps (Transit)" interim=false
	// "Product Owner / Scrum Master"           product-owner           inferred  q="" a="Scrum Master" interim=false
}

// A qualifier is never read before an abbreviation alone: too many other
// jobs are "PM"s.
func ExampleParseTitle_abbreviation() {
	for _, s := range []string{"Retail PM", "Sr. PM, Payments", "PO", "PM, Ops Integration"} {
		t, err := pmroles.ParseTitle(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(s+":", t.Role, t.Confidence)
	}
	// Output:
	// pmroles: unknown title "Retail PM": unexpected word "Retail"
	// Sr. PM, Payments: senior-product-manager normalized
	// PO: product-owner uncertain
	// PM, Ops Integration: product-manager uncertain
}

// A refusal is data: a reason, the word it turns on and, for an ambiguous
// title, the roles it may name, most likely first.
func ExampleTitleError() {
	_, err := pmroles.ParseTitle("Lead Product Manager, Search")
	var te *pmroles.TitleError
	if errors.As(err, &te) {
		fmt.Println(te.Reason, te.Word, te.Candidates)
	}
	fmt.Println(errors.Is(err, pmroles.ErrUnknownTitle))
	fmt.Println(err)
	// Output:
	// ambiguous Lead [senior-product-manager principal-product-manager]
	// true
	// pmroles: unknown title "Lead Product Manager, Search": "Lead" is ambiguous (companies put lead at different levels): senior-product-manager or principal-product-manager; say which with WithAlias
}

// A pipeline routes each refusal by its reason.
func ExampleTitleReason() {
	for _, s := range []string{"Forklift Associate", "Staff PM", "VP of Product Marketing", "Produktmanager", ""} {
		_, err := pmroles.ParseTitle(s)
		var te *pmroles.TitleError
		if !errors.As(err, &te) {
			continue
		}
		switch te.Reason {
		case pmroles.ReasonAmbiguous:
			fmt.Printf("%q: ask which of %v\n", s, te.Candidates)
		case pmroles.ReasonUnknownWord:
			fmt.Printf("%q: teach the word %q with an alias\n", s, te.Word)
		default:
			fmt.Printf("%q: %v\n", s, te.Reason)
		}
	}
	// Output:
	// "Forklift Associate": teach the word "Forklift" with an alias
	// "Staff PM": ask which of [principal-product-manager senior-product-manager]
	// "VP of Product Marketing": not-in-catalogue
	// "Produktmanager": teach the word "Produktmanager" with an alias
	// "": empty
}

func ExampleParseTitleReason() {
	r, err := pmroles.ParseTitleReason("Look-Alike")
	fmt.Println(r, err, r == pmroles.ReasonLookAlike)
	// Output: look-alike <nil> true
}

func ExampleTitleReasons() {
	for r := range pmroles.TitleReasons() {
		fmt.Print(r, " ")
	}
	fmt.Println()
	// Output: unknown-word look-alike ambiguous combined no-function not-in-catalogue not-in-framework empty too-long
}

// Seniority words select the role where the catalogue has one for them,
// and modify it otherwise.
func ExampleParseTitle_seniority() {
	for _, s := range []string{"Senior Product Manager", "Senior Director of Product", "SVP Product", "EVP, Product"} {
		t, _ := pmroles.ParseTitle(s)
		fmt.Printf("%-28s %-24v %v\n", s, t.Role, t.Seniority)
	}
	// Output:
	// Senior Product Manager       senior-product-manager   none
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
	// pmroles: framework: /aliases/1/title: invalid alias "staff product manager": alias "Staff PM" already maps it to principal-product-manager
}

// An alias is normalised as the built-in titles are: abbreviations, word
// order and "Product Management" for "Product".
func ExampleWithAlias_normalised() {
	f, err := pmroles.Default().With(pmroles.WithAlias("Senior Director of Product", pmroles.HeadOfProduct))
	if err != nil {
		panic(err)
	}
	for _, s := range []string{"Sr. Director, Product Management", "Senior Product Director (EMEA)", "Director of Product"} {
		t, _ := f.ParseTitle(s)
		fmt.Println(s+":", t.Role, t.Confidence)
	}
	// Output:
	// Sr. Director, Product Management: head-of-product alias
	// Senior Product Director (EMEA): head-of-product alias
	// Director of Product: director-of-product exact
}

// An alias that is a rank alone never reads a title whose other words name
// another function.
func ExampleWithAlias_rank() {
	f, err := pmroles.Default().With(pmroles.WithAlias("Director", pmroles.DirectorOfProduct))
	if err != nil {
		panic(err)
	}
	for _, s := range []string{"Director, Payments", "Director, Engineering", "Growth Director"} {
		t, err := f.ParseTitle(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(s+":", t.Role, t.Area)
	}
	// Output:
	// Director, Payments: director-of-product Payments
	// pmroles: unknown title "Director, Engineering": "Engineering" names another job, not a product-management role
	// pmroles: unknown title "Growth Director": "Director" alone names no product-management function
}

func ExampleErrInvalidAlias() {
	_, err := pmroles.Default().With(pmroles.WithAlias("Lead\x1b[2J PM", pmroles.SeniorProductManager))
	fmt.Println(errors.Is(err, pmroles.ErrInvalidAlias), errors.Is(err, pmroles.ErrInvalidFramework))
	fmt.Println(err)
	// Output:
	// true true
	// pmroles: framework: /aliases/0/title: invalid alias "Lead\x1b[2J PM": it holds a control character
}

// NormalizeTitles summarises a column of an HR export: how many titles
// name each role, how many to review, and the refusals that recur, with
// the alias that would read them.
func ExampleFramework_NormalizeTitles() {
	f, err := pmroles.Default().With(pmroles.WithRoles(pmroles.ProductManager, pmroles.SeniorProductManager, pmroles.PrincipalProductManager))
	if err != nil {
		panic(err)
	}
	column := []string{
		"Product Manager", "Sr. PM, Payments", "Omnichannel Product Manager", "Senior Product Manager",
		"Lead Product Manager", "Lead PM (Search)", "Software Engineer", "Product Owner",
	}
	rep := f.NormalizeTitles(slices.Values(column))
	fmt.Printf("%d titles, %d accepted, %d to review\n", rep.Titles, rep.Accepted, rep.Review)
	for _, rc := range rep.Roles {
		fmt.Printf("  %v: %d (%d to review)\n", rc.Role, rc.Count, rc.Review)
	}
	for _, g := range rep.Refused {
		fmt.Printf("refused, %v: %d\n", g.Reason, g.Count)
		for _, tf := range g.Forms {
			fmt.Printf("  %d x %q: WithAlias(%q, %v)?\n", tf.Count, tf.Example, tf.Form, tf.Suggest)
		}
	}
	// Output:
	// 8 titles, 4 accepted, 1 to review
	//   product-manager: 2 (1 to review)
	//   senior-product-manager: 2 (0 to review)
	// refused, ambiguous: 2
	//   2 x "Lead Product Manager": WithAlias("lead product manager", senior-product-manager)?
	// refused, look-alike: 1
	// refused, not-in-framework: 1
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
	// Output: executive none %!Seniority(9)
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
	// Output: platform none
}

func ExampleSpecialty_MarshalText() {
	b, err := pmroles.SpecialtyTechnical.MarshalText()
	fmt.Printf("%s %v\n", b, err)
	// No specialty is "none", which reads back.
	b, err = pmroles.Specialty(0).MarshalText()
	fmt.Printf("%s %v\n", b, err)
	_, err = pmroles.Specialty(9).MarshalText()
	fmt.Println(err)
	// Output:
	// technical <nil>
	// none <nil>
	// pmroles: unknown specialty 9: it has no text form
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
	for _, s := range []string{"Head of Product", "Head, Product", "Chief of Product", "Global Head of Product", "CPO"} {
		t, _ := pmroles.ParseTitle(s)
		fmt.Printf("%s: %v, review: %v\n", s, t.Confidence, t.Confidence >= pmroles.ConfidenceInferred)
	}
	// Output:
	// Head of Product: exact, review: false
	// Head, Product: normalized, review: false
	// Chief of Product: alias, review: false
	// Global Head of Product: inferred, review: true
	// CPO: uncertain, review: true
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
	// Output: exact normalized alias inferred uncertain
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
	// Output: exact pmroles: unknown confidence "certain" (want one of exact, normalized, alias, inferred, uncertain)
}

// importTitles normalises a small HR export column with the default
// framework, as an import pipeline would.
func importTitles() *pmroles.TitleReport {
	return pmroles.Default().NormalizeTitles(slices.Values([]string{
		"Product Manager", "PM", "Staff PM", "staff product manager", "Staff PM (Ads)", "Project Manager",
	}))
}

func ExampleTitleReport() {
	rep := importTitles()
	fmt.Println(rep.Titles, rep.Accepted, rep.Review, len(rep.Roles), len(rep.Refused))
	// Output: 6 2 1 1 2
}

func ExampleRoleCount() {
	for _, rc := range importTitles().Roles {
		fmt.Println(rc.Role, rc.Count, "of which to review:", rc.Review) // "PM" alone is uncertain
	}
	// Output: product-manager 2 of which to review: 1
}

func ExampleRefusalGroup() {
	for _, g := range importTitles().Refused {
		fmt.Println(g.Reason, g.Count)
	}
	// Output:
	// ambiguous 3
	// look-alike 1
}

func ExampleTitleForm() {
	// Three spellings of one unknown title make one form, and the form is
	// the alias text to add.
	for _, g := range importTitles().Refused {
		for _, tf := range g.Forms {
			fmt.Printf("%d x %q (first seen as %q), word %q\n", tf.Count, tf.Form, tf.Example, tf.Word)
		}
	}
	// Output: 3 x "staff product manager" (first seen as "Staff PM"), word "Staff"
}
