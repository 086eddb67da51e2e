// Package schema embeds the JSON Schema (draft 2020-12) of the pmroles/v1
// framework document, which pmroles.Schema returns. The schema is data in
// a file of its own, pmroles-v1.schema.json, so that editors and other
// languages can use it as it is; the nested module internal/conformance
// checks it against pmroles.ParseFramework.
package schema

import _ "embed"

// V1 is the schema of the "pmroles/v1" document. Never modify it:
// pmroles.Schema returns copies.
//
//go:embed pmroles-v1.schema.json
var V1 []byte
