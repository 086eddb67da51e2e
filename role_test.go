package pmroles

import (
	"errors"
	"fmt"
	"iter"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"
)

// TestCatalogue pins the catalogue to the catalogue table of the design: these
// are the facts every importer compares people by, so a change to them must
// be deliberate.
func TestCatalogue(t *testing.T) {
	type row struct {
		ID, Title  string
		Track      Track
		Level      Level
		Discipline Discipline
		Scope      Scope
	}
	want := []row{
		{"associate-product-manager", "Associate Product Manager", IndividualContributor, 1, ProductManagement, Feature},
		{"product-manager", "Product Manager", IndividualContributor, 2, ProductManagement, Product},
		{"senior-product-manager", "Senior Product Manager", IndividualContributor, 3, ProductManagement, ProductLine},
		{"principal-product-manager", "Principal Product Manager", IndividualContributor, 4, ProductManagement, ProductLine},
		{"group-product-manager", "Group Product Manager", Management, 4, ProductManagement, ProductLine},
		{"director-of-product", "Director of Product", Management, 5, ProductManagement, Portfolio},
		{"head-of-product", "Head of Product", Management, 6, ProductManagement, Portfolio},
		{"vp-of-product", "VP of Product", Management, 7, ProductManagement, Portfolio},
		{"chief-product-officer", "Chief Product Officer", Management, 8, ProductManagement, Company},
		{"product-owner", "Product Owner", IndividualContributor, 2, ProductManagement, Product},
		{"product-marketing-manager", "Product Marketing Manager", IndividualContributor, 2, ProductMarketing, Product},
		{"director-of-product-marketing", "Director of Product Marketing", Management, 5, ProductMarketing, Portfolio},
		{"director-of-ux", "Director of UX", Management, 5, UserExperience, Portfolio},
		{"head-of-product-analytics", "Head of Product Analytics", Management, 5, ProductAnalytics, Portfolio},
	}
	var got []row
	for r := range Roles() {
		got = append(got, row{r.String(), r.Title(), r.Track(), r.Level(), r.Discipline(), r.Scope()})
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("catalogue mismatch (-want +got):\n%s", diff)
	}
}

func TestResponsibilities(t *testing.T) {
	for r := range Roles() {
		duties := slices.Collect(r.Responsibilities())
		if len(duties) == 0 {
			t.Errorf("%v has no responsibilities", r)
		}
		seen := map[string]bool{}
		for _, d := range duties {
			if d.Duty == "" || strings.TrimSpace(d.Duty) != d.Duty || strings.HasSuffix(d.Duty, ".") {
				t.Errorf("%v: malformed duty %q", r, d.Duty)
			}
			if seen[d.Duty] {
				t.Errorf("%v: duty %q listed twice", r, d.Duty)
			}
			seen[d.Duty] = true
		}
	}
	if n := len(slices.Collect(Role{}.Responsibilities())); n != 0 {
		t.Errorf("Role{}.Responsibilities() yielded %d duties, want 0", n)
	}
	if n := len(slices.Collect(companyRole("staff-product-manager").Responsibilities())); n != 0 {
		t.Errorf("a company role's Responsibilities() yielded %d duties without its framework, want 0", n)
	}
	// Stopping early must be honoured.
	n := 0
	for range ChiefProductOfficer.Responsibilities() {
		n++
		break
	}
	if n != 1 {
		t.Errorf("break after first duty: iterated %d times", n)
	}
}

func TestParseRole(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    Role
		wantErr error
	}{
		{"id", "senior-product-manager", SeniorProductManager, nil},
		{"upper", "CHIEF-PRODUCT-OFFICER", ChiefProductOfficer, nil},
		{"mixed", "Director-Of-UX", DirectorOfUX, nil},
		{"title is not an ID", "Senior Product Manager", Role{}, ErrUnknownRole},
		{"surrounding space", " product-manager", Role{}, ErrUnknownRole},
		{"empty", "", Role{}, ErrUnknownRole},
		{"prefix", "product", Role{}, ErrUnknownRole},
		{"kelvin sign is not k", "product-mar\u212aeting-manager", Role{}, ErrUnknownRole},
		{"huge", strings.Repeat("x", 1<<20), Role{}, ErrUnknownRole},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseRole(tt.in)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("ParseRole error = %v, want %v", err, tt.wantErr)
			}
			if got != tt.want {
				t.Errorf("ParseRole = %v, want %v", got, tt.want)
			}
			if err != nil {
				if !errors.Is(err, ErrUnknownValue) {
					t.Errorf("error %v does not match ErrUnknownValue", err)
				}
				if msg := err.Error(); !strings.HasPrefix(msg, "pmroles: unknown role ") || len(msg) > 200 {
					t.Errorf("error message %q: want a short %q message", msg, "pmroles: unknown role")
				}
			}
		})
	}
}

func TestMustParseRolePanics(t *testing.T) {
	if got := MustParseRole("vp-of-product"); got != VPOfProduct {
		t.Errorf("MustParseRole = %v, want %v", got, VPOfProduct)
	}
	defer func() {
		if err, ok := recover().(error); !ok || !errors.Is(err, ErrUnknownRole) {
			t.Errorf("MustParseRole(bad) panicked with %v, want an ErrUnknownRole error", err)
		}
	}()
	MustParseRole("cto")
}

func TestParseLevelBareNumber(t *testing.T) {
	for l := range Levels() {
		got, err := ParseLevel(strings.TrimPrefix(l.String(), "L"))
		if err != nil || got != l {
			t.Errorf("ParseLevel(%q) = %v, %v; want %v", l.String()[1:], got, err, l)
		}
	}
	for _, s := range []string{"0", "17", "L0", "L17", "L99", "-1", "+3", "03", "L", " 3", "1e1"} {
		if _, err := ParseLevel(s); !errors.Is(err, ErrUnknownValue) {
			t.Errorf("ParseLevel(%q) error = %v, want ErrUnknownValue", s, err)
		}
	}
}

// textEnum is what every enumeration of the package implements.
type textEnum interface {
	~uint8
	String() string
	IsValid() bool
	MarshalText() ([]byte, error)
	AppendText([]byte) ([]byte, error)
}

// checkEnum tests the contract every enumeration shares: values 1..n in
// order, zero invalid, String/Parse/text marshalling round-trips, parsing
// ignores case, errors wrap ErrUnknownValue, nothing panics.
// An enumeration whose values past the iterator's are valid too gives
// the highest valid value as maxValid.
func checkEnum[T textEnum, PT interface {
	*T
	UnmarshalText([]byte) error
}](t *testing.T, typ string, all iter.Seq[T], parse func(string) (T, error), maxValid ...int) {
	t.Helper()
	values := slices.Collect(all)
	if len(values) == 0 {
		t.Fatalf("%s: iterator is empty", typ)
	}
	for i, v := range values {
		if int(v) != i+1 || !v.IsValid() {
			t.Errorf("%s: value %d of the iterator is %d (valid %v), want %d", typ, i, uint8(v), v.IsValid(), i+1)
		}
		for _, s := range []string{v.String(), strings.ToUpper(v.String())} {
			if got, err := parse(s); err != nil || got != v {
				t.Errorf("%s: parse(%q) = %v, %v; want %v", typ, s, got, err, v)
			}
		}
		text, err := v.MarshalText()
		if err != nil {
			t.Errorf("%s: MarshalText(%v): %v", typ, v, err)
		}
		var back T
		if err := PT(&back).UnmarshalText(text); err != nil || back != v {
			t.Errorf("%s: UnmarshalText(%q) = %v, %v; want %v", typ, text, back, err, v)
		}
		if got, err := v.AppendText([]byte("x=")); err != nil || string(got) != "x="+v.String() {
			t.Errorf("%s: AppendText = %q, %v", typ, got, err)
		}
	}
	// Stopping early must be honoured.
	n := 0
	for range all {
		n++
		break
	}
	if n != 1 {
		t.Errorf("%s: break after first value: iterated %d times", typ, n)
	}

	var zero T
	if zero.IsValid() {
		t.Errorf("%s: zero value is valid", typ)
	}
	if got, want := zero.String(), "%!"+typ+"(0)"; got != want {
		t.Errorf("%s: zero String() = %q, want %q", typ, got, want)
	}
	if _, err := zero.MarshalText(); err == nil || !strings.HasPrefix(err.Error(), "pmroles: ") {
		t.Errorf("%s: MarshalText of zero: error = %v, want a pmroles error", typ, err)
	}
	keep := values[0]
	if err := PT(&keep).UnmarshalText([]byte("no such value")); !errors.Is(err, ErrUnknownValue) || keep != values[0] {
		t.Errorf("%s: UnmarshalText(bad) = %v and changed value to %v", typ, err, keep)
	}

	rapid.Check(t, func(t *rapid.T) {
		v := T(rapid.Uint8().Draw(t, "v"))
		s := v.String()
		if v.IsValid() != (slices.Contains(values, v) || len(maxValid) > 0 && int(v) >= 1 && int(v) <= maxValid[0]) {
			t.Fatalf("%s(%d).IsValid() = %v, disagrees with the iterator", typ, uint8(v), v.IsValid())
		}
		if !slices.Contains(values, v) && s != "%!"+typ+"("+strconv.Itoa(int(v))+")" {
			t.Fatalf("%s(%d).String() = %q", typ, uint8(v), s)
		}
		in := rapid.OneOf(rapid.String(), rapid.SampledFrom(names(values))).Draw(t, "in")
		got, err := parse(in)
		switch {
		case err != nil:
			if !errors.Is(err, ErrUnknownValue) || !strings.HasPrefix(err.Error(), "pmroles: ") || got != zero {
				t.Fatalf("parse(%q) = %v, %v: want zero and a pmroles ErrUnknownValue error", in, got, err)
			}
		case !got.IsValid():
			t.Fatalf("parse(%q) = invalid %d without error", in, uint8(got))
		}
	})
}

func names[T fmt.Stringer](values []T) []string {
	var s []string
	for _, v := range values {
		s = append(s, v.String(), strings.ToUpper(v.String()), strings.ToLower(v.String()))
	}
	return s
}

func TestTrackEnum(t *testing.T)      { checkEnum(t, "Track", Tracks(), ParseTrack) }
func TestLevelEnum(t *testing.T)      { checkEnum(t, "Level", Levels(), ParseLevel) }
func TestDisciplineEnum(t *testing.T) { checkEnum(t, "Discipline", Disciplines(), ParseDiscipline) }

func TestRoleLevelsOnLadder(t *testing.T) {
	// Every valid role has a valid track, level and discipline; invalid
	// roles have none and do not panic.
	for r := range Roles() {
		if !r.Track().IsValid() || !r.Level().IsValid() || !r.Discipline().IsValid() || r.Title() == "" {
			t.Errorf("%v: track %v level %v discipline %v title %q", r, r.Track(), r.Level(), r.Discipline(), r.Title())
		}
	}
	for _, r := range []Role{{}, catRole(numRoles + 1).role(), companyRole("staff-product-manager")} {
		if r.Track() != 0 || r.Level() != 0 || r.Discipline() != 0 || r.Title() != "" || r.Scope() != 0 || r.IsCatalogue() {
			t.Errorf("%v has catalogue attributes", r)
		}
	}
}

// FuzzParseEnums feeds one input to every enumeration parser: none may
// panic, and whatever parses must print back to the same text, ignoring
// case.
func FuzzParseEnums(f *testing.F) {
	for r := range Roles() {
		f.Add(r.String())
	}
	f.Add("L3")
	f.Add("ic")
	f.Add("")
	f.Fuzz(func(t *testing.T, s string) {
		check := func(name string, str string, err error) {
			if err != nil {
				if !errors.Is(err, ErrUnknownValue) || !strings.HasPrefix(err.Error(), "pmroles: ") {
					t.Fatalf("%s(%q): bad error %v", name, s, err)
				}
				return
			}
			if !strings.EqualFold(str, s) && !(name == "ParseLevel" && "L"+s == str) {
				t.Fatalf("%s(%q) = %q", name, s, str)
			}
		}
		r, err := ParseRole(s)
		check("ParseRole", r.String(), err)
		tr, err := ParseTrack(s)
		check("ParseTrack", tr.String(), err)
		l, err := ParseLevel(s)
		check("ParseLevel", l.String(), err)
		d, err := ParseDiscipline(s)
		check("ParseDiscipline", d.String(), err)
		dec, err := ParseDecision(s)
		check("ParseDecision", dec.String(), err)
		dom, err := ParseDomain(s)
		check("ParseDomain", dom.String(), err)
		sc, err := ParseScope(s)
		check("ParseScope", sc.String(), err)
	})
}

var sinkRole Role

func BenchmarkParseRole(b *testing.B) {
	for _, tc := range []struct {
		name string
		form func(string) string
	}{
		{"canonical", func(s string) string { return s }},
		{"upper", strings.ToUpper},
	} {
		b.Run(tc.name, func(b *testing.B) {
			ids := make([]string, 256) // a power of two: rotate with a mask, not a division
			for i := range ids {
				ids[i] = tc.form(catRole(i%numRoles + 1).role().String())
			}
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				r, err := ParseRole(ids[i&255])
				if err != nil {
					b.Fatal(err)
				}
				sinkRole = r
				i++
			}
		})
	}
}

// A handleEnum is an enumeration whose values are handles, not
// integers: Role and Function.
type handleEnum interface {
	comparable
	fmt.Stringer
	IsValid() bool
	IsCatalogue() bool
	MarshalText() ([]byte, error)
	AppendText([]byte) ([]byte, error)
}

// checkHandle checks what checkEnum checks of the integer enumerations,
// for one whose values are handles: the catalogue in order, the zero value
// invalid, String, parse and text marshalling round trips, case-insensitive
// parsing, errors that wrap ErrUnknownValue; and a framework's own values
// (made by company) that compare by ID, print themselves, and do not parse
// without their framework.
func checkHandle[T handleEnum, PT interface {
	*T
	UnmarshalText([]byte) error
}](t *testing.T, typ string, all iter.Seq[T], n int, parse func(string) (T, error), company func(string) T) {
	t.Helper()
	values := slices.Collect(all)
	if len(values) != n {
		t.Fatalf("%s: the iterator yielded %d values, want %d", typ, len(values), n)
	}
	for i, v := range values {
		if !v.IsValid() || !v.IsCatalogue() || slices.Index(values, v) != i {
			t.Errorf("%s: value %d of the iterator is %v", typ, i, v)
		}
		for _, s := range []string{v.String(), strings.ToUpper(v.String())} {
			if got, err := parse(s); err != nil || got != v {
				t.Errorf("%s: parse(%q) = %v, %v; want %v", typ, s, got, err, v)
			}
		}
		text, err := v.MarshalText()
		var back T
		if err != nil || PT(&back).UnmarshalText(text) != nil || back != v {
			t.Errorf("%s: text round trip of %v: %q, %v, back %v", typ, v, text, err, back)
		}
		if got, err := v.AppendText([]byte("x=")); err != nil || string(got) != "x="+v.String() {
			t.Errorf("%s: AppendText = %q, %v", typ, got, err)
		}
	}
	count := 0
	for range all {
		count++
		break
	}
	if count != 1 {
		t.Errorf("%s: break after the first value: iterated %d times", typ, count)
	}
	var zero T
	if zero.IsValid() || zero.IsCatalogue() || zero.String() != "%!"+typ+"(0)" {
		t.Errorf("%s: zero value: valid %v, String %q", typ, zero.IsValid(), zero.String())
	}
	if _, err := zero.MarshalText(); err == nil || !strings.HasPrefix(err.Error(), "pmroles: ") {
		t.Errorf("%s: MarshalText of the zero value: error = %v, want a pmroles error", typ, err)
	}
	keep := values[0]
	if err := PT(&keep).UnmarshalText([]byte("company-thing")); !errors.Is(err, ErrUnknownValue) || keep != values[0] {
		t.Errorf("%s: UnmarshalText of a company ID = %v, and changed the value to %v", typ, err, keep)
	}
	// A framework's own values are their IDs: two handles made apart are ==.
	a, b := company("company-thing"), company(strings.Clone("company-thing"))
	if a != b || a == company("other-thing") || a.String() != "company-thing" || !a.IsValid() || a.IsCatalogue() {
		t.Errorf("%s: company values: %v == %v is %v", typ, a, b, a == b)
	}
	rapid.Check(t, func(t *rapid.T) {
		in := rapid.OneOf(rapid.String(), rapid.SampledFrom(names(values))).Draw(t, "in")
		got, err := parse(in)
		switch {
		case err != nil:
			if !errors.Is(err, ErrUnknownValue) || !strings.HasPrefix(err.Error(), "pmroles: ") || got != zero {
				t.Fatalf("parse(%q) = %v, %v: want zero and a pmroles ErrUnknownValue error", in, got, err)
			}
		case !got.IsCatalogue() || !strings.EqualFold(got.String(), in):
			t.Fatalf("parse(%q) = %v", in, got)
		}
	})
}

func TestRoleContract(t *testing.T) {
	checkHandle(t, "Role", Roles(), numRoles, ParseRole, companyRole)
	for i, r := range slices.Collect(Roles()) {
		if r.cat() != catRole(i+1) {
			t.Errorf("role %d of Roles() has catalogue number %d", i, r.cat())
		}
	}
	if !companyRole("x").Equal(companyRole("x")) || ProductManager.Equal(ProductOwner) {
		t.Error("Role.Equal disagrees with ==")
	}
}
