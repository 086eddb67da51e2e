package pmroles

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/pmroles/pmroles/internal/enum"
	"github.com/pmroles/pmroles/internal/jsondoc"
	"github.com/pmroles/pmroles/internal/schema"
)

// SpecVersion is the version of the framework document that this package
// reads and writes, the value of its "version" member.
const SpecVersion = "pmroles/v1"

// MaxSpecSize is the largest framework document [ParseFramework] reads: a
// megabyte holds any real job architecture many times over, and the bound
// keeps a hostile document from costing more than that.
const MaxSpecSize = 1 << 20

// MaxProblems is how many problems an error lists before it says how many
// more there are.
const MaxProblems = 100

// A Spec describes a framework: plain values that mirror the JSON
// document, member for member, for a company to read, write, diff and
// edit. [Compile] turns a Spec into the immutable [Framework] that answers
// queries, as [regexp.Compile] turns a pattern into a Regexp; [Framework.Spec]
// gives back the complete Spec of a framework, every default spelled out.
//
// References between parts (a grant's role, a transition's roles, a RACI
// party) are text IDs, because a Spec defines its own company roles,
// competencies and functions. Where a section is nil (Competencies,
// Functions, Reporting, Ladder, RACI) the catalogue's default applies to
// the roles in use; an empty, non-nil section means none. In JSON, an
// absent member is nil and [] is empty.
//
// The document, with every member:
//
//	{
//	  "version": "pmroles/v1",
//	  "name": "Acme product organisation",
//	  "roles": [{"id": "staff-product-manager", "title": "Staff Product Manager",
//	             "canonical": "principal-product-manager", "track": "ic", "level": 4,
//	             "grade": "P4", "responsibilities": ["..."]}],
//	  "competencies": [{"id": "experimentation", "title": "Experimentation", "description": "..."}],
//	  "functions": [{"id": "legal", "title": "Legal"}],
//	  "scopes": {"product": "Group", "product-line": "Stage", "portfolio": "Section"},
//	  "aliases": [{"title": "Staff PM", "role": "staff-product-manager"}],
//	  "authority": [{"role": "...", "inherit": true,
//	                 "grants": [{"decision": "investment", "scope": "product-line",
//	                             "limit": {"amount": 250000, "currency": "USD"}}]}],
//	  "reporting": [{"manager": "director-of-product", "reports": ["group-product-manager"]}],
//	  "spanOfControl": {"min": 1, "max": 12},
//	  "ladder": [{"from": "...", "to": "...", "kind": "promotion",
//	              "requirements": {"yearsExperience": 6, "yearsInRole": 2,
//	                               "yearsManaging": 0, "competencies": ["execution"]}}],
//	  "raci": {"parties": ["product-manager", "legal"],
//	           "activities": [{"name": "Pricing", "decision": "pricing", "scope": "product",
//	                           "cells": {"product-manager": "A/R", "legal": "C"}}]}
//	}
//
// A Spec implements [json.Marshaler] and [json.Unmarshaler] with the
// strict reading of [ParseFramework], without compiling.
type Spec struct {
	// Schema names the JSON Schema the document follows, for editors
	// (see [Schema]); pmroles keeps it and writes it back.
	Schema string `json:"$schema,omitempty"`
	// Version must be [SpecVersion].
	Version string `json:"version"`
	// Name names the framework, for people.
	Name string `json:"name,omitempty"`
	// Roles lists the roles the framework uses, in the order its queries
	// list them; at least one, at most [MaxRoles].
	Roles []RoleSpec `json:"roles"`
	// Competencies lists the competencies the ladder may ask; nil means
	// the catalogue's twelve ([Competencies]).
	Competencies []CompetencySpec `json:"competencies,omitempty"`
	// Functions lists the cross-functional parties of RACI charts; nil
	// means the catalogue's ten ([Functions]).
	Functions []FunctionSpec `json:"functions,omitempty"`
	// Scopes gives the company's names for the scopes.
	Scopes ScopeLabels `json:"scopes,omitzero"`
	// Aliases maps the company's own job titles onto its roles.
	Aliases []AliasSpec `json:"aliases,omitempty"`
	// Authority changes roles' default authority; at most one entry per
	// role.
	Authority []AuthoritySpec `json:"authority,omitempty"`
	// Reporting says which roles may manage which; nil means the default
	// rule (see [Framework.MayManage]).
	Reporting []ReportingSpec `json:"reporting,omitempty"`
	// SpanOfControl bounds how many direct reports a manager has in an
	// organisation; nil means no bounds.
	SpanOfControl *SpanOfControl `json:"spanOfControl,omitempty"`
	// Ladder lists the career transitions; nil means the catalogue's
	// ladder (see [Default]) through the roles in use.
	Ladder []TransitionSpec `json:"ladder,omitempty"`
	// RACI is the framework's RACI chart; nil means the default
	// product-lifecycle chart for the roles in use.
	RACI *RACISpec `json:"raci,omitempty"`
}

// A RoleSpec describes one role of a framework: a catalogue role, named by
// its ID alone or with changes, or a company role anchored to the catalogue
// role it is a variant of.
type RoleSpec struct {
	// ID is the role's text ID: lower-case ASCII letters, digits and
	// single dashes, such as "staff-product-manager".
	ID string `json:"id"`
	// Title is the display title; empty means the catalogue's title for
	// a catalogue role. A company role's title parses to it in
	// [Framework.ParseTitle].
	Title string `json:"title,omitempty"`
	// Canonical is the catalogue role a company role is a variant of;
	// required for a company role, and either empty or the role itself
	// for a catalogue role.
	Canonical string `json:"canonical,omitempty"`
	// Track is "ic" or "management"; empty means the canonical role's.
	Track string `json:"track,omitempty"`
	// Level places the role on the framework's scale, from 1 to 16; 0
	// means the canonical role's catalogue level.
	Level int `json:"level,omitempty"`
	// Grade is the company's label for the role's grade, such as "P5".
	Grade string `json:"grade,omitempty"`
	// Responsibilities lists the role's duties; nil means the canonical
	// role's.
	Responsibilities []string `json:"responsibilities,omitempty"`
}

// A CompetencySpec describes one competency a framework's ladder may ask.
type CompetencySpec struct {
	// ID is the competency's text ID, such as "experimentation".
	ID string `json:"id"`
	// Title and Description describe it; empty means the catalogue's for
	// a catalogue competency.
	Title       string `json:"title,omitempty"`
	Description string `json:"description,omitempty"`
}

// A FunctionSpec describes one cross-functional party of RACI charts.
type FunctionSpec struct {
	// ID is the function's text ID, such as "legal".
	ID string `json:"id"`
	// Title is its display name; empty means the catalogue's for a
	// catalogue function.
	Title string `json:"title,omitempty"`
}

// ScopeLabels are a company's names for the scopes, such as GitLab's
// "Group", "Stage" and "Section" for product, product line and portfolio.
// An empty label means the scope's default label ([Framework.ScopeLabel]).
// [Framework.ParseScope] accepts labels as well as scope IDs.
type ScopeLabels struct {
	Feature     string `json:"feature,omitempty"`
	Product     string `json:"product,omitempty"`
	ProductLine string `json:"product-line,omitempty"`
	Portfolio   string `json:"portfolio,omitempty"`
	Company     string `json:"company,omitempty"`
}

// An AliasSpec says that a company job title means one of its roles.
type AliasSpec struct {
	Title string `json:"title"`
	Role  string `json:"role"`
}

// An AuthoritySpec sets what a role may decide.
type AuthoritySpec struct {
	Role string `json:"role"`
	// Inherit keeps the role's default grants (its canonical role's, for
	// a company role) and lays Grants over them, a grant replacing the
	// default grant of the same decision. Without it, Grants are the
	// role's whole authority.
	Inherit bool        `json:"inherit,omitempty"`
	Grants  []GrantSpec `json:"grants"`
}

// A GrantSpec is one decision right of an [AuthoritySpec].
type GrantSpec struct {
	Decision string `json:"decision"`
	// Scope is the widest scope, by ID or by the framework's label.
	Scope string `json:"scope"`
	// Limit is an optional delegation limit; the zero Money means none.
	Limit Money `json:"limit,omitzero"`
}

// A ReportingSpec says which roles a manager role may manage.
type ReportingSpec struct {
	Manager string   `json:"manager"`
	Reports []string `json:"reports"`
}

// A SpanOfControl bounds the number of direct reports of every manager in
// an organisation: at least Min, and at most Max unless Max is 0.
type SpanOfControl struct {
	Min int `json:"min"`
	Max int `json:"max"`
}

// A TransitionSpec is one move on the career ladder.
type TransitionSpec struct {
	From         string           `json:"from"`
	To           string           `json:"to"`
	Kind         string           `json:"kind"`
	Requirements RequirementsSpec `json:"requirements"`
}

// RequirementsSpec is what a [TransitionSpec] asks.
type RequirementsSpec struct {
	YearsExperience float64  `json:"yearsExperience"`
	YearsInRole     float64  `json:"yearsInRole"`
	YearsManaging   float64  `json:"yearsManaging"`
	Competencies    []string `json:"competencies"`
}

// A RACISpec is a framework's RACI chart.
type RACISpec struct {
	// Parties are the chart's columns: role and function IDs.
	Parties []string `json:"parties"`
	// Activities are its rows.
	Activities []ActivitySpec `json:"activities"`
}

// An ActivitySpec is one row of a RACI chart.
type ActivitySpec struct {
	Name string `json:"name"`
	// Decision and Scope optionally say which decision the activity is;
	// its accountable party must then hold it.
	Decision string `json:"decision,omitempty"`
	Scope    string `json:"scope,omitempty"`
	// Cells maps a party ID to its letters, such as "A/R"; a party with
	// no letter is left out.
	Cells map[string]string `json:"cells"`
}

// ErrInvalidFramework is wrapped by every error that reports a framework
// document or Spec that cannot be read or breaks one of the framework's
// invariants.
var ErrInvalidFramework = errors.New("pmroles: invalid framework")

// A FrameworkError is one problem of a framework: where it is, as an RFC
// 6901 JSON Pointer into the document (or the [Spec], which mirrors it),
// and what it is. Its cause wraps [ErrInvalidFramework], and also a more
// specific sentinel where there is one ([ErrUnknownRole],
// [ErrUnknownValue]) or a structured error ([AuthorityError]).
type FrameworkError struct {
	// Pointer locates the value at fault: "/roles/3/canonical",
	// "/ladder/2/requirements/yearsExperience"; "" is the whole document.
	Pointer string
	// Offset is the byte offset of that value in the document, or -1 when
	// the problem was not found in a document (a Spec compiled in code).
	Offset int
	// Err says what is wrong.
	Err error
}

// Error returns "pmroles: framework: /roles/3/canonical: " and the
// problem.
func (e *FrameworkError) Error() string {
	where := e.Pointer
	if where == "" {
		where = "document"
	}
	if e.Offset >= 0 {
		where += " (byte " + strconv.Itoa(e.Offset) + ")"
	}
	return "pmroles: framework: " + where + ": " + strings.TrimPrefix(e.Err.Error(), "pmroles: ")
}

// Unwrap returns ErrInvalidFramework and the problem, so that errors.Is
// matches both.
func (e *FrameworkError) Unwrap() []error { return []error{ErrInvalidFramework, e.Err} }

// A taggedError is a problem's message and the sentinels it matches,
// for a problem that is of two kinds at once (an alias naming an unknown
// role) without a sentinel's prefix twice in its message.
type taggedError struct {
	msg string
	is  []error
}

func (e *taggedError) Error() string   { return e.msg }
func (e *taggedError) Unwrap() []error { return e.is }

// tagged returns an error of message format that matches every sentinel
// of is.
func tagged(is []error, format string, args ...any) error {
	return &taggedError{msg: fmt.Sprintf(format, args...), is: is}
}

// problems collects a framework's problems, keeping the first
// MaxProblems and counting the rest.
type problems struct {
	list []error
	more int
}

func (p *problems) add(ptr string, err error) {
	if len(p.list) >= MaxProblems {
		p.more++
		return
	}
	p.list = append(p.list, &FrameworkError{Pointer: ptr, Offset: -1, Err: err})
}

// addf adds a problem made of a message, wrapping each sentinel given.
func (p *problems) addf(ptr string, format string, args ...any) {
	if len(p.list) >= MaxProblems {
		p.more++
		return
	}
	p.add(ptr, fmt.Errorf(format, args...))
}

// addError adds a problem as it is.
func (p *problems) addError(e error) {
	if len(p.list) >= MaxProblems {
		p.more++
		return
	}
	p.list = append(p.list, e)
}

// covers reports whether a problem was found at ptr, or inside or around
// the value at ptr.
func (p *problems) covers(ptr string) bool {
	for _, e := range p.list {
		fe, ok := e.(*FrameworkError)
		if !ok {
			continue
		}
		if q := fe.Pointer; q == ptr || strings.HasPrefix(ptr, q+"/") || strings.HasPrefix(q, ptr+"/") {
			return true
		}
	}
	return false
}

func (p *problems) empty() bool { return len(p.list) == 0 }

// err returns the problems as one error, or nil.
func (p *problems) err() error {
	if len(p.list) == 0 {
		return nil
	}
	return &ProblemList{Problems: slices.Clone(p.list), More: p.more}
}

// A ProblemList is the error of a function that reports every problem at
// once: the first [MaxProblems] of them, and how many more there were.
// errors.Is and errors.As look at each problem.
type ProblemList struct {
	Problems []error
	More     int
}

// Error lists the problems, one per line, then "and N more problems".
func (l *ProblemList) Error() string {
	var b strings.Builder
	for i, e := range l.Problems {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	if l.More > 0 {
		b.WriteString("\nand " + strconv.Itoa(l.More) + " more problems")
	}
	return b.String()
}

// Unwrap returns the problems.
func (l *ProblemList) Unwrap() []error { return l.Problems }

// ParseSpec reads a framework document strictly, without compiling it:
// malformed JSON (with the byte offset), a document over [MaxSpecSize], an
// unknown or missing version, unknown members, duplicate keys and values
// of the wrong type are each a [*FrameworkError], all reported at once.
// What the values mean (unknown IDs, broken invariants) is left to
// [Compile]; [ParseFramework] does both.
func ParseSpec(data []byte) (*Spec, error) {
	s, _, ps := parseSpec(data)
	if err := ps.err(); err != nil {
		return nil, err
	}
	return s, nil
}

// parseSpec reads a document as far as it can: it returns nil only when
// the document is not JSON, or too large to read.
func parseSpec(data []byte) (*Spec, jsondoc.Value, *problems) {
	ps := &problems{}
	if len(data) > MaxSpecSize {
		ps.addf("", "document of %d bytes is larger than the %d bytes allowed (MaxSpecSize)", len(data), MaxSpecSize)
		return nil, jsondoc.Value{}, ps
	}
	root, dups, syntax := jsondoc.Parse(data)
	for _, d := range dups {
		ps.add(d.Pointer, errors.New("duplicate key"))
		if !ps.empty() {
			ps.list[len(ps.list)-1].(*FrameworkError).Offset = d.Off
		}
	}
	if syntax != nil {
		ps.list = append(ps.list, &FrameworkError{Pointer: "", Offset: syntax.Off, Err: errors.New("malformed JSON: " + syntax.Msg)})
		return nil, root, ps
	}
	d := decoder{ps: ps}
	return d.spec(root), root, ps
}

// ParseFramework reads a framework document and compiles it: [ParseSpec]
// then [Compile]. Every problem is reported at once, each a
// [*FrameworkError] with the JSON Pointer and byte offset of the value at
// fault. A document over [MaxSpecSize] is refused before it is parsed.
func ParseFramework(data []byte) (*Framework, error) {
	s, root, ps := parseSpec(data)
	if s == nil {
		return nil, ps.err()
	}
	f, err := Compile(s)
	if err == nil && ps.empty() {
		return f, nil
	}
	// Report what reading found, then what compiling found elsewhere:
	// a value reading refused compiles as a zero value, and saying so
	// again would only repeat it.
	var l *ProblemList
	if errors.As(err, &l) {
		for _, e := range l.Problems {
			fe, ok := e.(*FrameworkError)
			if !ok {
				ps.add("", e)
				continue
			}
			if !ps.covers(fe.Pointer) {
				fe.Offset = offsetOf(root, fe.Pointer)
				ps.addError(fe)
			}
		}
		ps.more += l.More
	} else if err != nil {
		ps.add("", err)
	}
	return nil, ps.err()
}

// ReadFramework is [ParseFramework] on the bytes of r. It reads at most
// [MaxSpecSize] bytes and one more, to refuse a larger document without
// reading it whole.
func ReadFramework(r io.Reader) (*Framework, error) {
	if r == nil {
		return nil, fmt.Errorf("%w: ReadFramework: nil reader", ErrInvalidFramework)
	}
	data, err := io.ReadAll(io.LimitReader(r, MaxSpecSize+1))
	if err != nil {
		return nil, fmt.Errorf("%w: reading the document: %w", ErrInvalidFramework, err)
	}
	return ParseFramework(data)
}

// offsetOf returns the byte offset of the value at ptr in root, or that
// of the deepest value on the way, or -1.
func offsetOf(root jsondoc.Value, ptr string) int {
	v := root
	if ptr == "" {
		return v.Off
	}
	for _, tok := range strings.Split(ptr[1:], "/") {
		tok = jsondoc.Unescape(tok)
		switch v.Kind {
		case jsondoc.Object:
			i := slices.IndexFunc(v.Members, func(m jsondoc.Member) bool { return m.Name == tok })
			if i < 0 {
				return v.Off
			}
			v = v.Members[i].Value
		case jsondoc.Array:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(v.Elems) {
				return v.Off
			}
			v = v.Elems[i]
		default:
			return v.Off
		}
	}
	return v.Off
}

// UnmarshalJSON reads a framework document into s with [ParseSpec]. On
// error s is unchanged.
func (s *Spec) UnmarshalJSON(data []byte) error {
	t, err := ParseSpec(data)
	if err != nil {
		return err
	}
	*s = *t
	return nil
}

// MarshalJSON writes s as a framework document, members in the order of
// the Spec's fields, absent sections left out. [Framework.MarshalJSON]
// writes the complete document of a compiled framework.
func (s Spec) MarshalJSON() ([]byte, error) {
	var w specWriter
	w.spec(&s)
	return w.b, w.err
}

// A decoder maps a parsed document onto a Spec, reporting each value of
// the wrong type or unknown member with its pointer.
type decoder struct {
	ps *problems
}

func (d *decoder) fail(v jsondoc.Value, ptr, format string, args ...any) {
	if len(d.ps.list) >= MaxProblems {
		d.ps.more++
		return
	}
	d.ps.list = append(d.ps.list, &FrameworkError{Pointer: ptr, Offset: v.Off, Err: fmt.Errorf(format, args...)})
}

func (d *decoder) is(v jsondoc.Value, ptr string, k jsondoc.Kind) bool {
	if v.Kind != k {
		d.fail(v, ptr, "want %s %s, got %s", article(k), k, v.Kind)
		return false
	}
	return true
}

func article(k jsondoc.Kind) string {
	if k == jsondoc.Array || k == jsondoc.Object {
		return "an"
	}
	return "a"
}

// object calls field for each member of v, refusing members not in names.
func (d *decoder) object(v jsondoc.Value, ptr string, names []string, field func(name string, v jsondoc.Value, ptr string)) {
	if !d.is(v, ptr, jsondoc.Object) {
		return
	}
	for _, m := range v.Members {
		p := ptr + jsondoc.Pointer(m.Name)
		if !slices.Contains(names, m.Name) {
			d.fail(m.Value, p, "unknown member %s (want one of %s)", enum.Quote(m.Name), strings.Join(names, ", "))
			continue
		}
		field(m.Name, m.Value, p)
	}
}

// require reports members of names that v lacks.
func (d *decoder) require(v jsondoc.Value, ptr string, names ...string) {
	if v.Kind != jsondoc.Object {
		return
	}
	for _, n := range names {
		if !slices.ContainsFunc(v.Members, func(m jsondoc.Member) bool { return m.Name == n }) {
			d.fail(v, ptr, "missing member %q", n)
		}
	}
}

func (d *decoder) str(v jsondoc.Value, ptr string) string {
	if !d.is(v, ptr, jsondoc.String) {
		return ""
	}
	return v.Text
}

func (d *decoder) boolean(v jsondoc.Value, ptr string) bool {
	if !d.is(v, ptr, jsondoc.Bool) {
		return false
	}
	return v.Bool
}

func (d *decoder) float(v jsondoc.Value, ptr string) float64 {
	if !d.is(v, ptr, jsondoc.Number) {
		return 0
	}
	x, err := strconv.ParseFloat(v.Text, 64)
	if err != nil {
		d.fail(v, ptr, "number %s is out of range", enum.Quote(v.Text))
	}
	return x
}

// integer reads a whole number, and reports whether it could.
func (d *decoder) integer(v jsondoc.Value, ptr string) (int64, bool) {
	if !d.is(v, ptr, jsondoc.Number) {
		return 0, false
	}
	n, err := strconv.ParseInt(v.Text, 10, 64)
	if err != nil {
		d.fail(v, ptr, "want a whole number, got %s", enum.Quote(v.Text))
		return 0, false
	}
	return n, true
}

func (d *decoder) strings(v jsondoc.Value, ptr string) []string {
	if !d.is(v, ptr, jsondoc.Array) {
		return nil
	}
	out := make([]string, len(v.Elems))
	for i, e := range v.Elems {
		out[i] = d.str(e, ptr+"/"+strconv.Itoa(i))
	}
	return out
}

// list decodes each element of an array with elem.
func list[T any](d *decoder, v jsondoc.Value, ptr string, elem func(jsondoc.Value, string) T) []T {
	if !d.is(v, ptr, jsondoc.Array) {
		return nil
	}
	out := make([]T, len(v.Elems))
	for i, e := range v.Elems {
		out[i] = elem(e, ptr+"/"+strconv.Itoa(i))
	}
	return out
}

var specMembers = []string{"$schema", "version", "name", "roles", "competencies", "functions", "scopes", "aliases",
	"authority", "reporting", "spanOfControl", "ladder", "raci"}

func (d *decoder) spec(v jsondoc.Value) *Spec {
	s := &Spec{}
	d.object(v, "", specMembers, func(name string, v jsondoc.Value, p string) {
		switch name {
		case "$schema":
			s.Schema = d.str(v, p)
			if p := textProblem(s.Schema, maxTextLen); p != "" || s.Schema == "" {
				d.fail(v, p, "$schema %s: %s", enum.Quote(s.Schema), cmp.Or(p, "it is empty"))
			}
		case "version":
			s.Version = d.str(v, p)
			if s.Version != SpecVersion && v.Kind == jsondoc.String {
				d.fail(v, p, "unknown version %s (want %q)", enum.Quote(s.Version), SpecVersion)
			}
		case "name":
			s.Name = d.str(v, p)
		case "roles":
			s.Roles = list(d, v, p, d.role)
		case "competencies":
			s.Competencies = list(d, v, p, d.competency)
		case "functions":
			s.Functions = list(d, v, p, d.function)
		case "scopes":
			s.Scopes = d.scopes(v, p)
		case "aliases":
			s.Aliases = list(d, v, p, d.alias)
		case "authority":
			s.Authority = list(d, v, p, d.authority)
		case "reporting":
			s.Reporting = list(d, v, p, d.reporting)
		case "spanOfControl":
			s.SpanOfControl = &SpanOfControl{}
			d.object(v, p, []string{"min", "max"}, func(name string, v jsondoc.Value, p string) {
				n, ok := d.integer(v, p)
				if ok && (n < 0 || n > math.MaxInt32) {
					d.fail(v, p, "%s %d is outside 0 to %d", name, n, math.MaxInt32)
				}
				if name == "min" {
					s.SpanOfControl.Min = int(n)
				} else {
					s.SpanOfControl.Max = int(n)
				}
			})
		case "ladder":
			s.Ladder = list(d, v, p, d.transition)
		case "raci":
			s.RACI = d.raci(v, p)
		}
	})
	d.require(v, "", "version", "roles")
	return s
}

func (d *decoder) role(v jsondoc.Value, ptr string) RoleSpec {
	var r RoleSpec
	d.object(v, ptr, []string{"id", "title", "canonical", "track", "level", "grade", "responsibilities"},
		func(name string, v jsondoc.Value, p string) {
			switch name {
			case "id":
				r.ID = d.str(v, p)
			case "title":
				r.Title = d.str(v, p)
			case "canonical":
				r.Canonical = d.str(v, p)
			case "track":
				r.Track = d.str(v, p)
			case "level":
				n, ok := d.integer(v, p)
				if ok && (n < 1 || n > int64(MaxLevel)) {
					d.fail(v, p, "level %d is outside 1 to %d", n, MaxLevel)
				}
				r.Level = int(n)
			case "grade":
				r.Grade = d.str(v, p)
			case "responsibilities":
				r.Responsibilities = d.strings(v, p)
			}
		})
	d.require(v, ptr, "id")
	return r
}

func (d *decoder) competency(v jsondoc.Value, ptr string) CompetencySpec {
	var c CompetencySpec
	d.object(v, ptr, []string{"id", "title", "description"}, func(name string, v jsondoc.Value, p string) {
		switch name {
		case "id":
			c.ID = d.str(v, p)
		case "title":
			c.Title = d.str(v, p)
		case "description":
			c.Description = d.str(v, p)
		}
	})
	d.require(v, ptr, "id")
	return c
}

func (d *decoder) function(v jsondoc.Value, ptr string) FunctionSpec {
	var f FunctionSpec
	d.object(v, ptr, []string{"id", "title"}, func(name string, v jsondoc.Value, p string) {
		switch name {
		case "id":
			f.ID = d.str(v, p)
		case "title":
			f.Title = d.str(v, p)
		}
	})
	d.require(v, ptr, "id")
	return f
}

func (d *decoder) scopes(v jsondoc.Value, ptr string) ScopeLabels {
	var l ScopeLabels
	d.object(v, ptr, scopeNames.Names[1:], func(name string, v jsondoc.Value, p string) {
		s, _ := ParseScope(name)
		*l.field(s) = d.str(v, p)
	})
	return l
}

func (d *decoder) alias(v jsondoc.Value, ptr string) AliasSpec {
	var a AliasSpec
	d.object(v, ptr, []string{"title", "role"}, func(name string, v jsondoc.Value, p string) {
		switch name {
		case "title":
			a.Title = d.str(v, p)
		case "role":
			a.Role = d.str(v, p)
		}
	})
	d.require(v, ptr, "title", "role")
	return a
}

func (d *decoder) authority(v jsondoc.Value, ptr string) AuthoritySpec {
	var a AuthoritySpec
	d.object(v, ptr, []string{"role", "inherit", "grants"}, func(name string, v jsondoc.Value, p string) {
		switch name {
		case "role":
			a.Role = d.str(v, p)
		case "inherit":
			a.Inherit = d.boolean(v, p)
		case "grants":
			a.Grants = list(d, v, p, d.grant)
		}
	})
	d.require(v, ptr, "role", "grants")
	return a
}

func (d *decoder) grant(v jsondoc.Value, ptr string) GrantSpec {
	var g GrantSpec
	d.object(v, ptr, []string{"decision", "scope", "limit"}, func(name string, v jsondoc.Value, p string) {
		switch name {
		case "decision":
			g.Decision = d.str(v, p)
		case "scope":
			g.Scope = d.str(v, p)
		case "limit":
			d.object(v, p, []string{"amount", "currency"}, func(name string, v jsondoc.Value, p string) {
				switch name {
				case "amount":
					g.Limit.Amount, _ = d.integer(v, p)
				case "currency":
					g.Limit.Currency = d.str(v, p)
				}
			})
			d.require(v, p, "amount", "currency")
		}
	})
	d.require(v, ptr, "decision", "scope")
	return g
}

func (d *decoder) reporting(v jsondoc.Value, ptr string) ReportingSpec {
	var r ReportingSpec
	d.object(v, ptr, []string{"manager", "reports"}, func(name string, v jsondoc.Value, p string) {
		switch name {
		case "manager":
			r.Manager = d.str(v, p)
		case "reports":
			r.Reports = d.strings(v, p)
		}
	})
	d.require(v, ptr, "manager", "reports")
	return r
}

func (d *decoder) transition(v jsondoc.Value, ptr string) TransitionSpec {
	var t TransitionSpec
	d.object(v, ptr, []string{"from", "to", "kind", "requirements"}, func(name string, v jsondoc.Value, p string) {
		switch name {
		case "from":
			t.From = d.str(v, p)
		case "to":
			t.To = d.str(v, p)
		case "kind":
			t.Kind = d.str(v, p)
		case "requirements":
			r := &t.Requirements
			d.object(v, p, []string{"yearsExperience", "yearsInRole", "yearsManaging", "competencies"},
				func(name string, v jsondoc.Value, p string) {
					switch name {
					case "yearsExperience":
						r.YearsExperience = d.float(v, p)
					case "yearsInRole":
						r.YearsInRole = d.float(v, p)
					case "yearsManaging":
						r.YearsManaging = d.float(v, p)
					case "competencies":
						r.Competencies = d.strings(v, p)
					}
				})
		}
	})
	d.require(v, ptr, "from", "to", "kind")
	return t
}

func (d *decoder) raci(v jsondoc.Value, ptr string) *RACISpec {
	r := &RACISpec{}
	d.object(v, ptr, []string{"parties", "activities"}, func(name string, v jsondoc.Value, p string) {
		switch name {
		case "parties":
			r.Parties = d.strings(v, p)
		case "activities":
			r.Activities = list(d, v, p, d.activity)
		}
	})
	d.require(v, ptr, "parties", "activities")
	return r
}

func (d *decoder) activity(v jsondoc.Value, ptr string) ActivitySpec {
	var a ActivitySpec
	d.object(v, ptr, []string{"name", "decision", "scope", "cells"}, func(name string, v jsondoc.Value, p string) {
		switch name {
		case "name":
			a.Name = d.str(v, p)
		case "decision":
			a.Decision = d.str(v, p)
		case "scope":
			a.Scope = d.str(v, p)
		case "cells":
			if !d.is(v, p, jsondoc.Object) {
				return
			}
			a.Cells = make(map[string]string, len(v.Members))
			for _, m := range v.Members {
				a.Cells[m.Name] = d.str(m.Value, p+jsondoc.Pointer(m.Name))
			}
		}
	})
	d.require(v, ptr, "name", "cells")
	return a
}

// field returns the label of scope s.
func (l *ScopeLabels) field(s Scope) *string {
	switch s {
	case Feature:
		return &l.Feature
	case Product:
		return &l.Product
	case ProductLine:
		return &l.ProductLine
	case Portfolio:
		return &l.Portfolio
	}
	return &l.Company
}

// A specWriter writes a Spec as JSON: members in a fixed order, strings
// escaped as encoding/json escapes them, so that json.Marshal, which
// compacts what a Marshaler returns, leaves the bytes as they are.
type specWriter struct {
	b   []byte
	err error
}

func (w *specWriter) str(s string) {
	q, err := json.Marshal(s)
	if err != nil && w.err == nil {
		w.err = err
	}
	w.b = append(w.b, q...)
}

func (w *specWriter) key(k string, first bool) {
	if !first {
		w.b = append(w.b, ',')
	}
	w.str(k)
	w.b = append(w.b, ':')
}

func (w *specWriter) float(x float64) {
	q, err := json.Marshal(x)
	if err != nil && w.err == nil {
		w.err = fmt.Errorf("pmroles: cannot marshal %v years: %w", x, err)
	}
	w.b = append(w.b, q...)
}

func (w *specWriter) strs(ss []string) {
	w.b = append(w.b, '[')
	for i, s := range ss {
		if i > 0 {
			w.b = append(w.b, ',')
		}
		w.str(s)
	}
	w.b = append(w.b, ']')
}

// array writes n elements with elem.
func (w *specWriter) array(n int, elem func(i int)) {
	w.b = append(w.b, '[')
	for i := range n {
		if i > 0 {
			w.b = append(w.b, ',')
		}
		elem(i)
	}
	w.b = append(w.b, ']')
}

func (w *specWriter) spec(s *Spec) {
	w.b = append(w.b, '{')
	if s.Schema != "" {
		w.key("$schema", true)
		w.str(s.Schema)
		w.b = append(w.b, ',')
	}
	w.key("version", true)
	w.str(s.Version)
	if s.Name != "" {
		w.key("name", false)
		w.str(s.Name)
	}
	w.key("roles", false)
	w.array(len(s.Roles), func(i int) { w.role(&s.Roles[i]) })
	if s.Competencies != nil {
		w.key("competencies", false)
		w.array(len(s.Competencies), func(i int) {
			c := &s.Competencies[i]
			w.b = append(w.b, '{')
			w.key("id", true)
			w.str(c.ID)
			if c.Title != "" {
				w.key("title", false)
				w.str(c.Title)
			}
			if c.Description != "" {
				w.key("description", false)
				w.str(c.Description)
			}
			w.b = append(w.b, '}')
		})
	}
	if s.Functions != nil {
		w.key("functions", false)
		w.array(len(s.Functions), func(i int) {
			f := &s.Functions[i]
			w.b = append(w.b, '{')
			w.key("id", true)
			w.str(f.ID)
			if f.Title != "" {
				w.key("title", false)
				w.str(f.Title)
			}
			w.b = append(w.b, '}')
		})
	}
	if s.Scopes != (ScopeLabels{}) {
		w.key("scopes", false)
		w.b = append(w.b, '{')
		first := true
		for sc := range Scopes() {
			if l := *s.Scopes.field(sc); l != "" {
				w.key(sc.String(), first)
				w.str(l)
				first = false
			}
		}
		w.b = append(w.b, '}')
	}
	if s.Aliases != nil {
		w.key("aliases", false)
		w.array(len(s.Aliases), func(i int) {
			w.b = append(w.b, '{')
			w.key("title", true)
			w.str(s.Aliases[i].Title)
			w.key("role", false)
			w.str(s.Aliases[i].Role)
			w.b = append(w.b, '}')
		})
	}
	if s.Authority != nil {
		w.key("authority", false)
		w.array(len(s.Authority), func(i int) { w.authority(&s.Authority[i]) })
	}
	if s.Reporting != nil {
		w.key("reporting", false)
		w.array(len(s.Reporting), func(i int) {
			w.b = append(w.b, '{')
			w.key("manager", true)
			w.str(s.Reporting[i].Manager)
			w.key("reports", false)
			w.strs(s.Reporting[i].Reports)
			w.b = append(w.b, '}')
		})
	}
	if s.SpanOfControl != nil {
		w.key("spanOfControl", false)
		w.b = append(w.b, '{')
		w.key("min", true)
		w.b = strconv.AppendInt(w.b, int64(s.SpanOfControl.Min), 10)
		w.key("max", false)
		w.b = strconv.AppendInt(w.b, int64(s.SpanOfControl.Max), 10)
		w.b = append(w.b, '}')
	}
	if s.Ladder != nil {
		w.key("ladder", false)
		w.array(len(s.Ladder), func(i int) { w.transition(&s.Ladder[i]) })
	}
	if s.RACI != nil {
		w.key("raci", false)
		w.raci(s.RACI)
	}
	w.b = append(w.b, '}')
}

func (w *specWriter) role(r *RoleSpec) {
	w.b = append(w.b, '{')
	w.key("id", true)
	w.str(r.ID)
	if r.Title != "" {
		w.key("title", false)
		w.str(r.Title)
	}
	if r.Canonical != "" {
		w.key("canonical", false)
		w.str(r.Canonical)
	}
	if r.Track != "" {
		w.key("track", false)
		w.str(r.Track)
	}
	if r.Level != 0 {
		w.key("level", false)
		w.b = strconv.AppendInt(w.b, int64(r.Level), 10)
	}
	if r.Grade != "" {
		w.key("grade", false)
		w.str(r.Grade)
	}
	if r.Responsibilities != nil {
		w.key("responsibilities", false)
		w.strs(r.Responsibilities)
	}
	w.b = append(w.b, '}')
}

func (w *specWriter) authority(a *AuthoritySpec) {
	w.b = append(w.b, '{')
	w.key("role", true)
	w.str(a.Role)
	if a.Inherit {
		w.key("inherit", false)
		w.b = append(w.b, "true"...)
	}
	w.key("grants", false)
	w.array(len(a.Grants), func(i int) {
		g := &a.Grants[i]
		w.b = append(w.b, '{')
		w.key("decision", true)
		w.str(g.Decision)
		w.key("scope", false)
		w.str(g.Scope)
		if g.Limit != (Money{}) {
			w.key("limit", false)
			w.b = append(w.b, '{')
			w.key("amount", true)
			w.b = strconv.AppendInt(w.b, g.Limit.Amount, 10)
			w.key("currency", false)
			w.str(g.Limit.Currency)
			w.b = append(w.b, '}')
		}
		w.b = append(w.b, '}')
	})
	w.b = append(w.b, '}')
}

func (w *specWriter) transition(t *TransitionSpec) {
	w.b = append(w.b, '{')
	w.key("from", true)
	w.str(t.From)
	w.key("to", false)
	w.str(t.To)
	w.key("kind", false)
	w.str(t.Kind)
	w.key("requirements", false)
	r := &t.Requirements
	w.b = append(w.b, '{')
	w.key("yearsExperience", true)
	w.float(r.YearsExperience)
	w.key("yearsInRole", false)
	w.float(r.YearsInRole)
	w.key("yearsManaging", false)
	w.float(r.YearsManaging)
	w.key("competencies", false)
	w.strs(r.Competencies)
	w.b = append(w.b, '}', '}')
}

func (w *specWriter) raci(r *RACISpec) {
	w.b = append(w.b, '{')
	w.key("parties", true)
	w.strs(r.Parties)
	w.key("activities", false)
	w.array(len(r.Activities), func(i int) {
		a := &r.Activities[i]
		w.b = append(w.b, '{')
		w.key("name", true)
		w.str(a.Name)
		if a.Decision != "" {
			w.key("decision", false)
			w.str(a.Decision)
		}
		if a.Scope != "" {
			w.key("scope", false)
			w.str(a.Scope)
		}
		w.key("cells", false)
		w.b = append(w.b, '{')
		// Cells in the order of the parties, then any others sorted, so
		// the output is the same for the same Spec.
		first := true
		written := 0
		for _, p := range r.Parties {
			if c, ok := a.Cells[p]; ok {
				w.key(p, first)
				w.str(c)
				first = false
				written++
			}
		}
		if written < len(a.Cells) {
			var rest []string
			for p := range a.Cells {
				if !slices.Contains(r.Parties, p) {
					rest = append(rest, p)
				}
			}
			slices.Sort(rest)
			for _, p := range rest {
				w.key(p, first)
				w.str(a.Cells[p])
				first = false
			}
		}
		w.b = append(w.b, '}', '}')
	})
	w.b = append(w.b, '}')
}

// clone returns a deep copy of s.
func (s *Spec) clone() *Spec {
	t := *s
	t.Roles = slices.Clone(s.Roles)
	for i := range t.Roles {
		t.Roles[i].Responsibilities = slices.Clone(t.Roles[i].Responsibilities)
	}
	t.Competencies = slices.Clone(s.Competencies)
	t.Functions = slices.Clone(s.Functions)
	t.Aliases = slices.Clone(s.Aliases)
	t.Authority = slices.Clone(s.Authority)
	for i := range t.Authority {
		t.Authority[i].Grants = slices.Clone(t.Authority[i].Grants)
	}
	if s.SpanOfControl != nil {
		span := *s.SpanOfControl
		t.SpanOfControl = &span
	}
	t.Reporting = slices.Clone(s.Reporting)
	for i := range t.Reporting {
		t.Reporting[i].Reports = slices.Clone(t.Reporting[i].Reports)
	}
	t.Ladder = slices.Clone(s.Ladder)
	for i := range t.Ladder {
		t.Ladder[i].Requirements.Competencies = slices.Clone(t.Ladder[i].Requirements.Competencies)
	}
	if s.RACI != nil {
		r := *s.RACI
		r.Parties = slices.Clone(r.Parties)
		r.Activities = slices.Clone(r.Activities)
		for i := range r.Activities {
			cells := make(map[string]string, len(r.Activities[i].Cells))
			for k, v := range r.Activities[i].Cells {
				cells[k] = v
			}
			r.Activities[i].Cells = cells
		}
		t.RACI = &r
	}
	return &t
}

// Schema returns the JSON Schema (draft 2020-12) of the framework document
// of version [SpecVersion], for editors, linters and other languages; its
// $id is https://github.com/pmroles/pmroles/schema/pmroles-v1.schema.json.
// The schema checks each value on its own: members, types, IDs, the words
// of the closed vocabularies, ranges and lengths. What ties two values
// together (an ID that must name a role of the document, a manager that
// must outrank its reports, a ladder without cycles) only [ParseFramework]
// checks, so it may refuse a document the schema accepts. The schema
// states the form [Framework.MarshalJSON] writes; ParseFramework also
// reads a few looser spellings, such as "" for an optional member left
// out. The result is a copy: changing it changes nothing else.
func Schema() []byte { return bytes.Clone(schema.V1) }
