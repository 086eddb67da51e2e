package orggraph_test

import (
	"fmt"

	"github.com/pmroles/pmroles/internal/orggraph"
)

func ExampleNew() {
	// Ada (0) has no manager; Ben (1) and Cy (2) report to her; Dee (3)
	// and Eve (4) report to each other, and Fay (5) to Eve.
	names := []string{"Ada", "Ben", "Cy", "Dee", "Eve", "Fay"}
	g, err := orggraph.New([]int32{orggraph.NoManager, 0, 0, 4, 3, 4})
	if err != nil {
		panic(err)
	}
	fmt.Println("roots:", g.Roots(), "Ada's span:", g.Span(0))
	for c := range g.Cycles() {
		fmt.Println("cycle:", c)
	}
	for i := range int32(len(names)) {
		top, e := g.End(i)
		fmt.Printf("%s: %s at %s, depth %d\n", names[i], e, names[top], g.Depth(i))
	}
	// Output:
	// roots: [0] Ada's span: 2
	// cycle: [3 4]
	// Ada: rooted at Ada, depth 0
	// Ben: rooted at Ada, depth 1
	// Cy: rooted at Ada, depth 1
	// Dee: on-cycle at Dee, depth 0
	// Eve: on-cycle at Dee, depth 0
	// Fay: into-cycle at Dee, depth 1
}

func ExampleGraph_NearestUp() {
	// A chain: 3 reports to 2, 2 to 1, 1 to 0. Who, up each chain, is the
	// first with an even index?
	g, err := orggraph.New([]int32{orggraph.NoManager, 0, 1, 2})
	if err != nil {
		panic(err)
	}
	fmt.Println(g.NearestUp(func(v int32) bool { return v%2 == 0 }))
	// Output: [0 0 2 2]
}
