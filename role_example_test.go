package pmroles_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/pmroles/pmroles"
)

func ExampleRole() {
	r := pmroles.SeniorProductManager
	fmt.Println(r)
	fmt.Println(r.Title())
	fmt.Println(r.Track(), r.Level(), r.Discipline())
	// Output:
	// senior-product-manager
	// Senior Product Manager
	// ic L3 product-management
}

func ExampleParseRole() {
	r, err := pmroles.ParseRole("Head-Of-Product")
	fmt.Println(r, err)

	_, err = pmroles.ParseRole("Head of Product") // a title, not an ID
	fmt.Println(errors.Is(err, pmroles.ErrUnknownRole), err)
	// Output:
	// head-of-product <nil>
	// true pmroles: unknown role "Head of Product" (closest: head-of-product, head-of-product-analytics, vp-of-product)
}

func ExampleMustParseRole() {
	cpo := pmroles.MustParseRole("chief-product-officer")
	fmt.Println(cpo.Title())
	// Output: Chief Product Officer
}

func ExampleRoles() {
	for r := range pmroles.Roles() {
		fmt.Printf("%-30s %-12s L%d\n", r, r.Track(), r.Level())
	}
	// Output:
	// associate-product-manager      ic           L1
	// product-manager                ic           L2
	// senior-product-manager         ic           L3
	// principal-product-manager      ic           L4
	// group-product-manager          management   L4
	// director-of-product            management   L5
	// head-of-product                management   L6
	// vp-of-product                  management   L7
	// chief-product-officer          management   L8
	// product-owner                  ic           L2
	// product-marketing-manager      ic           L2
	// director-of-product-marketing  management   L5
	// director-of-ux                 management   L5
	// head-of-product-analytics      management   L5
}

func ExampleRole_String() {
	fmt.Println(pmroles.VPOfProduct.String())
	fmt.Println(pmroles.Role{}.String()) // the zero Role prints, never panics
	// Output:
	// vp-of-product
	// %!Role(0)
}

func ExampleRole_Title() {
	fmt.Println(pmroles.DirectorOfUX.Title())
	// Output: Director of UX
}

func ExampleRole_Track() {
	fmt.Println(pmroles.PrincipalProductManager.Track(), pmroles.GroupProductManager.Track())
	// Output: ic management
}

func ExampleRole_Level() {
	// A principal PM and a group PM share a level on different tracks.
	p, g := pmroles.PrincipalProductManager, pmroles.GroupProductManager
	fmt.Println(p.Level() == g.Level(), pmroles.ChiefProductOfficer.Level() > g.Level())
	// Output: true true
}

func ExampleRole_Discipline() {
	fmt.Println(pmroles.HeadOfProductAnalytics.Discipline())
	// Output: product-analytics
}

func ExampleRole_Responsibilities() {
	for d := range pmroles.ProductOwner.Responsibilities() {
		fmt.Println("-", d.Duty)
	}
	// Output:
	// - Has full product responsibility for the backlog
	// - Secures funding
	// - Manages to return-on-investment objectives
	// - Plans releases
}

func ExampleResponsibility() {
	for d := range pmroles.SeniorProductManager.Responsibilities() {
		fmt.Println(d.Duty)
		break
	}
	// Output: Looks after a portfolio of products at once
}

func ExampleRole_IsValid() {
	var unset pmroles.Role
	fmt.Println(pmroles.ProductManager.IsValid(), unset.IsValid())
	// Output: true false
}

func ExampleRole_IsCatalogue() {
	f, err := pmroles.ParseFramework([]byte(`{"version": "pmroles/v1", "roles": [
		{"id": "senior-product-manager"},
		{"id": "staff-product-manager", "title": "Staff Product Manager",
		 "canonical": "principal-product-manager"}]}`))
	if err != nil {
		panic(err)
	}
	staff, _ := f.ParseRole("staff-product-manager")
	fmt.Println(staff, staff.IsCatalogue(), f.Canonical(staff), f.Canonical(staff).IsCatalogue())
	// A company role is its ID: the same ID from another parse is the same Role.
	again, _ := f.ParseRole("Staff-Product-Manager")
	fmt.Println(again == staff)
	// Output:
	// staff-product-manager false principal-product-manager true
	// true
}

func ExampleRole_MarshalText() {
	// Roles marshal as their text ID, so they read well in JSON, also as
	// map keys.
	b, err := json.Marshal(map[pmroles.Role]int{pmroles.ProductManager: 12, pmroles.ProductOwner: 3})
	fmt.Println(string(b), err)
	// Output: {"product-manager":12,"product-owner":3} <nil>
}

func ExampleRole_UnmarshalText() {
	var people []struct {
		Name string
		Role pmroles.Role
	}
	err := json.Unmarshal([]byte(`[{"Name":"Ada","Role":"principal-product-manager"}]`), &people)
	fmt.Println(people[0].Name, people[0].Role.Title(), err)

	err = json.Unmarshal([]byte(`[{"Name":"Bob","Role":"project-manager"}]`), &people)
	fmt.Println(errors.Is(err, pmroles.ErrUnknownRole))
	// Output:
	// Ada Principal Product Manager <nil>
	// true
}

func ExampleRole_AppendText() {
	b := []byte("role=")
	b, err := pmroles.GroupProductManager.AppendText(b)
	fmt.Println(string(b), err)
	// Output: role=group-product-manager <nil>
}

func ExampleTrack() {
	for t := range pmroles.Tracks() {
		fmt.Println(t)
	}
	// Output:
	// ic
	// management
}

func ExampleParseTrack() {
	t, err := pmroles.ParseTrack("Management")
	fmt.Println(t == pmroles.Management, err)
	// Output: true <nil>
}

func ExampleTracks() {
	n := 0
	for t := range pmroles.Tracks() {
		for r := range pmroles.Roles() {
			if r.Track() == t {
				n++
			}
		}
		fmt.Println(t, n)
		n = 0
	}
	// Output:
	// ic 6
	// management 8
}

func ExampleTrack_MarshalText() {
	b, err := pmroles.IndividualContributor.MarshalText()
	fmt.Println(string(b), err)
	// Output: ic <nil>
}

func ExampleLevel() {
	// The catalogue uses levels 1 to 8; a framework's scale may use all 16.
	fmt.Println(pmroles.MinLevel, pmroles.MaxLevel, pmroles.Level(17).IsValid())
	// Output: L1 L16 false
}

func ExampleParseLevel() {
	a, _ := pmroles.ParseLevel("L5")
	b, _ := pmroles.ParseLevel("5") // as HR exports often hold it
	fmt.Println(a, b, a == b)
	// Output: L5 L5 true
}

func ExampleLevels() {
	for l := range pmroles.Levels() {
		fmt.Print(l, " ")
	}
	fmt.Println()
	// Output: L1 L2 L3 L4 L5 L6 L7 L8 L9 L10 L11 L12 L13 L14 L15 L16
}

func ExampleLevel_UnmarshalText() {
	var l pmroles.Level
	err := l.UnmarshalText([]byte("l7"))
	fmt.Println(l, err)
	// Output: L7 <nil>
}

func ExampleDiscipline() {
	for d := range pmroles.Disciplines() {
		fmt.Println(d)
	}
	// Output:
	// product-management
	// product-marketing
	// ux
	// product-analytics
}

func ExampleParseDiscipline() {
	d, err := pmroles.ParseDiscipline("UX")
	fmt.Println(d == pmroles.UserExperience, err)
	// Output: true <nil>
}

func ExampleDisciplines() {
	for d := range pmroles.Disciplines() {
		for r := range pmroles.Roles() {
			if r.Discipline() == d && d != pmroles.ProductManagement {
				fmt.Println(d, r)
			}
		}
	}
	// Output:
	// product-marketing product-marketing-manager
	// product-marketing director-of-product-marketing
	// ux director-of-ux
	// product-analytics head-of-product-analytics
}

func ExampleRole_Scope() {
	for _, r := range []pmroles.Role{pmroles.AssociateProductManager, pmroles.SeniorProductManager, pmroles.ChiefProductOfficer} {
		fmt.Println(r, r.Scope())
	}
	// Output:
	// associate-product-manager feature
	// senior-product-manager product-line
	// chief-product-officer company
}

func ExampleTrack_String() {
	fmt.Println(pmroles.Management.String(), pmroles.Track(0).String())
	// Output: management %!Track(0)
}

func ExampleTrack_IsValid() {
	fmt.Println(pmroles.Management.IsValid(), pmroles.Track(0).IsValid())
	// Output: true false
}

func ExampleTrack_AppendText() {
	b, err := pmroles.Management.AppendText([]byte("track="))
	fmt.Println(string(b), err)
	// Output: track=management <nil>
}

func ExampleTrack_UnmarshalText() {
	var x pmroles.Track
	err := x.UnmarshalText([]byte("MANAGEMENT"))
	fmt.Println(x, err)
	// Output: management <nil>
}

func ExampleLevel_String() {
	fmt.Println(pmroles.Level(4).String(), pmroles.Level(0).String())
	// Output: L4 %!Level(0)
}

func ExampleLevel_IsValid() {
	fmt.Println(pmroles.Level(4).IsValid(), pmroles.Level(0).IsValid())
	// Output: true false
}

func ExampleLevel_MarshalText() {
	b, err := pmroles.Level(4).MarshalText()
	fmt.Println(string(b), err)
	// Output: L4 <nil>
}

func ExampleLevel_AppendText() {
	b, err := pmroles.Level(4).AppendText([]byte("level="))
	fmt.Println(string(b), err)
	// Output: level=L4 <nil>
}

func ExampleDiscipline_String() {
	fmt.Println(pmroles.UserExperience.String(), pmroles.Discipline(0).String())
	// Output: ux %!Discipline(0)
}

func ExampleDiscipline_IsValid() {
	fmt.Println(pmroles.UserExperience.IsValid(), pmroles.Discipline(0).IsValid())
	// Output: true false
}

func ExampleDiscipline_MarshalText() {
	b, err := pmroles.UserExperience.MarshalText()
	fmt.Println(string(b), err)
	// Output: ux <nil>
}

func ExampleDiscipline_AppendText() {
	b, err := pmroles.UserExperience.AppendText([]byte("discipline="))
	fmt.Println(string(b), err)
	// Output: discipline=ux <nil>
}

func ExampleDiscipline_UnmarshalText() {
	var x pmroles.Discipline
	err := x.UnmarshalText([]byte("UX"))
	fmt.Println(x, err)
	// Output: ux <nil>
}
