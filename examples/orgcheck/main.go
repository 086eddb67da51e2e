// Command orgcheck validates an HR export against a framework: it prints
// the problems grouped by rule, with the person and line of each, then the
// people eligible for promotion now.
//
//	go run ./examples/orgcheck testdata/org/sample.csv
//	go run ./examples/orgcheck -framework testdata/framework/acme.json ORG.csv
//
// With -gen N it writes instead a valid synthetic organisation of N people
// to standard output, the same for the same -seed, for load tests:
//
//	go run ./examples/orgcheck -gen 1000000 -seed 7 > org.csv
//	go run ./examples/orgcheck org.csv
//
// Without a file it checks the sample export of the package's testdata.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/pmroles/pmroles"
)

func main() {
	frameworkFile := flag.String("framework", "", "the framework document (default: pmroles.Default)")
	gen := flag.Int("gen", 0, "write a valid synthetic organisation of `N` people instead of checking one")
	seed := flag.Uint64("seed", 1, "the seed of -gen")
	asOf := flag.String("asof", "", "count years from dates to this `date` (default: today)")
	flag.Parse()

	f := pmroles.Default()
	if *frameworkFile != "" {
		file, err := os.Open(*frameworkFile)
		if err != nil {
			fail(err)
		}
		f, err = pmroles.ReadFramework(file)
		file.Close()
		if err != nil {
			fail(err)
		}
	}
	if *gen > 0 {
		o, err := f.SyntheticOrg(*gen, *seed)
		if err != nil {
			fail(err)
		}
		w := bufio.NewWriterSize(os.Stdout, 1<<20)
		if err := o.WriteCSV(w); err != nil {
			fail(err)
		}
		if err := w.Flush(); err != nil {
			fail(err)
		}
		return
	}

	name := "testdata/org/sample.csv"
	if flag.NArg() > 0 {
		name = flag.Arg(0)
	}
	file, err := os.Open(name)
	if err != nil {
		fail(err)
	}
	defer file.Close()
	var opts []pmroles.ReadOption
	if *asOf != "" {
		t, err := time.Parse(time.DateOnly, *asOf)
		if err != nil {
			fail(err)
		}
		opts = append(opts, pmroles.WithAsOf(t))
	}
	// A large export: say on standard error how far reading has got.
	pr := &progress{r: file, start: time.Now(), left: -1}
	if fi, err := file.Stat(); err == nil && fi.Mode().IsRegular() {
		pr.left = fi.Size()
	}
	start := time.Now()
	o, err := f.ReadOrgCSV(pr, opts...)
	pr.done()
	if err != nil {
		fail(err)
	}
	read := time.Since(start)
	start = time.Now()
	verr := o.Validate()
	fmt.Printf("%s: %d people, read in %v, validated in %v\n\n", name, o.Len(), read.Round(time.Millisecond), time.Since(start).Round(time.Millisecond))

	// Problems grouped by rule, at most ten shown per rule.
	byRule := map[pmroles.OrgRule][]*pmroles.OrgError{}
	for e := range o.Problems() {
		byRule[e.Rule] = append(byRule[e.Rule], e)
	}
	if verr == nil {
		fmt.Println("No problems.")
	}
	for rule := range pmroles.OrgRules() {
		list := byRule[rule]
		if len(list) == 0 {
			continue
		}
		fmt.Printf("%s: %d\n", rule, len(list))
		for _, e := range list[:min(len(list), 10)] {
			fmt.Printf("  line %-6d %-10s %s\n", e.Line, e.Person, e.Detail)
		}
		if len(list) > 10 {
			fmt.Printf("  and %d more\n", len(list)-10)
		}
	}

	fmt.Println("\nEligible now:")
	n := 0
	for p, t := range o.Eligible() {
		if n < 20 {
			fmt.Printf("  %-10s %-25s %v\n", p.ID, p.Name, t)
		}
		n++
	}
	if n > 20 {
		fmt.Printf("  and %d more\n", n-20)
	}
	if n == 0 {
		fmt.Println("  no one")
	}
}

// progress counts the lines read and, past 100,000, reports them on
// standard error twice a second. Its Len tells ReadOrgCSV how much is
// left to read, as the file would, so that it can make room for the
// people in one go.
type progress struct {
	r     io.Reader
	rows  int
	left  int64 // bytes not read yet, or -1 if unknown
	last  time.Time
	start time.Time
}

// Len returns the number of bytes not read yet, or 0 if unknown.
func (p *progress) Len() int { return int(max(p.left, 0)) }

const progressRows = 100_000

func (p *progress) Read(b []byte) (int, error) {
	n, err := p.r.Read(b)
	if p.left >= 0 {
		p.left -= int64(n)
	}
	p.rows += bytes.Count(b[:n], []byte{'\n'})
	if p.rows > progressRows && time.Since(p.last) > 500*time.Millisecond {
		p.last = time.Now()
		fmt.Fprintf(os.Stderr, "\rreading: %d lines", p.rows)
	}
	return n, err
}

func (p *progress) done() {
	if p.rows > progressRows {
		fmt.Fprintf(os.Stderr, "\rreading: %d lines in %v\n", p.rows, time.Since(p.start).Round(time.Millisecond))
	}
}

func fail(err error) {
	var list *pmroles.ProblemList
	if errors.As(err, &list) {
		for _, e := range list.Problems {
			fmt.Fprintln(os.Stderr, e)
		}
		if list.More > 0 {
			fmt.Fprintf(os.Stderr, "and %d more problems\n", list.More)
		}
	} else {
		fmt.Fprintln(os.Stderr, err)
	}
	os.Exit(1)
}
