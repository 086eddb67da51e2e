package pmroles

import (
	"errors"
	"fmt"
	"iter"

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
	// Role is the catalogue role the title names.
	Role Role `json:"role"`
	// Seniority is a modifier that does not change the role, such as the
	// "Senior" of "Senior Director of Product" or the "S" of "SVP
	// Product"; zero when there is none. Where a seniority word does
	// change the role, as in "Senior Product Manager", it is part of Role
	// and Seniority stays zero.
	Seniority Seniority `json:"seniority,omitzero"`
	// Specialty is the kind of product the title names, as in "Technical
	// Product Manager"; zero when there is none. It never changes the role.
	Specialty Specialty `json:"specialty,omitzero"`
	// Grade is the level suffix, from 1 to 10, arabic or roman: 2 for
	// "Product Manager II" or "Product Manager 2"; zero when there is none.
	Grade int `json:"grade,omitzero"`
	// Area is the text after the role: after the first comma, parenthesis,
	// bracket, bar, semicolon, colon or spaced dash, trimmed of spaces and
	// of that punctuation: "Payments" in "Product Manager (Payments)". It
	// is a substring of the parsed text, so it costs no allocation, and it
	// never decides the role. Empty when there is none.
	Area string `json:"area,omitzero"`
	// Confidence says how directly the text named the role.
	Confidence Confidence `json:"confidence"`
}

// ErrUnknownTitle is wrapped by every error of [ParseTitle] and
// [Framework.ParseTitle]. The message says why the title was refused:
//
//	pmroles: unknown title "Project Manager": project manager is not a product-management role
var ErrUnknownTitle = errors.New("pmroles: unknown title")

// ParseTitle maps a free-text job title onto the catalogue with the
// built-in vocabulary only; [Framework.ParseTitle] adds a company's
// aliases.
//
// A title is a role part, optionally followed by an area after a comma,
// parenthesis, bracket, bar, semicolon, colon or spaced dash. The role
// part is read word by word, ignoring ASCII case, spacing and punctuation:
// a hyphen between two words joins them ("senior-product-manager"), and
// "&", "/" and "+" read as "and". In order, the role part holds:
//
//   - modifiers: seniority words (Junior, Jr, Associate, Senior, Sr, Snr,
//     Principal, Executive, and Group in "Group Product Manager") and
//     specialty words (Technical, Tech, Growth, Platform, Data, AI, ML);
//   - the role: "Product Manager", "PM", "Product Owner", "Director of
//     Product", "VP Product", "Vice President, Product Management",
//     "Product Head", "CPO", ...; specialty words may also follow "of"
//     ("Director of Growth Product");
//   - a grade: 1 to 10 or I to X ("Product Manager II").
//
// When the role part is a rank alone ("Director", "Senior VP") the text
// after the separator is its function, so "Director, Product Management"
// reads as "Director of Product Management", and the area starts after the
// next separator.
//
// A seniority word changes the role where the catalogue has a role for it
// ("Senior Product Manager", "Junior PM" for [AssociateProductManager]);
// elsewhere it becomes [Title.Seniority] ("Senior Director of Product").
// "PM" is product manager and "CPO" chief product officer.
//
// ParseTitle refuses, with an error that wraps [ErrUnknownTitle] and says
// why:
//
//   - look-alikes that are not product-management roles: project, program
//     and production managers, designers, engineers, sales titles, chief
//     procurement, people, privacy and technology officers;
//   - ambiguous words: "Lead" and "Staff", which companies put at
//     different levels, "TPM" (product or program?) and "Prod" (product or
//     production?); a company says what it means with [WithAlias];
//   - roles the catalogue does not have: "VP of Product Marketing" (its
//     product-marketing leader is the [DirectorOfProductMarketing]),
//     combined roles such as "Chief Product & Technology Officer", words
//     it does not know ("Global Head of Product");
//   - empty text, and text longer than 256 bytes.
//
// The area never decides the role: "Project Manager, Product Launches" is
// refused. On error ParseTitle returns the zero Title. It never panics and
// allocates only to report an error.
func ParseTitle(s string) (Title, error) {
	t, reason := jobtitle.Parse(s)
	if reason != "" {
		return Title{}, titleError(s, reason)
	}
	return titleOf(t, catalogueRoleOf), nil
}

// ParseTitle is like the package-level [ParseTitle], but the framework's
// company aliases (see [WithAlias]) are tried first, on the role part of
// the title, and a title whose role the framework does not use is refused
// with an error that wraps [ErrUnknownTitle].
//
// An alias that is a rank alone, such as "VP", also matches "VP,
// Payments", with the area "Payments", unless "VP of Payments" names a
// role: "VP, Product" is still the VP of product.
func (f *Framework) ParseTitle(s string) (Title, error) {
	if f == nil {
		return Title{}, titleError(s, "no framework (a nil *Framework)")
	}
	jt, reason := jobtitle.ParseWith(s, &f.aliases)
	if reason != "" {
		return Title{}, titleError(s, reason)
	}
	t := titleOf(jt, f.roleOf)
	if !f.Uses(t.Role) {
		return Title{}, titleError(s, t.Role.String()+" is not a role of this framework")
	}
	return t, nil
}

// WithAlias adds a company alias: in this framework, the job title title
// means role r, as "Staff PM" may mean [PrincipalProductManager]. The alias
// is read like a title (case, spacing, punctuation and abbreviations do
// not matter, so "Staff PM" and "staff product manager" are one alias)
// and must be a role part alone, without area or grade.
// [Framework.ParseTitle] tries aliases before the built-in vocabulary and
// lets modifiers precede them: with the alias above, "Senior Staff PM II"
// is a principal product manager with seniority senior and grade 2.
//
// WithAlias fails for an empty alias, an invalid role, and an alias added
// twice with different roles. The framework must use r (see [WithRoles]).
func WithAlias(title string, r Role) Option {
	return option(func(e *edit) error {
		if !r.IsValid() {
			return fmt.Errorf("%w: WithAlias(%s): the zero Role", ErrUnknownRole, enum.Quote(title))
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
// the numbers are the same (TestJobtitleMirrors).
func catalogueRoleOf(r jobtitle.Role) Role { return catRole(r).role() }

// compileAliases builds the framework's title aliases: its company roles'
// titles, the titles it gives catalogue roles, and its document's
// aliases.
func (c *compiler) compileAliases() {
	f := c.f
	add := func(ptr, title string, r Role) {
		aliases, err := f.aliases.Add(title, f.jtRole(r))
		switch {
		case err == nil:
			f.aliases = aliases
		case err.Taken != "":
			c.ps.addf(ptr, "alias %s: %s already means %v", enum.Quote(title), enum.Quote(err.Taken), f.roleOf(err.Role))
		default:
			c.ps.addf(ptr, "alias %s: %s", enum.Quote(title), err.Reason)
		}
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
			c.ps.addf(ptr+"/title", "alias %s: %s", enum.Quote(a.Title), p)
			continue
		}
		r, ok := c.roleRef(a.Role, ptr+"/role")
		if !ok {
			continue
		}
		add(ptr+"/title", a.Title, r)
		c.out.Aliases = append(c.out.Aliases, a)
	}
}

// titleOf converts the machinery's title; the enumerations have the same
// values (TestJobtitleMirrors).
func titleOf(t jobtitle.Title, role func(jobtitle.Role) Role) Title {
	return Title{
		Role:       role(t.Role),
		Seniority:  Seniority(t.Seniority),
		Specialty:  Specialty(t.Specialty),
		Grade:      t.Grade,
		Area:       t.Area,
		Confidence: Confidence(t.Confidence),
	}
}

func titleError(s, reason string) error {
	return fmt.Errorf("%w %s: %s", ErrUnknownTitle, enum.Quote(s), reason)
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
}

// ParseSeniority returns the seniority whose text form is s ("junior",
// "associate", "senior", "principal" or "executive"), ignoring ASCII
// case. It does not expand abbreviations such as "Sr"; [ParseTitle] does.
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

// String returns the seniority's text form, or "%!Seniority(n)" for an
// invalid one.
func (s Seniority) String() string { return seniorityNames.String(int(s)) }

// MarshalText implements [encoding.TextMarshaler]. It fails for an invalid
// seniority.
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
}

// ParseSpecialty returns the specialty whose text form is s ("technical",
// "growth", "platform", "data" or "ai"), ignoring ASCII case.
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

// String returns the specialty's text form, or "%!Specialty(n)" for an
// invalid one.
func (s Specialty) String() string { return specialtyNames.String(int(s)) }

// MarshalText implements [encoding.TextMarshaler]. It fails for an invalid
// specialty.
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
	// modifier, a specialty or a grade.
	ConfidenceNormalized
	// ConfidenceAlias: the role part is a different name for the role,
	// from the built-in aliases ("Chief of Product", "Junior Product
	// Manager", "Head of UX") or a company's ([WithAlias]).
	ConfidenceAlias

	numConfidences = iota
)

var confidenceNames = enum.Table{
	Type: "Confidence", Kind: "confidence",
	Names:   []string{"", "exact", "normalized", "alias"},
	Unknown: enum.Sentinel("confidence", ErrUnknownValue),
}

// ParseConfidence returns the confidence whose text form is s ("exact",
// "normalized" or "alias"), ignoring ASCII case.
func ParseConfidence(s string) (Confidence, error) {
	v, err := confidenceNames.Parse(s)
	return Confidence(v), err
}

// Confidences returns an iterator over the confidences in the order of the
// constants, from the closest match to the furthest: [ConfidenceExact],
// [ConfidenceNormalized], [ConfidenceAlias].
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
