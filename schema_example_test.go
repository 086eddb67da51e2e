package pmroles_test

import (
	"encoding/json"
	"fmt"

	"github.com/pmroles/pmroles"
)

func ExampleSchema() {
	var s struct {
		Schema   string   `json:"$schema"`
		ID       string   `json:"$id"`
		Required []string `json:"required"`
	}
	if err := json.Unmarshal(pmroles.Schema(), &s); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.Schema)
	fmt.Println(s.ID)
	fmt.Println("required:", s.Required)
	// Output:
	// https://json-schema.org/draft/2020-12/schema
	// https://github.com/pmroles/pmroles/schema/pmroles-v1.schema.json
	// required: [version roles]
}
