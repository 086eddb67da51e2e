package hrtable_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/pmroles/pmroles/internal/hrtable"
)

func ExampleReader() {
	export := "Worker ID,Full Name,Business Title,Reports To,Hire Date,Years in Role,Salary\r\n" +
		"E1,\"Lovelace, Ada\",VP of Product,,2015-03-01,4,\r\n" +
		"E2,Ben Okafor,Product Manager,E1,2021-13-01,two,\r\n" +
		"E3,Cy Tan,Product Manager,E1,2022-06-15,1.5,\r\n"
	rd, err := hrtable.NewReader(strings.NewReader(export), hrtable.Options{
		Required: [][]hrtable.Field{{hrtable.ID}, {hrtable.Manager}, {hrtable.Role, hrtable.Title}},
	})
	if err != nil {
		panic(err)
	}
	asOf := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for rd.Next() {
		years, _ := rd.Years(hrtable.YearsInRole)
		exp := 0.0
		if hired, ok := rd.Date(hrtable.HireDate); ok {
			exp = hrtable.YearsBetween(hired, asOf)
		}
		fmt.Printf("line %d: %s (%s) reports to %q; %.1f years in role, %.1f of experience\n",
			rd.Line(), rd.Text(hrtable.Name), rd.Text(hrtable.Title), rd.Text(hrtable.Manager), years, exp)
	}
	fmt.Println(rd.Err())
	// Output:
	// line 2: Lovelace, Ada (VP of Product) reports to ""; 4.0 years in role, 10.8 of experience
	// line 3: Ben Okafor (Product Manager) reports to "E1"; 0.0 years in role, 0.0 of experience
	// line 4: Cy Tan (Product Manager) reports to "E1"; 1.5 years in role, 3.5 of experience
	// line 3, column 5 ("Hire Date"): "2021-13-01": not a date (want YYYY-MM-DD)
	// line 3, column 6 ("Years in Role"): "two": not a number of years
}

func ExampleLookup() {
	for _, h := range []string{"EMPLOYEE_ID", "reports-to", "Position Title", "Salary"} {
		f, ok := hrtable.Lookup(h)
		fmt.Println(h, f, ok)
	}
	// Output:
	// EMPLOYEE_ID id true
	// reports-to manager true
	// Position Title title true
	// Salary %!Field(0) false
}
