// Package jsondoc reads a JSON document into a tree that remembers where
// every value was, so that a strict decoder can report each problem with
// the RFC 6901 JSON Pointer of the value at fault and the byte offset where
// it starts. Unlike encoding/json it reports duplicate object keys, keeps
// members in document order, and keeps numbers as their literal text.
//
// Parse stops at the first syntax error, since nothing after it can be
// trusted, but reports every duplicate key it meets before that.
package jsondoc

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// MaxDepth is how deeply arrays and objects may nest. A framework document
// nests five levels deep; the limit keeps hostile input from exhausting
// the stack.
const MaxDepth = 64

// A Kind is the JSON type of a Value.
type Kind uint8

// The kinds of value.
const (
	Null Kind = iota
	Bool
	Number
	String
	Array
	Object
)

// String returns the kind as JSON Schema names it: "null", "boolean",
// "number", "string", "array" or "object".
func (k Kind) String() string {
	return [...]string{"null", "boolean", "number", "string", "array", "object"}[k]
}

// A Value is one JSON value and where it was.
type Value struct {
	Kind Kind
	// Off is the byte offset of the value's first byte in the document.
	Off int
	// Text holds a String's decoded text, or a Number's literal.
	Text string
	// Bool holds a Bool.
	Bool bool
	// Elems holds an Array's elements.
	Elems []Value
	// Members holds an Object's members in document order, duplicates
	// included.
	Members []Member
}

// A Member is one name and value of an object.
type Member struct {
	Name  string
	Value Value
}

// A SyntaxError is a document that is not JSON.
type SyntaxError struct {
	Off int    // byte offset of the problem
	Msg string // what is wrong
}

func (e *SyntaxError) Error() string {
	return "byte " + strconv.Itoa(e.Off) + ": " + e.Msg
}

// A Duplicate is an object key that appears more than once.
type Duplicate struct {
	Pointer string // the pointer of the second occurrence
	Off     int    // the offset of its value
}

// Parse reads data as one JSON value. It returns the tree, every duplicate
// key, and a syntax error if data is not JSON; the tree is then
// incomplete and must not be used.
func Parse(data []byte) (Value, []Duplicate, *SyntaxError) {
	p := &parser{data: data}
	p.skipBOMAndSpace()
	v := p.value(0)
	if p.err == nil {
		p.space()
		if p.pos < len(p.data) {
			p.fail("unexpected " + p.show() + " after the document")
		}
	}
	if p.err != nil {
		return Value{}, p.dups, p.err
	}
	return v, p.dups, nil
}

type parser struct {
	data []byte
	pos  int
	err  *SyntaxError
	// strings holds the short strings read so far: a document repeats
	// its member names and IDs, and each is then one string.
	strings map[string]string
	path    []step // where the value being read is, rendered only for a duplicate
	dups    []Duplicate
	// elems and members are stacks the arrays and objects being read
	// gather their contents on; each is copied out once at its exact
	// size, so a document's slices are not grown by doubling.
	elems   []Value
	members []Member
}

// A step is one token of a pointer: a member's name, or an element's
// index when name is unset.
type step struct {
	name  string
	index int
	elem  bool
}

// pointer renders the path.
func (p *parser) pointer() string {
	tokens := make([]string, len(p.path))
	for i, s := range p.path {
		if s.elem {
			tokens[i] = strconv.Itoa(s.index)
		} else {
			tokens[i] = s.name
		}
	}
	return Pointer(tokens...)
}

func (p *parser) fail(msg string) {
	if p.err == nil {
		p.err = &SyntaxError{Off: p.pos, Msg: msg}
	}
}

// show describes the byte at pos for an error message.
func (p *parser) show() string {
	if p.pos >= len(p.data) {
		return "end of input"
	}
	c := p.data[p.pos]
	if c < 0x20 || c >= 0x7F {
		return "byte " + strconv.QuoteToASCII(string(c))
	}
	return strconv.Quote(string(c))
}

func (p *parser) skipBOMAndSpace() {
	if len(p.data) >= 3 && p.data[0] == 0xEF && p.data[1] == 0xBB && p.data[2] == 0xBF {
		p.pos = 3
	}
	p.space()
}

func (p *parser) space() {
	for p.pos < len(p.data) {
		switch p.data[p.pos] {
		case ' ', '\t', '\n', '\r':
			p.pos++
		default:
			return
		}
	}
}

func (p *parser) value(depth int) Value {
	if p.pos >= len(p.data) {
		p.fail("unexpected end of input, want a value")
		return Value{}
	}
	v := Value{Off: p.pos}
	switch c := p.data[p.pos]; {
	case c == '{':
		if depth >= MaxDepth {
			p.fail("too deeply nested")
			return v
		}
		v.Kind = Object
		v.Members = p.object(depth)
	case c == '[':
		if depth >= MaxDepth {
			p.fail("too deeply nested")
			return v
		}
		v.Kind = Array
		v.Elems = p.array(depth)
	case c == '"':
		v.Kind = String
		v.Text = p.str()
	case c == '-' || '0' <= c && c <= '9':
		v.Kind = Number
		v.Text = p.number()
	case c == 't':
		v.Kind, v.Bool = Bool, true
		p.literal("true")
	case c == 'f':
		v.Kind = Bool
		p.literal("false")
	case c == 'n':
		v.Kind = Null
		p.literal("null")
	default:
		p.fail("unexpected " + p.show() + ", want a value")
	}
	return v
}

func (p *parser) literal(word string) {
	if !strings.HasPrefix(string(p.data[p.pos:min(len(p.data), p.pos+len(word))]), word) {
		p.fail("invalid literal, want " + word)
		return
	}
	p.pos += len(word)
}

func (p *parser) object(depth int) []Member {
	p.pos++ // {
	p.space()
	var seen map[string]bool // past a few members, duplicates are found by map
	if p.pos < len(p.data) && p.data[p.pos] == '}' {
		p.pos++
		return []Member{}
	}
	base := len(p.members)
	defer func() { p.members = p.members[:base] }()
	for p.err == nil {
		members := p.members[base:]
		if p.pos >= len(p.data) || p.data[p.pos] != '"' {
			p.fail("unexpected " + p.show() + ", want a member name")
			return nil
		}
		name := p.str()
		p.space()
		if p.pos >= len(p.data) || p.data[p.pos] != ':' {
			p.fail("unexpected " + p.show() + ", want ':'")
			return nil
		}
		p.pos++
		p.space()
		p.path = append(p.path, step{name: name})
		v := p.value(depth + 1)
		dup := false
		if seen != nil {
			dup = seen[name]
			seen[name] = true
		} else {
			for _, m := range members {
				dup = dup || m.Name == name
			}
			if len(members) == 8 {
				seen = make(map[string]bool)
				for _, m := range members {
					seen[m.Name] = true
				}
				seen[name] = true
			}
		}
		if dup {
			p.dups = append(p.dups, Duplicate{Pointer: p.pointer(), Off: v.Off})
		}
		p.path = p.path[:len(p.path)-1]
		p.members = append(p.members, Member{name, v})
		p.space()
		if p.pos >= len(p.data) {
			p.fail("unexpected end of input, want ',' or '}'")
			return nil
		}
		switch p.data[p.pos] {
		case ',':
			p.pos++
			p.space()
		case '}':
			p.pos++
			return slices.Clone(p.members[base:])
		default:
			p.fail("unexpected " + p.show() + ", want ',' or '}'")
		}
	}
	return nil
}

func (p *parser) array(depth int) []Value {
	p.pos++ // [
	p.space()
	if p.pos < len(p.data) && p.data[p.pos] == ']' {
		p.pos++
		return []Value{}
	}
	base := len(p.elems)
	defer func() { p.elems = p.elems[:base] }()
	for p.err == nil {
		p.path = append(p.path, step{index: len(p.elems) - base, elem: true})
		v := p.value(depth + 1)
		p.elems = append(p.elems, v)
		p.path = p.path[:len(p.path)-1]
		p.space()
		if p.pos >= len(p.data) {
			p.fail("unexpected end of input, want ',' or ']'")
			return nil
		}
		switch p.data[p.pos] {
		case ',':
			p.pos++
			p.space()
		case ']':
			p.pos++
			return slices.Clone(p.elems[base:])
		default:
			p.fail("unexpected " + p.show() + ", want ',' or ']'")
		}
	}
	return nil
}

// str reads a string, its quotes included, and returns its text.
func (p *parser) str() string {
	p.pos++ // "
	start := p.pos
	// The common case: no escapes, valid UTF-8, one allocation.
	for p.pos < len(p.data) {
		c := p.data[p.pos]
		switch {
		case c == '"':
			s := p.intern(p.data[start:p.pos])
			p.pos++
			return s
		case c == '\\':
			return p.escaped(start)
		case c < 0x20:
			p.fail("control character " + strconv.QuoteToASCII(string(c)) + " in a string")
			return ""
		case c < utf8.RuneSelf:
			p.pos++
		default:
			r, size := utf8.DecodeRune(p.data[p.pos:])
			if r == utf8.RuneError && size == 1 {
				p.fail("invalid UTF-8 in a string")
				return ""
			}
			p.pos += size
		}
	}
	p.fail("unexpected end of input in a string")
	return ""
}

// intern returns b as a string, the same string for the same short text.
func (p *parser) intern(b []byte) string {
	if len(b) > 64 {
		return string(b)
	}
	if s, ok := p.strings[string(b)]; ok { // the lookup does not allocate
		return s
	}
	if p.strings == nil {
		p.strings = make(map[string]string, 64)
	}
	s := string(b)
	if len(p.strings) < 4096 {
		p.strings[s] = s
	}
	return s
}

// escaped reads the rest of a string that holds an escape, from the
// string's first byte at start.
func (p *parser) escaped(start int) string {
	b := append([]byte(nil), p.data[start:p.pos]...)
	for p.pos < len(p.data) {
		c := p.data[p.pos]
		switch {
		case c == '"':
			p.pos++
			return string(b)
		case c == '\\':
			if p.pos+1 >= len(p.data) {
				p.fail("unexpected end of input in a string")
				return ""
			}
			e := p.data[p.pos+1]
			p.pos += 2
			switch e {
			case '"', '\\', '/':
				b = append(b, e)
			case 'b':
				b = append(b, '\b')
			case 'f':
				b = append(b, '\f')
			case 'n':
				b = append(b, '\n')
			case 'r':
				b = append(b, '\r')
			case 't':
				b = append(b, '\t')
			case 'u':
				r, ok := p.hex4()
				if !ok {
					return ""
				}
				if utf16.IsSurrogate(r) {
					// A surrogate pairs only with the escape that follows
					// it; anything else leaves U+FFFD and is read on its
					// own, as encoding/json reads it.
					r2, next := utf8.RuneError, p.pos
					if p.pos+1 < len(p.data) && p.data[p.pos] == '\\' && p.data[p.pos+1] == 'u' {
						p.pos += 2
						if r2, ok = p.hex4(); !ok {
							return ""
						}
					}
					if r = utf16.DecodeRune(r, r2); r == utf8.RuneError {
						p.pos = next
					}
				}
				b = utf8.AppendRune(b, r)
			default:
				p.pos -= 2
				p.fail("invalid escape " + strconv.Quote(string(p.data[p.pos:p.pos+2])) + " in a string")
				return ""
			}
		case c < 0x20:
			p.fail("control character " + strconv.QuoteToASCII(string(c)) + " in a string")
			return ""
		default:
			r, size := utf8.DecodeRune(p.data[p.pos:])
			if r == utf8.RuneError && size == 1 {
				p.fail("invalid UTF-8 in a string")
				return ""
			}
			b = append(b, p.data[p.pos:p.pos+size]...)
			p.pos += size
		}
	}
	p.fail("unexpected end of input in a string")
	return ""
}

func (p *parser) hex4() (rune, bool) {
	if p.pos+4 > len(p.data) {
		p.fail("unexpected end of input in a \\u escape")
		return 0, false
	}
	n, err := strconv.ParseUint(string(p.data[p.pos:p.pos+4]), 16, 16)
	if err != nil {
		p.fail("invalid \\u escape")
		return 0, false
	}
	p.pos += 4
	return rune(n), true
}

// number reads a number as JSON's grammar has it and returns its literal.
func (p *parser) number() string {
	start := p.pos
	if p.data[p.pos] == '-' {
		p.pos++
	}
	digits := func() int {
		n := 0
		for p.pos < len(p.data) && '0' <= p.data[p.pos] && p.data[p.pos] <= '9' {
			p.pos++
			n++
		}
		return n
	}
	switch {
	case p.pos < len(p.data) && p.data[p.pos] == '0':
		p.pos++
	case digits() == 0:
		p.fail("invalid number")
		return ""
	}
	if p.pos < len(p.data) && p.data[p.pos] == '.' {
		p.pos++
		if digits() == 0 {
			p.fail("invalid number: no digit after '.'")
			return ""
		}
	}
	if p.pos < len(p.data) && (p.data[p.pos] == 'e' || p.data[p.pos] == 'E') {
		p.pos++
		if p.pos < len(p.data) && (p.data[p.pos] == '+' || p.data[p.pos] == '-') {
			p.pos++
		}
		if digits() == 0 {
			p.fail("invalid number: no digit in the exponent")
			return ""
		}
	}
	return string(p.data[start:p.pos])
}

var (
	escapeToken   = strings.NewReplacer("~", "~0", "/", "~1")
	unescapeToken = strings.NewReplacer("~1", "/", "~0", "~")
)

// Unescape returns the token a pointer's escaped token stands for.
func Unescape(tok string) string { return unescapeToken.Replace(tok) }

// Pointer returns the RFC 6901 JSON Pointer made of tokens: "/roles/3/id".
// No tokens give "", the whole document.
func Pointer(tokens ...string) string {
	var b strings.Builder
	for _, t := range tokens {
		b.WriteByte('/')
		if !strings.ContainsAny(t, "~/") {
			b.WriteString(t)
			continue
		}
		b.WriteString(escapeToken.Replace(t))
	}
	return b.String()
}
