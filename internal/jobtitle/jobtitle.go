// Package jobtitle is the machinery behind pmroles.ParseTitle: the
// vocabulary and phrase tables, the scanner that splits a title into a
// role part and an area, the resolver that maps the role part onto a
// catalogue role, and company alias tables.
//
// It cannot import pmroles, so it mirrors the few pmroles enumerations it
// produces (Role, Seniority, Specialty, Confidence) as types of its own
// with the same values; a test in pmroles checks that they agree.
package jobtitle

import (
	"cmp"
	"encoding/binary"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pmroles/pmroles/internal/enum"
)

// Role mirrors pmroles.Role: the same constants in the same order.
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

// Title returns the role's display title, as pmroles.Role.Title does.
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

// Confidence mirrors pmroles.Confidence.
type Confidence uint8

// The confidences, as in pmroles.
const (
	ConfidenceExact Confidence = 1 + iota
	ConfidenceNormalized
	ConfidenceAlias
)

// A Title is what a title says, as pmroles.Title holds it.
type Title struct {
	Role       Role
	Seniority  Seniority
	Specialty  Specialty
	Grade      int
	Area       string
	Confidence Confidence
}

// Limits on the text a title parser accepts. Job titles are short; the
// limits bound the work done on hostile input and let the parser keep its
// state on the stack.
const (
	maxTitleLen = 256 // bytes of the whole text, area included
	maxTokens   = 16  // words of the role part, as written
	maxWords    = 24  // words of the role part, abbreviations expanded
	maxGrade    = 10  // the largest grade suffix, "10" or "X"
	maxKeyLen   = 512 // bytes of an alias key: 256 bytes of text, abbreviations expanded

	// The longest token of vocabulary; tests check it. Longer tokens
	// cannot match, so the parser need not fold them.
	maxVocabToken = 16
)

// Aliases are a framework's company aliases. The zero value has none.
// An Aliases value is never modified: Add returns a new one.
type Aliases struct {
	// all holds every alias, sorted by key: for conflicts, and for titles
	// with words outside the vocabulary.
	all []titleAlias
	// packed indexes the aliases made of vocabulary words only, which
	// is most of them, by phraseKey: looking one up costs no spelling.
	packed []packedAlias
}

type packedAlias struct {
	key  phraseKey
	role Role
}

// A titleAlias is one company alias of a Framework.
type titleAlias struct {
	key   string // the normalised role part, as aliasKey builds it
	title string // the alias as given, for messages
	role  Role
}

// searchAlias returns where key is or would be in aliases, sorted by key.
func searchAlias(aliases []titleAlias, key []byte) (int, bool) {
	lo, hi := 0, len(aliases)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if aliases[m].key < string(key) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo, lo < len(aliases) && aliases[lo].key == string(key)
}

// The vocabulary.
//
// A title's role part is read as a sequence of words. Each token of the
// text is looked up in vocabulary, which expands abbreviations into
// canonical words ("sr" is senior, "pm" is product manager); pairs of
// words that mean one ("vice president") are then merged by bigrams. The
// words between the modifiers and the grade form the core of the title,
// which is normalised to a phrase, function first and without "of"
// ("Director of Product" and "Product Director" are both "product
// director"), and looked up in phrases. The three tables are sorted data
// for people to read and tests to check; the parser binary-searches
// integer keys derived from vocabulary and phrases at start-up (vocabKeys,
// phraseIndex), which tests check too.

// A word is one canonical word of a role part.
type word uint8

const (
	wUnknown word = iota // a token the vocabulary does not know
	wNumeral             // 1 to 10 or i to x: a grade at the end
	wForeign             // the function of a look-alike: project, sales, ...
	wAnd
	wOf

	wJunior
	wAssociate
	wSenior
	wPrincipal
	wExecutive
	wGroup

	wTechnical
	wGrowth
	wPlatform
	wData
	wAI

	wProduct
	wManagement
	wMarketing
	wAnalytics
	wUX

	wManager
	wOwner
	wDirector
	wHead
	wVP
	wChief
	wOfficer

	wVice
	wPresident
	wUser
	wExperience
	wArtificial
	wIntelligence
	wMachine
	wLearning

	wLead
	wStaff
	wTPM
	wProd

	numWordKinds
)

// A wordClass is what a word does in a title.
type wordClass uint8

const (
	classOther     wordClass = iota // part of a phrase, or unknown
	classConj                       // "and", "&", "/": joins two specialties, or two roles (refused)
	classOf                         // "of": rank before, function after
	classSeniority                  // a modifier that may select a role or become Title.Seniority
	classSpecialty                  // a modifier that becomes Title.Specialty
	classFunction                   // what the role works on: product, marketing, ux, ...
	classRank                       // manager, director, head, ...
	classForeign                    // a look-alike's function: refused
	classAmbiguous                  // refused until a company says what it means
)

// wordInfo says what each word is. Words of classForeign and wUnknown
// spell as the token they come from.
var wordInfo = [numWordKinds]struct {
	spelling  string
	class     wordClass
	seniority Seniority // of classSeniority; zero for group
	specialty Specialty // of classSpecialty
	ofRank    bool      // may be followed by "of": "Director of Product"
	note      string    // of classAmbiguous: why it is refused
}{
	wUnknown: {class: classOther},
	wNumeral: {class: classOther},
	wForeign: {class: classForeign},
	wAnd:     {spelling: "and", class: classConj},
	wOf:      {spelling: "of", class: classOf},

	wJunior:    {spelling: "junior", class: classSeniority, seniority: SeniorityJunior},
	wAssociate: {spelling: "associate", class: classSeniority, seniority: SeniorityAssociate},
	wSenior:    {spelling: "senior", class: classSeniority, seniority: SenioritySenior},
	wPrincipal: {spelling: "principal", class: classSeniority, seniority: SeniorityPrincipal},
	wExecutive: {spelling: "executive", class: classSeniority, seniority: SeniorityExecutive},
	wGroup:     {spelling: "group", class: classSeniority},

	wTechnical: {spelling: "technical", class: classSpecialty, specialty: SpecialtyTechnical},
	wGrowth:    {spelling: "growth", class: classSpecialty, specialty: SpecialtyGrowth},
	wPlatform:  {spelling: "platform", class: classSpecialty, specialty: SpecialtyPlatform},
	wData:      {spelling: "data", class: classSpecialty, specialty: SpecialtyData},
	wAI:        {spelling: "ai", class: classSpecialty, specialty: SpecialtyAI},

	wProduct:    {spelling: "product", class: classFunction},
	wManagement: {spelling: "management", class: classFunction},
	wMarketing:  {spelling: "marketing", class: classFunction},
	wAnalytics:  {spelling: "analytics", class: classFunction},
	wUX:         {spelling: "ux", class: classFunction},

	wManager:  {spelling: "manager", class: classRank, ofRank: true},
	wOwner:    {spelling: "owner", class: classRank},
	wDirector: {spelling: "director", class: classRank, ofRank: true},
	wHead:     {spelling: "head", class: classRank, ofRank: true},
	wVP:       {spelling: "vp", class: classRank, ofRank: true},
	wChief:    {spelling: "chief", class: classRank, ofRank: true},
	wOfficer:  {spelling: "officer", class: classRank},

	wVice:         {spelling: "vice"},
	wPresident:    {spelling: "president"},
	wUser:         {spelling: "user"},
	wExperience:   {spelling: "experience"},
	wArtificial:   {spelling: "artificial"},
	wIntelligence: {spelling: "intelligence"},
	wMachine:      {spelling: "machine"},
	wLearning:     {spelling: "learning"},

	wLead:  {spelling: "lead", class: classAmbiguous, note: "companies put lead at different levels; say which with WithAlias"},
	wStaff: {spelling: "staff", class: classAmbiguous, note: "companies put staff at different levels; say which with WithAlias"},
	wTPM:   {spelling: "tpm", class: classAmbiguous, note: "technical product manager or technical program manager?"},
	wProd:  {spelling: "prod", class: classAmbiguous, note: "product or production?"},
}

// A vocabEntry expands one token, in lower case, into up to three words.
type vocabEntry struct {
	token string
	words [3]word
}

// vocabulary is sorted by token. Tokens are runs of ASCII letters, runs
// of digits, other bytes above 0x7F, or one of "&", "+", "/".
var vocabulary = []vocabEntry{
	{"&", [3]word{wAnd}},
	{"+", [3]word{wAnd}},
	{"/", [3]word{wAnd}},
	{"account", [3]word{wForeign}}, // account executive, account manager
	{"ai", [3]word{wAI}},
	{"analytics", [3]word{wAnalytics}},
	{"and", [3]word{wAnd}},
	{"apm", [3]word{wAssociate, wProduct, wManager}},
	{"artificial", [3]word{wArtificial}},
	{"assoc", [3]word{wAssociate}},
	{"associate", [3]word{wAssociate}},
	{"avp", [3]word{wAssociate, wVP}},
	{"ceo", [3]word{wForeign}},
	{"cfo", [3]word{wForeign}},
	{"chief", [3]word{wChief}},
	{"cmo", [3]word{wForeign}},
	{"coo", [3]word{wForeign}},
	{"cpo", [3]word{wChief, wProduct, wOfficer}}, // not procurement, people or privacy: those are spelled out
	{"cto", [3]word{wForeign}},
	{"data", [3]word{wData}},
	{"design", [3]word{wForeign}},
	{"designer", [3]word{wForeign}},
	{"developer", [3]word{wForeign}},
	{"dir", [3]word{wDirector}},
	{"director", [3]word{wDirector}},
	{"eng", [3]word{wForeign}},
	{"engineer", [3]word{wForeign}},
	{"engineering", [3]word{wForeign}},
	{"evp", [3]word{wExecutive, wVP}},
	{"exec", [3]word{wExecutive}},
	{"executive", [3]word{wExecutive}},
	{"experience", [3]word{wExperience}},
	{"gpm", [3]word{wGroup, wProduct, wManager}},
	{"group", [3]word{wGroup}},
	{"growth", [3]word{wGrowth}},
	{"head", [3]word{wHead}},
	{"hop", [3]word{wHead, wOf, wProduct}}, // seed 002: "Head of Product (HoP)"
	{"intelligence", [3]word{wIntelligence}},
	{"jnr", [3]word{wJunior}},
	{"jr", [3]word{wJunior}},
	{"junior", [3]word{wJunior}},
	{"lead", [3]word{wLead}},
	{"learning", [3]word{wLearning}},
	{"machine", [3]word{wMachine}},
	{"management", [3]word{wManagement}},
	{"manager", [3]word{wManager}},
	{"marketing", [3]word{wMarketing}},
	{"mgmt", [3]word{wManagement}},
	{"mgr", [3]word{wManager}},
	{"mgt", [3]word{wManagement}},
	{"mktg", [3]word{wMarketing}},
	{"ml", [3]word{wAI}},
	{"of", [3]word{wOf}},
	{"officer", [3]word{wOfficer}},
	{"operations", [3]word{wForeign}},
	{"ops", [3]word{wForeign}},
	{"owner", [3]word{wOwner}},
	{"people", [3]word{wForeign}},
	{"platform", [3]word{wPlatform}},
	{"platforms", [3]word{wPlatform}},
	{"pm", [3]word{wProduct, wManager}},
	{"pmm", [3]word{wProduct, wMarketing, wManager}},
	{"po", [3]word{wProduct, wOwner}},
	{"president", [3]word{wPresident}},
	{"principal", [3]word{wPrincipal}},
	{"privacy", [3]word{wForeign}},
	{"procurement", [3]word{wForeign}},
	{"prod", [3]word{wProd}},
	{"product", [3]word{wProduct}},
	{"production", [3]word{wForeign}},
	{"products", [3]word{wProduct}},
	{"program", [3]word{wForeign}},
	{"programme", [3]word{wForeign}},
	{"project", [3]word{wForeign}},
	{"sales", [3]word{wForeign}},
	{"senior", [3]word{wSenior}},
	{"snr", [3]word{wSenior}},
	{"software", [3]word{wForeign}},
	{"sr", [3]word{wSenior}},
	{"staff", [3]word{wStaff}},
	{"support", [3]word{wForeign}},
	{"svp", [3]word{wSenior, wVP}},
	{"tech", [3]word{wTechnical}},
	{"technical", [3]word{wTechnical}},
	{"technology", [3]word{wForeign}},
	{"tpm", [3]word{wTPM}},
	{"user", [3]word{wUser}},
	{"ux", [3]word{wUX}},
	{"vice", [3]word{wVice}},
	{"vp", [3]word{wVP}},
}

// A bigram merges two adjacent words into one.
type bigram struct {
	first, second, merged word
}

// bigrams is sorted by the spelling of its first and second words.
var bigrams = []bigram{
	{wArtificial, wIntelligence, wAI},
	{wMachine, wLearning, wAI},
	{wUser, wExperience, wUX},
	{wVice, wPresident, wVP},
}

// A phraseEntry maps the normalised core of a role part onto a role, or
// refuses it.
type phraseEntry struct {
	// key is the core's words, function first, without "of", joined by
	// single spaces. A seniority word that selects the role comes first:
	// "senior product manager".
	key   string
	role  Role
	alias bool // a different name for role, not a rewording of its title
	// refuse, when not empty, ends the message refusing the phrase, after
	// the title's normalised words.
	refuse string
}

// phrases is sorted by key.
//
// Edge cases, decided here: "Director of Product Management" is the
// director of product (seed 004 names the role so), and "Product
// Management" reads as "Product" under every rank. The disciplines beside
// product management have one leader in the catalogue, at level 5: "Head
// of" and "Director of" both map onto it, and VP ranks above it are
// refused rather than guessed. "Product Head" is the head of product in
// another word order (seed 004 lists it among a CPO's other names, with VP
// and Head of Product, which the catalogue keeps apart).
var phrases = []phraseEntry{
	{key: "associate product manager", role: AssociateProductManager},
	{key: "chief product officer", role: ChiefProductOfficer},
	{key: "group product manager", role: GroupProductManager},
	{key: "junior product manager", role: AssociateProductManager, alias: true}, // seeds 003, 004
	{key: "principal product manager", role: PrincipalProductManager},
	{key: "product analytics director", role: HeadOfProductAnalytics, alias: true},
	{key: "product analytics head", role: HeadOfProductAnalytics},
	{key: "product analytics vp", refuse: "is above the catalogue's product-analytics leader, the head of product analytics"},
	{key: "product chief", role: ChiefProductOfficer, alias: true}, // "Chief of Product", seed 004
	{key: "product director", role: DirectorOfProduct},
	{key: "product head", role: HeadOfProduct},
	{key: "product management director", role: DirectorOfProduct},
	{key: "product management head", role: HeadOfProduct},
	{key: "product management vp", role: VPOfProduct},
	{key: "product manager", role: ProductManager},
	{key: "product marketing director", role: DirectorOfProductMarketing},
	{key: "product marketing head", role: DirectorOfProductMarketing, alias: true},
	{key: "product marketing manager", role: ProductMarketingManager},
	{key: "product marketing vp", refuse: "is above the catalogue's product-marketing leader, the director of product marketing"},
	{key: "product owner", role: ProductOwner},
	{key: "product vp", role: VPOfProduct},
	{key: "senior product manager", role: SeniorProductManager},
	{key: "ux director", role: DirectorOfUX},
	{key: "ux head", role: DirectorOfUX, alias: true},
	{key: "ux vp", refuse: "is above the catalogue's UX leader, the director of UX"},
}

// A phraseKey is a sequence of at most 8 words packed into an integer, a
// byte per word, so that the parser looks a core up without spelling it.
type phraseKey uint64

const maxPhraseWords = 8

// add appends w to the key; the +1 keeps wUnknown, which is 0, from
// vanishing.
func (k phraseKey) add(w word) phraseKey { return k<<8 | phraseKey(w) + 1 }

// phraseIndex is phrases sorted by phraseKey: derived data, built once.
var phraseIndex = func() []phraseRef {
	index := make([]phraseRef, 0, len(phrases))
	for i := range phrases {
		var k phraseKey
		for _, sp := range strings.Split(phrases[i].key, " ") {
			// Tests check that every word of a key is a word's spelling.
			if e, ok := lookupToken(sp); ok {
				k = k.add(e.words[0])
			}
		}
		index = append(index, phraseRef{k, &phrases[i]})
	}
	slices.SortFunc(index, func(a, b phraseRef) int { return cmp.Compare(a.key, b.key) })
	return index
}()

type phraseRef struct {
	key   phraseKey
	entry *phraseEntry
}

// lookupPhrase returns the entry whose words make key.
func lookupPhrase(key phraseKey) (*phraseEntry, bool) {
	lo, hi := 0, len(phraseIndex)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if phraseIndex[m].key < key {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(phraseIndex) && phraseIndex[lo].key == key {
		return phraseIndex[lo].entry, true
	}
	return nil, false
}

// A tokenKey is a token of at most 16 bytes, folded to lower case and
// packed big-endian into two integers, zero-padded: comparing keys
// compares the tokens as strings, in two integer comparisons.
type tokenKey struct{ hi, lo uint64 }

// packToken returns the key of tok, or false if tok is too long to be in
// vocabulary.
func packToken(tok string) (tokenKey, bool) {
	n := len(tok)
	if n > maxVocabToken {
		return tokenKey{}, false
	}
	var b [16]byte
	copy(b[:], tok)
	// Setting bit 0x20 of each byte folds ASCII letters to lower case.
	// Tokens are runs of letters, of digits, "&", "+" or "/", which have
	// the bit already, or of bytes above 0x7F, which stay there and match
	// nothing. The padding stays zero.
	const fold = 0x2020202020202020
	return tokenKey{
		hi: binary.BigEndian.Uint64(b[:8]) | fold<<(8*(8-min(n, 8))),
		lo: binary.BigEndian.Uint64(b[8:]) | fold<<(8*(16-max(n, 8))),
	}, true
}

func (k tokenKey) less(l tokenKey) bool { return k.hi < l.hi || k.hi == l.hi && k.lo < l.lo }

// vocabKeys holds the keys of vocabulary, in the same order.
var vocabKeys = func() []tokenKey {
	keys := make([]tokenKey, len(vocabulary))
	for i, e := range vocabulary {
		keys[i], _ = packToken(e.token) // tests check that every token fits
	}
	return keys
}()

// lookupToken returns the vocabulary entry of tok, ignoring ASCII case.
func lookupToken(tok string) (*vocabEntry, bool) {
	k, ok := packToken(tok)
	if !ok {
		return nil, false
	}
	lo, hi := 0, len(vocabKeys)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if vocabKeys[m].less(k) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(vocabKeys) && vocabKeys[lo] == k {
		return &vocabulary[lo], true
	}
	return nil, false
}

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// parseGrade returns the grade a token spells, 1 to maxGrade in arabic or
// roman numerals, or 0.
func parseGrade(tok string) int {
	if tok == "" {
		return 0
	}
	if '0' <= tok[0] && tok[0] <= '9' {
		if len(tok) > 2 || tok[0] == '0' {
			return 0
		}
		n, err := strconv.Atoi(tok)
		if err != nil || n > maxGrade {
			return 0
		}
		return n
	}
	for n, r := range romanGrades {
		if enum.EqualFold(tok, r) {
			return n + 1
		}
	}
	return 0
}

var romanGrades = [maxGrade]string{"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"}

// A span is a token's byte range in the parsed text.
type span struct{ lo, hi uint16 }

// A wordRef is one word of the role part and the token it comes from.
type wordRef struct {
	w   word
	tok uint8 // index into titleParser.toks; virtualTok for an implied "of"
}

const virtualTok = 0xFF

// tooManyWords is the reason for a role part of more than maxTokens
// tokens or maxWords words.
const tooManyWords = "too many words for a job title"

// A titleParser holds the role part of one title, on the stack: the
// parsers allocate nothing unless they fail.
type titleParser struct {
	s       string
	toks    [maxTokens]span
	nt      int
	words   [maxWords]wordRef
	nw      int
	grade   int
	area    string
	hasArea bool // a separator followed the role part

	// When the role part is a rank and the text after the separator
	// ("Director, Growth"), firstWords and firstArea keep the first
	// reading: the rank alone, the rest an area. Aliases may want it.
	firstWords int
	firstArea  string
}

func (p *titleParser) token(i uint8) string { return p.s[p.toks[i].lo:p.toks[i].hi] }

func (p *titleParser) class(i int) wordClass { return wordInfo[p.words[i].w].class }

// scan reads s into p: the role part's tokens and words, its grade and
// the area. It returns why s is not a title, or "".
func (p *titleParser) scan(s string) string {
	p.s = s
	if len(s) > maxTitleLen {
		return "longer than " + strconv.Itoa(maxTitleLen) + " bytes"
	}
	next, sep, ok := p.segment(0)
	if !ok {
		return tooManyWords
	}
	if p.nt == 0 {
		switch {
		case strings.TrimSpace(s) == "":
			return "empty title"
		case sep:
			return "no words before the area"
		default:
			return "no words"
		}
	}
	if !p.expand(0) {
		return tooManyWords
	}
	if sep && p.rankOnly() {
		// "Director, Product Management": a rank alone before the
		// separator, its function after it. Text that is no function, a
		// grade or too long, stays the area.
		first, firstWords := p.nt, p.nw
		next2, sep2, ok := p.segment(next)
		switch {
		case !ok, p.nt == first, p.nt == first+1 && parseGrade(p.token(uint8(first))) > 0:
			p.nt = first
		case p.nw == maxWords:
			p.nt = first
		default:
			p.words[p.nw] = wordRef{w: wOf, tok: virtualTok}
			p.nw++
			if !p.expand(first) {
				p.nt, p.nw = first, firstWords
				break
			}
			p.firstWords, p.firstArea = firstWords, trimArea(s[next:])
			next, sep = next2, sep2
		}
	}
	if sep {
		p.hasArea = true
		p.area = trimArea(s[next:])
	}
	if last := p.words[p.nw-1]; p.nw > 1 && last.w == wNumeral {
		p.grade = parseGrade(p.token(last.tok))
		p.nw--
	}
	return ""
}

// Byte classes for the scanner.
const (
	byteOther  = iota // spaces, dots, quotes: they end a token
	byteLetter        // ASCII letters
	byteDigit
	byteConj // "&", "+", "/": a token of its own
	byteSep  // ",", "(", "[", "{", "|", ";", ":": the area follows
	byteDash // "-": a separator or a joiner
	byteHigh // above 0x7F: other scripts, and the en and em dashes
)

var byteClasses = func() (c [256]uint8) {
	for b := range 256 {
		switch {
		case isLetter(byte(b)):
			c[b] = byteLetter
		case '0' <= b && b <= '9':
			c[b] = byteDigit
		case strings.IndexByte("&+/", byte(b)) >= 0:
			c[b] = byteConj
		case strings.IndexByte(",([{|;:", byte(b)) >= 0:
			c[b] = byteSep
		case b == '-':
			c[b] = byteDash
		case b >= 0x80:
			c[b] = byteHigh
		}
	}
	return c
}()

// segment appends the tokens of s from i up to the next area separator.
// It returns the index after the separator and whether there was one; ok
// is false when there are too many tokens.
func (p *titleParser) segment(i int) (next int, sep, ok bool) {
	s := p.s
	for i < len(s) {
		switch c := byteClasses[s[i]]; c {
		case byteLetter, byteDigit:
			j := i + 1
			for j < len(s) && byteClasses[s[j]] == c {
				j++
			}
			if !p.addToken(i, j) {
				return 0, false, false
			}
			i = j
		case byteConj:
			if !p.addToken(i, i+1) {
				return 0, false, false
			}
			i++
		case byteSep:
			return i + 1, true, true
		case byteDash:
			// A dash with a space on either side starts an area ("PM -
			// Growth"); between two words it joins them.
			if spaceBefore(s, i) || spaceAfter(s, i+1) {
				return i + 1, true, true
			}
			i++
		case byteHigh:
			r, size := utf8.DecodeRuneInString(s[i:])
			switch {
			case isDash(r):
				return i + size, true, true
			case unicode.IsSpace(r):
				i += size
				continue
			}
			// Other characters are letters of words the vocabulary does
			// not know; invalid UTF-8 too.
			j := i + size
			for j < len(s) && s[j] >= 0x80 {
				r, size := utf8.DecodeRuneInString(s[j:])
				if isDash(r) || unicode.IsSpace(r) {
					break
				}
				j += size
			}
			if !p.addToken(i, j) {
				return 0, false, false
			}
			i = j
		default:
			i++
		}
	}
	return i, false, true
}

// isDash reports whether r is an en dash or an em dash, which always start
// an area.
func isDash(r rune) bool { return r == '\u2013' || r == '\u2014' }

// spaceBefore reports whether s[:i] is empty or ends in a space.
func spaceBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return i == 0 || unicode.IsSpace(r)
}

// spaceAfter reports whether s[i:] is empty or starts with a space.
func spaceAfter(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return i == len(s) || unicode.IsSpace(r)
}

func (p *titleParser) addToken(lo, hi int) bool {
	if p.nt == maxTokens {
		return false
	}
	p.toks[p.nt] = span{uint16(lo), uint16(hi)}
	p.nt++
	return true
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// trimArea trims spaces and separator punctuation from both ends of s.
func trimArea(s string) string {
	for s != "" {
		r, size := utf8.DecodeRuneInString(s)
		if !unicode.IsSpace(r) && !isDash(r) && !strings.ContainsRune(",-([{|;:", r) {
			break
		}
		s = s[size:]
	}
	for s != "" {
		r, size := utf8.DecodeLastRuneInString(s)
		if !unicode.IsSpace(r) && !isDash(r) && !strings.ContainsRune(",-)]}|;:", r) {
			break
		}
		s = s[:len(s)-size]
	}
	return s
}

// expand appends the words of tokens first and later, then merges
// bigrams. It returns false when there are too many words.
func (p *titleParser) expand(first int) bool {
	for t := first; t < p.nt; t++ {
		tok := p.token(uint8(t))
		var ws [3]word
		switch e, ok := lookupToken(tok); {
		case ok:
			ws = e.words
		case parseGrade(tok) > 0:
			ws[0] = wNumeral
		default:
			ws[0] = wUnknown
		}
		for k, w := range ws {
			if k > 0 && w == wUnknown {
				break
			}
			if p.nw == maxWords {
				return false
			}
			p.words[p.nw] = wordRef{w: w, tok: uint8(t)}
			p.nw++
		}
	}
	p.mergeBigrams()
	return true
}

// startsBigram marks the first words of bigrams.
var startsBigram = func() (starts [numWordKinds]bool) {
	for _, b := range bigrams {
		starts[b.first] = true
	}
	return starts
}()

func (p *titleParser) mergeBigrams() {
	n := 0
	for i := 0; i < p.nw; i++ {
		w := p.words[i]
		if startsBigram[w.w] && i+1 < p.nw {
			for _, b := range bigrams {
				if w.w == b.first && p.words[i+1].w == b.second {
					w.w = b.merged
					i++
					break
				}
			}
		}
		p.words[n] = w
		n++
	}
	p.nw = n
}

// rankOnly reports whether the role part is a rank that takes "of",
// alone or with seniority words: "Director", "Senior VP", "Manager".
func (p *titleParser) rankOnly() bool {
	rank := false
	for i := 0; i < p.nw; i++ {
		switch c := p.class(i); {
		case c == classRank && wordInfo[p.words[i].w].ofRank:
			rank = true
		case c == classSeniority:
		default:
			return false
		}
	}
	return rank
}

// modifiers are what the modifier words of a role part say: up to two
// seniority words, and a specialty.
type modifiers struct {
	seniority [2]word
	ns        int // number of seniority words; may exceed 2
	specialty Specialty
	conflict  bool // two different specialties
}

func (m *modifiers) addSpecialty(w word) {
	s := wordInfo[w].specialty
	if m.specialty != 0 && m.specialty != s {
		m.conflict = true
	}
	m.specialty = s
}

// leading reads the modifiers at the start of the role part and returns
// where they end. "and" may join two specialties: "AI/ML".
func (p *titleParser) leading(m *modifiers) int {
	i := 0
	for ; i < p.nw; i++ {
		switch p.class(i) {
		case classSeniority:
			if m.ns < len(m.seniority) {
				m.seniority[m.ns] = p.words[i].w
			}
			m.ns++
		case classSpecialty:
			m.addSpecialty(p.words[i].w)
		case classConj:
			if !p.joinsSpecialties(i) {
				return i
			}
		default:
			return i
		}
	}
	return i
}

func (p *titleParser) joinsSpecialties(i int) bool {
	return i > 0 && i+1 < p.nw && p.class(i-1) == classSpecialty && p.class(i+1) == classSpecialty
}

// core finds the structure of the role part after the modifiers, from
// start: the rank words [start, of) and the function words [fn, p.nw)
// when the core reads "rank of function", or of == -1 otherwise. It reads
// the specialties after "of" into m. ok is false when "of" is misplaced.
func (p *titleParser) core(start int, m *modifiers) (of, fn int, ok bool) {
	of = -1
	for i := start; i < p.nw; i++ {
		if p.words[i].w != wOf {
			continue
		}
		if of >= 0 || i == start || !wordInfo[p.words[i-1].w].ofRank || i+1 == p.nw {
			return -1, 0, false
		}
		of = i
	}
	fn = of + 1
	if of < 0 {
		// "VP Product", "Director Product Management": the "of" is implied.
		if p.nw-start < 2 || !wordInfo[p.words[start].w].ofRank || p.words[start].w == wChief {
			return -1, start, true
		}
		of, fn = start+1, start+1
	}
	for ; fn < p.nw; fn++ {
		if c := p.class(fn); c == classSpecialty {
			m.addSpecialty(p.words[fn].w)
		} else if c != classConj || !p.joinsSpecialties(fn) {
			break
		}
	}
	return of, fn, true
}

// appendWord appends the spelling of word i to key, after a space unless
// key is empty. It returns false when the key would be too long.
func (p *titleParser) appendWord(key []byte, i int) ([]byte, bool) {
	ref := p.words[i]
	spelling := wordInfo[ref.w].spelling
	raw := spelling == ""
	if raw {
		spelling = p.token(ref.tok)
	}
	if len(key)+1+len(spelling) > cap(key) {
		return key, false
	}
	if len(key) > 0 {
		key = append(key, ' ')
	}
	if raw {
		for k := 0; k < len(spelling); k++ {
			key = append(key, lower(spelling[k]))
		}
		return key, true
	}
	return append(key, spelling...), true
}

// resolve maps the scanned role part onto the built-in tables. It
// returns why it cannot, or "".
func (p *titleParser) resolve() (Title, string) {
	var m modifiers
	start := p.leading(&m)
	of, fn, ok := p.core(start, &m)
	if !ok || start == p.nw {
		return Title{}, p.explain()
	}
	// The key: function words, then rank words.
	if p.nw-start > maxPhraseWords-1 {
		return Title{}, p.explain()
	}
	var key phraseKey
	for i := fn; i < p.nw; i++ {
		key = key.add(p.words[i].w)
	}
	for i := start; i < of; i++ {
		key = key.add(p.words[i].w)
	}
	// The seniority word next to the core may select the role, as in
	// "Senior Product Manager"; otherwise seniority words modify the role
	// found without it.
	var e *phraseEntry
	if 1 <= m.ns && m.ns <= len(m.seniority) {
		sel := m.seniority[m.ns-1]
		n := p.nw - fn + max(of-start, 0)
		if e2, found := lookupPhrase(key | (phraseKey(sel)+1)<<(8*n)); found && e2.refuse == "" {
			e = e2
			m.ns--
		}
	}
	if e == nil {
		if e, ok = lookupPhrase(key); !ok {
			return Title{}, p.explain()
		}
	}
	if e.refuse != "" {
		return Title{}, p.phrase() + " " + e.refuse
	}
	t := Title{Role: e.role, Specialty: m.specialty, Grade: p.grade, Area: p.area}
	switch {
	case m.conflict:
		return Title{}, p.phrase() + " names more than one specialty"
	case m.ns > 1:
		return Title{}, p.phrase() + " names more than one seniority"
	case m.ns == 1:
		if t.Seniority = wordInfo[m.seniority[0]].seniority; t.Seniority == 0 {
			// "Group" ranks product managers only.
			return Title{}, p.phrase() + " does not name a catalogue role"
		}
	}
	switch {
	case e.alias:
		t.Confidence = ConfidenceAlias
	case p.isExact(e.role.Title()):
		t.Confidence = ConfidenceExact
	default:
		t.Confidence = ConfidenceNormalized
	}
	return t, ""
}

// isExact reports whether the role part's tokens are the words of title,
// ignoring case.
func (p *titleParser) isExact(title string) bool {
	k := 0
	for t := 0; t < p.nt; t++ {
		tok := p.token(uint8(t))
		if t > 0 {
			if k == len(title) || title[k] != ' ' {
				return false
			}
			k++
		}
		if len(title)-k < len(tok) || !enum.EqualFold(tok, title[k:k+len(tok)]) {
			return false
		}
		k += len(tok)
	}
	return k == len(title)
}

// explain says why the role part names no role, in the order a reader
// would want to know it.
func (p *titleParser) explain() string {
	has := func(c wordClass) (int, bool) {
		for i := 0; i < p.nw; i++ {
			if p.class(i) == c && (c != classConj || !p.joinsSpecialties(i)) {
				return i, true
			}
		}
		return 0, false
	}
	if _, ok := has(classConj); ok {
		return p.phrase() + " combines several roles or functions; the catalogue has no combined roles"
	}
	if _, ok := has(classForeign); ok {
		return p.phrase() + " is not a product-management role"
	}
	if i, ok := has(classAmbiguous); ok {
		return p.phrase() + " is ambiguous: " + wordInfo[p.words[i].w].note
	}
	for i := 0; i < p.nw; i++ {
		if w := p.words[i].w; w == wUnknown || w == wNumeral {
			tok := p.token(p.words[i].tok)
			if '0' <= tok[0] && tok[0] <= '9' {
				return "unexpected number " + enum.Quote(tok) + "; a grade is 1 to " + strconv.Itoa(maxGrade) + ", at the end"
			}
			return "unexpected word " + enum.Quote(tok)
		}
	}
	function := false
	for i := 0; i < p.nw; i++ {
		function = function || p.words[i].w == wProduct || p.words[i].w == wUX
	}
	if !function {
		return p.phrase() + " names no product-management function"
	}
	return p.phrase() + " does not name a catalogue role"
}

// phrase returns the role part's words, abbreviations expanded, for
// messages: "senior project manager" for "Sr. Project Mgr".
func (p *titleParser) phrase() string {
	var b strings.Builder
	for i := 0; i < p.nw; i++ {
		if i > 0 {
			b.WriteByte(' ')
		}
		ref := p.words[i]
		if sp := wordInfo[ref.w].spelling; sp != "" {
			b.WriteString(sp)
		} else {
			b.WriteString(strings.ToLower(p.token(ref.tok)))
		}
	}
	return b.String()
}

// aliasKey appends the key of words from on to key: their spellings in
// the order written, without "of". It returns false when the key would be
// too long.
func (p *titleParser) aliasKey(key []byte, from int) ([]byte, bool) {
	ok := true
	for i := from; i < p.nw && ok; i++ {
		if p.words[i].w != wOf {
			key, ok = p.appendWord(key, i)
		}
	}
	return key, ok
}

// packAlias returns the phraseKey of the words from on, in the order
// written and without "of", or false if one of them is spelled as written
// (unknown, look-alike or numeral) or there are too many: such role parts
// can match only aliases that are not packed.
func (p *titleParser) packAlias(from int) (phraseKey, bool) {
	var k phraseKey
	n := 0
	for i := from; i < p.nw; i++ {
		w := p.words[i].w
		switch {
		case w == wOf:
			continue
		case w == wUnknown || w == wNumeral || w == wForeign || n == maxPhraseWords:
			return 0, false
		}
		k = k.add(w)
		n++
	}
	return k, true
}

// findAlias looks up the words from on in aliases.
func (p *titleParser) findAlias(aliases *Aliases, from int) (Role, bool) {
	if k, ok := p.packAlias(from); ok {
		// A text-only alias has a word spelled as written, or too many
		// words: it cannot match.
		i, found := slices.BinarySearchFunc(aliases.packed, k, func(a packedAlias, k phraseKey) int { return cmp.Compare(a.key, k) })
		if found {
			return aliases.packed[i].role, true
		}
		return 0, false
	}
	if len(aliases.packed) == len(aliases.all) {
		return 0, false
	}
	var buf [maxKeyLen]byte
	key, ok := p.aliasKey(buf[:0], from)
	if !ok {
		return 0, false
	}
	if i, found := searchAlias(aliases.all, key); found {
		return aliases.all[i].role, true
	}
	return 0, false
}

// matchAlias looks the role part up in a framework's aliases: first as a
// whole, then without one, two, ... of its leading modifiers, which then
// qualify the alias. So with an alias "Technical Lead", "Senior Technical
// Lead" is that alias, with seniority senior.
func (p *titleParser) matchAlias(aliases *Aliases) (Title, bool) {
	if len(aliases.all) == 0 {
		return Title{}, false
	}
	if r, ok := p.findAlias(aliases, 0); ok {
		return Title{Role: r, Grade: p.grade, Area: p.area, Confidence: ConfidenceAlias}, true
	}
	var m modifiers
	for k := 0; k < p.nw-1; k++ {
		switch w := p.words[k].w; wordInfo[w].class {
		case classSeniority:
			if m.ns == 1 || wordInfo[w].seniority == 0 {
				return Title{}, false
			}
			m.seniority[0] = w
			m.ns = 1
		case classSpecialty:
			if m.addSpecialty(w); m.conflict {
				return Title{}, false
			}
		case classConj:
			if p.joinsSpecialties(k) {
				continue
			}
			return Title{}, false
		default:
			return Title{}, false
		}
		if r, ok := p.findAlias(aliases, k+1); ok {
			t := Title{Role: r, Specialty: m.specialty, Grade: p.grade, Area: p.area, Confidence: ConfidenceAlias}
			if m.ns == 1 {
				t.Seniority = wordInfo[m.seniority[0]].seniority
			}
			return t, true
		}
	}
	return Title{}, false
}

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
// failure it returns the zero Title and the reason, which is "" on
// success.
func Parse(s string) (Title, string) {
	var p titleParser
	if reason := p.scan(s); reason != "" {
		return Title{}, reason
	}
	return p.resolve()
}

// ParseWith is Parse with a company's aliases tried first, on the role
// part of the title. An alias that is a rank alone, such as "VP", also
// matches "VP, Payments", with the area "Payments", unless "VP of
// Payments" names a role.
func ParseWith(s string, aliases *Aliases) (Title, string) {
	var p titleParser
	if reason := p.scan(s); reason != "" {
		return Title{}, reason
	}
	if t, ok := p.matchAlias(aliases); ok {
		return t, ""
	}
	t, reason := p.resolve()
	if reason != "" && p.firstWords > 0 {
		// A company alias may be a rank alone: when "VP, Payments" names
		// no role as "VP of Payments", it is the alias "VP" with the area
		// "Payments".
		q := p
		q.nw, q.area, q.grade = p.firstWords, p.firstArea, 0
		if t, ok := q.matchAlias(aliases); ok {
			return t, ""
		}
	}
	return t, reason
}

// An AddError says why [Aliases.Add] refused an alias.
type AddError struct {
	Reason string
	// Taken, when set, is the alias of the same key that maps to another
	// role, and Role that role.
	Taken string
	Role  Role
}

// Add returns a with the alias title for role r, which a itself keeps
// unchanged: the alias is read like a title and must be a role part alone.
// Adding an alias again for the same role changes nothing.
func (a Aliases) Add(title string, r Role) (Aliases, *AddError) {
	var p titleParser
	if reason := p.scan(title); reason != "" {
		return a, &AddError{Reason: reason}
	}
	if p.hasArea {
		return a, &AddError{Reason: "an alias is a role alone; it has an area"}
	}
	if p.grade != 0 {
		return a, &AddError{Reason: "an alias cannot end in a grade; grades are read apart"}
	}
	var buf [maxKeyLen]byte
	key, ok := p.aliasKey(buf[:0], 0)
	switch {
	case !ok:
		return a, &AddError{Reason: "alias too long"}
	case len(key) == 0:
		return a, &AddError{Reason: `an alias needs a word other than "of"`}
	}
	i, found := searchAlias(a.all, key)
	if found {
		if old := a.all[i]; old.role != r {
			return a, &AddError{Reason: "alias already maps", Taken: old.title, Role: old.role}
		}
		return a, nil
	}
	// a's slices may be shared with the framework it came from: build new
	// slices rather than insert in place.
	all := make([]titleAlias, 0, len(a.all)+1)
	all = append(all, a.all[:i]...)
	all = append(all, titleAlias{key: string(key), title: title, role: r})
	a.all = append(all, a.all[i:]...)
	if k, ok := p.packAlias(0); ok {
		j, _ := slices.BinarySearchFunc(a.packed, k, func(a packedAlias, k phraseKey) int { return cmp.Compare(a.key, k) })
		packed := make([]packedAlias, 0, len(a.packed)+1)
		packed = append(packed, a.packed[:j]...)
		packed = append(packed, packedAlias{k, r})
		a.packed = append(packed, a.packed[j:]...)
	}
	return a, nil
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
