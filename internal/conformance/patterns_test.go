package conformance

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/pmroles/pmroles"
	"github.com/santhosh-tekuri/jsonschema/v6"
	"pgregory.net/rapid"
)

// Where the schema's grammar can say exactly what pmroles reads, the tests
// below check that the two agree both ways: a string passes the schema
// exactly when pmroles takes it.

// cellRunes are the characters that matter to a RACI cell: the letters in
// both cases, the slash and dash, white space as Go's unicode.IsSpace
// sees it (ASCII, U+0085, U+00A0, U+2028, U+3000) and characters that
// look like it but are not (U+200B, U+FEFF), and a stranger.
var cellRunes = []rune("RACISracis/- \t\n\v\u0085\u00a0\u2028\u3000\u200b\ufeffX")

// TestCellPattern checks that the schema's cell pattern accepts exactly
// what pmroles.ParseCell accepts, and its patterns of accountable and
// responsible cells exactly the cells that hold A and R: every string of
// up to three of cellRunes, then longer ones at random.
func TestCellPattern(t *testing.T) {
	s := schema(t)
	check := func(t tester, text string) bool {
		c, err := pmroles.ParseCell(text)
		for _, d := range []struct {
			def  string
			want bool
		}{
			{"cell", err == nil},
			{"accountableCell", err == nil && c.Has(pmroles.Accountable)},
			{"responsibleCell", err == nil && c.Has(pmroles.Responsible)},
		} {
			if got := s.defs[d.def].Validate(text); (got == nil) != d.want {
				t.Errorf("cell %q: ParseCell says %v, %v; the schema's %s says %v", text, c, err, d.def, got)
			}
		}
		return err == nil
	}
	valid, all := 0, 0
	var walk func(prefix []rune, n int)
	walk = func(prefix []rune, n int) {
		all++
		if check(t, string(prefix)) {
			valid++
		}
		if n == 0 {
			return
		}
		for _, r := range cellRunes {
			walk(append(prefix, r), n-1)
		}
	}
	walk(nil, 3)
	t.Logf("%d of %d strings of up to 3 characters are cells", valid, all)
	// Enough of each answer for the check to mean something.
	if valid < 1000 || all-valid < 1000 {
		t.Errorf("%d valid cells of %d strings: the alphabet no longer exercises both answers", valid, all)
	}
	rapid.Check(t, func(t *rapid.T) {
		s := string(rapid.SliceOfN(rapid.SampledFrom(cellRunes), 4, 10).Draw(t, "cell"))
		check(t, s)
	})
}

// idRunes are the characters that matter to an ID.
var idRunes = []rune("az09-_A. é")

// TestIDPattern checks that the schema's ID pattern and length accept
// exactly the IDs ParseFramework takes, here as a competency's ID.
func TestIDPattern(t *testing.T) {
	patternAgrees(t, "IDs", schema(t).defs["id"], func(t *rapid.T) string {
		if rapid.Bool().Draw(t, "long") {
			// About the 64-byte bound.
			s := strings.Repeat("a", rapid.IntRange(60, 70).Draw(t, "n"))
			if rapid.Bool().Draw(t, "dash") {
				s = s[:30] + "-" + s[31:]
			}
			return s
		}
		return string(rapid.SliceOfN(rapid.SampledFrom(idRunes), 0, 8).Draw(t, "id"))
	}, func(s string) (map[string]any, any) {
		return map[string]any{"competencies": []any{map[string]any{"id": s}}, "ladder": []any{}}, s
	})
}

// textRunes are the characters that matter to text: control characters at
// the edges of the C0 and C1 ranges and DEL, white space, and others.
var textRunes = []rune("a \t\x00\x1f\x7f\u0080\u009f\u00a0é\u2028\U0001F600")

// TestTextPattern checks that the schema's text pattern and length accept
// exactly the texts ParseFramework takes, here as the framework's name.
func TestTextPattern(t *testing.T) {
	patternAgrees(t, "names", schema(t).defs["text"], drawAbout(textRunes, 12, "n"), func(s string) (map[string]any, any) {
		return map[string]any{"name": s}, s
	})
}

// nameRunes are the characters that matter to an activity's name: control
// characters at the edges of the C0 and C1 ranges and DEL, Unicode white
// space (U+0085 is both), characters that look like it but are not
// (U+FEFF, U+200B), and others.
var nameRunes = []rune("Pa \t\x00\x1f\x7f\u0080\u0085\u009f\u00a0\u2003\u2028\u3000\ufeff\u200bé")

// TestActivityNamePattern checks that the schema accepts exactly the RACI
// activity names ParseFramework takes.
func TestActivityNamePattern(t *testing.T) {
	patternAgrees(t, "activity names", schema(t).defs["activity"], drawAbout(nameRunes, 8, "a"), func(name string) (map[string]any, any) {
		a := map[string]any{"name": name, "cells": map[string]any{"product-manager": "A/R"}}
		return map[string]any{"raci": map[string]any{"parties": []any{"product-manager"}, "activities": []any{a}}}, a
	})
}

// drawAbout draws a string of up to max of runes, or one of 250 to 260
// repetitions of long, about the 256-byte bound of texts.
func drawAbout(runes []rune, max int, long string) func(*rapid.T) string {
	return func(t *rapid.T) string {
		if rapid.Bool().Draw(t, "long") {
			return strings.Repeat(long, rapid.IntRange(250, 260).Draw(t, "n"))
		}
		return string(rapid.SliceOfN(rapid.SampledFrom(runes), 0, max).Draw(t, "text"))
	}
}

// patternAgrees checks, on strings drawn by draw, that ParseFramework
// takes a valid document with the members place(s) gives exactly when
// the schema definition def accepts the value place(s) gives with them;
// and that both answers come up.
func patternAgrees(t *testing.T, what string, def *jsonschema.Schema, draw func(*rapid.T) string, place func(string) (members map[string]any, value any)) {
	t.Helper()
	var n tally
	rapid.Check(t, func(t *rapid.T) {
		s := draw(t)
		members, value := place(s)
		_, err := pmroles.ParseFramework(document(t, members))
		schemaErr := def.Validate(decode(t, encode(t, value)))
		if (err == nil) != (schemaErr == nil) {
			t.Fatalf("%q: ParseFramework says %v, the schema %v", s, err, schemaErr)
		}
		n.count(err == nil)
	})
	n.need(t, what)
}

// A tally counts the answers of a property that checks two answers agree.
type tally struct{ yes, no int }

func (n *tally) count(yes bool) {
	if yes {
		n.yes++
	} else {
		n.no++
	}
}

// need fails t unless both answers came up in at least a tenth of the
// cases: a property that always hears one answer tests half of itself.
func (n *tally) need(t *testing.T, what string) {
	t.Helper()
	t.Logf("%s: %d taken, %d refused", what, n.yes, n.no)
	if total := n.yes + n.no; min(n.yes, n.no)*10 < total {
		t.Errorf("%s: %d taken and %d refused: the generator no longer exercises both answers", what, n.yes, n.no)
	}
}

// document returns a valid document of one role with the given members
// added.
func document(t tester, members map[string]any) []byte {
	t.Helper()
	doc := map[string]any{"version": "pmroles/v1", "roles": []any{map[string]any{"id": "product-manager"}}}
	for k, v := range members {
		doc[k] = v
	}
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
