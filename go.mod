module github.com/pmroles/pmroles

go 1.24

require (
	github.com/google/go-cmp v0.7.0
	pgregory.net/rapid v1.2.0
)
