// Package profiles embeds the framework documents behind pmroles.Default,
// pmroles.ScaleUp and pmroles.Startup. They are data, stored in the
// canonical form pmroles writes (json.MarshalIndent with two spaces and a
// final newline), and loaded through pmroles.ParseFramework like any
// company's document. The pmroles tests check that they stay canonical and
// that the default document is what the catalogue's defaults compile to;
// "go test -run TestProfiles -update" in the root package rewrites them.
package profiles

import _ "embed"

// Default is the document of pmroles.Default: the whole catalogue with
// its default authority, reporting rules, ladder and RACI chart.
//
//go:embed default.json
var Default []byte

// ScaleUp is the document of pmroles.ScaleUp.
//
//go:embed scaleup.json
var ScaleUp []byte

// Startup is the document of pmroles.Startup.
//
//go:embed startup.json
var Startup []byte
