package pmroles_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"

	"github.com/pmroles/pmroles"
)

// seniorReady holds the competencies the default ladder asks of a new
// senior product manager.
var seniorReady = pmroles.CompetencySetOf(
	pmroles.CompetencyExecution, pmroles.CompetencyCustomerResearch, pmroles.CompetencyRoadmapping,
	pmroles.CompetencyGoToMarket, pmroles.CompetencyStakeholderManagement,
)

func ExampleLadder() {
	l := pmroles.Default().Ladder()
	pm := pmroles.Candidate{
		Role:            pmroles.ProductManager,
		YearsExperience: 3,
		YearsInRole:     2,
		Competencies:    seniorReady,
	}
	fmt.Println(l.Check(pm, pmroles.SeniorProductManager))
	pm.YearsExperience = 4.5
	fmt.Println(l.Check(pm, pmroles.SeniorProductManager))
	// Output:
	// pmroles: ladder: promotion product-manager -> senior-product-manager: not eligible: YearsExperience needs 4, has 3
	// <nil>
}

func ExampleLadder_Check() {
	l := pmroles.Default().Ladder()
	c := pmroles.Candidate{
		Role:            pmroles.ProductManager,
		YearsExperience: 5,
		YearsInRole:     2,
		Competencies:    seniorReady,
	}
	if err := l.Check(c, pmroles.SeniorProductManager); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("ready for senior product manager")
	// Output: ready for senior product manager
}

// A candidate with three years of experience asks to become a senior PM:
// every unmet requirement comes back in one error.
func ExampleLadder_Check_unmet() {
	l := pmroles.Default().Ladder()
	c := pmroles.Candidate{
		Role:            pmroles.ProductManager,
		YearsExperience: 3,
		YearsInRole:     1.5,
		Competencies:    pmroles.CompetencySetOf(pmroles.CompetencyExecution, pmroles.CompetencyCustomerResearch),
	}
	err := l.Check(c, pmroles.SeniorProductManager)
	fmt.Println(errors.Is(err, pmroles.ErrNotEligible))
	var te *pmroles.TransitionError
	if errors.As(err, &te) {
		for _, s := range te.Shortfalls {
			fmt.Println(s)
		}
	}
	// Output:
	// true
	// YearsExperience needs 4, has 3
	// YearsInRole needs 2, has 1.5
	// Competencies lacks {roadmapping, go-to-market, stakeholder-management}
}

// Years that are not a number of years are refused, naming the field.
func ExampleLadder_Check_invalid() {
	l := pmroles.Default().Ladder()
	c := pmroles.Candidate{Role: pmroles.ProductManager, YearsExperience: math.NaN(), YearsInRole: -1}
	err := l.Check(c, pmroles.SeniorProductManager)
	fmt.Println(errors.Is(err, pmroles.ErrInvalidCandidate))
	fmt.Println(err)
	// Output:
	// true
	// pmroles: ladder: promotion product-manager -> senior-product-manager: invalid candidate: YearsExperience is NaN; YearsInRole is negative (-1)
}

// Check looks at one move at a time; a move the ladder does not have
// wraps ErrNoTransition.
func ExampleLadder_Check_noTransition() {
	l := pmroles.Startup().Ladder()
	cpo := pmroles.Candidate{Role: pmroles.ProductManager, YearsExperience: 20, YearsInRole: 20}
	fmt.Println(l.Check(cpo, pmroles.HeadOfProduct))
	fmt.Println(l.Check(cpo, pmroles.ChiefProductOfficer))
	// Output:
	// pmroles: ladder: no transition from product-manager to head-of-product
	// pmroles: ladder: no transition from product-manager to chief-product-officer: the framework does not use chief-product-officer
}

func ExampleLadder_Path() {
	path, err := pmroles.Default().Ladder().Path(pmroles.AssociateProductManager, pmroles.ChiefProductOfficer)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, t := range path {
		fmt.Println(t)
	}
	// Output:
	// promotion associate-product-manager -> product-manager
	// promotion product-manager -> senior-product-manager
	// promotion senior-product-manager -> principal-product-manager
	// track-change principal-product-manager -> director-of-product
	// promotion director-of-product -> head-of-product
	// promotion head-of-product -> vp-of-product
	// promotion vp-of-product -> chief-product-officer
}

func ExampleLadder_Next() {
	for t := range pmroles.Default().Ladder().Next(pmroles.SeniorProductManager) {
		fmt.Println(t, t.Requirements.YearsExperience, "years")
	}
	// Output:
	// promotion senior-product-manager -> principal-product-manager 8 years
	// track-change senior-product-manager -> group-product-manager 6 years
}

func ExampleLadder_Eligible() {
	senior := pmroles.Candidate{
		Role:            pmroles.SeniorProductManager,
		YearsExperience: 7,
		YearsInRole:     3,
		Competencies:    seniorReady.Union(pmroles.CompetencySetOf(pmroles.CompetencyPeopleManagement)),
	}
	for t := range pmroles.Default().Ladder().Eligible(senior) {
		fmt.Println(t)
	}
	// Output: track-change senior-product-manager -> group-product-manager
}

func ExampleLadder_All() {
	for t := range pmroles.Startup().Ladder().All() {
		fmt.Println(t)
	}
	// Output:
	// promotion product-manager -> senior-product-manager
	// promotion senior-product-manager -> head-of-product
}

func ExampleLadder_WriteMermaid() {
	if err := pmroles.Startup().Ladder().WriteMermaid(os.Stdout); err != nil {
		fmt.Println(err)
	}
	// Output:
	// %% Career ladder drawn by pmroles: tracks are columns, levels rows.
	// %% Solid arrows are promotions, dotted arrows track changes, dotted lines equivalences;
	// %% a thick border marks an entry role.
	// flowchart BT
	//     classDef level fill:none,stroke:none,color:#666666
	//     classDef entry stroke-width:3px
	//     L2["L2"]:::level
	//     L3["L3"]:::level
	//     L4["L4"]:::level
	//     L5["L5"]:::level
	//     L6["L6"]:::level
	//     L2 ~~~ L3
	//     L3 ~~~ L4
	//     L4 ~~~ L5
	//     L5 ~~~ L6
	//     subgraph ic["Individual contributor"]
	//         product_manager["Product Manager"]:::entry
	//         senior_product_manager["Senior Product Manager"]
	//     end
	//     subgraph management["Management"]
	//         head_of_product["Head of Product"]
	//     end
	//     L2 ~~~ senior_product_manager
	//     L5 ~~~ head_of_product
	//     product_manager --> senior_product_manager
	//     senior_product_manager --> head_of_product
}

func ExampleLadder_WriteDOT() {
	if err := pmroles.Startup().Ladder().WriteDOT(os.Stdout); err != nil {
		fmt.Println(err)
	}
	// Output:
	// // Career ladder drawn by pmroles: tracks are columns, levels rows.
	// // Solid arrows are promotions, dashed arrows track changes, dotted lines equivalences;
	// // a double border marks an entry role.
	// digraph ladder {
	// 	rankdir=BT;
	// 	newrank=true;
	// 	ranksep=0.5;
	// 	nodesep=0.35;
	// 	fontname="Helvetica";
	// 	fontsize=10;
	// 	labelloc="b";
	// 	label="Solid arrow: promotion.   Dashed arrow: track change.   Dotted line: same role.   Double border: entry role.";
	// 	node [shape=box, style="rounded,filled", fontname="Helvetica", fontsize=11];
	// 	edge [fontname="Helvetica", fontsize=9];
	// 	L2 [label="L2", shape=plaintext, style="", fontcolor="#666666"];
	// 	L3 [label="L3", shape=plaintext, style="", fontcolor="#666666"];
	// 	L4 [label="L4", shape=plaintext, style="", fontcolor="#666666"];
	// 	L5 [label="L5", shape=plaintext, style="", fontcolor="#666666"];
	// 	L6 [label="L6", shape=plaintext, style="", fontcolor="#666666"];
	// 	L2 -> L3 [style=invis];
	// 	L3 -> L4 [style=invis];
	// 	L4 -> L5 [style=invis];
	// 	L5 -> L6 [style=invis];
	// 	subgraph cluster_ic {
	// 		label="Individual contributor";
	// 		labelloc="b";
	// 		fontsize=12;
	// 		style="rounded";
	// 		color="#bbbbbb";
	// 		"product-manager" [label="Product Manager", fillcolor="#e8f0fe", peripheries=2];
	// 		"senior-product-manager" [label="Senior Product Manager", fillcolor="#e8f0fe"];
	// 	}
	// 	subgraph cluster_management {
	// 		label="Management";
	// 		labelloc="b";
	// 		fontsize=12;
	// 		style="rounded";
	// 		color="#bbbbbb";
	// 		"head-of-product" [label="Head of Product", fillcolor="#fdebd3"];
	// 	}
	// 	{rank=same; L2; "product-manager";}
	// 	{rank=same; L3; "senior-product-manager";}
	// 	{rank=same; L4;}
	// 	{rank=same; L5;}
	// 	{rank=same; L6; "head-of-product";}
	// 	"product-manager" -> "senior-product-manager";
	// 	"senior-product-manager" -> "head-of-product";
	// }
}

func ExampleFramework_Ladder() {
	// A company without senior and principal PMs: the default ladder
	// promotes its product managers straight to director, asking the most
	// any skipped step asks.
	f, err := pmroles.Default().With(pmroles.WithRoles(
		pmroles.ProductManager, pmroles.DirectorOfProduct, pmroles.HeadOfProduct,
	))
	if err != nil {
		fmt.Println(err)
		return
	}
	for t := range f.Ladder().All() {
		fmt.Println(t, t.Requirements.YearsExperience, "years")
	}
	// Output:
	// promotion product-manager -> director-of-product 10 years
	// promotion director-of-product -> head-of-product 12 years
}

func ExampleWithTransitions() {
	f, err := pmroles.Default().With(
		pmroles.WithRoles(pmroles.AssociateProductManager, pmroles.ProductManager, pmroles.HeadOfProduct),
		pmroles.WithAuthority(pmroles.HeadOfProduct, pmroles.Default().Authority(pmroles.ChiefProductOfficer)),
		pmroles.WithTransitions(
			pmroles.Transition{From: pmroles.AssociateProductManager, To: pmroles.ProductManager, Kind: pmroles.Promotion,
				Requirements: pmroles.Criteria{YearsExperience: 1}},
			pmroles.Transition{From: pmroles.ProductManager, To: pmroles.HeadOfProduct, Kind: pmroles.Promotion,
				Requirements: pmroles.Criteria{YearsExperience: 3, YearsManaging: 1}},
		),
	)
	if err != nil {
		fmt.Println(err)
		return
	}
	path, _ := f.Ladder().Path(pmroles.AssociateProductManager, pmroles.HeadOfProduct)
	fmt.Println(len(path), "steps")
	// Output: 2 steps
}

// A bad ladder is refused with every problem listed.
func ExampleWithTransitions_refused() {
	_, err := pmroles.Default().With(pmroles.WithTransitions(
		pmroles.Transition{From: pmroles.AssociateProductManager, To: pmroles.ProductManager, Kind: pmroles.Promotion},
		pmroles.Transition{From: pmroles.ProductManager, To: pmroles.SeniorProductManager, Kind: pmroles.Promotion,
			Requirements: pmroles.Criteria{YearsExperience: -4}},
		pmroles.Transition{From: pmroles.SeniorProductManager, To: pmroles.ProductManager, Kind: pmroles.Promotion},
	), pmroles.WithRoles(pmroles.AssociateProductManager, pmroles.ProductManager, pmroles.SeniorProductManager))
	fmt.Println(errors.Is(err, pmroles.ErrInvalidFramework))
	fmt.Println(err)
	// Output:
	// true
	// pmroles: framework: /ladder/1/requirements/yearsExperience: yearsExperience is negative (-4)
	// pmroles: framework: /ladder/2: promotion senior-product-manager -> product-manager: it lowers the level (L3 -> L2)
	// pmroles: framework: /roles/2: ladder: senior-product-manager is not reachable from the entry roles of its discipline (associate-product-manager)
}

func ExampleStartup() {
	f := pmroles.Startup()
	for r := range f.Roles() {
		fmt.Println(r)
	}
	fmt.Println("top:", f.Top(), f.Can(f.Top(), pmroles.Acquisitions, pmroles.Company))

	// Smaller still: the product manager is the top role and holds every
	// decision company-wide; the default ladder, joined over the roles
	// left out, promotes associates to it.
	tiny, err := pmroles.Default().With(
		pmroles.WithRoles(pmroles.AssociateProductManager, pmroles.ProductManager),
		pmroles.WithAuthority(pmroles.ProductManager, pmroles.Default().Authority(pmroles.ChiefProductOfficer)),
	)
	if err != nil {
		fmt.Println(err)
		return
	}
	for t := range tiny.Ladder().All() {
		fmt.Println(t, "| top:", tiny.Top())
	}
	// Output:
	// product-manager
	// senior-product-manager
	// head-of-product
	// top: head-of-product true
	// promotion associate-product-manager -> product-manager | top: product-manager
}

func ExampleScaleUp() {
	l := pmroles.ScaleUp().Ladder()
	path, _ := l.Path(pmroles.AssociateProductManager, pmroles.ChiefProductOfficer)
	for _, t := range path {
		fmt.Println(t)
	}
	// Head of Product and VP of Product are one role: moving between the
	// titles asks nothing.
	fmt.Println(l.Check(pmroles.Candidate{Role: pmroles.HeadOfProduct}, pmroles.VPOfProduct))
	// Output:
	// promotion associate-product-manager -> product-manager
	// promotion product-manager -> senior-product-manager
	// promotion senior-product-manager -> director-of-product
	// promotion director-of-product -> head-of-product
	// promotion head-of-product -> chief-product-officer
	// <nil>
}

func ExampleTransition() {
	t := pmroles.Transition{
		From: pmroles.SeniorProductManager,
		To:   pmroles.GroupProductManager,
		Kind: pmroles.TrackChange,
		Requirements: pmroles.Criteria{
			YearsExperience: 6,
			Competencies:    pmroles.CompetencySetOf(pmroles.CompetencyPeopleManagement),
		},
	}
	fmt.Println(t)
	fmt.Println(t.Requirements.Competencies)
	// Output:
	// track-change senior-product-manager -> group-product-manager
	// {people-management}
}

func ExampleTransition_String() {
	fmt.Println(pmroles.Transition{From: pmroles.HeadOfProduct, To: pmroles.VPOfProduct, Kind: pmroles.Equivalence})
	// Output: equivalence head-of-product -> vp-of-product
}

func ExampleCriteria() {
	// What the default ladder asks of a senior PM who wants to become a
	// principal PM.
	for t := range pmroles.Default().Ladder().Next(pmroles.SeniorProductManager) {
		if t.To == pmroles.PrincipalProductManager {
			r := t.Requirements
			fmt.Println(r.YearsExperience, r.YearsInRole, r.YearsManaging)
			fmt.Println(r.Competencies)
		}
	}
	// Output:
	// 8 2 1
	// {execution, customer-research, roadmapping, go-to-market, stakeholder-management, product-strategy, data-analysis}
}

func ExampleCandidate() {
	c := pmroles.Candidate{
		Role:            pmroles.PrincipalProductManager,
		YearsExperience: 11,
		YearsInRole:     3,
		YearsManaging:   1.5,
		Competencies: seniorReady.Union(pmroles.CompetencySetOf(pmroles.CompetencyProductStrategy,
			pmroles.CompetencyDataAnalysis, pmroles.CompetencyPeopleManagement, pmroles.CompetencyHiring)),
	}
	for t := range pmroles.Default().Ladder().Next(c.Role) {
		fmt.Println(t.To, pmroles.Default().Ladder().Check(c, t.To) == nil)
	}
	// Output: director-of-product true
}

func ExampleShortfall() {
	err := pmroles.Default().Ladder().Check(pmroles.Candidate{Role: pmroles.GroupProductManager, YearsExperience: 12, YearsInRole: 3, YearsManaging: 0.5},
		pmroles.DirectorOfProduct)
	var te *pmroles.TransitionError
	if errors.As(err, &te) {
		for _, s := range te.Shortfalls {
			if s.Field == "Competencies" {
				fmt.Println(s.Field, "missing", s.Missing.Len())
				continue
			}
			fmt.Println(s.Field, "needs", s.Need, "has", s.Have)
		}
	}
	// Output:
	// YearsManaging needs 2 has 0.5
	// Competencies missing 9
}

func ExampleShortfall_String() {
	fmt.Println(pmroles.Shortfall{Field: "YearsManaging", Need: 2, Have: 0.5})
	fmt.Println(pmroles.Shortfall{Field: "Competencies", Missing: pmroles.CompetencySetOf(pmroles.CompetencyHiring)})
	fmt.Println(pmroles.Shortfall{Field: "YearsInRole", Have: math.Inf(1), Invalid: true})
	// Output:
	// YearsManaging needs 2, has 0.5
	// Competencies lacks {hiring}
	// YearsInRole is infinite (+Inf)
}

func ExampleTransitionError() {
	err := pmroles.Default().Ladder().Check(pmroles.Candidate{Role: pmroles.ProductManager, YearsExperience: 3.5, YearsInRole: 3, Competencies: seniorReady},
		pmroles.SeniorProductManager)
	var te *pmroles.TransitionError
	if errors.As(err, &te) {
		fmt.Println(te.Kind, te.From, "->", te.To)
		fmt.Println(te.Shortfalls[0].Field, te.Shortfalls[0].Need-te.Shortfalls[0].Have, "years short")
	}
	// Output:
	// promotion product-manager -> senior-product-manager
	// YearsExperience 0.5 years short
}

func ExampleTransitionError_Error() {
	err := &pmroles.TransitionError{From: pmroles.ProductManager, To: pmroles.ChiefProductOfficer, Err: pmroles.ErrNoTransition}
	fmt.Println(err.Error())
	// Output: pmroles: ladder: no transition from product-manager to chief-product-officer
}

func ExampleTransitionError_Unwrap() {
	_, err := pmroles.Default().Ladder().Path(pmroles.ChiefProductOfficer, pmroles.ProductManager)
	var te *pmroles.TransitionError
	if errors.As(err, &te) {
		fmt.Println(te.Unwrap() == pmroles.ErrNoTransition)
	}
	fmt.Println(err)
	// Output:
	// true
	// pmroles: ladder: no route from chief-product-officer to product-manager
}

func ExampleErrNotEligible() {
	err := pmroles.Default().Ladder().Check(pmroles.Candidate{Role: pmroles.AssociateProductManager}, pmroles.ProductManager)
	fmt.Println(errors.Is(err, pmroles.ErrNotEligible), errors.Is(err, pmroles.ErrInvalidCandidate))
	// Output: true false
}

func ExampleErrNoTransition() {
	_, err := pmroles.Default().Ladder().Path(pmroles.DirectorOfUX, pmroles.ChiefProductOfficer)
	fmt.Println(errors.Is(err, pmroles.ErrNoTransition))
	fmt.Println(err)
	// Output:
	// true
	// pmroles: ladder: no route from director-of-ux to chief-product-officer
}

func ExampleErrInvalidCandidate() {
	err := pmroles.Default().Ladder().Check(pmroles.Candidate{Role: pmroles.AssociateProductManager, YearsManaging: math.Inf(1)}, pmroles.ProductManager)
	// An invalid candidate is never eligible, so both match.
	fmt.Println(errors.Is(err, pmroles.ErrInvalidCandidate), errors.Is(err, pmroles.ErrNotEligible))
	// Output: true true
}

func ExampleTransitionKind() {
	for t := range pmroles.ScaleUp().Ladder().Next(pmroles.DirectorOfProduct) {
		fmt.Println(t.Kind, "to", t.To)
	}
	// Output:
	// track-change to principal-product-manager
	// promotion to head-of-product
	// promotion to vp-of-product
}

func ExampleParseTransitionKind() {
	k, err := pmroles.ParseTransitionKind("Track-Change")
	fmt.Println(k, err)
	_, err = pmroles.ParseTransitionKind("demotion")
	fmt.Println(errors.Is(err, pmroles.ErrUnknownValue), err)
	// Output:
	// track-change <nil>
	// true pmroles: unknown transition kind "demotion" (want one of promotion, track-change, equivalence)
}

func ExampleTransitionKinds() {
	for k := range pmroles.TransitionKinds() {
		fmt.Println(k)
	}
	// Output:
	// promotion
	// track-change
	// equivalence
}

func ExampleTransitionKind_String() {
	fmt.Println(pmroles.Promotion.String(), pmroles.TransitionKind(9).String())
	// Output: promotion %!TransitionKind(9)
}

func ExampleTransitionKind_IsValid() {
	fmt.Println(pmroles.Equivalence.IsValid(), pmroles.TransitionKind(0).IsValid())
	// Output: true false
}

func ExampleTransitionKind_MarshalText() {
	b, err := json.Marshal(pmroles.Transition{From: pmroles.ProductManager, To: pmroles.SeniorProductManager, Kind: pmroles.Promotion})
	fmt.Println(string(b), err)
	// Output: {"from":"product-manager","to":"senior-product-manager","kind":"promotion","requirements":{"yearsExperience":0,"yearsInRole":0,"yearsManaging":0,"competencies":[]}} <nil>
}

func ExampleTransitionKind_AppendText() {
	b, err := pmroles.TrackChange.AppendText([]byte("kind="))
	fmt.Println(string(b), err)
	// Output: kind=track-change <nil>
}

func ExampleTransitionKind_UnmarshalText() {
	var k pmroles.TransitionKind
	err := json.Unmarshal([]byte(`"equivalence"`), &k)
	fmt.Println(k, err)
	// Output: equivalence <nil>
}

func ExampleCompetency() {
	for c := range pmroles.Competencies() {
		if c.String() == "people-management" {
			fmt.Println(c == pmroles.CompetencyPeopleManagement)
		}
	}
	// Output: true
}

func ExampleParseCompetency() {
	c, err := pmroles.ParseCompetency("Go-To-Market")
	fmt.Println(c, err)
	_, err = pmroles.ParseCompetency("charisma")
	fmt.Println(err)
	// Output:
	// go-to-market <nil>
	// pmroles: unknown competency "charisma" (want one of execution, customer-research, roadmapping, go-to-market, stakeholder-management, product-strategy, data-analysis, people-management, hiring, portfolio-management, budgeting, executive-leadership)
}

func ExampleCompetencies() {
	for c := range pmroles.Competencies() {
		fmt.Println(c)
	}
	// Output:
	// execution
	// customer-research
	// roadmapping
	// go-to-market
	// stakeholder-management
	// product-strategy
	// data-analysis
	// people-management
	// hiring
	// portfolio-management
	// budgeting
	// executive-leadership
}

func ExampleCompetency_String() {
	fmt.Println(pmroles.CompetencyDataAnalysis.String(), pmroles.Competency(0).String())
	// Output: data-analysis %!Competency(0)
}

func ExampleCompetency_IsValid() {
	// Numbers past the catalogue's are left for frameworks' own
	// competencies, up to MaxCompetency.
	fmt.Println(pmroles.CompetencyHiring.IsValid(), pmroles.Competency(99).IsValid(), pmroles.Competency(200).IsValid())
	// Output: true true false
}

func ExampleCompetency_MarshalText() {
	b, err := json.Marshal([]pmroles.Competency{pmroles.CompetencyRoadmapping, pmroles.CompetencyBudgeting})
	fmt.Println(string(b), err)
	// Output: ["roadmapping","budgeting"] <nil>
}

func ExampleCompetency_AppendText() {
	b, err := pmroles.CompetencyHiring.AppendText([]byte("skill: "))
	fmt.Println(string(b), err)
	// Output: skill: hiring <nil>
}

func ExampleCompetency_UnmarshalText() {
	var cs []pmroles.Competency
	err := json.Unmarshal([]byte(`["roadmapping", "Data-Analysis"]`), &cs)
	fmt.Println(pmroles.CompetencySetOf(cs...), err)
	// Output: {roadmapping, data-analysis} <nil>
}

func ExampleCompetencySet() {
	have := pmroles.CompetencySetOf(pmroles.CompetencyRoadmapping, pmroles.CompetencyExecution)
	need := pmroles.CompetencySetOf(pmroles.CompetencyExecution)
	fmt.Println(have, have.Contains(need), have == pmroles.CompetencySetOf(pmroles.CompetencyExecution, pmroles.CompetencyRoadmapping))
	// Output: {execution, roadmapping} true true
}

func ExampleCompetencySetOf() {
	s := pmroles.CompetencySetOf(pmroles.CompetencyHiring, pmroles.CompetencyHiring, pmroles.CompetencyExecution)
	fmt.Println(s, s.Len())
	bad := pmroles.CompetencySetOf(pmroles.CompetencyHiring, pmroles.Competency(200))
	fmt.Println(bad, bad.IsValid())
	// Output:
	// {execution, hiring} 2
	// {hiring, %!Competency(?)} false
}

func ExampleCompetencySet_Has() {
	s := pmroles.CompetencySetOf(pmroles.CompetencyBudgeting)
	fmt.Println(s.Has(pmroles.CompetencyBudgeting), s.Has(pmroles.CompetencyHiring))
	// Output: true false
}

func ExampleCompetencySet_Contains() {
	s := pmroles.CompetencySetOf(pmroles.CompetencyBudgeting, pmroles.CompetencyHiring)
	fmt.Println(s.Contains(pmroles.CompetencySetOf(pmroles.CompetencyHiring)), s.Contains(pmroles.CompetencySet{}),
		pmroles.CompetencySet{}.Contains(s))
	// Output: true true false
}

func ExampleCompetencySet_MarshalJSON() {
	b, err := json.Marshal(pmroles.Candidate{
		Role:            pmroles.ProductManager,
		YearsExperience: 3,
		YearsInRole:     2,
		Competencies:    pmroles.CompetencySetOf(pmroles.CompetencyRoadmapping, pmroles.CompetencyExecution),
	})
	fmt.Println(string(b), err)
	// Output: {"role":"product-manager","yearsExperience":3,"yearsInRole":2,"yearsManaging":0,"competencies":["execution","roadmapping"]} <nil>
}

func ExampleCompetencySet_UnmarshalJSON() {
	var c pmroles.Candidate
	err := json.Unmarshal([]byte(`{"role":"senior-product-manager","yearsExperience":6,"competencies":["Hiring","roadmapping"]}`), &c)
	fmt.Println(c.Role, c.YearsExperience, c.Competencies, err)
	err = json.Unmarshal([]byte(`{"competencies":["charisma"]}`), &c)
	fmt.Println(err)
	// Output:
	// senior-product-manager 6 {roadmapping, hiring} <nil>
	// pmroles: unknown competency "charisma" (want one of execution, customer-research, roadmapping, go-to-market, stakeholder-management, product-strategy, data-analysis, people-management, hiring, portfolio-management, budgeting, executive-leadership)
}

func ExampleCompetencySet_Union() {
	s := pmroles.CompetencySetOf(pmroles.CompetencyHiring).Union(pmroles.CompetencySetOf(pmroles.CompetencyExecution))
	fmt.Println(s)
	// Output: {execution, hiring}
}

func ExampleCompetencySet_All() {
	for c := range pmroles.CompetencySetOf(pmroles.CompetencyHiring, pmroles.CompetencyExecution).All() {
		fmt.Println(c)
	}
	// Output:
	// execution
	// hiring
}

func ExampleCompetencySet_Len() {
	fmt.Println(pmroles.CompetencySet{}.Len(), seniorReady.Len())
	// Output: 0 5
}

func ExampleCompetencySet_IsValid() {
	fmt.Println(seniorReady.IsValid(), pmroles.CompetencySetOf(0).IsValid())
	// Output: true false
}

func ExampleCompetencySet_String() {
	fmt.Println(pmroles.CompetencySet{}, pmroles.CompetencySetOf(pmroles.CompetencyBudgeting, pmroles.CompetencyRoadmapping))
	// Output: {} {roadmapping, budgeting}
}
