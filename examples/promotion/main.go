// Command promotion checks three candidates against the next roles of the
// default career ladder, printing what each may do now and what each still
// lacks, then prints the route from associate product manager to chief
// product officer with what every step asks.
//
//	go run ./examples/promotion
package main

import (
	"errors"
	"fmt"
	"log"

	"github.com/pmroles/pmroles"
)

func main() {
	log.SetFlags(0)
	l := pmroles.Default().Ladder()

	core := pmroles.CompetencySetOf(pmroles.CompetencyExecution, pmroles.CompetencyCustomerResearch,
		pmroles.CompetencyRoadmapping, pmroles.CompetencyGoToMarket, pmroles.CompetencyStakeholderManagement)
	people := []struct {
		name string
		pmroles.Candidate
	}{
		{"Ana", pmroles.Candidate{
			Role: pmroles.ProductManager, YearsExperience: 3, YearsInRole: 2,
			Competencies: pmroles.CompetencySetOf(pmroles.CompetencyExecution, pmroles.CompetencyCustomerResearch, pmroles.CompetencyRoadmapping),
		}},
		{"Ben", pmroles.Candidate{
			Role: pmroles.SeniorProductManager, YearsExperience: 8.5, YearsInRole: 3, YearsManaging: 1,
			Competencies: core.Union(pmroles.CompetencySetOf(pmroles.CompetencyProductStrategy, pmroles.CompetencyDataAnalysis)),
		}},
		{"Chloe", pmroles.Candidate{
			Role: pmroles.GroupProductManager, YearsExperience: 11, YearsInRole: 2.5, YearsManaging: 1.5,
			Competencies: core.Union(pmroles.CompetencySetOf(pmroles.CompetencyPeopleManagement, pmroles.CompetencyHiring)),
		}},
	}
	for _, p := range people {
		fmt.Printf("%s, %s: %v years of experience, %v in role, %v managing\n",
			p.name, p.Role.Title(), p.YearsExperience, p.YearsInRole, p.YearsManaging)
		for t := range l.Next(p.Role) {
			err := l.Check(p.Candidate, t.To)
			var te *pmroles.TransitionError
			switch {
			case err == nil:
				fmt.Printf("  %v to %s: eligible\n", t.Kind, t.To.Title())
			case errors.As(err, &te) && errors.Is(err, pmroles.ErrNotEligible):
				fmt.Printf("  %v to %s: not yet\n", t.Kind, t.To.Title())
				for _, s := range te.Shortfalls {
					fmt.Printf("    %v\n", s)
				}
			default:
				log.Fatal(err)
			}
		}
	}

	from, to := pmroles.AssociateProductManager, pmroles.ChiefProductOfficer
	path, err := l.Path(from, to)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("\nFrom %s to %s in %d steps:\n", from.Title(), to.Title(), len(path))
	for i, t := range path {
		r := t.Requirements
		fmt.Printf("  %d. %v to %s: %v years of experience, %v in role, %v managing, %d competencies\n",
			i+1, t.Kind, t.To.Title(), r.YearsExperience, r.YearsInRole, r.YearsManaging, r.Competencies.Len())
	}
}
