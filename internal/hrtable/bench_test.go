package hrtable

import (
	"bytes"
	"encoding/csv"
	"io"
	"runtime"
	"sync"
	"testing"

	"github.com/pmroles/pmroles/internal/orggen"
)

// Sinks keep the compiler from dropping the work measured.
var (
	sinkString string
	sinkFloat  float64
)

// benchRows is the size of the export the benchmarks read.
const benchRows = 1_000_000

// export returns a synthetic export of benchRows people, with years as
// numbers, generated once.
var export = sync.OnceValue(func() []byte {
	var buf bytes.Buffer
	roles := []orggen.Role{
		{ID: "associate-product-manager", Title: "Associate Product Manager"},
		{ID: "product-manager", Title: "Product Manager"},
		{ID: "senior-product-manager", Title: "Senior Product Manager"},
		{ID: "group-product-manager", Title: "Group Product Manager", Manages: true},
		{ID: "director-of-product", Title: "Director of Product", Manages: true},
		{ID: "vp-of-product", Title: "VP of Product", Manages: true},
	}
	o := orggen.Options{Roles: roles, Competencies: []string{"discovery", "delivery", "strategy", "analytics"}}
	if err := orggen.Write(&buf, benchRows, 1, o); err != nil {
		panic(err)
	}
	return buf.Bytes()
})

// The three ways of reading the same bytes: encoding/csv as a user would
// call it (a new slice per record), encoding/csv reusing its slice, the
// least any reader must do, and hrtable with every field an org needs
// taken and every number parsed.
var impls = []struct {
	name string
	read func(b *testing.B, data []byte, sample func(int))
}{
	{"csv", func(b *testing.B, data []byte, sample func(int)) {
		cr := csv.NewReader(bytes.NewReader(data))
		for n := 0; ; n++ {
			rec, err := cr.Read()
			if err == io.EOF {
				return
			}
			if err != nil {
				b.Fatal(err)
			}
			sinkString = rec[0]
			sample(n)
		}
	}},
	{"csv-reuse", func(b *testing.B, data []byte, sample func(int)) {
		cr := csv.NewReader(bytes.NewReader(data))
		cr.ReuseRecord = true
		for n := 0; ; n++ {
			rec, err := cr.Read()
			if err == io.EOF {
				return
			}
			if err != nil {
				b.Fatal(err)
			}
			sinkString = rec[0]
			sample(n)
		}
	}},
	{"hrtable", func(b *testing.B, data []byte, sample func(int)) {
		rd, err := NewReader(bytes.NewReader(data), required)
		if err != nil {
			b.Fatal(err)
		}
		for n := 0; rd.Next(); n++ {
			sinkString = rd.Text(ID)
			sinkString = rd.Text(Name)
			sinkString = rd.Text(Title)
			sinkString = rd.Text(Role)
			sinkString = rd.Text(Manager)
			sinkString = rd.Text(Product)
			sinkString = rd.Text(Competencies)
			v1, _ := rd.Years(YearsOfExperience)
			v2, _ := rd.Years(YearsInRole)
			v3, _ := rd.Years(YearsManaging)
			sinkFloat = v1 + v2 + v3
			sample(n)
		}
		if err := rd.Err(); err != nil {
			b.Fatal(err)
		}
	}},
}

// BenchmarkRead reads a 1,000,000-row export with encoding/csv and with
// hrtable, in one run on the same bytes. Besides the time per row it
// reports, from two runs of its own before the timed ones, sampled every
// 65,536 rows beyond what was in use before: peak-heap-MiB, the most heap
// allocated, garbage awaiting collection included (what the default GOGC
// lets the process grow to), and peak-live-KiB, the most heap still in use
// just after a collection (what a reader holds).
func BenchmarkRead(b *testing.B) {
	data := export()
	for _, impl := range impls {
		b.Run("impl="+impl.name, func(b *testing.B) {
			runtime.GC()
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			base := ms.HeapAlloc
			var heap, live uint64
			impl.read(b, data, func(n int) {
				if n%(1<<16) == 0 {
					runtime.ReadMemStats(&ms)
					heap = max(heap, ms.HeapAlloc-min(base, ms.HeapAlloc))
				}
			})
			impl.read(b, data, func(n int) {
				if n%(1<<16) == 0 {
					runtime.GC()
					runtime.ReadMemStats(&ms)
					live = max(live, ms.HeapAlloc-min(base, ms.HeapAlloc))
				}
			})
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				impl.read(b, data, func(int) {})
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/benchRows, "ns/row")
			b.ReportMetric(float64(heap)/(1<<20), "peak-heap-MiB")
			b.ReportMetric(float64(live)/(1<<10), "peak-live-KiB")
		})
	}
}

// BenchmarkParse measures the cell parsers alone.
func BenchmarkParse(b *testing.B) {
	b.Run("years", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			v, _ := ParseYears("12.5")
			sinkFloat = v
		}
	})
	b.Run("date", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			t, _ := ParseDate("2019-04-30")
			sinkFloat = float64(t.Unix())
		}
	})
}
