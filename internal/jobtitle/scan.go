package jobtitle

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A span is a token's byte range in the parsed text.
type span struct{ lo, hi uint16 }

// A wordRef is one word of the role part, the token it comes from and how
// that token reads.
type wordRef struct {
	w     word
	tok   uint8 // index into titleParser.toks; virtualTok for an implied "of"
	flags vocabFlags
}

const virtualTok = 0xFF

// A titleParser holds the role part of one title, on the stack: the
// parsers allocate nothing unless an area must be cleaned.
type titleParser struct {
	s     string
	toks  [maxTokens]span
	nt    int
	words [maxWords]wordRef
	nw    int
	// soft has bit t set when a joined separator comes before token t: a
	// dash between two words ("Product Manager-Growth"), a slash, or a
	// preposition ("Product Manager at Acme"). The role part may end
	// there.
	soft uint32
	// areaAt is where the text after the role part's separator starts,
	// or -1 when no separator ends the role part.
	areaAt int

	// When the first segment is a rank or a seniority alone and the next
	// one goes on with it ("Director, Product Management", "Principal,
	// Product Management"), the role part joins both: for a rank, with an
	// implied "of". firstWords and firstAreaAt keep the first reading,
	// the first segment alone with the rest as its area: company aliases
	// may want it ("Director, Payments").
	joined      bool
	firstWords  int
	firstAreaAt int

	// qualifies is set when the first segment may qualify a role in the
	// second: "Consumer Electronics - Product Manager". next is where the
	// second segment starts.
	qualifies bool
}

func (p *titleParser) token(i uint8) string { return p.s[p.toks[i].lo:p.toks[i].hi] }

// word returns the text of the token of w, or "" for an implied word.
func (p *titleParser) word(w wordRef) string {
	if w.tok == virtualTok {
		return ""
	}
	return p.token(w.tok)
}

func class(w wordRef) wordClass { return wordInfo[w.w].class }

// scan reads the role part of s into p, from byte from on. It returns why
// s is not a title, with the note that says more, or 0.
func (p *titleParser) scan(s string, from int) (Reason, string) {
	p.s = s
	p.areaAt = -1
	if len(s) > maxTitleLen {
		return ReasonTooLong, "longer than 256 bytes"
	}
	next, sep, ok := p.segment(from)
	if !ok {
		return ReasonTooLong, tooManyWords
	}
	if p.nt == 0 {
		switch {
		case isBlank(s):
			return ReasonEmpty, "empty title"
		case sep:
			return ReasonEmpty, "no words before the area"
		default:
			return ReasonEmpty, "no words"
		}
	}
	if !p.expand(0) {
		return ReasonTooLong, tooManyWords
	}
	if sep {
		p.areaAt = next
		switch p.head() {
		case headRank, headModifier:
			p.join(next)
		case headNone:
			p.qualifies = p.mayQualify()
		}
	}
	return 0, ""
}

// Kinds of first segment, for joining it to the next.
const (
	headNone     = iota // anything else
	headRank            // a rank that takes "of", with modifiers: "Director", "Senior VP"
	headModifier        // seniority or interim words alone: "Principal", "Interim"
)

// head says whether the role part is a rank alone or modifiers alone,
// which the next segment may go on with.
func (p *titleParser) head() int {
	rank, modifier := false, false
	for _, w := range p.words[:p.nw] {
		switch class(w) {
		case classRank:
			if !wordInfo[w.w].ofRank {
				return headNone
			}
			rank = true
		case classSeniority, classInterim:
			modifier = true
		default:
			return headNone
		}
	}
	switch {
	case rank:
		return headRank
	case modifier:
		return headModifier
	}
	return headNone
}

// join appends the next segment, from byte next on, to a role part that
// is a rank or seniority words alone. Text that names nothing, a grade or
// too long, stays the area.
func (p *titleParser) join(next int) {
	first, firstWords, soft := p.nt, p.nw, p.soft
	next2, sep2, ok := p.segment(next)
	undo := func() { p.nt, p.nw, p.soft = first, firstWords, soft }
	switch {
	case !ok, p.nt == first, p.nt == first+1 && parseGrade(p.token(uint8(first))) > 0, p.nw == maxWords:
		undo()
		return
	}
	if p.head() == headRank {
		p.words[p.nw] = wordRef{w: wOf, tok: virtualTok}
		p.nw++
	}
	if !p.expand(first) {
		undo()
		return
	}
	p.joined, p.firstWords, p.firstAreaAt = true, firstWords, next
	p.areaAt = -1
	if sep2 {
		p.areaAt = next2
	}
}

// mayQualify reports whether every word of the role part may be set
// aside to qualify a role: no rank, seniority or ambiguous word, no word
// of another job.
func (p *titleParser) mayQualify() bool {
	for _, w := range p.words[:p.nw] {
		if !aside(w) {
			return false
		}
	}
	return true
}

// Byte classes for the scanner.
const (
	byteOther    = iota // spaces, dots, quotes, control bytes: they end a token
	byteLetter          // ASCII letters
	byteDigit           //
	byteConj            // "&", "+", "/": a token of its own
	byteSep             // ",", "(", "[", "{", "|", ";", ":": the area follows
	byteDash            // "-": a separator or a joiner
	byteQuestion        // "?": a dash through a broken encoding when spaced
	byteEscape          // ESC: a terminal escape sequence, skipped whole
	byteHigh            // above 0x7F: other scripts, dashes, Unicode spaces
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
		case b == '?':
			c[b] = byteQuestion
		case b == 0x1b:
			c[b] = byteEscape
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
	first := p.nt
	joinedDash := false // a dash right after a token: the next token may start an area
	for i < len(s) {
		switch c := byteClasses[s[i]]; c {
		case byteLetter, byteDigit:
			j := i + 1
			for j < len(s) && byteClasses[s[j]] == c {
				j++
			}
			if joinedDash && p.nt > first {
				p.soft |= 1 << p.nt
			}
			joinedDash = false
			if !p.addToken(i, j) {
				return 0, false, false
			}
			i = j
			continue
		case byteConj:
			if s[i] == '/' && p.nt > first {
				p.soft |= 1 << p.nt
			}
			if !p.addToken(i, i+1) {
				return 0, false, false
			}
			i++
		case byteSep:
			return i + 1, true, true
		case byteDash:
			// A dash with a space on either side starts an area ("PM -
			// Growth"); between two words it joins them, or starts an
			// area where the words before it make a role.
			if spaceBefore(s, i) || spaceAfter(s, i+1) {
				return i + 1, true, true
			}
			i++
			joinedDash = true
			continue
		case byteQuestion:
			if spaceBefore(s, i) && spaceAfter(s, i+1) {
				return i + 1, true, true
			}
			i++
		case byteEscape:
			i = skipEscape(s, i)
		case byteHigh:
			r, size := utf8.DecodeRuneInString(s[i:])
			switch {
			case isDash(r):
				return i + size, true, true
			case r == utf8.RuneError && size == 3 && spaceBefore(s, i) && spaceAfter(s, i+size):
				// U+FFFD between spaces: a dash lost to an encoding.
				return i + size, true, true
			case isSpace(r):
				i += size
				joinedDash = false
				continue
			}
			// Other characters are letters of words the vocabulary does
			// not know; invalid UTF-8 too.
			j := i + size
			for j < len(s) && s[j] >= 0x80 {
				r, size := utf8.DecodeRuneInString(s[j:])
				if isDash(r) || isSpace(r) {
					break
				}
				j += size
			}
			if joinedDash && p.nt > first {
				p.soft |= 1 << p.nt
			}
			if !p.addToken(i, j) {
				return 0, false, false
			}
			i = j
		default:
			i++
		}
		joinedDash = false
	}
	return i, false, true
}

// skipEscape returns the index after the terminal escape sequence at
// s[i], an ESC byte: a CSI sequence ("\x1b[31m"), an OSC string ended by
// BEL or ST, or ESC and one byte.
func skipEscape(s string, i int) int {
	i++
	if i == len(s) {
		return i
	}
	switch s[i] {
	case '[':
		for i++; i < len(s); i++ {
			if 0x40 <= s[i] && s[i] <= 0x7e {
				return i + 1
			}
		}
	case ']':
		for i++; i < len(s); i++ {
			if s[i] == 0x07 {
				return i + 1
			}
			if s[i] == 0x1b && i+1 < len(s) && s[i+1] == '\\' {
				return i + 2
			}
		}
	default:
		return i + 1
	}
	return i
}

// isDash reports whether r is an en dash or an em dash, which always start
// an area.
func isDash(r rune) bool { return r == '\u2013' || r == '\u2014' }

// isSpace reports whether r separates words without being seen: a Unicode
// space, or a zero-width character pasted with a title.
func isSpace(r rune) bool { return unicode.IsSpace(r) || isInvisible(r) }

// isInvisible reports whether r is a format character (Unicode category
// Cf): zero-width spaces and joiners, soft hyphens, byte-order marks,
// bidirectional controls. They show nothing, or reorder what is shown.
func isInvisible(r rune) bool { return r >= 0x80 && unicode.Is(unicode.Cf, r) }

// isBlank reports whether s holds only spaces, invisible characters,
// control characters and escape sequences.
func isBlank(s string) bool {
	for i := 0; i < len(s); {
		if s[i] == 0x1b {
			i = skipEscape(s, i)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isSpace(r) && !unicode.IsControl(r) {
			return false
		}
		i += size
	}
	return true
}

// spaceBefore reports whether s[:i] is empty or ends in a space.
func spaceBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return i == 0 || isSpace(r)
}

// spaceAfter reports whether s[i:] is empty or starts with a space.
func spaceAfter(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return i == len(s) || isSpace(r)
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

// expand appends the words of tokens first and later, then merges
// bigrams. It returns false when there are too many words.
func (p *titleParser) expand(first int) bool {
	for t := first; t < p.nt; t++ {
		tok := p.token(uint8(t))
		var ws [3]word
		var flags vocabFlags
		switch e, ok := lookupToken(tok); {
		case ok:
			ws, flags = e.words, e.flags
			if ws[1] != wUnknown {
				flags |= fAbbr
			}
			if ws[0] == wPrep && t > first {
				p.soft |= 1 << t
			}
		case p.glued(t):
			// Digits glued to the letters after them are part of a word:
			// "B2B", "3M", "5G".
			ws[0] = wUnknown
		case parseGrade(tok) > 0:
			ws[0] = wNumeral
		default:
			ws[0] = wUnknown
			if '0' <= tok[0] && tok[0] <= '9' {
				flags |= fNumber
			}
		}
		for k, w := range ws {
			if k > 0 && w == wUnknown {
				break
			}
			if p.nw == maxWords {
				return false
			}
			p.words[p.nw] = wordRef{w: w, tok: uint8(t), flags: flags}
			p.nw++
		}
	}
	p.nw = mergeBigrams(p.words[:p.nw])
	return true
}

// glued reports whether token t is digits followed, without a break, by
// letters.
func (p *titleParser) glued(t int) bool {
	tok := p.toks[t]
	return '0' <= p.s[tok.lo] && p.s[tok.lo] <= '9' && t+1 < p.nt && p.toks[t+1].lo == tok.hi && isLetter(p.s[tok.hi])
}

// mergeBigrams merges the bigrams of ws in place and returns the new
// length. A merged word may start another bigram: "user experience
// design" is "ux design", then "ux".
func mergeBigrams(ws []wordRef) int {
	n := 0
	for _, w := range ws {
		if n > 0 && startsBigram[ws[n-1].w] {
			if merged := bigramOf(ws[n-1].w, w.w); merged != wUnknown {
				ws[n-1].w = merged
				continue
			}
		}
		ws[n] = w
		n++
	}
	return n
}

func bigramOf(first, second word) word {
	for _, b := range bigrams {
		if first == b.first && second == b.second {
			return b.merged
		}
	}
	return wUnknown
}

// Bytes trimArea trims from the ends of an area, besides spaces and
// control characters: separators and closing brackets at its start,
// separators at its end.
var trimStart, trimEnd = func() (start, end [128]bool) {
	for _, c := range []byte(",-([{|;:?/)]}") {
		start[c] = true
	}
	for _, c := range []byte(",-([{|;:?/") {
		end[c] = true
	}
	return start, end
}()

// trimArea trims spaces, invisible characters, control characters and
// separator punctuation from both ends of s, and closing brackets that
// close nothing in s: "Ads (Search)" keeps its parenthesis. Punctuation
// alone trims to "".
func trimArea(s string) string {
	for s != "" {
		if c := s[0]; c < 0x80 {
			switch {
			case c == 0x1b:
				s = s[skipEscape(s, 0):]
			case c <= ' ' || c == 0x7f || trimStart[c]:
				s = s[1:]
			default:
				goto end
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s)
		if !isSpace(r) && !isDash(r) && !unicode.IsControl(r) {
			break
		}
		s = s[size:]
	}
end:
	word := false
	for i := 0; i < len(s) && !word; i++ {
		c := byteClasses[s[i]]
		word = c == byteLetter || c == byteDigit || c == byteHigh
	}
	if !word {
		return ""
	}
	for s != "" {
		if c := s[len(s)-1]; c < 0x80 {
			switch {
			case c <= ' ' || c == 0x7f || trimEnd[c]:
			case (c == ')' || c == ']' || c == '}') && !opened(s[:len(s)-1], rune(c)):
			default:
				return s
			}
			s = s[:len(s)-1]
			continue
		}
		r, size := utf8.DecodeLastRuneInString(s)
		if !isSpace(r) && !isDash(r) && !unicode.IsControl(r) {
			return s
		}
		s = s[:len(s)-size]
	}
	return s
}

// opened reports whether s leaves a bracket open that close would close.
func opened(s string, close rune) bool {
	open := byte('(')
	switch close {
	case ']':
		open = '['
	case '}':
		open = '{'
	}
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case open:
			depth++
		case byte(close):
			if depth > 0 {
				depth--
			}
		}
	}
	return depth > 0
}

// cleanText returns s without control characters, escape sequences,
// invisible characters and invalid UTF-8; spaces and tabs become single
// spaces. It allocates only when s holds something to remove.
func cleanText(s string) string {
	i := 0
	for i < len(s) && 0x20 <= s[i] && s[i] < 0x7f {
		i++ // printable ASCII, as most text is
	}
	clean := true
	for i < len(s) && clean {
		r, size := utf8.DecodeRuneInString(s[i:])
		clean = !(r == utf8.RuneError && size == 1) && !unicode.IsControl(r) && !isInvisible(r)
		i += size
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		if s[i] == 0x1b {
			i = skipEscape(s, i)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == utf8.RuneError && size == 1, isInvisible(r):
		case unicode.IsSpace(r):
			space = b.Len() > 0
		case unicode.IsControl(r):
		default:
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}
