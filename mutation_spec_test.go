package pmroles

import (
	"bytes"
	"errors"
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
