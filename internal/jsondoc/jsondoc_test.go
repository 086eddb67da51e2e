package jsondoc

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// toAny converts a tree to what encoding/json decodes into an any, the
// last of duplicate keys winning as there, so the two can be compared.
func toAny(v Value) any {
	switch v.Kind {
	case Null:
		return nil
	case Bool:
		return v.Bool
	case Number:
		x, _ := strconv.ParseFloat(v.Text, 64)
		return x
	case String:
		return v.Text
	case Array:
		out := make([]any, len(v.Elems))
		for i, e := range v.Elems {
			out[i] = toAny(e)
		}
		return out
	}
	out := map[string]any{}
	for _, m := range v.Members {
		out[m.Name] = toAny(m.Value)
	}
	return out
}

func TestParse(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want any
	}{
		{"object", `{"a": [1, 2.5, -3e2], "b": {"c": null, "d": true, "e": false}}`,
			map[string]any{"a": []any{1.0, 2.5, -300.0}, "b": map[string]any{"c": nil, "d": true, "e": false}}},
		{"escapes", `"a\"b\\c\/d\n\t\u00e9\ud83d\ude00"`, "a\"b\\c/d\n\té😀"},
		{"a lone surrogate", `"\ud83d"`, "\ufffd"},
		{"a lone surrogate before another escape", `"\ud800\u0000"`, "\ufffd\x00"},
		{"a lone surrogate before a pair", `"\ud800\ud83d\ude00"`, "\ufffd😀"},
		{"a low surrogate first", `"\ude00\ud83d"`, "\ufffd\ufffd"},
		{"byte-order mark and spaces", "\ufeff \r\n [ ] ", []any{}},
		{"empty object", `{}`, map[string]any{}},
		{"UTF-8", `"Zoë Ørsted"`, "Zoë Ørsted"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, dups, err := Parse([]byte(tt.in))
			if err != nil || len(dups) != 0 {
				t.Fatalf("Parse = %v, %v", dups, err)
			}
			if diff := cmp.Diff(tt.want, toAny(v)); diff != "" {
				t.Errorf("Parse mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		in  string
		off int // where the error is
	}{
		{``, 0},
		{`{"a": 1,}`, 8},
		{`{"a" 1}`, 5},
		{`[1 2]`, 3},
		{`[1,`, 3},
		{`"abc`, 4},
		{"\"a\x01b\"", 2},
		{"\"a\xffb\"", 2},
		{`"\x"`, 1},
		{`"\u12"`, 3},
		{`01`, 1},
		{`1.`, 2},
		{`1e`, 2},
		{`-`, 1},
		{`tru`, 0},
		{`nul`, 0},
		{`{} {}`, 3},
		{`{1: 2}`, 1},
		{strings.Repeat("[", MaxDepth+1), MaxDepth},
	}
	for _, tt := range tests {
		_, _, err := Parse([]byte(tt.in))
		if err == nil || err.Off != tt.off {
			t.Errorf("Parse(%q) error = %v, want one at byte %d", tt.in, err, tt.off)
		}
		// Parse is stricter than encoding/json in two ways only: it
		// refuses invalid UTF-8 (RFC 8259 requires UTF-8), and nesting
		// past MaxDepth.
		if json.Valid([]byte(tt.in)) && utf8.ValidString(tt.in) && !strings.HasPrefix(tt.in, "[[") {
			t.Errorf("encoding/json finds %q valid", tt.in)
		}
	}
	if _, _, err := Parse([]byte(strings.Repeat("[", MaxDepth) + strings.Repeat("]", MaxDepth))); err != nil {
		t.Errorf("nesting at the limit: %v", err)
	}
}

func TestDuplicates(t *testing.T) {
	in := `{"a": 1, "b": [{"x": 1, "x": 2}], "a": 3, "c/~": {"d": 0, "d": 1}}`
	// Past eight members, duplicates are found by map.
	in2 := `{"k0":0,"k1":0,"k2":0,"k3":0,"k4":0,"k5":0,"k6":0,"k7":0,"k8":0,"k9":0,"k3":1}`
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{in, []string{"/b/0/x", "/a", "/c~1~0/d"}},
		{in2, []string{"/k3"}},
	} {
		_, dups, err := Parse([]byte(tt.in))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, d := range dups {
			got = append(got, d.Pointer)
			if tt.in[d.Off] < '0' || tt.in[d.Off] > '9' {
				t.Errorf("duplicate %s has offset %d, not its value's", d.Pointer, d.Off)
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("duplicates mismatch (-want +got):\n%s", diff)
		}
	}
}

func TestPointer(t *testing.T) {
	for _, tt := range []struct {
		tokens []string
		want   string
	}{
		{nil, ""},
		{[]string{"roles", "3", "canonical"}, "/roles/3/canonical"},
		{[]string{"a/b", "m~n"}, "/a~1b/m~0n"},
	} {
		if got := Pointer(tt.tokens...); got != tt.want {
			t.Errorf("Pointer(%q) = %q, want %q", tt.tokens, got, tt.want)
		}
	}
	if got := Unescape("a~1b~0c"); got != "a/b~c" {
		t.Errorf("Unescape = %q", got)
	}
}

// FuzzParse: Parse accepts exactly what encoding/json accepts, but for
// invalid UTF-8, nesting past the limit and a leading byte-order mark,
// which Parse skips, and reads the same values.
func FuzzParse(f *testing.F) {
	f.Add([]byte(`{"version": "pmroles/v1", "roles": [{"id": "x", "level": 3}]}`))
	f.Add([]byte(`["\u00e9\ud83d\ude00", 1e3, -0.5, true, null]`))
	f.Add([]byte(`{"a": 1, "a": 2}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		v, _, err := Parse(data)
		data = bytes.TrimPrefix(data, []byte("\ufeff"))
		valid := json.Valid(data) && utf8.Valid(data)
		if err != nil {
			if valid && !strings.Contains(err.Msg, "too deeply nested") {
				t.Fatalf("Parse refuses valid JSON %q: %v", data, err)
			}
			return
		}
		if !valid {
			t.Fatalf("Parse accepts invalid JSON %q", data)
		}
		var want any
		if err := json.Unmarshal(data, &want); err != nil {
			// Numbers out of float64's range: encoding/json refuses
			// them, Parse keeps their text.
			return
		}
		if diff := cmp.Diff(want, toAny(v)); diff != "" {
			t.Fatalf("Parse(%q) mismatch (-encoding/json +Parse):\n%s", data, diff)
		}
	})
}
