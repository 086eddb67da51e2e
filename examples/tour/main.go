// Tour prints the pmroles catalogue as a table, then reads a few messy job
// titles the way an HR import would meet them.
package main

import (
	"fmt"
	"os"
	"text/tabwriter"

	"github.com/pmroles/pmroles"
)

func main() {
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "ID\tTITLE\tTRACK\tLEVEL")
	for r := range pmroles.Roles() {
		fmt.Fprintf(w, "%v\t%s\t%v\t%v\n", r, r.Title(), r.Track(), r.Level())
	}
	w.Flush()
	fmt.Println()

	titles := []string{
		"sr. pm, payments",
		"VP, Product",
		"Product Head",
		"Technical Product Manager II",
		"Director, Product Management – EMEA",
		"Chief of Product",
		"jr product manager (growth)",
		"Project Manager",
		"Lead Product Manager",
		"SVP, Product",
	}
	w = tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "INPUT\tROLE\tSENIORITY\tSPECIALTY\tGRADE\tAREA\tCONFIDENCE")
	// Refusals are listed after the table: a row with fewer cells would
	// break the table's column alignment.
	var refused []error
	for _, s := range titles {
		t, err := pmroles.ParseTitle(s)
		if err != nil {
			refused = append(refused, err)
			continue
		}
		fmt.Fprintf(w, "%q\t%v\t%s\t%s\t%s\t%q\t%v\n", s, t.Role, orDash(t.Seniority), orDash(t.Specialty), grade(t.Grade), t.Area, t.Confidence)
	}
	w.Flush()
	fmt.Println()
	fmt.Println("REFUSED")
	for _, err := range refused {
		fmt.Println(err)
	}
}

// orDash prints a modifier, or "-" for none rather than the "%!Type(0)"
// of an unset enumeration.
func orDash[E interface {
	IsValid() bool
	String() string
}](e E) string {
	if !e.IsValid() {
		return "-"
	}
	return e.String()
}

func grade(g int) string {
	if g == 0 {
		return "-"
	}
	return fmt.Sprint(g)
}
