package conformance

import (
	"strings"
	"testing"
)

// TestSchemaCannotSee shows, one document each, what the schema accepts
// and ParseFramework refuses because the rule ties two values together
// or is about the text of the document rather than its values. It keeps
// the package documentation's list honest: should the schema learn to say
// one of these, move the case to TestInvalidDocuments.
func TestSchemaCannotSee(t *testing.T) {
	for _, c := range []struct {
		name string
		doc  string // a document, or a change to small
		op   *op
	}{
		{name: "grant of a role the document lacks", op: &op{kind: opSet, path: tokens("/authority/0/role"), value: "vp-of-product"}},
		{name: "report of a role the document lacks", op: &op{kind: opSet, path: tokens("/reporting/0/reports/0"), value: "director-of-ux"}},
		{name: "transition to a competency the document lacks", op: &op{kind: opSet, path: tokens("/ladder/0/requirements/competencies/0"), value: "hiring"}},
		{name: "alias of a role the document lacks", op: &op{kind: opSet, path: tokens("/aliases/0/role"), value: "head-of-product"}},
		{name: "cell of a party the chart lacks", op: &op{kind: opAdd, path: tokens("/raci/activities/1/cells"), name: "design", value: "I"}},
		{name: "two accountable parties", op: &op{kind: opSet, path: tokens("/raci/activities/1/cells/product-manager"), value: "A"}},
		{name: "role listed twice with different members", op: &op{kind: opSet, path: tokens("/roles/1"), value: obj(`{"id": "product-manager", "level": 3}`)}},
		{name: "two scopes with one label", op: &op{kind: opSet, path: tokens("/scopes/product-line"), value: "group"}},
		{name: "a manager below its report", op: &op{kind: opSet, path: tokens("/roles/3/level"), value: num("2")}},
		{name: "a transition from a role to itself", op: &op{kind: opSet, path: tokens("/ladder/0/to"), value: "product-manager"}},
		{name: "max below min", op: &op{kind: opSet, path: tokens("/spanOfControl"), value: obj(`{"min": 5, "max": 2}`)}},
		{name: "function with a role's ID", op: &op{kind: opSet, path: tokens("/functions/1/id"), value: "product-manager"}},
		{name: "level written 2.0", doc: `{"version": "pmroles/v1", "roles": [{"id": "product-manager", "level": 2.0}]}`},
		{name: "span written 1e1", doc: `{"version": "pmroles/v1", "roles": [{"id": "product-manager"}], "spanOfControl": {"max": 1e1}}`},
		{name: "duplicate key", doc: `{"version": "pmroles/v1", "roles": [{"id": "product-manager"}], "roles": [{"id": "product-manager"}]}`},
		{name: "200 characters of 2 bytes", doc: `{"version": "pmroles/v1", "name": "` + strings.Repeat("é", 200) + `", "roles": [{"id": "product-manager"}]}`},
	} {
		t.Run(c.name, func(t *testing.T) {
			data := []byte(c.doc)
			if c.op != nil {
				doc, err := apply(decode(t, []byte(small)), *c.op)
				if err != nil {
					t.Fatal(err)
				}
				data = encode(t, doc)
			}
			v := judge(t, data)
			if v.schemaErr != nil {
				t.Errorf("the schema rejects it now: move it to TestInvalidDocuments\n%v", v.schemaErr)
			}
			if v.parseErr == nil {
				t.Errorf("ParseFramework accepts it")
			}
		})
	}
}

// TestLenientSpellings lists what ParseFramework reads although the schema
// refuses it, as the package documentation says. If pmroles comes to
// refuse one, this test fails: move the case to TestInvalidDocuments and
// take it off the documentation's list.
func TestLenientSpellings(t *testing.T) {
	for _, c := range []struct {
		name string
		op   op
	}{
		{"empty canonical", op{kind: opAdd, path: tokens("/roles/0"), name: "canonical", value: ""}},
		{"empty track", op{kind: opAdd, path: tokens("/roles/0"), name: "track", value: ""}},
		{"empty decision and scope", op{kind: opSet, path: tokens("/raci/activities/0"),
			value: obj(`{"name": "Pricing", "decision": "", "scope": "", "cells": {"product-manager": "A/R"}}`)}},
		{"limit of nothing", op{kind: opSet, path: tokens("/authority/0/grants/0/limit"), value: obj(`{"amount": 0, "currency": ""}`)}},
		{"activity decision in title case", op{kind: opSet, path: tokens("/raci/activities/0/decision"), value: "Pricing"}},
		{"party in title case", op{kind: opSet, path: tokens("/raci"), value: obj(`{
			"parties": ["Product-Manager"],
			"activities": [{"name": "Pricing", "cells": {"Product-Manager": "A/R"}}]}`)}},
	} {
		t.Run(c.name, func(t *testing.T) {
			base := decode(t, []byte(small))
			if !lenient(base, c.op) && c.op.path[0] == "roles" {
				t.Errorf("%s: the mutation tests do not know it is lenient", c.op)
			}
			doc, err := apply(base, c.op)
			if err != nil {
				t.Fatal(err)
			}
			v := judge(t, encode(t, doc))
			if v.schemaErr == nil {
				t.Errorf("%s: the schema accepts it", c.op)
			}
			if v.parseErr != nil {
				t.Errorf("%s: ParseFramework refuses it now: move it to TestInvalidDocuments and off the package documentation's list\n%v",
					c.op, v.parseErr)
			}
		})
	}
}
