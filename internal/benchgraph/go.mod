// Module benchgraph compares orggraph with gonum on reporting graphs, side
// by side. It is a module of its own so that gonum never reaches the root
// module's dependency graph.
module github.com/pmroles/pmroles/internal/benchgraph

go 1.26.0

replace github.com/pmroles/pmroles => ../..

require (
	github.com/pmroles/pmroles v0.0.0-00010101000000-000000000000
	gonum.org/v1/gonum v0.17.0
)

require github.com/google/go-cmp v0.7.0
