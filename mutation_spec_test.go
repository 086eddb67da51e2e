package pmroles

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

// Tests in this file each kill a mutant that survived a mutation run over
// spec.go (issue 11): the comment above each test names the mutants.

// TestSpecSizeLimit reads documents of exactly MaxSpecSize bytes, which are
// allowed, and of one byte more, which are refused, from a slice and from
// a reader. Kills: `len(data) > MaxSpecSize` -> `>=` in parseSpec, and
// `io.LimitReader(r, MaxSpecSize+1)` -> `MaxSpecSize-1` in ReadFramework.
func TestSpecSizeLimit(t *testing.T) {
	doc := canonical(t, Default())
	if len(doc) >= MaxSpecSize {
		t.Fatalf("the default document has %d bytes, not fewer than MaxSpecSize", len(doc))
	}
	largest := append(doc, bytes.Repeat([]byte{' '}, MaxSpecSize-len(doc))...)
	tests := []struct {
		name    string
		data    []byte
		wantErr bool
	}{
		{"MaxSpecSize bytes", largest, false},
		{"one byte more", append(largest[:len(largest):len(largest)], ' '), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, read := range []struct {
				name string
				f    func([]byte) (*Framework, error)
			}{
				{"ParseFramework", ParseFramework},
				{"ReadFramework", func(b []byte) (*Framework, error) { return ReadFramework(bytes.NewReader(b)) }},
			} {
				f, err := read.f(tt.data)
				if tt.wantErr {
					if !errors.Is(err, ErrInvalidFramework) {
						t.Errorf("%s(%d bytes): error = %v, want ErrInvalidFramework", read.name, len(tt.data), err)
					}
					continue
				}
				if err != nil {
					t.Errorf("%s(%d bytes): %v", read.name, len(tt.data), err)
					continue
				}
				if !bytes.Equal(canonical(t, f), doc) {
					t.Errorf("%s(%d bytes) did not give back the default framework", read.name, len(tt.data))
				}
			}
		})
	}
}

// TestReadProblemNotRepeated checks that a value ParseFramework could not
// read is reported once, where it is: compiling sees it as a zero value
// and would otherwise report it again, at the same pointer or inside it.
func TestReadProblemNotRepeated(t *testing.T) {
	doc := string(readTestdata(t, "acme.json"))
	for _, tt := range []struct {
		old, new string
		ptr      string // the one problem at or inside this pointer
	}{
		{`"canonical": "principal-product-manager"`, `"canonical": 5`, "/roles/3/canonical"},
		{`"track": "ic"`, `"track": 4`, "/roles/3/track"},
		{`"id": "staff-product-manager"`, `"id": 3`, "/roles/3/id"},
		{`{"id": "product-owner"}`, `7`, "/roles/10"},
	} {
		if !strings.Contains(doc, tt.old) {
			t.Fatalf("acme.json has no %s", tt.old)
		}
		_, err := ParseFramework([]byte(strings.Replace(doc, tt.old, tt.new, 1)))
		var l *ProblemList
		if !errors.As(err, &l) {
			t.Fatalf("%s: error %v, want a ProblemList", tt.new, err)
		}
		var at []string
		for _, e := range l.Problems {
			var fe *FrameworkError
			if errors.As(e, &fe) && (fe.Pointer == tt.ptr || strings.HasPrefix(fe.Pointer, tt.ptr+"/") || strings.HasPrefix(tt.ptr, fe.Pointer+"/")) {
				at = append(at, fe.Error())
			}
		}
		if len(at) != 1 {
			t.Errorf("%s: %d problems at or around %s, want 1:\n%s", tt.new, len(at), tt.ptr, strings.Join(at, "\n"))
		}
	}
}
