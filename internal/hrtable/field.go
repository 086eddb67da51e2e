package hrtable

import (
	"iter"
	"strconv"
	"strings"
	"unicode"
)

// A Field is a piece of information about a person that a column gives.
// The zero value is invalid.
type Field uint8

// The fields, in the order [Fields] yields them.
const (
	ID                  Field = 1 + iota // the person's ID
	Name                                 // the person's name
	Title                                // the job title as written
	Role                                 // a role ID
	Manager                              // the manager's ID
	Product                              // the product or area worked on
	Competencies                         // competency IDs separated by ";"
	HireDate                             // the date the person was hired
	RoleStartDate                        // the date the person took their role
	FirstManagementDate                  // the date the person first managed people
	YearsOfExperience                    // years of experience, a number
	YearsInRole                          // years in the current role, a number
	YearsManaging                        // years managing people, a number
	numFields           = iota
)

// Skip is not a field: mapping a header to Skip in [Options].Headers makes
// the column ignored, for a known header that means something else in one
// export.
const Skip Field = 255

var fieldNames = [numFields + 1]string{
	"", "id", "name", "title", "role", "manager", "product", "competencies",
	"hire-date", "role-start-date", "first-management-date",
	"years-of-experience", "years-in-role", "years-managing",
}

// String returns the field's name, as [Fields] lists them ("hire-date"),
// "skip" for [Skip], or "%!Field(n)" for an invalid one.
func (f Field) String() string {
	switch {
	case f.IsValid():
		return fieldNames[f]
	case f == Skip:
		return "skip"
	}
	return "%!Field(" + strconv.Itoa(int(f)) + ")"
}

// IsValid reports whether f is a field ([Skip] is not).
func (f Field) IsValid() bool { return f >= 1 && f <= numFields }

// Fields yields every field, from [ID] to [YearsManaging].
func Fields() iter.Seq[Field] {
	return func(yield func(Field) bool) {
		for f := Field(1); f <= numFields; f++ {
			if !yield(f) {
				return
			}
		}
	}
}

// headers are the normalised header names HR systems write, and the field
// each gives.
var headers = []struct {
	name  string
	field Field
}{
	{"employeeid", ID}, {"workerid", ID}, {"personid", ID}, {"id", ID},
	{"name", Name}, {"fullname", Name}, {"employeename", Name},
	{"title", Title}, {"jobtitle", Title}, {"businesstitle", Title}, {"positiontitle", Title},
	{"role", Role},
	{"managerid", Manager}, {"supervisorid", Manager}, {"reportsto", Manager},
	{"product", Product}, {"productarea", Product}, {"team", Product},
	{"competencies", Competencies},
	{"hiredate", HireDate},
	{"rolestartdate", RoleStartDate}, {"jobstartdate", RoleStartDate},
	{"firstmanagementdate", FirstManagementDate}, {"managementstartdate", FirstManagementDate},
	{"yearsofexperience", YearsOfExperience},
	{"yearsinrole", YearsInRole},
	{"yearsmanaging", YearsManaging},
}

// headerNames are the headers an export usually writes for each field.
var headerNames = [numFields + 1]string{
	ID: "Employee ID", Name: "Name", Title: "Job Title", Role: "Role",
	Manager: "Manager ID", Product: "Product", Competencies: "Competencies",
	HireDate: "Hire Date", RoleStartDate: "Role Start Date",
	FirstManagementDate: "First Management Date",
	YearsOfExperience:   "Years of Experience", YearsInRole: "Years in Role",
	YearsManaging: "Years Managing",
}

// Header returns the header an export usually writes for f, such as
// "Employee ID" or "Years in Role", which [Lookup] recognises; "" for an
// invalid field. A writer uses it so that what it writes reads back.
func (f Field) Header() string {
	if !f.IsValid() {
		return ""
	}
	return headerNames[f]
}

// Normalize returns the form in which headers are compared: lower case,
// without spaces (any Unicode white space), underscores, dashes or a
// byte-order mark.
func Normalize(header string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '_' || r == '-' || r == '\ufeff' || unicode.IsSpace(r):
			return -1
		}
		return unicode.ToLower(r)
	}, header)
}

// Lookup returns the field a header names among those HR systems commonly
// write, whatever its case, spaces, underscores and dashes: "Employee ID",
// "Worker ID", "Person ID" and "ID" give [ID]; "Name", "Full Name" and
// "Employee Name" [Name]; "Title", "Job Title", "Business Title" and
// "Position Title" [Title]; "Role" [Role]; "Manager ID", "Supervisor ID"
// and "Reports To" [Manager]; "Product", "Product Area" and "Team"
// [Product]; "Competencies"; "Hire Date"; "Role Start Date" and "Job
// Start Date" [RoleStartDate]; "First Management Date" and "Management
// Start Date" [FirstManagementDate]; "Years of Experience", "Years in
// Role" and "Years Managing". A field's own name is recognised where it
// is one of these ("hire-date"), but not "manager", which exports use for
// the manager's name.
func Lookup(header string) (Field, bool) {
	n := Normalize(header)
	for _, h := range headers {
		if h.name == n {
			return h.field, true
		}
	}
	return 0, false
}
