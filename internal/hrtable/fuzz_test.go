package hrtable

import (
	"bytes"
	"errors"
	"testing"
)

// FuzzReader reads arbitrary input as an export. It must not panic; every
// row it places has as many cells as the header, at lines that go up;
// every error has a line; no more than MaxErrors are kept, and one fatal.
func FuzzReader(f *testing.F) {
	for _, s := range []string{
		"ID,Manager ID,Role,Hire Date,Years of Experience\nE1,,vp,2020-01-01,3\nE2,E1,pm,2020-02-30,x\n",
		"\ufeff\"Employee ID\",Name,Title,Manager ID\r\nE1,\"Lovelace, Ada\",VP,\r\n\r\n",
		"ID,Manager ID,Role\nE1,,\"multi\nline\"\nE2,E1\n",
		"ID,Manager ID,Role\nE1,,p\"m\n",
		"ID,Manager ID,Title,Title\n",
		"",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		rd, err := NewReader(bytes.NewReader(data), required)
		if err == nil {
			last := 0
			for rd.Next() {
				if len(rd.Row()) != rd.Header().Len() || rd.Line() <= last {
					t.Fatalf("row at line %d (after %d) with %d cells under %d columns", rd.Line(), last, len(rd.Row()), rd.Header().Len())
				}
				last = rd.Line()
				rd.Years(YearsOfExperience)
				rd.Date(HireDate)
				rd.Text(Competencies)
			}
			err = rd.Err()
		}
		if err == nil {
			return
		}
		var list *ErrorList
		if !errors.As(err, &list) {
			t.Fatalf("err = %v, not an *ErrorList", err)
		}
		if len(list.Errs) > MaxErrors+1 {
			t.Fatalf("%d errors kept", len(list.Errs))
		}
		for _, e := range list.Errs {
			if e.Line < 1 || e.Err == nil {
				t.Fatalf("error without a line or a problem: %#v", e)
			}
			_ = e.Error()
		}
	})
}
