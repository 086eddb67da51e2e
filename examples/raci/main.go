// Command raci checks a RACI chart kept as CSV against the default
// framework's rules and authority, and prints the problems or the chart
// as Markdown for a wiki.
//
//	go run ./examples/raci                              # the default product-lifecycle chart
//	go run ./examples/raci examples/raci/team.csv       # a team's chart, with mistakes
//
// It exits 1 when the chart has problems and 2 on bad usage or I/O errors.
package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/pmroles/pmroles"
)

func main() {
	f := pmroles.Default()
	var m *pmroles.Matrix
	switch len(os.Args) {
	case 1:
		m = f.RACI()
	case 2:
		file, err := os.Open(os.Args[1])
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		defer file.Close()
		m, err = pmroles.ParseMatrixCSV(file)
		if err != nil {
			report(os.Args[1], err)
			os.Exit(1)
		}
	default:
		fmt.Fprintln(os.Stderr, "usage: raci [chart.csv]")
		os.Exit(2)
	}
	if err := f.ValidateMatrix(m); err != nil {
		report("the chart", err)
		os.Exit(1)
	}
	if err := m.WriteMarkdown(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
}

// report prints each problem of err on a line of its own, with the cell it
// points at.
func report(what string, err error) {
	var problems []error
	if joined, ok := err.(interface{ Unwrap() []error }); ok {
		problems = joined.Unwrap()
	} else {
		problems = []error{err}
	}
	fmt.Printf("%s has %d problem(s):\n", what, len(problems))
	for _, p := range problems {
		var me *pmroles.MatrixError
		if errors.As(p, &me) {
			fmt.Printf("  row %d, column %d: %s\n", me.Row, me.Column, me.Problem)
			continue
		}
		fmt.Printf("  %v\n", p)
	}
}
