// Module bench compares pmroles with Casbin, Cedar and gonum side by side. It is a
// module of its own so that neither ever reaches the root module's
// dependency graph.
module github.com/pmroles/pmroles/internal/bench

go 1.26.0

replace github.com/pmroles/pmroles => ../..

require (
	github.com/casbin/casbin/v2 v2.135.0
	github.com/cedar-policy/cedar-go v1.9.1
	github.com/google/go-cmp v0.7.0
	github.com/pmroles/pmroles v0.0.0-00010101000000-000000000000
	gonum.org/v1/gonum v0.17.0
)

require (
	github.com/bmatcuk/doublestar/v4 v4.6.1 // indirect
	github.com/casbin/govaluate v1.3.0 // indirect
	github.com/go-json-experiment/json v1.27.2 // indirect
	github.com/google/uuid v1.6.0 // indirect
	golang.org/x/exp v0.0.0-20220921023135-46d9e7742f1e // indirect
)
