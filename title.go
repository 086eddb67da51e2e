package pmroles

import (
	"cmp"
	"errors"
	"fmt"
	"iter"
	"slices"
	"strings"

	"github.com/pmroles/pmroles/internal/enum"
	"github.com/pmroles/pmroles/internal/jobtitle"
)

// A Title is what a free-text job title says, mapped onto the catalogue by
// [ParseTitle] or [Framework.ParseTitle]: "Senior Technical Product
// Manager II, Payments" is a [SeniorProductManager] with the
// [SpecialtyTechnical] specialty, grade 2, area "Payments".
//
// The zero Title is what the parsers return with an error: its Role is
// invalid. A Title is comparable with ==.
type Title struct {
	// Role is the role the title names.
	Role Role `json:"role"`
	// Seniority is a modifier that does not change the role, such as the
	// "Senior" of "Senior Director of Product" or the "S" of "SVP
	// Product"; zero when there is none. Where a seniority word does
	// change the role, as in "Senior Product Manager", it is part of Role
	// and Seniority stays zero.
	Seniority Seniority `json:"seniority,omitzero"`
	// Specialty is the kind of product the title names, as in "Technical
	// Product Manager" or "Principal Product Manager-Technical"; zero when there
	// is none. It never changes the role.
	Specialty Specialty `json:"specialty,omitzero"`
	// Grade is the level suffix, from 1 to 10, arabic or roman: 2 for
	// "Product Manager II" or "Product Manager 2"; zero when there is none.
	Grade int `json:"grade,omitzero"`
	// Qualifier is the text before the role that narrows it without
	// changing it: "Omnichannel" in "Omnichannel Product Manager",
	// "Consumer Electronics" in "Consumer Electronics - Product Manager".
	// Empty when there is none; the Confidence is then ConfidenceInferred
	// or less certain.
	Qualifier string `json:"qualifier,omitzero"`
	// Area is the text after the role: after the first comma,
	// parenthesis, bracket, bar, semicolon, colon or spaced dash, or after
	// a joined separator where the words before it make the role ("Product
	// Manager-Growth"): "Payments" in "Product Manager (Payments)". It is
	// trimmed of spaces and of unbalanced punctuation, so "Ads (Search)"
	// keeps its parentheses. It never makes a title a product role.
	// Empty when there is none.
	//
	// Area and Qualifier are substrings of the parsed text, so they cost
	// no allocation, unless the text held control characters, escape
	// sequences, invisible characters or invalid UTF-8 there: those are
	// removed, in a copy.
	Area string `json:"area,omitzero"`
	// Interim is true for a title held for the time being: "Interim Head
	// of Product", "Acting CPO", "Director of Product (Interim)".
	Interim bool `json:"interim,omitzero"`
	// Confidence says how directly the text named the role.
	Confidence Confidence `json:"confidence"`
}

// ErrUnknownTitle is wrapped by every error of [ParseTitle] and
// [Framework.ParseTitle], each a [*TitleError] that says why:
//
//	pmroles: unknown title "Project Manager": "Project" names another job, not a product-management role
var ErrUnknownTitle = errors.New("pmroles: unknown title")

// ErrInvalidAlias is wrapped by the errors of [WithAlias], and of
// [Framework.With] for an alias whose role the framework does not use. It
// matches [ErrInvalidFramework] too.
var ErrInvalidAlias error = aliasSentinel{}

// aliasSentinel is ErrInvalidAlias: it matches ErrInvalidFramework under
// errors.Is.
type aliasSentinel struct{}

func (aliasSentinel) Error() string { return "pmroles: invalid alias" }
func (aliasSentinel) Unwrap() error { return ErrInvalidFramework }

// ParseTitle maps a free-text job title onto the catalogue with the
// built-in vocabulary only; [Framework.ParseTitle] adds a company's
// aliases.
//
// A title is a role part, optionally followed by an area after a comma,
// parenthesis, bracket, bar, semicolon, colon, a dash with a space on
// either side, an en or em dash, or " ? " (a dash lost to a broken
// encoding). The role part is read word by word, ignoring ASCII case,
// Unicode spacing, zero-width characters and punctuation: a hyphen
// between two words joins them ("senior-product-manager"), and "&", "/"
// and "+" read as "and". In order, the role part holds:
//
//   - modifiers: seniority words (Junior, Jr, Associate, Senior, Sr, Snr,
//     Principal, Executive, and Group in "Group Product Manager"),
//     specialty words (Technical, Tech, Growth, Platform, Data, AI, ML)
//     and "Interim" or "Acting";
//   - the role: "Product Manager", "PM", "Product Owner", "Director of
//     Product", "VP Product", "Vice President, Product Management",
//     "Product Head", "CPO", ...; specialty words may also follow "of"
//     ("Director of Growth Product") or a rank ("Product Manager
//     Technical");
//   - a grade: 1 to 10 or I to X ("Product Manager II").
//
// When the role part is a rank alone ("Director", "Senior VP") the text
// after the separator is its function, so "Director, Product Management"
// reads as "Director of Product Management", and the area starts after the
// next separator. Seniority words alone work the same way: "Principal,
// Product Management" is a principal product manager.
//
// Real titles carry more, and ParseTitle reads it, with
// [ConfidenceInferred]: a [Title.Qualifier] of words before a spelled-out
// role ("Omnichannel Product Manager", "Sr Retail Banking Product
// Manager", "VP, Wearable Products") or in a segment of its own ("Consumer
// Electronics - Product Manager", one such segment at most); words after
// a rank ("Product Manager
// Cookware"),
// which become the area; a seniority after the role ("Product Manager,
// Senior"). A joined dash, a slash or "at", "for" or "in" may end the role
// part where the words before it make a role ("Product Manager-Growth",
// "Product Manager at Acme"); an area that is "Interim" or "Acting" alone
// sets [Title.Interim].
//
// A seniority word changes the role where the catalogue has a role for it
// ("Senior Product Manager", "Junior PM" for [AssociateProductManager]);
// elsewhere it becomes [Title.Seniority] ("Senior Director of Product").
// "PM" is product manager and "CPO" chief product officer, with
// [ConfidenceUncertain] when nothing else in the title supports it.
//
// ParseTitle refuses with a [*TitleError], which wraps [ErrUnknownTitle]
// and says why in its [TitleReason]:
//
//   - look-alikes that are not product-management roles: project, program
//     and production managers, designers, engineers, sales titles, chief
//     procurement, people, privacy and technology officers; and words of
//     another job anywhere around the role, as qualifier or after it:
//     "Sales Product Owner", "Product Owner Intern", "Product Manager
//     (Intern)", "Product Manager in Training" ([ReasonLookAlike]);
//   - ambiguous words: "Lead" and "Staff", which companies put at
//     different levels, "TPM" (product or program?), "Prod" (product or
//     production?), "Assistant"; the error lists the candidate roles, and
//     a company says what it means with [WithAlias] ([ReasonAmbiguous]);
//   - roles the catalogue does not have: "VP of Product Marketing" (its
//     product-marketing leader is the [DirectorOfProductMarketing]),
//     combined roles such as "Chief Product & Technology Officer", words
//     it does not know where no role is spelled out (no qualifier comes
//     before an abbreviation alone: "Open House - PM", "Retail PM");
//   - empty text, and text longer than 256 bytes.
//
// The area never makes a title a product role: "Project Manager, Product
// Launches" is refused. It may only refine one, by a seniority alone, or
// refuse it, by a word of another job. On error ParseTitle returns the
// zero Title. It never panics; it
// allocates one error to refuse, and nothing to accept unless it must
// clean an area.
func ParseTitle(s string) (Title, error) {
	var t jobtitle.Title
	var ref jobtitle.Refusal
	if !jobtitle.ParseInto(s, nil, &t, &ref) {
		return Title{}, newTitleError(s, &ref, nil)
	}
	return titleOf(&t, catalogueRoleOf), nil
}

// ParseTitle is like the package-level [ParseTitle], but the framework's
// company aliases (see [WithAlias]) are tried first, with the same
// normalisation as the built-in titles, and a title whose role the
// framework does not use is refused with [ReasonNotInFramework]. The
// candidates of an ambiguous title are the roles the framework uses.
//
// An alias that is a rank alone, such as "VP", also matches "VP,
// Payments", with the area "Payments", unless "VP of Payments" names a
// role: "VP, Product" is still the VP of product. It never matches a title
// whose other words name another function or a specialty: with the alias
// "Director", "Director, Engineering" and "Growth Director" stay refused.
func (f *Framework) ParseTitle(s string) (Title, error) {
	if f == nil {
		return Title{}, &TitleError{Text: s, Reason: ReasonNotInFramework}
	}
	var jt jobtitle.Title
	var ref jobtitle.Refusal
	if !jobtitle.ParseInto(s, &f.aliases, &jt, &ref) {
		return Title{}, newTitleError(s, &ref, f)
	}
	t := titleOf(&jt, f.roleOf)
	if !f.Uses(t.Role) {
		e := &TitleError{Text: s, Reason: ReasonNotInFramework}
		e.cands[0] = t.Role
		e.Candidates = e.cands[:1:1]
		return Title{}, e
	}
	return t, nil
}

// A TitleError reports a job title that names no role. It wraps
// [ErrUnknownTitle]. Its message is built when asked for, so refusing a
// title costs one allocation, the TitleError.
type TitleError struct {
	// Text is the title as given.
	Text string
	// Reason says why it names no role.
	Reason TitleReason
	// Word is the word of Text the refusal turns on, as written: the
	// unknown word, the look-alike's ("Project"), the ambiguous one
	// ("Lead"); "" when no one word does.
	Word string
	// Candidates are the roles the title may name, most likely first: for
	// [ReasonAmbiguous], the readings of its ambiguous word ("Lead
	// Product Manager": senior, then principal product manager), which
	// may be none; for [ReasonNotInFramework], the role it names. Nil
	// otherwise.
	Candidates []Role

	note  string // says more; from the parser's tables
	cands [jobtitle.MaxCandidates]Role
}

// newTitleError returns the error for a refusal, with the candidates f
// uses (all when f is nil).
func newTitleError(s string, ref *jobtitle.Refusal, f *Framework) *TitleError {
	e := &TitleError{Text: s, Reason: TitleReason(ref.Reason), Word: ref.Word, note: ref.Note}
	n := 0
	for _, c := range ref.Candidates[:ref.NumCandidates] {
		r := catalogueRoleOf(c)
		if f != nil {
			r = f.roleOf(c)
		}
		if f == nil || f.Uses(r) {
			e.cands[n] = r
			n++
		}
	}
	if n > 0 {
		e.Candidates = e.cands[:n:n]
	}
	return e
}

// Error returns the message: "pmroles: unknown title", the title quoted
// (its first 64 bytes when longer), and why.
func (e *TitleError) Error() string {
	var b strings.Builder
	b.WriteString("pmroles: unknown title ")
	b.WriteString(enum.Quote(e.Text))
	b.WriteString(": ")
	word := enum.Quote(e.Word)
	switch e.Reason {
	case ReasonUnknownWord:
		if e.Word != "" && '0' <= e.Word[0] && e.Word[0] <= '9' {
			fmt.Fprintf(&b, "unexpected number %s; a grade is 1 to %d, at the end", word, jobtitle.MaxGrade)
		} else {
			fmt.Fprintf(&b, "unexpected word %s", word)
		}
	case ReasonLookAlike:
		fmt.Fprintf(&b, "%s names another job, not a product-management role", word)
	case ReasonAmbiguous:
		if e.Word != "" {
			fmt.Fprintf(&b, "%s is ambiguous (%s)", word, e.note)
		} else {
			fmt.Fprintf(&b, "ambiguous (%s)", e.note)
		}
		if len(e.Candidates) > 0 {
			fmt.Fprintf(&b, ": %s", joinRoles(e.Candidates, " or "))
		}
		b.WriteString("; say which with WithAlias")
	case ReasonCombined:
		fmt.Fprintf(&b, "%s combines several roles or functions; the catalogue has no combined roles", word)
	case ReasonNoFunction:
		if e.Word != "" {
			fmt.Fprintf(&b, "%s alone names no product-management function", word)
		} else {
			b.WriteString("it names no product-management function")
		}
	case ReasonNotInFramework:
		if len(e.Candidates) > 0 {
			fmt.Fprintf(&b, "%v is not a role of this framework", e.Candidates[0])
		} else {
			b.WriteString("not a role of this framework")
		}
	default:
		if e.note != "" {
			b.WriteString(e.note)
		} else {
			b.WriteString(e.Reason.String())
		}
	}
	return b.String()
}

// Unwrap returns [ErrUnknownTitle].
func (e *TitleError) Unwrap() error { return ErrUnknownTitle }

func joinRoles(rs []Role, sep string) string {
	var b strings.Builder
	for i, r := range rs {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(r.String())
	}
	return b.String()
}

// A TitleReason says why a job title names no role; see [TitleError].
// The zero TitleReason is invalid.
type TitleReason uint8

// The reasons, in the order of [TitleReasons].
const (
	// ReasonUnknownWord: a word the vocabulary does not know, where no
	// role is spelled out to read it around ("Produktmanager"), or a
	// number that is no grade ("Product Manager 2024").
	ReasonUnknownWord TitleReason = 1 + iota
	// ReasonLookAlike: a title of another job, or a word that makes it
	// one: "Project Manager", "Sales Product Owner", "Product Manager
	// (Intern)".
	ReasonLookAlike
	// ReasonAmbiguous: a word companies read differently: "Lead", "Staff",
	// "TPM", "Prod", "Assistant". [TitleError.Candidates] lists the roles
	// it may give.
	ReasonAmbiguous
	// ReasonCombined: several roles or functions joined by "and", "&" or
	// "/": "Chief Product & Technology Officer".
	ReasonCombined
	// ReasonNoFunction: a rank or seniority without a function:
	// "Director", "Senior".
	ReasonNoFunction
	// ReasonNotInCatalogue: product-management words that make no role of
	// the catalogue: "VP of Product Marketing", "Group Product Owner".
	ReasonNotInCatalogue
	// ReasonNotInFramework: a role the framework does not use; see
	// [Framework.ParseTitle].
	ReasonNotInFramework
	// ReasonEmpty: no words, or none before the area.
	ReasonEmpty
	// ReasonTooLong: longer than 256 bytes, or more words than a job
	// title has.
	ReasonTooLong

	numTitleReasons = iota
)

var titleReasonNames = enum.Table{
	Type: "TitleReason", Kind: "title reason",
	Names: []string{"", "unknown-word", "look-alike", "ambiguous", "combined", "no-function",
		"not-in-catalogue", "not-in-framework", "empty", "too-long"},
	Unknown: enum.Sentinel("title reason", ErrUnknownValue),
}

// ParseTitleReason returns the reason whose text form is s
// ("unknown-word", "look-alike", "ambiguous", "combined", "no-function",
// "not-in-catalogue", "not-in-framework", "empty" or "too-long"),
// ignoring ASCII case.
func ParseTitleReason(s string) (TitleReason, error) {
	v, err := titleReasonNames.Parse(s)
	return TitleReason(v), err
}

// TitleReasons returns an iterator over the reasons in the order of the
// constants, from [ReasonUnknownWord] to [ReasonTooLong].
func TitleReasons() iter.Seq[TitleReason] { return enum.Values[TitleReason](numTitleReasons) }

// IsValid reports whether r is a known reason. The zero TitleReason is
// not.
func (r TitleReason) IsValid() bool { return r >= 1 && r <= numTitleReasons }

// String returns the reason's text form, or "%!TitleReason(n)" for an
// invalid one.
func (r TitleReason) String() string { return titleReasonNames.String(int(r)) }

// MarshalText implements [encoding.TextMarshaler]. It fails for an invalid
// reason.
func (r TitleReason) MarshalText() ([]byte, error) { return r.AppendText(nil) }

// AppendText implements [encoding.TextAppender]. It fails for an invalid
// reason.
func (r TitleReason) AppendText(b []byte) ([]byte, error) { return titleReasonNames.Append(b, int(r)) }

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [ParseTitleReason]. On error r is unchanged.
func (r *TitleReason) UnmarshalText(text []byte) error {
	return enum.Unmarshal(r, text, ParseTitleReason)
}

// WithAlias adds a company alias: in this framework, the job title title
// means role r, as "Staff PM" may mean [PrincipalProductManager]. The alias
// is read like a title, with the same normalisation as the built-in ones:
// case, spacing, punctuation, abbreviations and word order do not matter,
// and "Product Management" reads as "Product" under a rank, so "Senior
// Director of Product" also matches "Sr. Director, Product Management". It
// must be a role part alone, without area or grade.
// [Framework.ParseTitle] tries aliases before the built-in vocabulary and
// lets modifiers precede them: with the alias above, "Senior Staff PM II"
// is a principal product manager with seniority senior and grade 2.
//
// WithAlias fails, with an error wrapping [ErrInvalidAlias], for an empty
// alias, one holding control characters, escape sequences, invisible
// characters or invalid UTF-8, an invalid role, and an alias added twice
// with different roles. The framework must use r (see [WithRoles]).
func WithAlias(title string, r Role) Option {
	return option(func(e *edit) error {
		if !r.IsValid() {
			return fmt.Errorf("%w %s: it maps to the zero Role", ErrInvalidAlias, enum.Quote(title))
		}
		e.s.Aliases = append(e.s.Aliases, AliasSpec{Title: title, Role: r.String()})
		return nil
	})
}

// jobtitleCompany is where the machinery's role numbers for a framework's
// company roles start: company role i is jobtitleCompany + i.
const jobtitleCompany = 64

// jtRole returns the machinery's number for role r of f.
func (f *Framework) jtRole(r Role) jobtitle.Role {
	if c := r.cat(); c != 0 {
		return jobtitle.Role(c)
	}
	return jobtitle.Role(jobtitleCompany + f.index(r))
}

// roleOf returns the role of f the machinery's number r stands for.
func (f *Framework) roleOf(r jobtitle.Role) Role {
	if r >= jobtitleCompany {
		if i := int(r) - jobtitleCompany; i < len(f.roles) {
			return f.roles[i].role
		}
		return Role{}
	}
	return catalogueRoleOf(r)
}

// catalogueRoleOf returns the catalogue role of the machinery's number r;
// the numbers are the same (TestJobtitleMirrors). With jtRole and roleOf it
// is the only place where the two meet.
func catalogueRoleOf(r jobtitle.Role) Role { return catRole(r).role() }

// compileAliases builds the framework's title aliases, at once: its
// company roles' titles, the titles it gives catalogue roles, and its
// document's aliases.
func (c *compiler) compileAliases() {
	f := c.f
	var entries []jobtitle.AliasEntry
	var ptrs []string
	add := func(ptr, title string, r Role) {
		entries = append(entries, jobtitle.AliasEntry{Title: title, Role: f.jtRole(r)})
		ptrs = append(ptrs, ptr)
	}
	for i, d := range f.roles {
		if d.title != roleTable[d.role.cat()].title {
			add(c.rolePtr[i]+"/title", d.title, d.role)
		}
	}
	c.out.Aliases = []AliasSpec{}
	for i, a := range c.s.Aliases {
		ptr := fmt.Sprintf("/aliases/%d", i)
		if p := textProblem(a.Title, maxTextLen); p != "" {
			c.ps.add(ptr+"/title", fmt.Errorf("%w %s: %s", ErrInvalidAlias, enum.Quote(a.Title), p))
			continue
		}
		i, ok := f.byID[a.Role]
		if !ok {
			c.ps.add(ptr+"/role", tagged([]error{ErrInvalidAlias, ErrUnknownRole}, "invalid alias %s: unknown role %s (%s)",
				enum.Quote(a.Title), enum.Quote(a.Role), f.roleList(a.Role)))
			continue
		}
		add(ptr+"/title", a.Title, f.roles[i].role)
		c.out.Aliases = append(c.out.Aliases, a)
	}
	aliases, problems := jobtitle.BuildAliases(entries)
	for _, p := range problems {
		if p.Taken != "" {
			c.ps.add(ptrs[p.Index], fmt.Errorf("%w %s: alias %s already maps it to %v", ErrInvalidAlias,
				enum.Quote(p.Title), enum.Quote(p.Taken), f.roleOf(p.Role)))
			continue
		}
		c.ps.add(ptrs[p.Index], fmt.Errorf("%w %s: %s", ErrInvalidAlias, enum.Quote(p.Title), p.Reason))
	}
	f.aliases = aliases
}

// titleOf converts the machinery's title, with role converting its role;
// the other enumerations have the same values (TestJobtitleMirrors).
func titleOf(t *jobtitle.Title, role func(jobtitle.Role) Role) Title {
	return Title{
		Role:       role(t.Role),
		Seniority:  Seniority(t.Seniority),
		Specialty:  Specialty(t.Specialty),
		Grade:      t.Grade,
		Qualifier:  t.Qualifier,
		Area:       t.Area,
		Interim:    t.Interim,
		Confidence: Confidence(t.Confidence),
	}
}

// A Seniority is a word of a job title that ranks its holder without
// changing the role: the "Senior" of "Senior Director of Product", the
// "Associate" of "Associate Director of Product", the "Executive" of "EVP,
// Product". The zero Seniority means none.
type Seniority uint8

// The seniorities, in the order of [Seniorities].
const (
	SeniorityJunior Seniority = 1 + iota
	SeniorityAssociate
	SenioritySenior
	SeniorityPrincipal
	SeniorityExecutive

	numSeniorities = iota
)

var seniorityNames = enum.Table{
	Type: "Seniority", Kind: "seniority",
	Names:   []string{"", "junior", "associate", "senior", "principal", "executive"},
	Unknown: enum.Sentinel("seniority", ErrUnknownValue),
	Zero:    "none",
}

// ParseSeniority returns the seniority whose text form is s ("junior",
// "associate", "senior", "principal" or "executive", or "none" for the
// zero Seniority), ignoring ASCII case. It does not expand abbreviations such as "Sr"; [ParseTitle] does.
func ParseSeniority(s string) (Seniority, error) {
	v, err := seniorityNames.Parse(s)
	return Seniority(v), err
}

// Seniorities returns an iterator over the seniorities in the order of the
// constants: [SeniorityJunior], [SeniorityAssociate], [SenioritySenior],
// [SeniorityPrincipal], [SeniorityExecutive].
func Seniorities() iter.Seq[Seniority] { return enum.Values[Seniority](numSeniorities) }

// IsValid reports whether s is a known seniority. The zero Seniority,
// meaning none, is not.
func (s Seniority) IsValid() bool { return s >= 1 && s <= numSeniorities }

// String returns the seniority's text form, "none" for the zero
// Seniority, or "%!Seniority(n)" for an invalid one.
func (s Seniority) String() string { return seniorityNames.String(int(s)) }

// MarshalText implements [encoding.TextMarshaler]: the text form, "none"
// for the zero Seniority. It fails for an invalid seniority.
func (s Seniority) MarshalText() ([]byte, error) { return s.AppendText(nil) }

// AppendText implements [encoding.TextAppender]. It fails for an invalid
// seniority.
func (s Seniority) AppendText(b []byte) ([]byte, error) { return seniorityNames.Append(b, int(s)) }

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [ParseSeniority]. On error s is unchanged.
func (s *Seniority) UnmarshalText(text []byte) error {
	return enum.Unmarshal(s, text, ParseSeniority)
}

// A Specialty is the kind of product a job title names, as in "Technical
// Product Manager" or "Growth PM". It never changes the role. The zero
// Specialty means none.
type Specialty uint8

// The specialties, in the order of [Specialties].
const (
	SpecialtyTechnical Specialty = 1 + iota
	SpecialtyGrowth
	SpecialtyPlatform
	SpecialtyData
	SpecialtyAI

	numSpecialties = iota
)

var specialtyNames = enum.Table{
	Type: "Specialty", Kind: "specialty",
	Names:   []string{"", "technical", "growth", "platform", "data", "ai"},
	Unknown: enum.Sentinel("specialty", ErrUnknownValue),
	Zero:    "none",
}

// ParseSpecialty returns the specialty whose text form is s ("technical",
// "growth", "platform", "data" or "ai", or "none" for the zero
// Specialty), ignoring ASCII case.
func ParseSpecialty(s string) (Specialty, error) {
	v, err := specialtyNames.Parse(s)
	return Specialty(v), err
}

// Specialties returns an iterator over the specialties in the order of the
// constants: [SpecialtyTechnical], [SpecialtyGrowth], [SpecialtyPlatform],
// [SpecialtyData], [SpecialtyAI].
func Specialties() iter.Seq[Specialty] { return enum.Values[Specialty](numSpecialties) }

// IsValid reports whether s is a known specialty. The zero Specialty,
// meaning none, is not.
func (s Specialty) IsValid() bool { return s >= 1 && s <= numSpecialties }

// String returns the specialty's text form, "none" for the zero
// Specialty, or "%!Specialty(n)" for an invalid one.
func (s Specialty) String() string { return specialtyNames.String(int(s)) }

// MarshalText implements [encoding.TextMarshaler]: the text form, "none"
// for the zero Specialty. It fails for an invalid specialty.
func (s Specialty) MarshalText() ([]byte, error) { return s.AppendText(nil) }

// AppendText implements [encoding.TextAppender]. It fails for an invalid
// specialty.
func (s Specialty) AppendText(b []byte) ([]byte, error) { return specialtyNames.Append(b, int(s)) }

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [ParseSpecialty]. On error s is unchanged.
func (s *Specialty) UnmarshalText(text []byte) error {
	return enum.Unmarshal(s, text, ParseSpecialty)
}

// A Confidence says how directly a job title named its role, from the
// closest match to the furthest. Every parsed [Title] has one; the zero
// Confidence is invalid.
//
// The order means something: a pipeline that trusts exact, normalised and
// alias readings and routes the rest to a person tests
// t.Confidence >= ConfidenceInferred.
type Confidence uint8

// The confidences, in the order of [Confidences].
const (
	// ConfidenceExact: the role part is the role's display title word for
	// word ([Role.Title]), ignoring case, spacing and punctuation: "senior
	// product manager" or "Senior-Product-Manager". An area may follow.
	ConfidenceExact Confidence = 1 + iota
	// ConfidenceNormalized: the role part rewords the display title:
	// abbreviations ("Sr PM"), word order ("Product Head", "VP, Product"),
	// "Vice President", "Product Management" for "Product", a seniority
	// modifier, a specialty, "Interim" or a grade.
	ConfidenceNormalized
	// ConfidenceAlias: the role part is a different name for the role,
	// from the built-in aliases ("Chief of Product", "Junior Product
	// Manager", "Head of UX") or a company's ([WithAlias]).
	ConfidenceAlias
	// ConfidenceInferred: the role is spelled out, but the reading set
	// words aside or filled one in: a [Title.Qualifier] ("Omnichannel
	// Product Manager"), words after the role read as its area ("Product
	// Manager Cookware"), a seniority after the role ("Product Manager,
	// Senior") or standing for it ("Principal, Product Management"), a
	// misspelling ("Principle Product Owner"), an area that ends with a
	// job of its own ("Product Owner / Scrum Master"). Usually right;
	// worth a look.
	ConfidenceInferred
	// ConfidenceUncertain: the role comes from an abbreviation other
	// fields use for other jobs, and nothing else in the title supports
	// it: "PO" alone (a parole officer?), "CPO" (a chief people officer?),
	// "PM, Ops Integration" (a program manager?). Route it to a person.
	ConfidenceUncertain

	numConfidences = iota
)

var confidenceNames = enum.Table{
	Type: "Confidence", Kind: "confidence",
	Names:   []string{"", "exact", "normalized", "alias", "inferred", "uncertain"},
	Unknown: enum.Sentinel("confidence", ErrUnknownValue),
}

// ParseConfidence returns the confidence whose text form is s ("exact",
// "normalized", "alias", "inferred" or "uncertain"), ignoring ASCII case.
func ParseConfidence(s string) (Confidence, error) {
	v, err := confidenceNames.Parse(s)
	return Confidence(v), err
}

// Confidences returns an iterator over the confidences in the order of the
// constants, from the closest match to the furthest: [ConfidenceExact],
// [ConfidenceNormalized], [ConfidenceAlias], [ConfidenceInferred],
// [ConfidenceUncertain].
func Confidences() iter.Seq[Confidence] { return enum.Values[Confidence](numConfidences) }

// IsValid reports whether c is a known confidence. The zero Confidence is
// not.
func (c Confidence) IsValid() bool { return c >= 1 && c <= numConfidences }

// String returns the confidence's text form, or "%!Confidence(n)" for an
// invalid one.
func (c Confidence) String() string { return confidenceNames.String(int(c)) }

// MarshalText implements [encoding.TextMarshaler]. It fails for an invalid
// confidence.
func (c Confidence) MarshalText() ([]byte, error) { return c.AppendText(nil) }

// AppendText implements [encoding.TextAppender]. It fails for an invalid
// confidence.
func (c Confidence) AppendText(b []byte) ([]byte, error) { return confidenceNames.Append(b, int(c)) }

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [ParseConfidence]. On error c is unchanged.
func (c *Confidence) UnmarshalText(text []byte) error {
	return enum.Unmarshal(c, text, ParseConfidence)
}

// A TitleReport summarises a batch of job titles as an HR import meets
// them; see [Framework.NormalizeTitles].
type TitleReport struct {
	// Titles is how many titles were read; Accepted how many name a role
	// of the framework; Review how many of those a person should check,
	// read with [ConfidenceInferred] or [ConfidenceUncertain].
	Titles, Accepted, Review int
	// Roles counts the accepted titles per role, in the order of
	// [Framework.Roles]; roles no title names are left out.
	Roles []RoleCount
	// Refused groups the refused titles by reason, most titles first.
	Refused []RefusalGroup
}

// A RoleCount is how many titles of a batch name one role.
type RoleCount struct {
	Role Role
	// Count is how many titles name Role; Review how many of those were
	// read with [ConfidenceInferred] or [ConfidenceUncertain].
	Count, Review int
}

// A RefusalGroup is the titles of a batch refused for one reason.
type RefusalGroup struct {
	Reason TitleReason
	Count  int // how many titles
	// Forms are the forms of title that recur, most titles first, at most
	// [MaxReportForms] of them.
	Forms []TitleForm
}

// MaxReportForms is the most forms a [RefusalGroup] lists.
const MaxReportForms = 20

// maxTrackedForms bounds the distinct forms NormalizeTitles keeps apart,
// so that a hostile batch of distinct titles takes bounded memory; the
// titles of further forms are counted, not listed.
const maxTrackedForms = 10_000

// A TitleForm is a form of refused title that recurs in a batch: titles
// that say the same words, however cased, spaced or abbreviated.
type TitleForm struct {
	// Form is the words of the titles' role part, abbreviations expanded,
	// in lower case: "lead product manager" for "Lead PM" and "lead
	// product mgr". It is itself a valid alias text for [WithAlias].
	Form string
	// Example is the first title of the form, as given.
	Example string
	// Word is the word the refusal turns on, as in [TitleError.Word].
	Word  string
	Count int
	// Suggest is the role an alias for Form would most likely name: the
	// first candidate of an ambiguous title ([TitleError.Candidates]).
	// Zero when the parser has no guess: say which with
	// WithAlias(Form, role).
	Suggest Role
}

// NormalizeTitles reads every title of a batch, such as a column of an HR
// export, with [Framework.ParseTitle], and returns what an import needs
// to know: how many titles name each role and how many of those a person
// should review; and the refused titles grouped by reason with counts,
// and for each reason the forms that recur (at least twice), with the
// role an alias for them would name where the parser can tell.
//
// Its memory is bounded by the number of roles and of distinct recurring
// forms kept apart (10,000), not by the number of titles.
func (f *Framework) NormalizeTitles(titles iter.Seq[string]) *TitleReport {
	rep := &TitleReport{}
	perRole := map[Role]*RoleCount{}
	var groups [numTitleReasons + 1]RefusalGroup
	type formKey struct {
		reason TitleReason
		form   string
	}
	forms := map[formKey]*TitleForm{}
	for s := range titles {
		rep.Titles++
		t, err := f.ParseTitle(s)
		if err == nil {
			rc := perRole[t.Role]
			if rc == nil {
				rc = &RoleCount{Role: t.Role}
				perRole[t.Role] = rc
			}
			rep.Accepted++
			rc.Count++
			if t.Confidence >= ConfidenceInferred {
				rep.Review++
				rc.Review++
			}
			continue
		}
		var te *TitleError
		if !errors.As(err, &te) || !te.Reason.IsValid() {
			continue
		}
		groups[te.Reason].Reason = te.Reason
		groups[te.Reason].Count++
		if te.Reason == ReasonEmpty || te.Reason == ReasonTooLong {
			continue
		}
		key := formKey{te.Reason, jobtitle.Form(s)}
		if tf := forms[key]; tf != nil {
			tf.Count++
			continue
		}
		if len(forms) < maxTrackedForms {
			tf := &TitleForm{Form: key.form, Example: s, Word: te.Word, Count: 1}
			if te.Reason == ReasonAmbiguous && len(te.Candidates) > 0 {
				tf.Suggest = te.Candidates[0]
			}
			forms[key] = tf
		}
	}
	for r := range f.Roles() {
		if rc := perRole[r]; rc != nil {
			rep.Roles = append(rep.Roles, *rc)
		}
	}
	for key, tf := range forms {
		if tf.Count >= 2 {
			groups[key.reason].Forms = append(groups[key.reason].Forms, *tf)
		}
	}
	for _, g := range groups {
		if g.Count == 0 {
			continue
		}
		slices.SortFunc(g.Forms, func(a, b TitleForm) int {
			return cmp.Or(cmp.Compare(b.Count, a.Count), strings.Compare(a.Form, b.Form))
		})
		g.Forms = slices.Clip(g.Forms[:min(len(g.Forms), MaxReportForms)])
		rep.Refused = append(rep.Refused, g)
	}
	slices.SortStableFunc(rep.Refused, func(a, b RefusalGroup) int { return cmp.Compare(b.Count, a.Count) })
	return rep
}
