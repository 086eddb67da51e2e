package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"strconv"

	"github.com/pmroles/pmroles"
)

// generate writes a valid organisation of n people for framework f, as
// the CSV export of an HR system: a tree whose managers hold, level by
// level, a chain of roles each of which may manage the next (from the
// framework's top role down), whose other people hold roles the last of
// them may manage, with spans as wide as n needs. Rows are shuffled, as
// an export sorted by ID lists people regardless of the hierarchy, and the
// same seed gives the same bytes.
func generate(w io.Writer, f *pmroles.Framework, n int, seed uint64) error {
	chain := []pmroles.Role{f.Top()}
	for {
		// The next manager role: the highest the last may manage that
		// manages someone itself.
		var next pmroles.Role
		for r := range f.Reports(chain[len(chain)-1]) {
			if manages(f, r) && (!next.IsValid() || f.Level(r) > f.Level(next)) {
				next = r
			}
		}
		if !next.IsValid() {
			break
		}
		chain = append(chain, next)
	}
	leaves := slices.Collect(f.Reports(chain[len(chain)-1]))
	if len(leaves) == 0 {
		return fmt.Errorf("the framework's %v may manage no one: no organisation to generate", chain[len(chain)-1])
	}
	depth := len(chain) + 1
	span := 2
	for size(span, depth) < n {
		span++
	}

	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	type person struct {
		manager int
		role    pmroles.Role
		product string
		level   int
	}
	people := make([]person, 0, n)
	people = append(people, person{manager: -1, role: chain[0]})
	for i := 0; len(people) < n; i++ {
		m := people[i]
		for range span {
			if len(people) == n {
				break
			}
			p := person{manager: i, level: m.level + 1, product: m.product}
			if p.level < len(chain) {
				p.role = chain[p.level]
			} else {
				p.role = leaves[rng.IntN(len(leaves))]
			}
			if p.level == 2 || p.level == 1 && depth <= 3 {
				p.product = "Product " + strconv.Itoa(len(people)%97+1)
			}
			people = append(people, p)
		}
	}
	// Shuffle the rows; IDs follow the rows.
	order := rng.Perm(n)
	row := make([]int, n) // row[i]: the row of person i
	for r, i := range order {
		row[i] = r
	}
	id := func(i int) string { return fmt.Sprintf("E%07d", row[i]+1) }
	cw := csv.NewWriter(w)
	if err := cw.Write([]string{"Employee ID", "Name", "Job Title", "Role", "Manager ID", "Product",
		"Years of Experience", "Years in Role", "Years Managing"}); err != nil {
		return err
	}
	rec := make([]string, 9)
	for _, i := range order {
		p := people[i]
		mgr := ""
		if p.manager >= 0 {
			mgr = id(p.manager)
		}
		exp := 1 + rng.IntN(3) + 2*int(f.Level(p.role))
		managing := 0
		if p.level < len(chain) {
			managing = rng.IntN(exp/2 + 1)
		}
		rec = append(rec[:0], id(i), "Person "+strconv.Itoa(row[i]+1), f.Title(p.role), p.role.String(), mgr, p.product,
			strconv.Itoa(exp), strconv.Itoa(1+rng.IntN(4)), strconv.Itoa(managing))
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// manages reports whether role r may manage anyone in f.
func manages(f *pmroles.Framework, r pmroles.Role) bool {
	for range f.Reports(r) {
		return true
	}
	return false
}

// size returns the number of people in a full tree of the given span and
// depth.
func size(span, depth int) int {
	total, level := 0, 1
	for range depth {
		total += level
		level *= span
	}
	return total
}
