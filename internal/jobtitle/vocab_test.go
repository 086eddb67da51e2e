package jobtitle

import (
	"slices"
	"strings"
	"testing"
)

// Every phrase of the table is reachable: its key, read as a title, gives
// its role, or is refused.
func TestTitlePhrasesReachable(t *testing.T) {
	for _, e := range phrases {
		got, ref := Parse(e.key)
		if e.refuse != "" {
			if ref.Reason == 0 {
				t.Errorf("Parse(%q) = %+v; want refused", e.key, got)
			}
			continue
		}
		if ref.Reason != 0 || got.Role != e.role {
			t.Errorf("Parse(%q) = %+v, %+v; want role %v", e.key, got, ref, e.role)
		}
	}
}

func TestTitleTables(t *testing.T) {
	for i, e := range vocabulary {
		if i > 0 && vocabulary[i-1].token >= e.token {
			t.Errorf("vocabulary: %q is not after %q: sort the table, without duplicates", e.token, vocabulary[i-1].token)
		}
		if e.token != strings.ToLower(e.token) || e.token == "" {
			t.Errorf("vocabulary: token %q is not in lower case", e.token)
		}
		if len(e.token) == 1 && !isLetter(e.token[0]) {
			if !strings.Contains("&+/", e.token) {
				t.Errorf("vocabulary: %q is no token the scanner makes", e.token)
			}
		} else {
			for _, c := range []byte(e.token) {
				if !isLetter(c) {
					t.Errorf("vocabulary: %q is no token the scanner makes", e.token)
					break
				}
			}
		}
		if e.words[0] == wUnknown || e.words[0] == wNumeral {
			t.Errorf("vocabulary: %q expands to nothing", e.token)
		}
		if parseGrade(e.token) != 0 {
			t.Errorf("vocabulary: %q is also a grade", e.token)
		}
		if len(e.token) > maxVocabToken {
			t.Errorf("vocabulary: %q is longer than maxVocabToken", e.token)
		}
		// The flags mean what they say: a word of another job is a
		// look-alike's word; a risky token is an abbreviation of several
		// words; a misspelling stands for one word; fAbbr and fNumber are
		// the scanner's.
		several := e.words[1] != wUnknown
		switch {
		case e.flags&fAnywhere != 0 && e.flags&fDeny == 0:
			t.Errorf("vocabulary: %q: fAnywhere without fDeny", e.token)
		case e.flags&fDeny != 0 && (e.words[0] != wForeign || several):
			t.Errorf("vocabulary: %q: fDeny on a word of no other job", e.token)
		case e.flags&fRisky != 0 && !several:
			t.Errorf("vocabulary: %q: fRisky on a token that is no abbreviation", e.token)
		case e.flags&fTypo != 0 && several:
			t.Errorf("vocabulary: %q: fTypo on an abbreviation", e.token)
		case e.flags&(fAbbr|fNumber) != 0:
			t.Errorf("vocabulary: %q: flags set by the scanner", e.token)
		}
	}
	spelled := map[string]word{}
	for w := wForeign + 1; w < numWordKinds; w++ {
		sp := wordInfo[w].spelling
		if sp == "" {
			t.Errorf("word %d has no spelling", w)
			continue
		}
		if v, dup := spelled[sp]; dup {
			t.Errorf("words %d and %d are both spelled %q", v, w, sp)
		}
		spelled[sp] = w
		// A word's spelling reads back as the word, so that aliases and
		// phrases, which are spelled, mean what they say.
		if e, ok := lookupToken(sp); !ok || e.words != [3]word{w} {
			t.Errorf("word %q does not read back as itself", sp)
		}
		info := wordInfo[w]
		if (info.class == classSeniority) != (w >= wJunior && w <= wGroup) {
			t.Errorf("word %q: class %d", sp, info.class)
		}
		if info.class == classSpecialty && (info.specialty < SpecialtyTechnical || info.specialty > SpecialtyAI) {
			t.Errorf("word %q: specialty %v", sp, info.specialty)
		}
		if info.class == classAmbiguous && (info.note == "" || len(info.readings) == 0) {
			t.Errorf("word %q: ambiguous without a note or readings", sp)
		}
		if info.class != classAmbiguous && (info.note != "" || info.readings != nil) {
			t.Errorf("word %q: a note or readings, but not ambiguous", sp)
		}
	}
	for i, b := range bigrams {
		key := wordInfo[b.first].spelling + " " + wordInfo[b.second].spelling
		if i > 0 {
			prev := wordInfo[bigrams[i-1].first].spelling + " " + wordInfo[bigrams[i-1].second].spelling
			if prev >= key {
				t.Errorf("bigrams: %q is not after %q", key, prev)
			}
		}
		if b.merged == wUnknown {
			t.Errorf("bigrams: %q merges into nothing", key)
		}
	}
	// The derived indexes keep the tables' order and uniqueness.
	for i, e := range vocabulary {
		if got, ok := lookupToken(strings.ToUpper(e.token)); !ok || got != &vocabulary[i] {
			t.Errorf("lookupToken(%q) does not find its entry", strings.ToUpper(e.token))
		}
		if len(e.token) >= 32 {
			t.Errorf("vocabulary: %q is too long for anywhereShapes", e.token)
		}
		if _, ok := lookupToken(e.token + "s"); ok && !slices.ContainsFunc(vocabulary, func(x vocabEntry) bool { return x.token == e.token+"s" }) {
			t.Errorf("lookupToken(%q) finds an entry that is not there", e.token+"s")
		}
	}
	if len(phraseIndex) != len(phrases) {
		t.Errorf("phraseIndex has %d entries, phrases %d", len(phraseIndex), len(phrases))
	}
	for i := 1; i < len(phraseIndex); i++ {
		if phraseIndex[i-1].key >= phraseIndex[i].key {
			t.Errorf("phraseIndex: %q and %q pack out of order or alike", phraseIndex[i-1].entry.key, phraseIndex[i].entry.key)
		}
	}
	for i, e := range phrases {
		if i > 0 && phrases[i-1].key >= e.key {
			t.Errorf("phrases: %q is not after %q: sort the table, without duplicates", e.key, phrases[i-1].key)
		}
		for _, w := range strings.Split(e.key, " ") {
			if _, ok := spelled[w]; !ok || w == "of" {
				t.Errorf("phrases: %q: %q is not a word's spelling", e.key, w)
			}
		}
		if n := len(strings.Fields(e.key)); n > maxPhraseWords-1 {
			t.Errorf("phrases: %q has %d words; a key and a selecting seniority word must fit maxPhraseWords", e.key, n)
		}
		if e.refuse == "" && !(e.role >= AssociateProductManager && e.role <= HeadOfProductAnalytics) {
			t.Errorf("phrases: %q has no role", e.key)
		}
		if e.refuse != "" && (e.role != 0 || e.alias || e.inferred) {
			t.Errorf("phrases: %q is refused and has a role", e.key)
		}
		if e.readings != nil && e.refuse == "" {
			t.Errorf("phrases: %q has readings but no note", e.key)
		}
		// Each reading of an ambiguous phrase is a phrase with a role.
		for _, rd := range e.readings {
			var k phraseKey
			for _, w := range rd {
				k = k.add(w)
			}
			if r, ok := lookupPhrase(k); !ok || r.refuse != "" {
				t.Errorf("phrases: %q: reading %v is no phrase with a role", e.key, rd)
			}
		}
	}
	// "Product Management" reads as "Product" under a rank other than
	// manager, so no key may keep them together there.
	for _, e := range phrases {
		if strings.Contains(e.key, "product management ") && !strings.HasSuffix(e.key, "product management manager") {
			t.Errorf("phrases: %q is unreachable: canonical reads it without management", e.key)
		}
	}
}

// The readings of every ambiguous word give a role in a title that is
// otherwise the catalogue's: no reading is dead.
func TestAmbiguousReadings(t *testing.T) {
	for w := range numWordKinds {
		info := wordInfo[w]
		for _, rd := range info.readings {
			ok := false
			for _, title := range displayTitles[1:] {
				for _, s := range []string{info.spelling, info.spelling + " " + title, title + " " + info.spelling, strings.Replace(title, "Manager", info.spelling, 1), strings.Replace(title, "Product", info.spelling, 1)} {
					var p titleParser
					if reason, _ := p.scan(s, 0); reason != 0 {
						continue
					}
					for i, x := range p.words[:p.nw] {
						if x.w != word(w) {
							continue
						}
						if got := p.candidates(p.words[:p.nw], miss{readings: [][]word{rd}, lo: i, hi: i + 1}, make([]Role, 0, MaxCandidates)); len(got) > 0 {
							ok = true
						}
					}
				}
			}
			if !ok {
				t.Errorf("word %q: reading %v gives no role in any catalogue title", info.spelling, rd)
			}
		}
	}
}
