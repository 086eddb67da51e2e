package jobtitle

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Aliases are a framework's company aliases. The zero value has none.
// An Aliases value is never modified: Add returns a new one.
//
// An alias is stored under its key: its words as the parser reads them,
// abbreviations expanded, interim words dropped, leading modifiers as
// written, then the core in the order of the phrase tables ("Senior
// Director of Product" and "Sr. Director, Product Management" are both
// "senior product director"). So an alias matches whatever the built-in
// titles would match in its place.
type Aliases struct {
	// all holds every alias, sorted by key: for conflicts, and for titles
	// with words outside the vocabulary.
	all []titleAlias
	// packed indexes the aliases made of vocabulary words only, which
	// is most of them, by phraseKey: looking one up costs no spelling.
	packed []packedAlias
	// plain is set when an alias names no function and is no rank alone,
	// as "Produktmanager": only then may a title without a function word
	// match an alias once words are set aside.
	plain bool
}

type packedAlias struct {
	key      phraseKey
	role     Role
	rankOnly bool
}

// A titleAlias is one company alias of a Framework.
type titleAlias struct {
	key      string // the spelled key
	title    string // the alias as given, for messages
	role     Role
	rankOnly bool // a rank alone, with seniority words: "Director", "SVP"
}

// An AliasEntry is one alias to build: the title and the role it means.
// Role is opaque here: values above the catalogue's are company roles.
type AliasEntry struct {
	Title string
	Role  Role
}

// An AliasProblem says why BuildAliases left out an entry.
type AliasProblem struct {
	Index  int    // the entry's index in the input
	Title  string // the entry's title
	Reason string // why it was left out
	// Taken, when set, is the alias of the same key that maps to another
	// role, and Role that role.
	Taken string
	Role  Role
}

// An AddError says why [Aliases.Add] refused an alias.
type AddError struct {
	Reason string
	// Taken, when set, is the alias of the same key that maps to another
	// role, and Role that role.
	Taken string
	Role  Role
}

// maxKeyLen bounds the bytes of a spelled alias key: 256 bytes of text,
// abbreviations expanded.
const maxKeyLen = 512

// aliasKey is the key of one alias, as aliasKeyOf reads it.
type aliasKey struct {
	spelled  string
	packed   phraseKey
	isPacked bool
	rankOnly bool
	plain    bool // no function word, and no rank alone
}

// checkText returns why text may not be an alias, or "": aliases are
// shown to people, so control characters, escape sequences, invisible
// characters and invalid UTF-8 are refused rather than read around.
func checkText(text string) string {
	if !utf8.ValidString(text) {
		return "an alias must be valid UTF-8"
	}
	for _, r := range text {
		if r == 0 {
			return "an alias must not hold a NUL byte"
		}
		if r == 0x1b {
			return "an alias must not hold an escape sequence"
		}
		if unicode.IsControl(r) && r != '\t' || isInvisible(r) {
			return "an alias must not hold control or invisible characters"
		}
	}
	return ""
}

// aliasKeyOf reads title as an alias. It returns why it is not one, or "".
func aliasKeyOf(title string) (aliasKey, string) {
	if reason := checkText(title); reason != "" {
		return aliasKey{}, reason
	}
	var p titleParser
	if reason, note := p.scan(title, 0); reason != 0 {
		return aliasKey{}, note
	}
	if p.areaAt >= 0 {
		return aliasKey{}, "an alias is a role alone; it has an area"
	}
	ws := p.words[:p.nw]
	if _, grade := p.splitGrade(ws); grade != 0 {
		return aliasKey{}, "an alias cannot end in a grade; grades are read apart"
	}
	var buf [maxWords]wordRef
	words, _ := aliasWords(buf[:0], ws)
	if len(words) == 0 {
		return aliasKey{}, `an alias needs a word other than "of" and "interim"`
	}
	var kb [maxKeyLen]byte
	spelled, ok := p.spell(kb[:0], words)
	if !ok {
		return aliasKey{}, "alias too long"
	}
	k := aliasKey{spelled: string(spelled), rankOnly: rankOnly(words)}
	k.plain = !k.rankOnly && !hasFunction(words)
	k.packed, k.isPacked = pack(words)
	return k, ""
}

// rankOnly reports whether ws are a rank alone, with seniority words.
func rankOnly(ws []wordRef) bool {
	rank := false
	for _, w := range ws {
		switch class(w) {
		case classRank:
			rank = true
		case classSeniority:
		default:
			return false
		}
	}
	return rank
}

// aliasWords appends to dst the words of ws that make an alias key:
// without interim words, leading modifiers as written, then the core in
// canonical order. It returns them and the number of leading modifiers.
func aliasWords(dst, ws []wordRef) ([]wordRef, int) {
	var buf [maxWords]wordRef
	tmp := buf[:0]
	for _, w := range ws {
		if class(w) != classInterim {
			tmp = append(tmp, w)
		}
	}
	lead := leading(tmp)
	dst = append(dst, tmp[:lead]...)
	core := tmp[lead:]
	of, fn, ok := shape(core, nil)
	if !ok {
		// A misplaced "of" is left out, as written.
		for _, w := range core {
			if w.w != wOf {
				dst = append(dst, w)
			}
		}
		return dst, lead
	}
	return canonical(dst, core, of, fn), lead
}

// spell appends the spellings of ws to key, separated by spaces; words
// the vocabulary does not know are spelled as written, in lower case. It
// returns false when the key would be too long.
func (p *titleParser) spell(key []byte, ws []wordRef) ([]byte, bool) {
	for i, w := range ws {
		sp := wordInfo[w.w].spelling
		raw := sp == "" || w.w == wPrep
		if raw {
			sp = p.word(w)
		}
		if len(key)+1+len(sp) > cap(key) {
			return key, false
		}
		if i > 0 {
			key = append(key, ' ')
		}
		if raw {
			for k := 0; k < len(sp); k++ {
				key = append(key, lower(sp[k]))
			}
			continue
		}
		key = append(key, sp...)
	}
	return key, true
}

// pack returns the phraseKey of ws, or false if one of them is spelled
// as written (unknown, look-alike, preposition or numeral) or there are
// too many.
func pack(ws []wordRef) (phraseKey, bool) {
	if len(ws) > maxPhraseWords {
		return 0, false
	}
	var k phraseKey
	for _, w := range ws {
		switch w.w {
		case wUnknown, wNumeral, wForeign, wPrep:
			return 0, false
		}
		k = k.add(w.w)
	}
	return k, true
}

func comparePacked(a packedAlias, k phraseKey) int { return cmp.Compare(a.key, k) }

func compareSpelled(a titleAlias, k string) int { return strings.Compare(a.key, k) }

// find looks words up in a.
func (a *Aliases) find(p *titleParser, words []wordRef) (titleAlias, bool) {
	if k, ok := pack(words); ok {
		i, found := slices.BinarySearchFunc(a.packed, k, comparePacked)
		if found {
			return titleAlias{role: a.packed[i].role, rankOnly: a.packed[i].rankOnly}, true
		}
		return titleAlias{}, false
	}
	if len(a.packed) == len(a.all) {
		// Every alias is packed: one with a word spelled as written, or
		// too many words, cannot match.
		return titleAlias{}, false
	}
	var buf [maxKeyLen]byte
	key, ok := p.spell(buf[:0], words)
	if !ok {
		return titleAlias{}, false
	}
	// Compared as string(key) in place, the key is never copied.
	lo, hi := 0, len(a.all)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if a.all[m].key < string(key) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(a.all) && a.all[lo].key == string(key) {
		return a.all[lo], true
	}
	return titleAlias{}, false
}

// matchAlias looks the role part ws up in a framework's aliases: first as
// a whole, then without one, two, ... of its leading modifiers, which
// then qualify the alias. So with an alias "Technical Lead", "Senior
// Technical Lead" is that alias, with seniority senior. rankOK lets an
// alias that is a rank alone match, and then only seniority words may
// qualify it: in "Growth Director" the specialty names the function.
func (p *titleParser) matchAlias(ws []wordRef, a *Aliases, rankOK bool, r *reading) bool {
	if a == nil || len(a.all) == 0 {
		return false
	}
	*r = reading{}
	ws, r.t.Grade = p.splitGrade(ws)
	for _, w := range ws {
		r.t.Interim = r.t.Interim || class(w) == classInterim
	}
	var buf [maxWords]wordRef
	words, lead := aliasWords(buf[:0], ws)
	var m modifiers
	for k := 0; k <= lead && k < len(words); k++ {
		if k > 0 {
			m.add(words[k-1])
			if m.conflict || m.ns > 1 || m.ns == 1 && wordInfo[m.seniority[0]].seniority == 0 {
				return false
			}
		}
		x, found := a.find(p, words[k:])
		if !found || x.rankOnly && (!rankOK || m.specialty != 0) {
			continue
		}
		r.t.Role, r.t.Specialty, r.t.Confidence = x.role, m.specialty, ConfidenceAlias
		if m.ns == 1 {
			r.t.Seniority = wordInfo[m.seniority[0]].seniority
		}
		// A company's own alias is its word: never risky, as "PO" alone
		// is among strangers.
		r.abbr = oneToken(words[k:], fAbbr)
		r.mods = hasModifier(ws, words[k:])
		r.rankOnly = x.rankOnly
		return true
	}
	return false
}

// Add returns a with the alias title for role r, which a itself keeps
// unchanged: the alias is read like a title and must be a role part alone.
// Adding an alias again for the same role changes nothing. Each Add
// copies a; BuildAliases builds many at once.
func (a Aliases) Add(title string, r Role) (Aliases, *AddError) {
	k, reason := aliasKeyOf(title)
	if reason != "" {
		return a, &AddError{Reason: reason}
	}
	i, found := slices.BinarySearchFunc(a.all, k.spelled, compareSpelled)
	if found {
		if old := a.all[i]; old.role != r {
			return a, &AddError{Reason: "alias already maps", Taken: old.title, Role: old.role}
		}
		return a, nil
	}
	// a's slices may be shared with the framework it came from: build new
	// slices rather than insert in place.
	a.all = inserted(a.all, i, titleAlias{key: k.spelled, title: title, role: r, rankOnly: k.rankOnly})
	if k.isPacked {
		j, _ := slices.BinarySearchFunc(a.packed, k.packed, comparePacked)
		a.packed = inserted(a.packed, j, packedAlias{k.packed, r, k.rankOnly})
	}
	a.plain = a.plain || k.plain
	return a, nil
}

// inserted returns a new slice of s with x at index i, of the exact size.
func inserted[T any](s []T, i int, x T) []T {
	out := make([]T, 0, len(s)+1)
	out = append(out, s[:i]...)
	out = append(out, x)
	return append(out, s[i:]...)
}

// BuildAliases builds the aliases of entries at once, sorting them once:
// time O(n log n) for n entries. An entry that is not a valid alias, or
// whose key an earlier entry maps to another role, is left out and
// reported; an entry that repeats an earlier one is dropped silently.
// The problems come in the order of entries.
func BuildAliases(entries []AliasEntry) (Aliases, []AliasProblem) {
	type item struct {
		aliasKey
		index int
	}
	var problems []AliasProblem
	items := make([]item, 0, len(entries))
	for i, e := range entries {
		k, reason := aliasKeyOf(e.Title)
		if reason != "" {
			problems = append(problems, AliasProblem{Index: i, Title: e.Title, Reason: reason})
			continue
		}
		items = append(items, item{k, i})
	}
	slices.SortStableFunc(items, func(a, b item) int { return strings.Compare(a.spelled, b.spelled) })
	var a Aliases
	a.all = make([]titleAlias, 0, len(items))
	for _, it := range items {
		e := entries[it.index]
		if n := len(a.all); n > 0 && a.all[n-1].key == it.spelled {
			if first := a.all[n-1]; first.role != e.Role {
				problems = append(problems, AliasProblem{Index: it.index, Title: e.Title, Reason: "alias already maps", Taken: first.title, Role: first.role})
			}
			continue
		}
		a.all = append(a.all, titleAlias{key: it.spelled, title: e.Title, role: e.Role, rankOnly: it.rankOnly})
		a.plain = a.plain || it.plain
		if it.isPacked {
			a.packed = append(a.packed, packedAlias{it.packed, e.Role, it.rankOnly})
		}
	}
	slices.SortFunc(a.packed, func(x, y packedAlias) int { return cmp.Compare(x.key, y.key) })
	slices.SortFunc(problems, func(x, y AliasProblem) int { return cmp.Compare(x.Index, y.Index) })
	return a, problems
}

// All yields every alias as given, with its role, sorted by its
// normalised form.
func (a *Aliases) All(yield func(string, Role) bool) {
	for _, x := range a.all {
		if !yield(x.title, x.role) {
			return
		}
	}
}

// Len returns the number of aliases, and how many of them are packed:
// made of vocabulary words only, found without spelling them out.
func (a *Aliases) Len() (all, packed int) { return len(a.all), len(a.packed) }
