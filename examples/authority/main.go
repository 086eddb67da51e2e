// Command authority prints who decides what in the default framework: for
// each decision and scope, the lowest role allowed to take it. Then it
// shows what a product manager gains on promotion to senior product
// manager.
//
//	go run ./examples/authority
package main

import (
	"fmt"
	"os"
	"text/tabwriter"

	"github.com/pmroles/pmroles"
)

func main() {
	f := pmroles.Default()

	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprint(w, "decision")
	for s := range pmroles.Scopes() {
		fmt.Fprintf(w, "\t%s", s)
	}
	fmt.Fprintln(w)
	for d := range pmroles.Decisions() {
		fmt.Fprint(w, d)
		for s := range pmroles.Scopes() {
			r, err := f.Escalate(d, s)
			if err != nil {
				fmt.Fprint(w, "\t-")
				continue
			}
			fmt.Fprintf(w, "\t%s", abbrev(r))
		}
		fmt.Fprintln(w)
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}

	fmt.Println("\nkey:")
	for r := range f.Roles() {
		fmt.Printf("  %-6s %s\n", abbrev(r), r.Title())
	}

	from, to := pmroles.ProductManager, pmroles.SeniorProductManager
	fmt.Printf("\nOn promotion from %s to %s, a person gains:\n", from.Title(), to.Title())
	old := f.Authority(from)
	for _, g := range f.Authority(to).Diff(old) {
		if was := old.Scope(g.Decision); was.IsValid() {
			fmt.Printf("  %-24s %s -> %s\n", g.Decision, was, g.Scope)
		} else {
			fmt.Printf("  %-24s new, up to %s\n", g.Decision, g.Scope)
		}
	}
}

// abbrev gives the short names a decision table has room for.
func abbrev(r pmroles.Role) string { return abbrevs[r] }

var abbrevs = map[pmroles.Role]string{
	pmroles.AssociateProductManager:    "APM",
	pmroles.ProductManager:             "PM",
	pmroles.SeniorProductManager:       "SrPM",
	pmroles.PrincipalProductManager:    "PrPM",
	pmroles.GroupProductManager:        "GPM",
	pmroles.DirectorOfProduct:          "DirP",
	pmroles.HeadOfProduct:              "HoP",
	pmroles.VPOfProduct:                "VPP",
	pmroles.ChiefProductOfficer:        "CPO",
	pmroles.ProductOwner:               "PO",
	pmroles.ProductMarketingManager:    "PMM",
	pmroles.DirectorOfProductMarketing: "DirPMM",
	pmroles.DirectorOfUX:               "DirUX",
	pmroles.HeadOfProductAnalytics:     "HoPA",
}
