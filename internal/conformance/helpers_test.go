package conformance

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/pmroles/pmroles"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

// schemaID is the $id of the schema, under which the tests compile it.
const schemaID = "https://github.com/pmroles/pmroles/schema/pmroles-v1.schema.json"

// schemaFile is the schema as internal/schema holds it.
const schemaFile = "../schema/pmroles-v1.schema.json"

// compiled holds the schema compiled once, with the definitions the
// pattern tests validate against on their own.
type compiled struct {
	doc  *jsonschema.Schema
	defs map[string]*jsonschema.Schema // by name under $defs
}

var compileOnce = sync.OnceValues(func() (*compiled, error) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(pmroles.Schema()))
	if err != nil {
		return nil, fmt.Errorf("reading the schema: %w", err)
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	if err := c.AddResource(schemaID, doc); err != nil {
		return nil, err
	}
	out := &compiled{defs: map[string]*jsonschema.Schema{}}
	if out.doc, err = c.Compile(schemaID); err != nil {
		return nil, err
	}
	for _, name := range []string{"id", "text", "cell", "accountableCell", "responsibleCell", "activity"} {
		if out.defs[name], err = c.Compile(schemaID + "#/$defs/" + name); err != nil {
			return nil, err
		}
	}
	return out, nil
})

// schema returns the compiled schema, failing t if it does not compile.
func schema(t tester) *compiled {
	t.Helper()
	s, err := compileOnce()
	if err != nil {
		t.Fatalf("the schema does not compile: %v", err)
	}
	return s
}

// decode reads a JSON document as the schema validator sees it: numbers
// as json.Number, the last of duplicate keys.
func decode(t tester, data []byte) any {
	t.Helper()
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("not JSON: %v\n%s", err, data)
	}
	return v
}

// encode writes a decoded document back as JSON.
func encode(t tester, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("encoding %v: %v", v, err)
	}
	return b
}

// verdict is what the schema and ParseFramework say of one document.
type verdict struct {
	schemaErr *jsonschema.ValidationError // nil: the schema accepts
	parseErr  error                       // nil: ParseFramework accepts
	framework *pmroles.Framework
}

// judge validates data against the schema and parses it with
// ParseFramework. An error of ParseFramework that does not wrap
// ErrInvalidFramework fails t: every refusal must.
func judge(t tester, data []byte) verdict {
	t.Helper()
	var v verdict
	if err := schema(t).doc.Validate(decode(t, data)); err != nil {
		if !errors.As(err, &v.schemaErr) {
			t.Fatalf("the validator failed: %v", err)
		}
	}
	v.framework, v.parseErr = pmroles.ParseFramework(data)
	if v.parseErr != nil && !errors.Is(v.parseErr, pmroles.ErrInvalidFramework) {
		t.Fatalf("ParseFramework's error does not wrap ErrInvalidFramework: %v", v.parseErr)
	}
	return v
}

// leaves returns the instance locations of the innermost errors of e, as
// JSON Pointers: where the schema found the document at fault.
func leaves(e *jsonschema.ValidationError) []string {
	if len(e.Causes) == 0 {
		return []string{pointer(e.InstanceLocation)}
	}
	var out []string
	for _, c := range e.Causes {
		out = append(out, leaves(c)...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// problemPointers returns the JSON Pointers of the problems
// ParseFramework reported.
func problemPointers(err error) []string {
	var out []string
	var l *pmroles.ProblemList
	if errors.As(err, &l) {
		for _, p := range l.Problems {
			var fe *pmroles.FrameworkError
			if errors.As(p, &fe) {
				out = append(out, fe.Pointer)
			}
		}
	}
	return out
}

// pointer writes reference tokens as an RFC 6901 JSON Pointer.
func pointer(tokens []string) string {
	var b strings.Builder
	for _, tok := range tokens {
		b.WriteByte('/')
		b.WriteString(strings.NewReplacer("~", "~0", "/", "~1").Replace(tok))
	}
	return b.String()
}

// related reports whether one of two JSON Pointers locates a value inside
// the other, or the same value.
func related(a, b string) bool {
	inside := func(p, q string) bool { return p == q || strings.HasPrefix(p, q+"/") || q == "" }
	return inside(a, b) || inside(b, a)
}

// validDocuments returns the documents that must validate and load: the
// shipped profiles and the JSON test documents, by path.
func validDocuments(t tester) map[string][]byte {
	t.Helper()
	var paths []string
	for _, glob := range []string{"../profiles/*.json", "../../testdata/framework/*.json"} {
		m, err := filepath.Glob(glob)
		if err != nil {
			t.Fatal(err)
		}
		paths = append(paths, m...)
	}
	docs := map[string][]byte{}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		docs[p] = b
	}
	// A test that finds nothing to check must not pass.
	for _, want := range []string{"../profiles/default.json", "../profiles/scaleup.json",
		"../profiles/startup.json", "../../testdata/framework/acme.json"} {
		if docs[want] == nil {
			t.Fatalf("%s is missing", want)
		}
	}
	return docs
}

// An op changes one value of a decoded document.
type op struct {
	kind  opKind
	path  []string // the value changed, or the object a member is added to
	name  string   // the member added
	value any      // the value set or added
}

type opKind uint8

const (
	opSet    opKind = iota // replace the value at path
	opDrop                 // delete the member at path
	opAdd                  // add member name, with value, to the object at path
	opRepeat               // append a copy of the array element at path to its array
)

func (o op) String() string {
	switch o.kind {
	case opDrop:
		return "drop " + pointer(o.path)
	case opAdd:
		return fmt.Sprintf("add %s = %s", pointer(append(slices.Clone(o.path), o.name)), show(o.value))
	case opRepeat:
		return "repeat " + pointer(o.path)
	}
	return fmt.Sprintf("set %s = %s", pointer(o.path), show(o.value))
}

// at is the JSON Pointer of the value o leaves at fault.
func (o op) at() string {
	switch o.kind {
	case opDrop:
		return pointer(o.path[:len(o.path)-1])
	case opAdd:
		return pointer(append(slices.Clone(o.path), o.name))
	}
	return pointer(o.path)
}

func show(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	if len(b) > 60 {
		return string(b[:57]) + "..."
	}
	return string(b)
}

// apply returns a copy of doc changed by o; doc is not modified.
func apply(doc any, o op) (any, error) {
	doc = clone(doc)
	if o.kind == opSet && len(o.path) == 0 {
		return clone(o.value), nil
	}
	target := o.path
	if o.kind != opAdd {
		target = o.path[:len(o.path)-1]
	}
	parent, err := lookup(doc, target)
	if err != nil {
		return nil, err
	}
	last := ""
	if len(o.path) > 0 {
		last = o.path[len(o.path)-1]
	}
	switch p := parent.(type) {
	case map[string]any:
		switch o.kind {
		case opSet:
			p[last] = clone(o.value)
		case opDrop:
			delete(p, last)
		case opAdd:
			if _, taken := p[o.name]; taken {
				return nil, fmt.Errorf("%s: member %q exists", o, o.name)
			}
			p[o.name] = clone(o.value)
		default:
			return nil, fmt.Errorf("%s: not an array element", o)
		}
		return doc, nil
	case []any:
		i, err := strconv.Atoi(last)
		if err != nil || i < 0 || i >= len(p) {
			return nil, fmt.Errorf("%s: no element %q", o, last)
		}
		switch o.kind {
		case opSet:
			p[i] = clone(o.value)
		case opRepeat:
			arr := append(p, clone(p[i]))
			// The array grew: store it in its own parent.
			return apply(doc, op{kind: opSet, path: target, value: arr})
		default:
			return nil, fmt.Errorf("%s: not an object member", o)
		}
		return doc, nil
	}
	return nil, fmt.Errorf("%s: %s is not an object or array", o, pointer(target))
}

func lookup(v any, path []string) (any, error) {
	for k, tok := range path {
		switch c := v.(type) {
		case map[string]any:
			m, ok := c[tok]
			if !ok {
				return nil, fmt.Errorf("no member %s", pointer(path[:k+1]))
			}
			v = m
		case []any:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(c) {
				return nil, fmt.Errorf("no element %s", pointer(path[:k+1]))
			}
			v = c[i]
		default:
			return nil, fmt.Errorf("%s is a scalar", pointer(path[:k]))
		}
	}
	return v, nil
}

func clone(v any) any {
	switch c := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(c))
		for k, e := range c {
			out[k] = clone(e)
		}
		return out
	case []any:
		out := make([]any, len(c))
		for i, e := range c {
			out[i] = clone(e)
		}
		return out
	}
	return v
}

// A node is one value of a decoded document, with its path.
type node struct {
	path  []string
	value any
}

// nodes lists every value of doc, the document itself first, then in
// depth-first order, an object's members sorted by name.
func nodes(doc any) []node {
	var out []node
	var walk func(path []string, v any)
	walk = func(path []string, v any) {
		out = append(out, node{slices.Clip(path), v})
		switch c := v.(type) {
		case map[string]any:
			names := make([]string, 0, len(c))
			for k := range c {
				names = append(names, k)
			}
			slices.Sort(names)
			for _, k := range names {
				walk(append(slices.Clip(path), k), c[k])
			}
		case []any:
			for i, e := range c {
				walk(append(slices.Clip(path), strconv.Itoa(i)), e)
			}
		}
	}
	walk(nil, doc)
	return out
}

// jsonType names the JSON type of a decoded value.
func jsonType(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case bool:
		return "boolean"
	case json.Number:
		return "number"
	case string:
		return "string"
	case []any:
		return "array"
	case map[string]any:
		return "object"
	}
	panic(fmt.Sprintf("not a decoded JSON value: %T", v))
}

// oneOfEachType holds a value of each JSON type, to replace a value by
// one of another type.
var oneOfEachType = []any{nil, true, json.Number("1"), "x", []any{}, map[string]any{}}

// tester is what the helpers need of a *testing.T or a *rapid.T.
type tester interface {
	Helper()
	Errorf(format string, args ...any)
	Fatalf(format string, args ...any)
	Fatal(args ...any)
	Logf(format string, args ...any)
}
