// Command framework loads a company's framework document and prints what
// pmroles compiled from it: the roles by level, with their canonical
// catalogue roles and grades, who may manage whom, and the career ladder
// as a Mermaid flowchart. If the document has problems it prints every
// one, with the JSON Pointer and byte offset of the value at fault, and
// exits with status 1.
//
//	go run ./examples/framework testdata/framework/acme.json
//
// Without an argument it prints the built-in default framework.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/pmroles/pmroles"
)

func main() {
	f := pmroles.Default()
	if len(os.Args) > 1 {
		file, err := os.Open(os.Args[1])
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		f, err = pmroles.ReadFramework(file)
		file.Close()
		if err != nil {
			report(os.Stderr, os.Args[1], err)
			os.Exit(1)
		}
	}
	describe(os.Stdout, f)
}

// report prints every problem of a document, one per line.
func report(w io.Writer, name string, err error) {
	var list *pmroles.ProblemList
	if !errors.As(err, &list) {
		fmt.Fprintf(w, "%s: %v\n", name, err)
		return
	}
	fmt.Fprintf(w, "%s: %d problems\n", name, len(list.Problems)+list.More)
	for _, e := range list.Problems {
		var fe *pmroles.FrameworkError
		if errors.As(e, &fe) {
			where := fe.Pointer
			if where == "" {
				where = "(document)"
			}
			fmt.Fprintf(w, "  %-45s %s\n", where, strings.TrimPrefix(fe.Err.Error(), "pmroles: "))
			continue
		}
		fmt.Fprintf(w, "  %v\n", e)
	}
	if list.More > 0 {
		fmt.Fprintf(w, "  and %d more\n", list.More)
	}
}

// describe prints the compiled framework.
func describe(w io.Writer, f *pmroles.Framework) {
	name := f.Name()
	if name == "" {
		name = "(unnamed framework)"
	}
	fmt.Fprintf(w, "%s: %d roles, top role %v\n\n", name, count(f), f.Top())

	fmt.Fprintln(w, "Roles by level:")
	for lv := pmroles.MaxLevel; lv >= pmroles.MinLevel; lv-- {
		for r := range f.Roles() {
			if f.Level(r) != lv {
				continue
			}
			canon := ""
			if c := f.Canonical(r); c != r {
				canon = "variant of " + c.String()
			}
			fmt.Fprintf(w, "  %-4v %-5s %-11v %-30s %s\n", lv, f.Grade(r), f.Track(r), f.Title(r), canon)
		}
	}

	fmt.Fprintln(w, "\nWho may manage whom:")
	for m := range f.Roles() {
		var reports []string
		for r := range f.Reports(m) {
			reports = append(reports, r.String())
		}
		if len(reports) > 0 {
			fmt.Fprintf(w, "  %-30v %s\n", m, strings.Join(reports, ", "))
		}
	}

	fmt.Fprintln(w, "\nCareer ladder (Mermaid):")
	fmt.Fprintln(w, "```mermaid")
	if err := f.Ladder().WriteMermaid(w); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Fprintln(w, "```")
}

func count(f *pmroles.Framework) int {
	n := 0
	for range f.Roles() {
		n++
	}
	return n
}
