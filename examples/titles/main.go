// Titles reads a column of job titles from a CSV export, as an HR system
// writes it, and prints what pmroles makes of them: how many titles name
// each role and how many a person should review, then the refused titles
// grouped by reason, with the forms that recur and the company alias that
// would read them.
//
//	go run ./examples/titles                          # people.csv, the sample beside this file
//	go run ./examples/titles -column "Job Title" export.csv
//
// The titles are read as they stream from the file: the report, not the
// export, is what stays in memory.
package main

import (
	"bytes"
	_ "embed"
	"encoding/csv"
	"errors"
	"flag"
	"fmt"
	"io"
	"iter"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/pmroles/pmroles"
)

//go:embed people.csv
var sample []byte

func main() {
	column := flag.String("column", "title", "the column of job titles: its header, ignoring case, or its number from 1")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: titles [-column name] [file.csv]\n\n"+
			"Without a file, titles reads people.csv, the sample export beside it.\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	name, in := "people.csv (sample)", io.Reader(bytes.NewReader(sample))
	switch flag.NArg() {
	case 0:
	case 1:
		f, err := os.Open(flag.Arg(0))
		if err != nil {
			fail(err)
		}
		defer f.Close()
		name, in = flag.Arg(0), f
	default:
		flag.Usage()
		os.Exit(2)
	}
	titles, errp, err := readColumn(in, *column)
	if err != nil {
		fail(err)
	}
	report := pmroles.Default().NormalizeTitles(titles)
	if *errp != nil {
		fail(*errp)
	}
	print(name, report)
}

// readColumn returns the values of one column of a CSV file, read as they
// are asked for; the header row names the columns. A read error stops the
// values and is left in *errp.
func readColumn(in io.Reader, column string) (iter.Seq[string], *error, error) {
	r := csv.NewReader(in)
	r.FieldsPerRecord = -1 // exports have ragged rows
	r.ReuseRecord = true
	header, err := r.Read()
	if err != nil {
		return nil, nil, fmt.Errorf("reading the header row: %w", err)
	}
	col := -1
	if n, err := strconv.Atoi(column); err == nil && 1 <= n && n <= len(header) {
		col = n - 1
	}
	for i, h := range header {
		// Spreadsheets start the first header with a byte-order mark.
		if col < 0 && strings.EqualFold(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")), column) {
			col = i
		}
	}
	if col < 0 {
		return nil, nil, fmt.Errorf("no column %q; the header row has %q", column, header)
	}
	errp := new(error)
	return func(yield func(string) bool) {
		for {
			rec, err := r.Read()
			if errors.Is(err, io.EOF) {
				return
			}
			if err != nil {
				*errp = err
				return
			}
			title := ""
			if col < len(rec) {
				title = rec[col]
			}
			if !yield(title) {
				return
			}
		}
	}, errp, nil
}

func print(name string, rep *pmroles.TitleReport) {
	fmt.Printf("%s: %d titles, %d name a role (%d to review), %d refused\n\n",
		name, rep.Titles, rep.Accepted, rep.Review, rep.Titles-rep.Accepted)
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "ROLE\tTITLES\tTO REVIEW\t")
	for _, rc := range rep.Roles {
		fmt.Fprintf(w, "%v\t%d\t%d\t\n", rc.Role, rc.Count, rc.Review)
	}
	w.Flush()
	fmt.Println()
	w = tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "REFUSED\tTITLES\t")
	for _, g := range rep.Refused {
		fmt.Fprintf(w, "%v\t%d\t\n", g.Reason, g.Count)
	}
	w.Flush()
	for _, g := range rep.Refused {
		if len(g.Forms) == 0 {
			continue
		}
		fmt.Printf("\nrecurring, %v:\n", g.Reason)
		for _, tf := range g.Forms {
			fmt.Printf("  %d x %q", tf.Count, tf.Example)
			switch {
			case tf.Suggest.IsValid():
				fmt.Printf(" -> an alias %q for %v?", tf.Form, tf.Suggest)
			case g.Reason == pmroles.ReasonUnknownWord:
				fmt.Printf(" -> an alias %q, for which role? (%q is unknown)", tf.Form, tf.Word)
			}
			fmt.Println()
		}
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "titles:", err)
	os.Exit(1)
}
