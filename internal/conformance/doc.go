// Package conformance checks the JSON Schema of the pmroles/v1 framework
// document (internal/schema, returned by pmroles.Schema) against
// pmroles.ParseFramework, which is the authority on what a document means.
// It holds tests only, in a module of its own, so that the schema
// validator (github.com/santhosh-tekuri/jsonschema/v6) and the YAML
// converter (sigs.k8s.io/yaml) never reach the dependency graph of the
// root module, which stays stdlib-only.
//
// # What is checked
//
//   - The schema embedded in pmroles is the file internal/schema holds, it
//     compiles as draft 2020-12, it lists every member of every object of
//     the document (the json tags of pmroles.Spec and the types it holds),
//     and its closed vocabularies (catalogue roles and their tracks,
//     tracks, decisions, scopes, transition kinds) and bounds (levels,
//     roles, competencies) are pmroles' own.
//   - Every shipped document (internal/profiles) and every valid test
//     document (testdata/framework/*.json, and the YAML copy of the Acme
//     document) validates against the schema and loads with
//     ParseFramework; so does the canonical form pmroles writes of each.
//   - What the schema rejects, ParseFramework rejects: a table of
//     documents with one defect each, where both must also blame the same
//     place; every single mutation of the Acme document (drop a member, add
//     an unknown one, give a value another type, repeat an array element);
//     and a rapid property that mutates every shipped document at random.
//     The properties count how often the schema rejected, and fail if it
//     rarely does, since a premise that never holds tests nothing.
//   - Where the grammar allows it, the schema and pmroles agree both ways:
//     RACI cells (the letters ParseCell reads), IDs, text and activity
//     names, on exhaustive and random strings.
//   - acme.yaml, converted with sigs.k8s.io/yaml, gives the same framework
//     as acme.json, byte for byte in canonical form.
//
// # What the schema cannot say
//
// The converse does not hold: a document the schema accepts may still be
// refused by ParseFramework, which checks what ties two values together.
// JSON Schema has no way to say that an ID must name a role listed
// elsewhere in the document (grants, reporting rules, transitions, aliases,
// RACI parties and cells), that a RACI cell's key is one of the chart's
// parties, that two labels or activity names differ, that a manager
// outranks its reports, that the top role holds every role's authority,
// that promotions form no cycle, or that spanOfControl's max is not below
// its min. JSON parsers also differ from pmroles on the text of the
// document itself: duplicate keys (a schema validator sees the last),
// numbers written 4.0 or 1e3 where a whole number is wanted (pmroles wants
// the digits), and lengths, which the schema counts in characters and
// pmroles in UTF-8 bytes. TestSchemaCannotSee shows each kind.
//
// # Where pmroles is more lenient than the schema
//
// The schema states the form pmroles writes. ParseFramework also reads a
// few spellings the schema refuses; TestLenientSpellings lists them, and
// fails once pmroles refuses one, so that this list stays true:
//
//   - "" for canonical or track, read as the member left out;
//   - "decision": "" with "scope": "" in a RACI activity, read as neither;
//   - a limit of {"amount": 0, "currency": ""}, read as no limit;
//   - RACI parties, and the cell keys naming them, in any case
//     ("Product-Manager"), and an activity's decision in any case
//     ("Pricing"), where grants and transitions want the exact ID.
//
// # Running
//
// From this directory: go test ./... (add -rapid.checks=10000 for a longer
// random run). The root's .ci/run does it, with go vet and staticcheck.
package conformance
