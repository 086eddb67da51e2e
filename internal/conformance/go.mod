// Module conformance checks the JSON Schema of the pmroles/v1 framework
// document against ParseFramework. It is a module of its own so that the
// schema validator and the YAML converter never reach the root module's
// dependency graph.
module github.com/pmroles/pmroles/internal/conformance

go 1.26.0

replace github.com/pmroles/pmroles => ../..

require (
	github.com/google/go-cmp v0.7.0
	github.com/pmroles/pmroles v0.0.0-00010101000000-000000000000
	github.com/santhosh-tekuri/jsonschema/v6 v6.0.3
	pgregory.net/rapid v1.2.0
	sigs.k8s.io/yaml v1.6.0
)

require (
	go.yaml.in/yaml/v2 v2.4.2 // indirect
	golang.org/x/text v0.14.0 // indirect
)
