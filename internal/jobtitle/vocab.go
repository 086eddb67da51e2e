package jobtitle

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/pmroles/pmroles/internal/enum"
)

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
// for people to read and tests to check; the parser binary-searches the
// vocabulary from an index by first byte (vocabByFirst), and phrases by
// integer keys derived at start-up (phraseIndex), which tests check too.

// A word is one canonical word of a role part.
type word uint8

const (
	wUnknown word = iota // a token the vocabulary does not know
	wNumeral             // 1 to 10 or i to x: a grade at the end
	wForeign             // a word of another function or job: project, sales, intern, ...
	wDesign              // a function of its own, but "UX design" is UX
	wAnd
	wOf
	wPrep    // "at", "for", "in": may end the role part, as in "Product Manager at Acme"
	wInterim // "interim", "acting": Title.Interim

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
	wAssistant

	numWordKinds
)

// A wordClass is what a word does in a title.
type wordClass uint8

const (
	classOther     wordClass = iota // part of a phrase, or unknown
	classConj                       // "and", "&", "/": joins two specialties, or two roles (refused)
	classOf                         // "of": rank before, function after
	classPrep                       // "at", "for", "in": the area may follow
	classInterim                    // "interim", "acting": a modifier kept apart
	classSeniority                  // a modifier that may select a role or become Title.Seniority
	classSpecialty                  // a modifier that becomes Title.Specialty
	classFunction                   // what the role works on: product, marketing, ux, ...
	classRank                       // manager, director, head, ...
	classForeign                    // another function or job: refused as the role, allowed around it
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
	// Of classAmbiguous: why it is refused, and the words it may stand
	// for, most likely first; each reading replaces the word to give a
	// candidate role.
	note     string
	readings [][]word
}{
	wUnknown: {class: classOther},
	wNumeral: {class: classOther},
	wForeign: {class: classForeign},
	wDesign:  {spelling: "design", class: classForeign},
	wAnd:     {spelling: "and", class: classConj},
	wOf:      {spelling: "of", class: classOf},
	wPrep:    {spelling: "at", class: classPrep},
	wInterim: {spelling: "interim", class: classInterim},

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

	wLead: {spelling: "lead", class: classAmbiguous, note: "companies put lead at different levels",
		readings: [][]word{{wSenior}, {wPrincipal}, {wManager}, {wHead}}},
	wStaff: {spelling: "staff", class: classAmbiguous, note: "companies put staff at different levels",
		readings: [][]word{{wPrincipal}, {wSenior}}},
	wTPM: {spelling: "tpm", class: classAmbiguous, note: "technical product manager or technical program manager?",
		readings: [][]word{{wTechnical, wProduct, wManager}}},
	wProd: {spelling: "prod", class: classAmbiguous, note: "product or production?",
		readings: [][]word{{wProduct}}},
	wAssistant: {spelling: "assistant", class: classAmbiguous, note: "an associate product manager, or an assistant to one?",
		readings: [][]word{{wAssociate}}},
}

// jobNouns, sorted, are the last words of titles of other jobs. Ending an
// area, one marks a second job beside the role ("Product Owner / Scrum
// Master", "Product Manager - Data Engineer"): the title is read, with
// ConfidenceInferred.
var jobNouns = []string{
	"administrator", "analyst", "architect", "consultant", "coordinator",
	"designer", "developer", "director", "engineer", "manager", "marketer",
	"master", "officer", "owner", "programmer", "recruiter", "researcher",
	"scientist", "specialist", "strategist", "technician", "writer",
}

// vocabFlags say how a token reads beyond its words.
type vocabFlags uint8

const (
	// fDeny: before or after a role without a separator, the token makes
	// the title another job: "Sales Product Owner", "Product Owner
	// Intern". Its words are wForeign.
	fDeny vocabFlags = 1 << iota
	// fAnywhere: the token makes the title another job even in the area:
	// "Product Manager (Intern)". It implies fDeny.
	fAnywhere
	// fRisky: an abbreviation other fields use for other jobs, as
	// "PO" is a parole officer and "PM" a program manager.
	fRisky
	// fTypo: a misspelling with one reading, "Principle".
	fTypo
	// fAbbr is set by the scanner on the words of a token that expands to
	// several words ("PM"); no token of vocabulary has it.
	fAbbr
	// fNumber is set by the scanner on a token of digits: a number that
	// is no grade is never set aside ("Product Manager 2024").
	fNumber
)

// A vocabEntry expands one token, in lower case, into up to three words.
type vocabEntry struct {
	token string
	words [3]word
	flags vocabFlags
}

const deny, anywhere = fDeny, fDeny | fAnywhere

// vocabulary is sorted by token. Tokens are runs of ASCII letters, runs
// of digits, other bytes above 0x7F, or one of "&", "+", "/".
//
// The words of other functions (engineering, finance, operations, ...)
// are look-alikes as the role ("Director of Engineering") but may qualify
// it ("Software Product Owner"); the words of other jobs (project,
// program, sales, designer, intern, ...) carry deny and refuse the title
// wherever they stand in its role part.
var vocabulary = []vocabEntry{
	{"&", [3]word{wAnd}, 0},
	{"+", [3]word{wAnd}, 0},
	{"/", [3]word{wAnd}, 0},
	{"account", [3]word{wForeign}, 0}, // account executive, account manager
	{"accounting", [3]word{wForeign}, 0},
	{"acting", [3]word{wInterim}, 0},
	{"ai", [3]word{wAI}, 0},
	{"analyst", [3]word{wForeign}, deny},
	{"analytics", [3]word{wAnalytics}, 0},
	{"and", [3]word{wAnd}, 0},
	{"apm", [3]word{wAssociate, wProduct, wManager}, fRisky}, // also an assistant project manager
	{"apprentice", [3]word{wForeign}, anywhere},
	{"apprenticeship", [3]word{wForeign}, anywhere},
	{"architect", [3]word{wForeign}, deny},
	{"artificial", [3]word{wArtificial}, 0},
	{"assistant", [3]word{wAssistant}, 0},
	{"assoc", [3]word{wAssociate}, 0},
	{"associate", [3]word{wAssociate}, 0},
	{"at", [3]word{wPrep}, 0},
	{"avp", [3]word{wAssociate, wVP}, 0},
	{"buyer", [3]word{wForeign}, deny},
	{"ceo", [3]word{wForeign}, deny},
	{"cfo", [3]word{wForeign}, deny},
	{"chain", [3]word{wForeign}, deny}, // supply chain
	{"chief", [3]word{wChief}, 0},
	{"clerk", [3]word{wForeign}, deny},
	{"cmo", [3]word{wForeign}, deny},
	{"communications", [3]word{wForeign}, 0},
	{"compliance", [3]word{wForeign}, 0},
	{"consultant", [3]word{wForeign}, deny},
	{"coo", [3]word{wForeign}, deny},
	{"coordinator", [3]word{wForeign}, deny},
	{"cpo", [3]word{wChief, wProduct, wOfficer}, fRisky}, // not procurement, people or privacy: those are spelled out
	{"cto", [3]word{wForeign}, deny},
	{"customer", [3]word{wForeign}, 0},
	{"data", [3]word{wData}, 0},
	{"design", [3]word{wDesign}, 0},
	{"designer", [3]word{wForeign}, deny},
	{"developer", [3]word{wForeign}, deny},
	{"dir", [3]word{wDirector}, 0},
	{"director", [3]word{wDirector}, 0},
	{"directors", [3]word{wDirector}, 0},
	{"eng", [3]word{wForeign}, 0},
	{"engineer", [3]word{wForeign}, deny},
	{"engineering", [3]word{wForeign}, 0},
	{"engineers", [3]word{wForeign}, deny},
	{"evp", [3]word{wExecutive, wVP}, 0},
	{"exec", [3]word{wExecutive}, 0},
	{"executive", [3]word{wExecutive}, 0},
	{"experience", [3]word{wExperience}, 0},
	{"finance", [3]word{wForeign}, 0},
	{"for", [3]word{wPrep}, 0},
	{"gpm", [3]word{wGroup, wProduct, wManager}, fRisky}, // also a group program manager
	{"group", [3]word{wGroup}, 0},
	{"growth", [3]word{wGrowth}, 0},
	{"head", [3]word{wHead}, 0},
	{"hop", [3]word{wHead, wOf, wProduct}, 0}, // "Head of Product (HoP)"
	{"hr", [3]word{wForeign}, 0},
	{"in", [3]word{wPrep}, 0},
	{"intelligence", [3]word{wIntelligence}, 0},
	{"interim", [3]word{wInterim}, 0},
	{"intern", [3]word{wForeign}, anywhere},
	{"interns", [3]word{wForeign}, anywhere},
	{"internship", [3]word{wForeign}, anywhere},
	{"it", [3]word{wForeign}, 0},
	{"jnr", [3]word{wJunior}, 0},
	{"jr", [3]word{wJunior}, 0},
	{"junior", [3]word{wJunior}, 0},
	{"lead", [3]word{wLead}, 0},
	{"leader", [3]word{wLead}, 0},
	{"leaders", [3]word{wLead}, 0},
	{"leadership", [3]word{wManagement}, 0}, // "EVP, Product Leadership"
	{"learning", [3]word{wLearning}, 0},
	{"legal", [3]word{wForeign}, 0},
	{"logistics", [3]word{wForeign}, 0},
	{"machine", [3]word{wMachine}, 0},
	{"management", [3]word{wManagement}, 0},
	{"manager", [3]word{wManager}, 0},
	{"managers", [3]word{wManager}, 0},
	{"manufacturing", [3]word{wForeign}, 0},
	{"marketer", [3]word{wForeign}, deny},
	{"marketing", [3]word{wMarketing}, 0},
	{"mgmt", [3]word{wManagement}, 0},
	{"mgr", [3]word{wManager}, 0},
	{"mgt", [3]word{wManagement}, 0},
	{"mktg", [3]word{wMarketing}, 0},
	{"ml", [3]word{wAI}, 0},
	{"of", [3]word{wOf}, 0},
	{"officer", [3]word{wOfficer}, 0},
	{"operations", [3]word{wForeign}, 0},
	{"ops", [3]word{wForeign}, 0},
	{"owner", [3]word{wOwner}, 0},
	{"owners", [3]word{wOwner}, 0},
	{"people", [3]word{wForeign}, 0},
	{"planner", [3]word{wForeign}, deny},
	{"platform", [3]word{wPlatform}, 0},
	{"platforms", [3]word{wPlatform}, 0},
	{"pm", [3]word{wProduct, wManager}, fRisky}, // also a program or project manager, or the afternoon
	{"pmm", [3]word{wProduct, wMarketing, wManager}, 0},
	{"po", [3]word{wProduct, wOwner}, fRisky}, // also a parole officer, or a purchase order
	{"president", [3]word{wPresident}, 0},
	{"principal", [3]word{wPrincipal}, 0},
	{"principle", [3]word{wPrincipal}, fTypo},
	{"privacy", [3]word{wForeign}, 0},
	{"procurement", [3]word{wForeign}, deny},
	{"prod", [3]word{wProd}, 0},
	{"product", [3]word{wProduct}, 0},
	{"production", [3]word{wForeign}, deny},
	{"products", [3]word{wProduct}, 0},
	{"program", [3]word{wForeign}, deny},
	{"programme", [3]word{wForeign}, deny},
	{"project", [3]word{wForeign}, deny},
	{"purchasing", [3]word{wForeign}, deny},
	{"quality", [3]word{wForeign}, 0},
	{"raw", [3]word{wForeign}, deny}, // raw products are materials, bought and processed
	{"recruiter", [3]word{wForeign}, deny},
	{"recruiting", [3]word{wForeign}, 0},
	{"rep", [3]word{wForeign}, deny},
	{"representative", [3]word{wForeign}, deny},
	{"research", [3]word{wForeign}, 0},
	{"sales", [3]word{wForeign}, deny},
	{"science", [3]word{wForeign}, 0},
	{"scientist", [3]word{wForeign}, deny},
	{"security", [3]word{wForeign}, 0},
	{"senior", [3]word{wSenior}, 0},
	{"snr", [3]word{wSenior}, 0},
	{"software", [3]word{wForeign}, 0},
	{"specialist", [3]word{wForeign}, deny},
	{"sr", [3]word{wSenior}, 0},
	{"staff", [3]word{wStaff}, 0},
	{"strategist", [3]word{wForeign}, deny},
	{"student", [3]word{wForeign}, deny}, // "Student Product Manager"; but "Prime Student" is a product
	{"supervisor", [3]word{wForeign}, deny},
	{"supply", [3]word{wForeign}, deny},
	{"support", [3]word{wForeign}, 0},
	{"svp", [3]word{wSenior, wVP}, 0},
	{"tech", [3]word{wTechnical}, 0},
	{"technical", [3]word{wTechnical}, 0},
	{"technician", [3]word{wForeign}, deny},
	{"technology", [3]word{wForeign}, 0},
	{"tester", [3]word{wForeign}, deny},
	{"tpm", [3]word{wTPM}, 0},
	{"trainee", [3]word{wForeign}, anywhere},
	{"trainees", [3]word{wForeign}, anywhere},
	{"user", [3]word{wUser}, 0},
	{"ux", [3]word{wUX}, 0},
	{"vice", [3]word{wVice}, 0},
	{"vp", [3]word{wVP}, 0},
}

// A bigram merges two adjacent words into one.
type bigram struct {
	first, second, merged word
}

// bigrams is sorted by the spelling of its first and second words.
var bigrams = []bigram{
	{wArtificial, wIntelligence, wAI},
	{wExperience, wDesign, wUX},
	{wMachine, wLearning, wAI},
	{wUser, wExperience, wUX},
	{wUX, wDesign, wUX},
	{wVice, wPresident, wVP},
}

// startsBigram marks the first words of bigrams.
var startsBigram = func() (starts [numWordKinds]bool) {
	for _, b := range bigrams {
		starts[b.first] = true
	}
	return starts
}()

// A phraseEntry maps the normalised core of a role part onto a role, or
// refuses it.
type phraseEntry struct {
	// key is the core's words, function first, without "of", joined by
	// single spaces. A seniority word that selects the role comes first:
	// "senior product manager".
	key  string
	role Role
	// alias: a different name for role, not a rewording of its title.
	// inferred: a reading that fills in a word the title leaves out.
	alias, inferred bool
	// refuse, when not empty, says why the catalogue has no such role,
	// or why the phrase is ambiguous when it has readings: other phrases
	// it may stand for, most likely first.
	refuse   string
	readings [][]word
}

// phrases is sorted by key.
//
// Edge cases, decided here: "Director of Product Management" is the
// director of product, and "Product Management" reads as "Product" under
// every rank but manager (see canonical), so it needs no entries of its
// own; "Manager, Product Management" is a product manager at some
// companies and a manager of product managers at others. The disciplines beside product management have one leader in the
// catalogue, at level 5: "Head of" and "Director of" both map onto it, and
// VP ranks above it are refused rather than guessed. "Product Head" is
// the head of product in another word order. "Principal, Product
// Management" names a principal product manager by the seniority alone.
var phrases = []phraseEntry{
	{key: "associate product manager", role: AssociateProductManager},
	{key: "chief product officer", role: ChiefProductOfficer},
	{key: "group product manager", role: GroupProductManager},
	{key: "junior product manager", role: AssociateProductManager, alias: true},
	{key: "principal product management", role: PrincipalProductManager, inferred: true},
	{key: "principal product manager", role: PrincipalProductManager},
	{key: "product analytics director", role: HeadOfProductAnalytics, alias: true},
	{key: "product analytics head", role: HeadOfProductAnalytics},
	{key: "product analytics vp", refuse: "a VP ranks above the catalogue's product-analytics leader, the head of product analytics"},
	{key: "product chief", role: ChiefProductOfficer, alias: true}, // "Chief of Product"
	{key: "product director", role: DirectorOfProduct},
	{key: "product head", role: HeadOfProduct},
	{key: "product management manager", refuse: "a product manager, or a manager of product managers?",
		readings: [][]word{{wProduct, wManager}, {wGroup, wProduct, wManager}}},
	{key: "product manager", role: ProductManager},
	{key: "product marketing director", role: DirectorOfProductMarketing},
	{key: "product marketing head", role: DirectorOfProductMarketing, alias: true},
	{key: "product marketing manager", role: ProductMarketingManager},
	{key: "product marketing vp", refuse: "a VP ranks above the catalogue's product-marketing leader, the director of product marketing"},
	{key: "product owner", role: ProductOwner},
	{key: "product vp", role: VPOfProduct},
	{key: "senior product manager", role: SeniorProductManager},
	{key: "ux director", role: DirectorOfUX},
	{key: "ux head", role: DirectorOfUX, alias: true},
	{key: "ux vp", refuse: "a VP ranks above the catalogue's UX leader, the director of UX"},
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

// The longest token of vocabulary; tests check it. Longer tokens cannot
// match, so the parser need not fold them.
const maxVocabToken = 16

// vocabByFirst[c] is the range of vocabulary whose tokens start with the
// byte c, in lower case: a lookup searches a handful of entries.
var vocabByFirst = func() (index [256]struct{ lo, hi uint16 }) {
	for i, e := range vocabulary {
		c := e.token[0]
		if index[c].hi == 0 {
			index[c].lo = uint16(i)
		}
		index[c].hi = uint16(i + 1)
	}
	return index
}()

// Shapes of the tokens an area looks up: anywhereShapes[c] has bit n set
// when a token of n bytes starting with the byte c, in lower case, makes a
// title another job anywhere; firstShapes when it may also be a seniority
// or interim word, which an area may start with ("Product Manager,
// Senior"). Areas look up only the words that may tell them something.
var anywhereShapes, firstShapes = func() (anywhere, first [256]uint32) {
	for _, e := range vocabulary {
		bit := uint32(1) << len(e.token) // tests check len < 32
		if e.flags&fAnywhere != 0 {
			anywhere[e.token[0]] |= bit
			first[e.token[0]] |= bit
		}
		if c := wordInfo[e.words[0]].class; c == classSeniority || c == classInterim {
			first[e.token[0]] |= bit
		}
	}
	return anywhere, first
}()

// hasShape reports whether tok may be a token of shapes.
func hasShape(shapes *[256]uint32, tok string) bool {
	return len(tok) < 32 && shapes[lower(tok[0])]&(1<<len(tok)) != 0
}

// lookupToken returns the vocabulary entry of tok, ignoring ASCII case.
func lookupToken(tok string) (*vocabEntry, bool) {
	if tok == "" || len(tok) > maxVocabToken {
		return nil, false
	}
	r := vocabByFirst[lower(tok[0])]
	lo, hi := int(r.lo), int(r.hi)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if c := compareFold(tok, vocabulary[m].token); c == 0 {
			return &vocabulary[m], true
		} else if c > 0 {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return nil, false
}

// compareFold compares tok, folded to ASCII lower case, with token, in
// lower case already.
func compareFold(tok, token string) int {
	n := min(len(tok), len(token))
	for i := 0; i < n; i++ {
		if c, d := lower(tok[i]), token[i]; c != d {
			if c < d {
				return -1
			}
			return 1
		}
	}
	return len(tok) - len(token)
}

// lower folds an ASCII letter to lower case, by a table: it runs for
// every byte of every word.
func lower(c byte) byte { return lowerTable[c] }

var lowerTable = func() (t [256]byte) {
	for i := range t {
		t[i] = byte(i)
		if 'A' <= i && i <= 'Z' {
			t[i] += 'a' - 'A'
		}
	}
	return t
}()

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
	switch tok[0] | 0x20 {
	case 'i', 'v', 'x':
	default:
		return 0 // most words: no roman numeral starts so
	}
	for n, r := range romanGrades {
		if enum.EqualFold(tok, r) {
			return n + 1
		}
	}
	return 0
}

var romanGrades = [maxGrade]string{"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"}
