package conformance

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/pmroles/pmroles"
	"pgregory.net/rapid"
)

// The mutation tests change valid documents and check the one promise the
// schema makes: what it rejects, ParseFramework rejects. The converse need
// not hold (see TestSchemaCannotSee).

// outcomes counts what the schema and ParseFramework said of mutants.
type outcomes struct {
	total, schemaRejected, parseRejected int
}

func (o *outcomes) add(v verdict) {
	o.total++
	if v.schemaErr != nil {
		o.schemaRejected++
	}
	if v.parseErr != nil {
		o.parseRejected++
	}
}

// need logs the figures and fails t if the schema rejected less than
// share of the mutants: a premise that rarely holds tests little.
func (o *outcomes) need(t *testing.T, share float64) {
	t.Helper()
	t.Logf("%d mutants: the schema rejected %d (%.0f%%), ParseFramework %d (%.0f%%)",
		o.total, o.schemaRejected, 100*float64(o.schemaRejected)/float64(o.total),
		o.parseRejected, 100*float64(o.parseRejected)/float64(o.total))
	if float64(o.schemaRejected) < share*float64(o.total) {
		t.Errorf("the schema rejected %d of %d mutants, less than %.0f%%", o.schemaRejected, o.total, 100*share)
	}
}

// checkMutant judges doc changed by m: if the schema rejects it,
// ParseFramework must too.
func checkMutant(t tester, name string, doc any, m op, o *outcomes) {
	t.Helper()
	mutant, err := apply(doc, m)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	v := judge(t, encode(t, mutant))
	o.add(v)
	if v.schemaErr != nil && v.parseErr == nil && !lenient(doc, m) {
		t.Errorf("%s, %s: the schema rejects it, ParseFramework accepts it; the schema says:\n%v", name, m, v.schemaErr)
	}
}

// lenient reports whether m, applied to doc, makes one of the documents
// that ParseFramework reads although the schema refuses them (see
// TestLenientSpellings) that a single change can make: "" for a role's
// canonical role or track.
func lenient(doc any, m op) bool {
	switch {
	case (m.kind == opSet || m.kind == opAdd) && m.value == "":
		p := m.path
		if m.kind == opAdd {
			p = append(slices.Clone(p), m.name)
		}
		return len(p) == 3 && p[0] == "roles" && (p[2] == "canonical" || p[2] == "track")
	}
	return false
}

// singleMutations lists every change of one kind the tests make to one
// value of doc: drop each member, add an unknown member to each object,
// give each value a value of every other JSON type, repeat each array
// element.
func singleMutations(doc any) []op {
	var ops []op
	for _, n := range nodes(doc) {
		if len(n.path) > 0 {
			parent, _ := lookup(doc, n.path[:len(n.path)-1])
			switch parent.(type) {
			case map[string]any:
				ops = append(ops, op{kind: opDrop, path: n.path})
			case []any:
				ops = append(ops, op{kind: opRepeat, path: n.path})
			}
		}
		if _, ok := n.value.(map[string]any); ok {
			ops = append(ops, op{kind: opAdd, path: n.path, name: "unknown", value: "x"})
		}
		for _, v := range oneOfEachType {
			if jsonType(v) != jsonType(n.value) {
				ops = append(ops, op{kind: opSet, path: n.path, value: v})
			}
		}
	}
	return ops
}

// TestEverySingleMutation makes every single mutation of the Acme
// document and of small.
func TestEverySingleMutation(t *testing.T) {
	acme := validDocuments(t)["../../testdata/framework/acme.json"]
	for name, data := range map[string][]byte{"acme.json": acme, "small": []byte(small)} {
		t.Run(name, func(t *testing.T) {
			doc := decode(t, data)
			var o outcomes
			for _, m := range singleMutations(doc) {
				checkMutant(t, name, doc, m, &o)
			}
			o.need(t, 0.6)
		})
	}
}

// Values the random mutations write.
var (
	mutantNumbers = []string{"-1", "0", "1", "1.5", "2", "16", "17", "64", "65", "-0.5", "0.1", "1e3",
		"2147483648", "9223372036854775808"}
	mutantNames = []string{"unknown", "x", "$schema", "comment", "id", "title", "level", "Title", "grants",
		"inherit", "limit", "requirements", "scope", "decision", "cells"}
)

// vocabulary returns the words of pmroles' closed vocabularies and other
// strings a document holds, for a mutant to put where another belongs.
func vocabulary() []string {
	words := []string{"", "A", "R", "A/R", "r/a", "C", "-", "X", "A/C", "USD", "usd", "US",
		"ic", "management", "pmroles/v1", "pmroles/v2", "legal", "Group", "Stage", "experimentation"}
	for r := range pmroles.Roles() {
		words = append(words, r.String())
	}
	for d := range pmroles.Decisions() {
		words = append(words, d.String())
	}
	for s := range pmroles.Scopes() {
		words = append(words, s.String())
	}
	for k := range pmroles.TransitionKinds() {
		words = append(words, k.String())
	}
	return words
}

// TestMutationProperty changes one value of a shipped or test document at
// random: drops a member, adds an unknown one, gives a value another type,
// puts a string where an enumeration's word or an ID belongs, puts a
// number out of range, or repeats an array element.
func TestMutationProperty(t *testing.T) {
	bases := map[string]any{"small": decode(t, []byte(small))}
	for path, data := range validDocuments(t) {
		bases[path] = decode(t, data)
	}
	names := slices.Sorted(func(yield func(string) bool) {
		for k := range bases {
			if !yield(k) {
				return
			}
		}
	})
	all := map[string][]node{}
	for name, doc := range bases {
		all[name] = nodes(doc)
	}
	words := vocabulary()
	stringGen := rapid.OneOf(
		rapid.SampledFrom(words),
		rapid.StringMatching(`[a-z]{1,8}(-[a-z0-9]{1,8})?`),
		rapid.String(),
		rapid.Just(strings.Repeat("w", 300)),
	)
	var o outcomes
	rapid.Check(t, func(t *rapid.T) {
		name := rapid.SampledFrom(names).Draw(t, "document")
		doc := bases[name]
		pick := func(label string, keep func(node) bool) (node, bool) {
			var eligible []node
			for _, n := range all[name] {
				if keep(n) {
					eligible = append(eligible, n)
				}
			}
			if len(eligible) == 0 {
				return node{}, false
			}
			return rapid.SampledFrom(eligible).Draw(t, label), true
		}
		isMember := func(kind string) func(node) bool {
			return func(n node) bool {
				if len(n.path) == 0 {
					return false
				}
				parent, _ := lookup(doc, n.path[:len(n.path)-1])
				_, object := parent.(map[string]any)
				return object == (kind == "member")
			}
		}
		var m op
		switch kind := rapid.SampledFrom([]string{"drop", "add", "type", "string", "number", "repeat"}).Draw(t, "kind"); kind {
		case "drop":
			n, _ := pick("member", isMember("member"))
			m = op{kind: opDrop, path: n.path}
		case "add":
			n, _ := pick("object", func(n node) bool { _, ok := n.value.(map[string]any); return ok })
			obj := n.value.(map[string]any)
			free := slices.DeleteFunc(slices.Clone(mutantNames), func(s string) bool { _, taken := obj[s]; return taken })
			m = op{kind: opAdd, path: n.path, name: rapid.SampledFrom(free).Draw(t, "name"),
				value: rapid.SampledFrom(oneOfEachType).Draw(t, "value")}
		case "type":
			n, _ := pick("value", func(node) bool { return true })
			others := slices.DeleteFunc(slices.Clone(oneOfEachType), func(v any) bool { return jsonType(v) == jsonType(n.value) })
			m = op{kind: opSet, path: n.path, value: rapid.SampledFrom(others).Draw(t, "value")}
		case "string":
			n, _ := pick("string", func(n node) bool { _, ok := n.value.(string); return ok })
			m = op{kind: opSet, path: n.path, value: stringGen.Draw(t, "value")}
		case "number":
			n, ok := pick("number", func(n node) bool { _, ok := n.value.(json.Number); return ok })
			if !ok {
				t.Skip("no number")
			}
			m = op{kind: opSet, path: n.path, value: json.Number(rapid.SampledFrom(mutantNumbers).Draw(t, "value"))}
		case "repeat":
			n, _ := pick("element", isMember("element"))
			m = op{kind: opRepeat, path: n.path}
		}
		checkMutant(t, name, doc, m, &o)
	})
	o.need(t, 0.5)
}
