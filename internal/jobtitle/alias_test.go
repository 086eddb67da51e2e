package jobtitle

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"pgregory.net/rapid"
)

// A company role is opaque: an alias passes it through, with modifiers
// kept as modifiers, and no catalogue rewriting ("Senior" never selects
// another role).
func TestAliasCompanyRole(t *testing.T) {
	const staff Role = 40
	a, problems := BuildAliases([]AliasEntry{{"Staff PM", staff}, {"Staff Product Owner", staff + 1}})
	if problems != nil {
		t.Fatal(problems)
	}
	for _, tc := range []struct {
		in   string
		want Title
	}{
		{"Staff PM", Title{Role: staff, Confidence: ConfidenceAlias}},
		{"Senior Staff PM II, Search", Title{Role: staff, Seniority: SenioritySenior, Grade: 2, Area: "Search", Confidence: ConfidenceAlias}},
		{"Acting Technical Staff Product Manager", Title{Role: staff, Specialty: SpecialtyTechnical, Interim: true, Confidence: ConfidenceAlias}},
		{"Staff PM, Senior", Title{Role: staff, Seniority: SenioritySenior, Confidence: ConfidenceInferred}},
		{"Associate Staff Product Owner", Title{Role: staff + 1, Seniority: SeniorityAssociate, Confidence: ConfidenceAlias}},
		{"Retail Staff Product Owner", Title{Role: staff + 1, Qualifier: "Retail", Confidence: ConfidenceInferred}},
	} {
		got, ref := ParseWith(tc.in, &a)
		if ref.Reason != 0 {
			t.Errorf("ParseWith(%q): %+v", tc.in, ref)
			continue
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("ParseWith(%q) mismatch (-want +got):\n%s", tc.in, diff)
		}
		if got.Role.Title() != "" {
			t.Errorf("company role %d has the title %q", got.Role, got.Role.Title())
		}
	}
}

func TestBuildAliases(t *testing.T) {
	a, problems := BuildAliases([]AliasEntry{
		{"Staff PM", PrincipalProductManager},
		{"", ProductManager},
		{"staff product manager", PrincipalProductManager}, // the same alias again
		{"Senior Director of Product", HeadOfProduct},
		{"Sr. Director, Product Management", VPOfProduct}, // the same key, another role
		{"Lead PM, Payments", SeniorProductManager},
		{"Lead\x00PM", SeniorProductManager},
		{"Produktmanager", ProductManager},
		{"Director", DirectorOfProduct},
	})
	want := []AliasProblem{
		{Index: 1, Title: "", Reason: "empty title"},
		{Index: 4, Title: "Sr. Director, Product Management", Reason: "alias already maps", Taken: "Senior Director of Product", Role: HeadOfProduct},
		{Index: 5, Title: "Lead PM, Payments", Reason: "an alias is a role alone; it has an area"},
		{Index: 6, Title: "Lead\x00PM", Reason: "an alias must not hold a NUL byte"},
	}
	if diff := cmp.Diff(want, problems); diff != "" {
		t.Errorf("problems mismatch (-want +got):\n%s", diff)
	}
	if all, packed := a.Len(); all != 4 || packed != 3 {
		t.Errorf("Len() = %d, %d; want 4 aliases, 3 packed", all, packed)
	}
	var titles []string
	for title := range a.All {
		titles = append(titles, title)
	}
	// Sorted by key: "director", "produktmanager", "senior product
	// director", "staff product manager".
	if diff := cmp.Diff([]string{"Director", "Produktmanager", "Senior Director of Product", "Staff PM"}, titles); diff != "" {
		t.Errorf("All() mismatch (-want +got):\n%s", diff)
	}
}

func TestAliasText(t *testing.T) {
	for _, tc := range []struct{ in, reason string }{
		{"Staff PM", ""},
		{"Staff\tPM", ""},
		{"Staff PM\n", "an alias must not hold control or invisible characters"},
		{"Staff \x1b[31mPM", "an alias must not hold an escape sequence"},
		{"Staff\x00PM", "an alias must not hold a NUL byte"},
		{"Staff \xffPM", "an alias must be valid UTF-8"},
		{"Staff \u200bPM", "an alias must not hold control or invisible characters"},
		{"Staff \u202ePM", "an alias must not hold control or invisible characters"},
		{"Staff \u0085PM", "an alias must not hold control or invisible characters"},
		{"Of", `an alias needs a word other than "of" and "interim"`},
		{"Acting", `an alias needs a word other than "of" and "interim"`},
		{"Staff PM 2", "an alias cannot end in a grade; grades are read apart"},
	} {
		_, reason := aliasKeyOf(tc.in)
		if reason != tc.reason {
			t.Errorf("aliasKeyOf(%q) = %q, want %q", tc.in, reason, tc.reason)
		}
	}
}

// Of many entries with one key, the first wins, whatever the sort does
// with equal keys.
func TestBuildAliasesFirstWins(t *testing.T) {
	// Other aliases, in reverse order, between the spellings of one make
	// the sort move entries about.
	spellings := []string{"Staff PM", "staff product manager", "STAFF PM", "Staff  Product  Mgr", "staff-pm"}
	var entries []AliasEntry
	for i := range 400 {
		if i%2 == 1 {
			entries = append(entries, AliasEntry{fmt.Sprintf("Zone %c%c Lead", 'z'-i/26%26, 'z'-i%26), ProductManager})
			continue
		}
		entries = append(entries, AliasEntry{spellings[i/2%len(spellings)], Role(1 + i/2%3)})
	}
	a, problems := BuildAliases(entries)
	if all, _ := a.Len(); all != 201 {
		t.Fatalf("%d aliases, want 201", all)
	}
	for title, r := range a.All {
		if strings.EqualFold(strings.Fields(title)[0], "staff") && (title != "Staff PM" || r != 1) {
			t.Errorf("alias %q for %d; want the first entry, %q for 1", title, r, "Staff PM")
		}
	}
	for _, p := range problems {
		if p.Taken != "Staff PM" || p.Role != 1 || entries[p.Index].Role == 1 {
			t.Errorf("problem %+v: want a conflict with the first entry only", p)
		}
	}
	if want := 200 - 67; len(problems) != want {
		t.Errorf("%d problems, want %d: one per entry for another role", len(problems), want)
	}
}

// aliasWordGen draws the words of an alias: vocabulary words, which make
// packed aliases, and others.
func aliasWordGen() *rapid.Generator[string] {
	var toks []string
	for _, e := range vocabulary {
		if isLetter(e.token[0]) {
			toks = append(toks, e.token)
		}
	}
	return rapid.OneOf(rapid.SampledFrom(toks), rapid.StringMatching(`[a-z]{2,6}`).Filter(func(s string) bool { return parseGrade(s) == 0 }))
}

// Building aliases at once gives what adding them one by one gives: the
// same aliases, and the same first-come answer to conflicts.
func TestBuildAliasesMatchesAdd(t *testing.T) {
	word := aliasWordGen()
	rapid.Check(t, func(t *rapid.T) {
		entries := rapid.SliceOfN(rapid.Custom(func(t *rapid.T) AliasEntry {
			words := rapid.SliceOfN(word, 1, 3).Draw(t, "words")
			return AliasEntry{strings.Join(words, " "), Role(rapid.IntRange(1, 3).Draw(t, "role"))}
		}), 0, 12).Draw(t, "entries")
		built, problems := BuildAliases(entries)
		var added Aliases
		var failed []int
		for i, e := range entries {
			var err *AddError
			if added, err = added.Add(e.Title, e.Role); err != nil {
				failed = append(failed, i)
			}
		}
		var got []int
		for _, p := range problems {
			got = append(got, p.Index)
		}
		if !slices.Equal(failed, got) {
			t.Fatalf("Add refused %v, BuildAliases %v", failed, got)
		}
		if diff := cmp.Diff(added, built, cmp.AllowUnexported(Aliases{}, titleAlias{}, packedAlias{}), cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("aliases mismatch (-added +built):\n%s", diff)
		}
	})
}

// BuildAliases sorts once: 16,000 aliases take milliseconds where adding
// them one by one copies the table each time.
func BenchmarkBuildAliases(b *testing.B) {
	for _, n := range []int{1_000, 16_000} {
		entries := make([]AliasEntry, n)
		for i := range entries {
			entries[i] = AliasEntry{fmt.Sprintf("Grade %c%c%c Product Lead", 'a'+i%26, 'a'+i/26%26, 'a'+i/676%26), ProductManager}
		}
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, problems := BuildAliases(entries); problems != nil {
					b.Fatal(problems)
				}
			}
		})
	}
}

func BenchmarkParseWithAliases(b *testing.B) {
	entries := make([]AliasEntry, 16_000)
	for i := range entries {
		entries[i] = AliasEntry{fmt.Sprintf("Grade %c%c%c Product Lead", 'a'+i%26, 'a'+i/26%26, 'a'+i/676%26), ProductManager}
	}
	a, _ := BuildAliases(entries)
	titles := []string{"Grade abc Product Lead", "Senior Grade xyz Product Lead, Search", "Sr. PM", "Warehouse Associate"}
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range titles {
			ParseWith(s, &a)
		}
	}
}
