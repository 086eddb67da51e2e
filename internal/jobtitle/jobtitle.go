// Package jobtitle is the machinery behind pmroles.ParseTitle: the
// vocabulary and phrase tables (vocab.go), the scanner that splits a
// title into tokens, segments and an area (scan.go), the reader that maps
// a role part onto a catalogue role, strictly or setting words aside
// (read.go, this file), and company alias tables (alias.go).
//
// It cannot import pmroles, so it mirrors the few pmroles enumerations it
// produces (Role, Seniority, Specialty, Confidence, Reason) as types of
// its own with the same values; a test in pmroles checks that they agree.
// A Role above the catalogue's is a company role: the parser passes it
// through from an alias unchanged.
package jobtitle

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Role mirrors pmroles.Role: the same constants in the same order. Values
// above HeadOfProductAnalytics are company roles, opaque here.
type Role uint8

// The roles, as in pmroles.
const (
	AssociateProductManager Role = 1 + iota
	ProductManager
	SeniorProductManager
	PrincipalProductManager
	GroupProductManager
	DirectorOfProduct
	HeadOfProduct
	VPOfProduct
	ChiefProductOfficer
	ProductOwner
	ProductMarketingManager
	DirectorOfProductMarketing
	DirectorOfUX
	HeadOfProductAnalytics
)

// displayTitles mirrors pmroles.Role.Title: a title equal to one of these
// is read with ConfidenceExact.
var displayTitles = [...]string{"",
	"Associate Product Manager", "Product Manager", "Senior Product Manager", "Principal Product Manager",
	"Group Product Manager", "Director of Product", "Head of Product", "VP of Product", "Chief Product Officer",
	"Product Owner", "Product Marketing Manager", "Director of Product Marketing", "Director of UX",
	"Head of Product Analytics",
}

// Title returns the role's display title, as pmroles.Role.Title does, or
// "" for a company role.
func (r Role) Title() string {
	if int(r) >= len(displayTitles) {
		return ""
	}
	return displayTitles[r]
}

// Seniority mirrors pmroles.Seniority.
type Seniority uint8

// The seniorities, as in pmroles.
const (
	SeniorityJunior Seniority = 1 + iota
	SeniorityAssociate
	SenioritySenior
	SeniorityPrincipal
	SeniorityExecutive
)

// Specialty mirrors pmroles.Specialty.
type Specialty uint8

// The specialties, as in pmroles.
const (
	SpecialtyTechnical Specialty = 1 + iota
	SpecialtyGrowth
	SpecialtyPlatform
	SpecialtyData
	SpecialtyAI
)

// Confidence mirrors pmroles.Confidence; the order matters: max of two
// confidences is the less certain.
type Confidence uint8

// The confidences, as in pmroles.
const (
	ConfidenceExact Confidence = 1 + iota
	ConfidenceNormalized
	ConfidenceAlias
	ConfidenceInferred
	ConfidenceUncertain
)

// Reason mirrors pmroles.TitleReason.
type Reason uint8

// The reasons, as in pmroles.
const (
	ReasonUnknownWord Reason = 1 + iota
	ReasonLookAlike
	ReasonAmbiguous
	ReasonCombined
	ReasonNoFunction
	ReasonNotInCatalogue
	ReasonNotInFramework
	ReasonEmpty
	ReasonTooLong
)

// A Title is what a title says, as pmroles.Title holds it.
type Title struct {
	Role       Role
	Seniority  Seniority
	Specialty  Specialty
	Grade      int
	Qualifier  string
	Area       string
	Interim    bool
	Confidence Confidence
}

// MaxCandidates is the most candidate roles a refusal lists.
const MaxCandidates = 4

// A Refusal says why a title names no role. Its zero value, with Reason
// 0, means the title was read. It holds no pointer into the parser and
// costs no allocation: Word is a substring of the title, Note a constant.
type Refusal struct {
	Reason Reason
	// Word is the word of the title the refusal turns on, as written, or
	// "" when none does.
	Word string
	// Note says more, in words that follow the reason; "" when there is
	// nothing to add.
	Note string
	// Candidates are, for an ambiguous title, the roles it may name, most
	// likely first: Candidates[:NumCandidates].
	Candidates    [MaxCandidates]Role
	NumCandidates int
}

// Limits on the text a title parser accepts. Job titles are short; the
// limits bound the work done on hostile input and let the parser keep its
// state on the stack.
const (
	maxTitleLen = 256 // bytes of the whole text, area included
	maxTokens   = 16  // words of the role part, as written
	maxWords    = 24  // words of the role part, abbreviations expanded
	maxGrade    = 10  // the largest grade suffix, "10" or "X"
)

// tooManyWords is the note for a role part of more than maxTokens tokens
// or maxWords words.
const tooManyWords = "too many words for a job title"

// Limits the tests of pmroles need.
const (
	MaxLen    = maxTitleLen // the longest title, in bytes
	MaxGrade  = maxGrade    // the largest grade suffix
	MaxTokens = maxTokens   // the most words a role part may have
)

// Tokens returns the tokens of the vocabulary, in its sorted order.
func Tokens() []string {
	out := make([]string, len(vocabulary))
	for i, e := range vocabulary {
		out[i] = e.token
	}
	return out
}

// IsGrade reports whether tok is a grade suffix: 1 to 10 or I to X.
func IsGrade(tok string) bool { return parseGrade(tok) != 0 }

// Parse maps title s onto the catalogue with the built-in vocabulary. On
// failure it returns the zero Title and why.
func Parse(s string) (Title, Refusal) { return ParseWith(s, nil) }

// ParseWith is Parse with a company's aliases, tried before the built-in
// tables wherever those are. An alias that is a rank alone, such as "VP",
// also matches "VP, Payments", with the area "Payments", unless "VP of
// Payments" names a role, and never where the area names another
// function ("VP, Engineering").
func ParseWith(s string, aliases *Aliases) (Title, Refusal) {
	var t Title
	var ref Refusal
	ParseInto(s, aliases, &t, &ref)
	return t, ref
}

// ParseInto is ParseWith writing into t and ref, which the caller zeroes:
// the title on success, and why not otherwise. It reports whether s names
// a role. Hot paths use it to copy no result twice.
func ParseInto(s string, aliases *Aliases, t *Title, ref *Refusal) bool {
	var p titleParser
	if ref.Reason, ref.Note = p.scan(s, 0); ref.Reason != 0 {
		return false
	}
	if p.read(aliases, -1, -1, t, ref) {
		return true
	}
	*t = Title{}
	if ref.Reason != 0 {
		return false
	}
	all := p.words[:p.nw]
	reason, i, note, ms := p.explain(all)
	*ref = Refusal{Reason: reason, Note: note}
	if i >= 0 {
		ref.Word = p.word(all[i])
	}
	if ms.readings != nil {
		ref.NumCandidates = len(p.candidates(all, ms, ref.Candidates[:0]))
	}
	return false
}

// read tries the readings of the scanned title, in order, and writes the
// first that names a role into t: the role part as scanned; its first
// segment alone, for a company alias that is a rank alone; the role part
// up to a joined separator; the readings that set words aside; the next
// segment, qualified by this one. It returns false when none names a
// role, and then sets ref when a word of the area refuses the title.
//
// qualLo and qualHi, when not negative, are the bytes of a segment before
// this one that qualifies the role: the role must be spelled out.
func (p *titleParser) read(aliases *Aliases, qualLo, qualHi int, t *Title, ref *Refusal) bool {
	all := p.words[:p.nw]
	if (aliases == nil || len(aliases.all) == 0) && !hasFunction(all) {
		// Every built-in role names a function: most titles of other
		// jobs end here.
		return p.qualifies && qualLo < 0 && p.readNext(aliases, t, ref)
	}
	none := asideSpan{trailAt: -1}
	var r reading
	if p.match(all, aliases, true, &r) && p.finish(all, &r, p.areaAt, &none, aliases, qualLo, qualHi, t, ref) {
		return true
	}
	if ref.Reason != 0 {
		return false
	}
	if p.joined && aliases != nil && len(aliases.all) > 0 {
		first := p.words[:p.firstWords]
		if p.matchAlias(first, aliases, true, &r) && p.finish(first, &r, p.firstAreaAt, &none, aliases, qualLo, qualHi, t, ref) {
			return true
		}
		if ref.Reason != 0 {
			return false
		}
	}
	for k := 1; k < p.nt; k++ {
		prefix, areaAt, ok := p.softSplit(k)
		if ok && p.match(prefix, aliases, true, &r) && p.finish(prefix, &r, areaAt, &none, aliases, qualLo, qualHi, t, ref) {
			return true
		}
		if ref.Reason != 0 {
			return false
		}
	}
	if aliases != nil && aliases.plain || hasFunction(all) {
		var span asideSpan
		if p.relaxed(all, aliases, &r, &span) {
			areaAt := p.areaAt
			if span.trailAt >= 0 {
				areaAt = span.trailAt
			}
			if p.finish(all, &r, areaAt, &span, aliases, qualLo, qualHi, t, ref) {
				return true
			}
			if ref.Reason != 0 {
				return false
			}
		}
		for k := 1; k < p.nt; k++ {
			prefix, areaAt, ok := p.softSplit(k)
			if !ok || !p.relaxed(prefix, aliases, &r, &span) {
				continue
			}
			if span.trailAt >= 0 {
				areaAt = span.trailAt
			}
			if p.finish(prefix, &r, areaAt, &span, aliases, qualLo, qualHi, t, ref) {
				return true
			}
			if ref.Reason != 0 {
				return false
			}
		}
	}
	return p.qualifies && qualLo < 0 && p.readNext(aliases, t, ref)
}

// readNext reads the next segment as a role that the role part
// qualifies: "Consumer Electronics - Product Manager".
func (p *titleParser) readNext(aliases *Aliases, t *Title, ref *Refusal) bool {
	var q titleParser
	if reason, _ := q.scan(p.s, p.areaAt); reason != 0 {
		return false
	}
	return q.read(aliases, int(p.toks[0].lo), int(p.toks[p.nt-1].hi), t, ref)
}

// softSplit returns the role part up to the joined separator before token
// k, and where the area after it starts; ok is false when there is no
// such separator, or when the words after it name a role of their own
// ("Product Manager/Product Owner" is combined, not an area).
func (p *titleParser) softSplit(k int) (prefix []wordRef, areaAt int, ok bool) {
	if p.soft&(1<<k) == 0 {
		return nil, 0, false
	}
	all := p.words[:p.nw]
	cut := 0
	for cut < len(all) && (all[cut].tok == virtualTok || int(all[cut].tok) < k) {
		cut++
	}
	// A virtual "of" belongs to what follows it.
	for cut > 0 && all[cut-1].tok == virtualTok {
		cut--
	}
	if cut == 0 || cut == len(all) {
		return nil, 0, false
	}
	for _, w := range all[cut:] {
		if class(w) == classRank {
			return nil, 0, false
		}
	}
	areaAt = int(p.toks[k].lo)
	if c := class(all[cut]); c == classConj || c == classPrep {
		areaAt = int(p.toks[k].hi)
	}
	return all[:cut], areaAt, true
}

// finish reads the area of the reading r of the role part ws and writes
// the title into t. It returns false when the reading does not stand:
// then ref is set when a word of the area refuses the title outright
// ("Product Manager (Intern)"), and other readings may be tried when it
// is not.
func (p *titleParser) finish(ws []wordRef, r *reading, areaAt int, span *asideSpan, aliases *Aliases, qualLo, qualHi int, t *Title, ref *Refusal) bool {
	qual := ""
	if span.qualHi > span.qualLo {
		qual = p.s[span.qualLo:span.qualHi]
	}
	if qualLo >= 0 {
		// After a qualifying segment, the role must be spelled out.
		if r.abbr || r.rankOnly {
			return false
		}
		if span.qualHi > span.qualLo {
			qualHi = span.qualHi
		}
		qual = p.s[qualLo:qualHi]
		r.t.Confidence = max(r.t.Confidence, ConfidenceInferred)
	}
	area := ""
	if areaAt >= 0 && areaAt <= len(p.s) {
		area = trimArea(p.s[areaAt:])
	}
	var info areaInfo
	if area != "" {
		info = readArea(area, r.risky || r.rankOnly)
	}
	if info.forbid != "" {
		*ref = Refusal{Reason: ReasonLookAlike, Word: info.forbid, Note: "not a product-management role"}
		return false
	}
	if inTraining(p.s, areaAt, area) {
		// "Product Manager in Training" is a trainee, as "Product Manager
		// (Trainee)" is; "Product Manager, Training" is not.
		*ref = Refusal{Reason: ReasonLookAlike, Word: area, Note: "a trainee, not a product-management role"}
		return false
	}
	if r.rankOnly && info.function {
		// "Director, Engineering" with an alias "Director".
		return false
	}
	if info.first != 0 {
		switch {
		case info.seniority != 0 && r.t.Seniority == 0 && !r.mods:
			// "Product Manager, Senior": the seniority comes last.
			var buf [maxWords + 1]wordRef
			cand := append(append(buf[:0], wordRef{w: info.seniority, tok: virtualTok}), ws...)
			var r2 reading
			if len(cand) <= maxWords && p.match(cand, aliases, !r.rankOnly || !info.function, &r2) {
				r2.t.Confidence = max(r2.t.Confidence, r.t.Confidence, ConfidenceInferred)
				r2.t.Grade = max(r2.t.Grade, r.t.Grade)
				r2.t.Interim = r2.t.Interim || r.t.Interim
				r.t, r.mods = r2.t, true
				area = trimArea(area[info.first:])
			}
		case info.interim:
			r.t.Interim = true
			area = trimArea(area[info.first:])
		}
	}
	*t = r.t
	if endsInJob(area) {
		// "Product Owner / Scrum Master": a second job beside the role.
		t.Confidence = max(t.Confidence, ConfidenceInferred)
	}
	if r.risky && (info.foreign || !r.mods && area == "" && qual == "") {
		// "PO" alone, or "PM, Ops Integration": other fields use the
		// abbreviation for other jobs.
		t.Confidence = ConfidenceUncertain
	}
	t.Area, t.Qualifier = cleanText(area), cleanText(trimArea(qual))
	return true
}

// inTraining reports whether the area of s, starting at areaAt, is the
// word "Training" after the preposition "in".
func inTraining(s string, areaAt int, area string) bool {
	if !equalFold(area, "training") || areaAt > len(s) {
		return false
	}
	before := strings.TrimRight(s[:areaAt], " -")
	return len(before) > 2 && equalFold(before[len(before)-2:], "in") &&
		(before[len(before)-3] == ' ' || before[len(before)-3] == '-')
}

// endsInJob reports whether the last word of an area names a job of its
// own: "Scrum Master", "Data Engineer".
func endsInJob(area string) bool {
	j := len(area)
	for j > 0 && !isLetter(area[j-1]) {
		if c := area[j-1]; c != ')' && c != ']' && c != ' ' && c != '.' {
			return false
		}
		j--
	}
	i := j
	for i > 0 && isLetter(area[i-1]) {
		i--
	}
	if i == j || i > 0 && area[i-1] >= 0x80 {
		return false
	}
	_, found := slices.BinarySearchFunc(jobNouns, area[i:j], func(noun, tok string) int { return -compareFold(tok, noun) })
	return found
}

// lookup is lookupToken(tok) when look is set.
func lookup(tok string, look bool) (*vocabEntry, bool) {
	if !look {
		return nil, false
	}
	return lookupToken(tok)
}

// areaInfo is what the words of an area say about the role.
type areaInfo struct {
	forbid   string // a word that makes the title another job: "Intern"
	foreign  bool   // a word of another function or job
	function bool   // that, a specialty, or a function beside product management
	// first, when not 0, is where the area's first segment ends, when
	// that segment is a modifier alone: a seniority word or interim words.
	first     int
	seniority word
	interim   bool
}

// readArea reads the words of an area: runs of ASCII letters, looked up
// in the vocabulary, in segments ended by the separators of titles. Only
// the words that may tell something are looked up: the first, those that
// may make the title another job, and when functions is set all of them,
// for the functions they name.
func readArea(area string, functions bool) areaInfo {
	var info areaInfo
	seg, toks, interim := 0, 0, 0 // in the first segment
	var first word
	for i := 0; i < len(area); {
		c := byteClasses[area[i]]
		switch {
		case c == byteLetter || c == byteDigit:
			j := i + 1
			for j < len(area) && byteClasses[area[j]] == c {
				j++
			}
			tok := area[i:j]
			var w word
			look := functions || hasShape(&anywhereShapes, tok) || seg == 0 && toks == 0 && hasShape(&firstShapes, tok)
			if e, ok := lookup(tok, look); ok {
				w = e.words[0]
				if e.flags&fAnywhere != 0 && info.forbid == "" {
					info.forbid = tok
				}
				for k, x := range e.words {
					if k > 0 && x == wUnknown {
						break
					}
					switch wordInfo[x].class {
					case classForeign:
						info.foreign, info.function = true, true
					case classSpecialty:
						info.function = true
					case classFunction:
						info.function = info.function || x != wProduct && x != wManagement
					}
				}
			}
			if seg == 0 {
				toks++
				first = w
				if class(wordRef{w: w}) == classInterim {
					interim++
				}
				info.first = j
			}
			i = j
			continue
		case c == byteSep, c == byteDash && (spaceBefore(area, i) || spaceAfter(area, i+1)),
			c == byteQuestion && spaceBefore(area, i) && spaceAfter(area, i+1):
			seg++
		case c == byteHigh:
			r, size := utf8.DecodeRuneInString(area[i:])
			if isDash(r) {
				seg++
			} else if !isSpace(r) && seg == 0 {
				toks++ // a word of another script
			}
			i += size
			continue
		}
		i++
	}
	switch {
	case toks == 1 && class(wordRef{w: first}) == classSeniority && wordInfo[first].seniority != 0:
		info.seniority = first
	case toks > 0 && interim == toks:
		info.interim = true
	default:
		info.first = 0
	}
	return info
}

// Form returns the words of the role part of s as the parser reads them,
// in lower case, abbreviations expanded: "senior product manager" for
// "Sr. PM, Payments", "director of engineering" for "Director,
// Engineering". It is "" when s has no role part. It groups titles by
// what they say, for reports.
func Form(s string) string {
	var p titleParser
	if reason, _ := p.scan(s, 0); reason != 0 {
		return ""
	}
	var buf [maxKeyLen]byte
	key, _ := p.spell(buf[:0], p.words[:p.nw])
	return string(key)
}
