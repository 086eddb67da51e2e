// Command raci checks a RACI chart kept as CSV against the default
// framework's rules and authority, in one pass, and prints the chart as
// Markdown for a wiki: as it is when it is sound, or with every problem
// marked at its cell so that the team fixes it in one round.
//
//	go run ./examples/raci                              # the default product-lifecycle chart
//	go run ./examples/raci examples/raci/team.csv       # a team's chart, with mistakes
//
// It exits 1 when the chart has problems and 2 on bad usage or I/O errors.
package main

import (
	"fmt"
	"os"

	"github.com/pmroles/pmroles"
)

func main() {
	f := pmroles.Default()
	switch len(os.Args) {
	case 1:
		if err := f.RACI().WriteMarkdown(os.Stdout); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
	case 2:
		file, err := os.Open(os.Args[1])
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		defer file.Close()
		chart, err := f.ReadChartCSV(file)
		if err != nil {
			fmt.Printf("%s has %d problem(s), marked below.\n\n", os.Args[1], len(chart.Problems()))
		}
		if werr := chart.WriteMarkdown(os.Stdout); werr != nil {
			fmt.Fprintln(os.Stderr, werr)
			os.Exit(2)
		}
		if err != nil {
			os.Exit(1)
		}
	default:
		fmt.Fprintln(os.Stderr, "usage: raci [chart.csv]")
		os.Exit(2)
	}
}
