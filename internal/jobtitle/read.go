package jobtitle

// A reading is what one role part says, before its area is read.
type reading struct {
	t Title
	// abbr: the core is one token that stands for several words, as "PM"
	// does; such a core takes no qualifier ("Supply Chain PM").
	abbr bool
	// risky: that token is an abbreviation other fields use too ("PO").
	risky bool
	// mods: the role part has modifiers besides the core.
	mods bool
	// rankOnly: a company alias that is a rank alone matched ("Director");
	// the area must then not name another function.
	rankOnly bool
}

// modifiers are what the modifier words of a role part say: up to two
// seniority words, a specialty and whether the holder is interim.
type modifiers struct {
	seniority [2]word
	ns        int // number of seniority words; may exceed 2
	specialty Specialty
	conflict  bool // two different specialties
	interim   bool
	typo      bool // a misspelt word was read
}

func (m *modifiers) addSpecialty(w word) {
	s := wordInfo[w].specialty
	if m.specialty != 0 && m.specialty != s {
		m.conflict = true
	}
	m.specialty = s
}

func (m *modifiers) add(w wordRef) {
	if w.flags&fTypo != 0 {
		m.typo = true
	}
	switch class(w) {
	case classSeniority:
		if m.ns < len(m.seniority) {
			m.seniority[m.ns] = w.w
		}
		m.ns++
	case classSpecialty:
		m.addSpecialty(w.w)
	case classInterim:
		m.interim = true
	}
}

// leading returns where the modifiers at the start of ws end: seniority,
// specialty and interim words. "and" may join two specialties: "AI/ML".
func leading(ws []wordRef) int {
	i := 0
	for ; i < len(ws); i++ {
		switch class(ws[i]) {
		case classSeniority, classSpecialty, classInterim:
		case classConj:
			if !joinsSpecialties(ws, i) {
				return i
			}
		default:
			return i
		}
	}
	return i
}

func joinsSpecialties(ws []wordRef, i int) bool {
	return i > 0 && i+1 < len(ws) && class(ws[i-1]) == classSpecialty && class(ws[i+1]) == classSpecialty
}

// splitGrade returns ws without a grade at its end, and the grade.
func (p *titleParser) splitGrade(ws []wordRef) ([]wordRef, int) {
	if n := len(ws); n > 1 && ws[n-1].w == wNumeral {
		return ws[:n-1], parseGrade(p.word(ws[n-1]))
	}
	return ws, 0
}

// shape finds the structure of a core: the rank words [0, of) and the
// function words [fn, len(core)) when the core reads "rank of function",
// or of == -1 otherwise. Specialties right after "of" are read into m
// when m is not nil. ok is false when "of" is misplaced.
func shape(core []wordRef, m *modifiers) (of, fn int, ok bool) {
	of = -1
	for i, w := range core {
		if w.w != wOf {
			continue
		}
		if of >= 0 || i == 0 || !wordInfo[core[i-1].w].ofRank || i+1 == len(core) {
			return -1, 0, false
		}
		of = i
	}
	fn = of + 1
	if of < 0 {
		// "VP Product", "Director Product Management": the "of" is implied.
		if len(core) < 2 || !wordInfo[core[0].w].ofRank || core[0].w == wChief {
			return -1, 0, true
		}
		of, fn = 1, 1
	}
	if m == nil {
		return of, fn, true
	}
	for ; fn < len(core); fn++ {
		if c := class(core[fn]); c == classSpecialty {
			m.addSpecialty(core[fn].w)
		} else if c != classConj || !joinsSpecialties(core, fn) {
			break
		}
	}
	return of, fn, true
}

// canonical appends to dst the words of a core in the order the tables
// use: function words first, then rank words, without "of"; and "product
// management" reads as "product" before a rank other than manager, so
// that "Director, Product Management" is "product director" while
// "Manager, Product Management" stays apart from "Product Manager".
func canonical(dst, core []wordRef, of, fn int) []wordRef {
	start := len(dst)
	dst = append(dst, core[fn:]...)
	if of > 0 {
		dst = append(dst, core[:of]...)
	}
	seq := dst[start:]
	for i := 0; i+2 < len(seq); i++ {
		if seq[i].w == wProduct && seq[i+1].w == wManagement && class(seq[i+2]) == classRank && seq[i+2].w != wManager {
			copy(seq[i+1:], seq[i+2:])
			return dst[:len(dst)-1]
		}
	}
	return dst
}

// phraseKeyOf returns the key of the words of a core in canonical order,
// and how many words it packs; past maxPhraseWords the key is cut short
// and n tells.
func phraseKeyOf(core []wordRef, of, fn int) (key phraseKey, n int) {
	var buf [maxWords]wordRef
	for _, w := range canonical(buf[:0], core, of, fn) {
		key = key.add(w.w)
		n++
	}
	return key, n
}

// oneToken reports whether every word of ws comes from one token with
// flag f, as "PM" gives "product manager".
func oneToken(ws []wordRef, f vocabFlags) bool {
	if len(ws) == 0 || ws[0].flags&f == 0 || ws[0].tok == virtualTok {
		return false
	}
	for _, w := range ws[1:] {
		if w.tok != ws[0].tok {
			return false
		}
	}
	return true
}

// A miss says why resolve found no role, when the words make a phrase
// the tables know: a note, and for an ambiguous phrase, its readings:
// each may replace the words [lo, hi) of the role part.
type miss struct {
	note     string
	readings [][]word
	lo, hi   int
}

// resolve maps a role part onto the built-in tables, into r. On failure
// it may say why in ms, when ms is not nil; explain says why otherwise.
func (p *titleParser) resolve(ws []wordRef, r *reading, ms *miss) bool {
	full := ws
	*r = reading{}
	ws, r.t.Grade = p.splitGrade(ws)
	var m modifiers
	start := leading(ws)
	for _, w := range ws[:start] {
		m.add(w)
	}
	// Specialty and interim words after a rank: "Product Manager
	// Technical", as one large employer writes it.
	end := len(ws)
	for end > start+1 {
		if c := class(ws[end-1]); c != classSpecialty && c != classInterim {
			break
		}
		end--
	}
	if end < len(ws) {
		if class(ws[end-1]) == classRank {
			for _, w := range ws[end:] {
				m.add(w)
			}
		} else {
			end = len(ws)
		}
	}
	core := ws[start:end]
	if len(core) == 0 {
		return false
	}
	of, fn, ok := shape(core, &m)
	if !ok {
		return false
	}
	for _, w := range core {
		if w.flags&fTypo != 0 {
			m.typo = true
		}
	}
	key, n := phraseKeyOf(core, of, fn)
	if n > maxPhraseWords-1 || n == 0 {
		return false
	}
	// The seniority word next to the core may select the role, as in
	// "Senior Product Manager"; otherwise seniority words modify the role
	// found without it.
	var e *phraseEntry
	if 1 <= m.ns && m.ns <= len(m.seniority) {
		sel := m.seniority[m.ns-1]
		if e2, found := lookupPhrase(key | (phraseKey(sel)+1)<<(8*n)); found && e2.refuse == "" {
			e = e2
			m.ns--
		}
	}
	if e == nil {
		if e, ok = lookupPhrase(key); !ok {
			return false
		}
	}
	if e.refuse != "" {
		return p.miss(ms, miss{note: e.refuse, readings: e.readings, lo: start, hi: end})
	}
	r.t.Role, r.t.Specialty, r.t.Interim = e.role, m.specialty, m.interim
	switch {
	case m.conflict:
		return p.miss(ms, miss{note: "it names more than one specialty"})
	case m.ns > 1:
		return p.miss(ms, miss{note: "it names more than one seniority"})
	case m.ns == 1:
		if r.t.Seniority = wordInfo[m.seniority[0]].seniority; r.t.Seniority == 0 {
			return p.miss(ms, miss{note: `"group" ranks product managers only`})
		}
	}
	r.abbr, r.risky = oneToken(core, fAbbr), oneToken(core, fRisky)
	r.mods = hasModifier(ws, core)
	switch {
	case e.inferred, m.typo:
		r.t.Confidence = ConfidenceInferred
	case e.alias:
		r.t.Confidence = ConfidenceAlias
	case p.isExact(full, e.role.Title()):
		r.t.Confidence = ConfidenceExact
	default:
		r.t.Confidence = ConfidenceNormalized
	}
	return true
}

// miss stores m in ms, when ms is not nil, and returns false.
func (p *titleParser) miss(ms *miss, m miss) bool {
	if ms != nil {
		*ms = m
	}
	return false
}

// hasModifier reports whether ws has a word besides those of the tokens
// of core and interim words: "Sr. PM" has one, "APM" none.
func hasModifier(ws, core []wordRef) bool {
	for _, w := range ws {
		if class(w) == classInterim {
			continue
		}
		own := false
		for _, c := range core {
			own = own || c.tok == w.tok && w.tok != virtualTok
		}
		if !own {
			return true
		}
	}
	return false
}

// isExact reports whether the tokens of ws, interim words aside, are the
// words of title, ignoring case.
func (p *titleParser) isExact(ws []wordRef, title string) bool {
	k := 0
	last := -1
	for _, w := range ws {
		if int(w.tok) == last || w.w == wInterim {
			continue
		}
		if w.tok == virtualTok {
			return false
		}
		last = int(w.tok)
		tok := p.token(w.tok)
		if k > 0 {
			if k == len(title) || title[k] != ' ' {
				return false
			}
			k++
		}
		if len(title)-k < len(tok) || !equalFold(tok, title[k:k+len(tok)]) {
			return false
		}
		k += len(tok)
	}
	return k == len(title)
}

func equalFold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		if lower(a[i]) != lower(b[i]) {
			return false
		}
	}
	return true
}

// match reads a role part into r: a company alias first, then the
// built-in tables. rankOK lets a company alias that is a rank alone match.
func (p *titleParser) match(ws []wordRef, aliases *Aliases, rankOK bool, r *reading) bool {
	return p.matchAlias(ws, aliases, rankOK, r) || p.resolve(ws, r, nil)
}

// aside reports whether w may be set aside around a role, as a qualifier
// before it ("Omnichannel Product Manager") or words after it ("Product
// Manager Cookware"): not a rank, seniority, ambiguous or interim word,
// not a grade, and not a word that makes the title another job.
func aside(w wordRef) bool {
	switch class(w) {
	case classRank, classSeniority, classAmbiguous, classInterim:
		return false
	}
	return w.w != wNumeral && w.flags&(fDeny|fNumber) == 0
}

// edge reports whether w may begin or end words set aside: "and" or "of"
// there would join them to the role.
func edge(w wordRef) bool {
	switch class(w) {
	case classConj, classOf, classPrep:
		return false
	}
	return true
}

// asideSpan is a reading that set words aside.
type asideSpan struct {
	qualLo, qualHi int // the qualifier's bytes, qualLo == qualHi when none
	trailAt        int // where words after the role start, or -1
}

// relaxed tries the readings of ws that set words aside, in order: a
// qualifier before the role, or after its "of" ("VP, Wearable Products");
// words after a rank, without or with a qualifier. The core must be
// spelled out: no qualifier comes before "PM" alone. It reads into r and
// span.
func (p *titleParser) relaxed(ws []wordRef, aliases *Aliases, r *reading, span *asideSpan) bool {
	ws, grade := p.splitGrade(ws)
	var buf [maxWords]wordRef
	n := len(ws)
	for e := n; e >= 2; e-- {
		*span = asideSpan{trailAt: -1}
		if e < n {
			if !aside(ws[e]) {
				break
			}
			if class(ws[e-1]) != classRank || ws[e].tok == ws[e-1].tok || !edge(ws[e]) {
				continue
			}
			span.trailAt = int(p.toks[ws[e].tok].lo)
		}
		core := ws[:e]
		if e < n && p.trySpelled(core, aliases, grade, r) {
			return true
		}
		// A qualifier before the role, after its modifiers: "Sr Retail
		// Banking Product Manager" is a senior product manager.
		lead := leading(core)
		for c := lead + 1; c < e; c++ {
			if !aside(core[c-1]) {
				break
			}
			if core[c].tok == core[c-1].tok || !edge(core[lead]) || !edge(core[c-1]) {
				continue
			}
			cand := append(append(buf[:0], core[:lead]...), core[c:]...)
			if p.trySpelled(cand, aliases, grade, r) {
				span.qualLo, span.qualHi = int(p.toks[core[lead].tok].lo), int(p.toks[core[c-1].tok].hi)
				return true
			}
		}
		// A qualifier after "of": "VP of Wearable Products".
		of := -1
		for i, w := range core {
			if w.w == wOf {
				of = i
				break
			}
		}
		if of < 0 {
			continue
		}
		for c := of + 2; c < e; c++ {
			if !aside(core[c-1]) || core[c-1].tok == virtualTok {
				break
			}
			if core[c].tok == core[c-1].tok || !edge(core[of+1]) || !edge(core[c-1]) {
				continue
			}
			cand := append(append(buf[:0], core[:of+1]...), core[c:]...)
			if p.trySpelled(cand, aliases, grade, r) {
				span.qualLo, span.qualHi = int(p.toks[core[of+1].tok].lo), int(p.toks[core[c-1].tok].hi)
				return true
			}
		}
	}
	return false
}

// trySpelled reads cand into r, as a relaxed reading: spelled out, no
// company alias that is a rank alone, and the grade of the whole.
func (p *titleParser) trySpelled(cand []wordRef, aliases *Aliases, grade int, r *reading) bool {
	if !p.match(cand, aliases, false, r) || r.abbr {
		return false
	}
	if grade != 0 {
		if r.t.Grade != 0 {
			return false
		}
		r.t.Grade = grade
	}
	r.t.Confidence = max(r.t.Confidence, ConfidenceInferred)
	return true
}

// hasFunction reports whether ws has a word that a built-in role needs:
// without one only a company alias can match.
func hasFunction(ws []wordRef) bool {
	for _, w := range ws {
		if class(w) == classFunction {
			return true
		}
	}
	return false
}

// hasFunctionWord reports whether ws has a function word.
func hasFunctionWord(ws []word) bool {
	for _, w := range ws {
		if wordInfo[w].class == classFunction {
			return true
		}
	}
	return false
}

// explain says why the role part ws names no role, in the order a reader
// would want to know it: the reason, the index in ws of the word it turns
// on (or -1) and a note; for an ambiguous title, what may replace which
// of its words to give a candidate role.
func (p *titleParser) explain(ws []wordRef) (Reason, int, string, miss) {
	var r reading
	var ms miss
	if hasFunction(ws) {
		p.resolve(ws, &r, &ms)
	}
	if ms.readings != nil {
		for i := ms.lo; i < ms.hi; i++ {
			if class(ws[i]) == classRank {
				return ReasonAmbiguous, i, ms.note, ms
			}
		}
		return ReasonAmbiguous, -1, ms.note, ms
	} else if ms.note != "" {
		return ReasonNotInCatalogue, -1, ms.note, miss{}
	}
	for i, w := range ws {
		if class(w) == classConj && !joinsSpecialties(ws, i) {
			return ReasonCombined, i, "it combines several roles or functions; the catalogue has no combined roles", miss{}
		}
	}
	foreign := -1
	for i, w := range ws {
		if class(w) == classForeign && (foreign < 0 || w.flags&fDeny != 0 && ws[foreign].flags&fDeny == 0) {
			foreign = i
		}
	}
	if foreign >= 0 {
		return ReasonLookAlike, foreign, "not a product-management role", miss{}
	}
	// An ambiguous word matters where it may make a product role: "Staff
	// Accountant" is no ambiguous product title.
	function := hasFunction(ws)
	for i, w := range ws {
		if class(w) != classAmbiguous {
			continue
		}
		info := &wordInfo[w.w]
		for _, rd := range info.readings {
			function = function || hasFunctionWord(rd)
		}
		if function {
			return ReasonAmbiguous, i, info.note, miss{readings: info.readings, lo: i, hi: i + 1}
		}
	}
	for i, w := range ws {
		if w.w == wUnknown || w.w == wNumeral || w.w == wPrep {
			return ReasonUnknownWord, i, "", miss{}
		}
	}
	if !hasFunction(ws) {
		for i, w := range ws {
			if class(w) == classRank {
				return ReasonNoFunction, i, "", miss{}
			}
		}
		return ReasonNoFunction, -1, "", miss{}
	}
	return ReasonNotInCatalogue, -1, "no catalogue role has this name", miss{}
}

// candidates appends to out the roles ws may name when each reading of
// ms replaces its words, most likely first.
func (p *titleParser) candidates(ws []wordRef, ms miss, out []Role) []Role {
	var buf [maxWords + 3]wordRef
	for _, rd := range ms.readings {
		cand := append(buf[:0], ws[:ms.lo]...)
		for _, w := range rd {
			cand = append(cand, wordRef{w: w, tok: ws[ms.lo].tok})
		}
		cand = append(cand, ws[ms.hi:]...)
		if len(cand) > maxWords {
			continue
		}
		var r reading
		if !p.resolve(cand, &r, nil) || len(out) == cap(out) {
			continue
		}
		dup := false
		for _, c := range out {
			dup = dup || c == r.t.Role
		}
		if !dup {
			out = append(out, r.t.Role)
		}
	}
	return out
}
