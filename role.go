package pmroles

import (
	"errors"
	"iter"
	"strconv"
	"unique"

	"github.com/pmroles/pmroles/internal/enum"
)

// A Role names a product-management role: one of the fourteen roles of the
// catalogue, such as [SeniorProductManager], or a company role that a
// [Framework] defines, such as a "staff-product-manager" anchored to
// [PrincipalProductManager].
//
// The catalogue is closed, like a table of ISO codes: two systems that both
// say [SeniorProductManager] mean the same job. A company maps its own job
// titles onto it with aliases, and may define its own roles, each anchored
// to the catalogue role it is a variant of ([Framework.Canonical]), so that
// two companies still compare people through the catalogue.
//
// A Role is a small comparable handle: two Roles are == exactly when they
// have the same text ID, whichever framework they came from, and a Role is
// usable as a map key. It prints itself ([Role.String]) without its
// framework. The zero Role is invalid; see [Role.IsValid].
//
// The methods of a Role describe catalogue roles as the catalogue does. A
// framework may place a role at another level, and a company role is
// described only by the framework that defines it: ask the framework
// ([Framework.Level], [Framework.Title], [Framework.Canonical], ...).
type Role struct {
	h unique.Handle[roleKey]
}

// A roleKey is what a Role is: its text ID. cat and hash are functions of
// the ID, cached so that a framework finds a role's row in a load or two.
type roleKey struct {
	id   string
	cat  catRole // the catalogue number, or 0 for a company role
	hash uint32  // FNV-1a of id, for a framework's table of company roles
}

// A catRole numbers the catalogue, from 1; it indexes the catalogue tables.
type catRole uint8

// The catalogue. The ladder roles come first, from associate to chief, then
// the roles beside the ladder.
const (
	catAssociateProductManager catRole = 1 + iota
	catProductManager
	catSeniorProductManager
	catPrincipalProductManager
	catGroupProductManager
	catDirectorOfProduct
	catHeadOfProduct
	catVPOfProduct
	catChiefProductOfficer
	catProductOwner
	catProductMarketingManager
	catDirectorOfProductMarketing
	catDirectorOfUX
	catHeadOfProductAnalytics

	numRoles = iota // the number of roles in the catalogue
)

// The roles of the catalogue, in the order of [Roles]. They are variables
// only because Go has no constant of a struct type: never assign to them.
var (
	AssociateProductManager    = catAssociateProductManager.role()
	ProductManager             = catProductManager.role()
	SeniorProductManager       = catSeniorProductManager.role()
	PrincipalProductManager    = catPrincipalProductManager.role()
	GroupProductManager        = catGroupProductManager.role()
	DirectorOfProduct          = catDirectorOfProduct.role()
	HeadOfProduct              = catHeadOfProduct.role()
	VPOfProduct                = catVPOfProduct.role()
	ChiefProductOfficer        = catChiefProductOfficer.role()
	ProductOwner               = catProductOwner.role()
	ProductMarketingManager    = catProductMarketingManager.role()
	DirectorOfProductMarketing = catDirectorOfProductMarketing.role()
	DirectorOfUX               = catDirectorOfUX.role()
	HeadOfProductAnalytics     = catHeadOfProductAnalytics.role()
)

// catalogue holds the Role of each catalogue number; catalogue[0] is the
// zero Role.
var catalogue = func() (out [numRoles + 1]Role) {
	for c := catRole(1); c <= numRoles; c++ {
		id := roleTable[c].id
		out[c] = Role{unique.Make(roleKey{id: id, cat: c, hash: fnv32(id)})}
	}
	return out
}()

func (c catRole) role() Role {
	if c > numRoles {
		return Role{}
	}
	return catalogue[c]
}

// companyRole returns the Role of a company role's ID, which must not be a
// catalogue ID.
func companyRole(id string) Role {
	return Role{unique.Make(roleKey{id: id, hash: fnv32(id)})}
}

// fnv32 is the 32-bit FNV-1a hash of s.
func fnv32(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

// ErrUnknownRole is wrapped by every error that reports a text naming no
// Role. It matches [ErrUnknownValue] too.
var ErrUnknownRole = enum.Sentinel("role", ErrUnknownValue)

// ErrUnknownValue is wrapped by every error that reports a text naming no
// value of one of the package's enumerations ([Role], [Track], [Level],
// [Discipline], ...).
var ErrUnknownValue = errors.New("pmroles: unknown value")

// A Responsibility is one duty of a role, as the source documents describe
// it.
type Responsibility struct {
	// Duty says what the role does, as a sentence without its subject:
	// "Sets the product vision and strategy for the whole portfolio".
	Duty string
}

// roleInfo is one row of the catalogue.
type roleInfo struct {
	id, title  string
	track      Track
	level      Level
	discipline Discipline
	scope      Scope
	duties     []Responsibility
}

// roleTable is the catalogue. The duties are taken from the source articles
// (see Sources in the package documentation); each comment names its article.
var roleTable = [numRoles + 1]roleInfo{
	catAssociateProductManager: {
		"associate-product-manager", "Associate Product Manager", IndividualContributor, 1, ProductManagement, Feature,
		[]Responsibility{
			// the product levels article: "an entry-level role usually filled by graduates".
			{"Learns product management in an entry-level role, alongside a product manager"},
			// the product levels article: "expected to prioritize tasks and collaborate with
			// team members at different levels".
			{"Prioritises tasks"},
			{"Collaborates with team members at different levels"},
		},
	},
	catProductManager: {
		"product-manager", "Product Manager", IndividualContributor, 2, ProductManagement, Product,
		[]Responsibility{
			// the CPO authority article throughout.
			{"Manages a specific product or product line day to day"},
			{"Defines the product strategy and vision for that product"},
			{"Gathers and prioritises customer requirements"},
			{"Defines product features and functionality"},
			{"Defines the go-to-market strategy, pricing and positioning of the product"},
			{"Manages the product lifecycle: enhancements, updates and end of life"},
			{"Gathers customer feedback and conducts market research"},
			{"Works with engineering, design, marketing and sales to bring the product to market"},
			{"Leads the product team: sets its goals and oversees performance evaluations and career development"},
		},
	},
	catSeniorProductManager: {
		"senior-product-manager", "Senior Product Manager", IndividualContributor, 3, ProductManagement, ProductLine,
		[]Responsibility{
			// the CPO career article: "a Senior Product Manager will look after a
			// portfolio of products".
			{"Looks after a portfolio of products at once"},
			// the CPO career article: "lead product managers while coordinating with
			// engineering, marketing, sales, and other teams".
			{"Leads product managers while coordinating with engineering, marketing, sales and other teams"},
			// the CPO career article: "develop the product requirements and roadmaps, as
			// well as incorporate feedback from customers".
			{"Develops product requirements and roadmaps"},
			{"Incorporates customer feedback into the product strategy"},
		},
	},
	catPrincipalProductManager: {
		"principal-product-manager", "Principal Product Manager", IndividualContributor, 4, ProductManagement, ProductLine,
		[]Responsibility{
			// the product levels article: "The number one priority for a Principal Product
			// Manager is developing and communicating the product strategy."
			{"Develops and communicates the product strategy, with goals aligned to business objectives"},
			// the head of product article: "ensure the customer is represented throughout
			// development".
			{"Represents the customer throughout development, working with marketing and research on pain points"},
			// the product levels article: "leading internal discussions and ensuring these
			// discussions end in some form of tangible outcome".
			{"Leads internal discussions to tangible outcomes, using performance data"},
			// the head of product article: "the glue between the development teams, the
			// stakeholders, and the customers".
			{"Acts as the glue between development teams, stakeholders and customers"},
		},
	},
	catGroupProductManager: {
		"group-product-manager", "Group Product Manager", Management, 4, ProductManagement, ProductLine,
		[]Responsibility{
			// The sources do not name the role; these are their duties
			// of the first people-management step (the head of product article: "transition
			// from managing a product to managing a team of product
			// managers").
			{"Manages a team of product managers working on related products"},
			{"Sets specific goals and targets for each product manager"},
			{"Owns the roadmap of a product line"},
		},
	},
	catDirectorOfProduct: {
		"director-of-product", "Director of Product", Management, 5, ProductManagement, Portfolio,
		[]Responsibility{
			// the product levels article: "step away from the daily tasks of leading product
			// teams and individual product backlogs to look at the bigger
			// picture".
			{"Looks at the bigger picture rather than individual product backlogs"},
			// the head of product article: "If you chose the people path, you might be
			// contemplating the Director of Product role."
			{"Leads product managers and develops them"},
			// the CPO career article: "Heads and Directors are expected to provide
			// leadership and guidance to their teams, and to develop and
			// implement strategies".
			{"Develops and implements strategies that drive business success"},
			{"Collaborates with other departments and functions"},
		},
	},
	catHeadOfProduct: {
		"head-of-product", "Head of Product", Management, 6, ProductManagement, Portfolio,
		[]Responsibility{
			// the head of product article: "in charge of the overall product strategy,
			// managing the product development team, and coordinating with
			// multiple stakeholders and cross-functional teams".
			{"Owns the overall product strategy of the product suite"},
			{"Manages the product development team and coordinates stakeholders and cross-functional teams"},
			// the head of product article: "responsible for hiring, training, and maintaining
			// a relationship with product managers".
			{"Hires, trains and mentors product managers"},
			// the CPO career article: "setting roadmaps and prioritizing features".
			{"Sets roadmaps and prioritises features"},
			// the product levels article: "defining and prioritizing the program backlog".
			{"Defines and prioritises the program backlog"},
			// the head of product article: "ensuring that the product suite is aligned with
			// the target customers' desires and business goals".
			{"Aligns the product suite with target customers and business goals"},
		},
	},
	catVPOfProduct: {
		"vp-of-product", "VP of Product", Management, 7, ProductManagement, Portfolio,
		[]Responsibility{
			// the CPO career article: "overseeing the work of senior product managers and
			// their teams".
			{"Oversees senior product managers and their teams"},
			// the CPO career article: "big-picture responsibilities, such as roadmapping
			// and budgeting".
			{"Owns roadmapping and budgeting"},
			// the head of product article: "communicating with customers, collecting feedback
			// ... as well as building roadmaps".
			{"Communicates with customers and collects their feedback"},
			// the head of product article: "focus more on product specifics, such as design
			// specs and user experience".
			{"Focuses on product specifics such as design specs and user experience"},
		},
	},
	catChiefProductOfficer: {
		"chief-product-officer", "Chief Product Officer", Management, 8, ProductManagement, Company,
		[]Responsibility{
			// the CPO authority article throughout unless noted.
			{"Sets the product vision and strategy for the whole portfolio, with ultimate decision authority"},
			{"Defines the product roadmap and prioritises features"},
			{"Decides resource allocation, budgeting and investment for product development"},
			{"Has the final say on partnerships and acquisitions"},
			{"Leads and manages the entire product team, including performance evaluations and career development"},
			// the CPO career article: "hiring skilled directors and managers".
			{"Hires directors and managers"},
			// the product levels article: "supervises key product management leaders".
			{"Supervises the directors of product management, UX and product marketing and the head of product analytics"},
			{"Aligns the product strategy with the other executives and the business strategy"},
			{"Manages the product lifecycle: enhancements, updates and end of life"},
			// the head of product article and product levels article: "in charge of distribution, manufacturing
			// and procurement" in some companies.
			{"In some companies, also runs distribution, manufacturing and procurement"},
		},
	},
	catProductOwner: {
		"product-owner", "Product Owner", IndividualContributor, 2, ProductManagement, Product,
		[]Responsibility{
			// the product levels article: "In our Scrum, the product owner has full product
			// responsibility, which includes securing funding, managing to
			// ROI objectives, release planning and more."
			{"Has full product responsibility for the backlog"},
			{"Secures funding"},
			{"Manages to return-on-investment objectives"},
			{"Plans releases"},
		},
	},
	catProductMarketingManager: {
		"product-marketing-manager", "Product Marketing Manager", IndividualContributor, 2, ProductMarketing, Product,
		[]Responsibility{
			// the head of product article: principal PMs "work together with product leaders,
			// product marketing managers ... to create plans of action".
			{"Creates plans of action with product managers and product leaders"},
			// the CPO authority article: the product manager's go-to-market and positioning
			// work is done "closely with ... marketing".
			{"Takes products to market with product managers: launch, positioning and messaging"},
			// the CPO career article: "ensure the customers understand the full range of
			// the product's benefits".
			{"Makes sure customers understand the full range of a product's benefits"},
		},
	},
	catDirectorOfProductMarketing: {
		"director-of-product-marketing", "Director of Product Marketing", Management, 5, ProductMarketing, Portfolio,
		[]Responsibility{
			// the product levels article: the CPO "supervises key product management leaders
			// (e.g., ... the Director of Product Marketing)" and ensures
			// they are "aligned with the organization's vision and
			// strategy".
			{"Leads product marketing, aligned with the product vision and strategy"},
			{"Reports to the chief product officer"},
		},
	},
	catDirectorOfUX: {
		"director-of-ux", "Director of UX", Management, 5, UserExperience, Portfolio,
		[]Responsibility{
			// the product levels article: "The departments they manage range from product
			// management to user experience (UX) research and design".
			{"Leads user experience research and design"},
			{"Reports to the chief product officer"},
		},
	},
	catHeadOfProductAnalytics: {
		"head-of-product-analytics", "Head of Product Analytics", Management, 5, ProductAnalytics, Portfolio,
		[]Responsibility{
			// the product levels article: the departments range "... to product analytics".
			{"Leads product analytics"},
			// the head of product article: "keep track of all product metrics so that they can
			// make informed product decisions throughout the product
			// lifecycle".
			{"Tracks product metrics so that product decisions are informed throughout the lifecycle"},
			{"Reports to the chief product officer"},
		},
	},
}

var roleNames = func() enum.Table {
	names := make([]string, numRoles+1)
	for c := catRole(1); c <= numRoles; c++ {
		names[c] = roleTable[c].id
	}
	return enum.Table{Type: "Role", Kind: "role", Names: names, Unknown: ErrUnknownRole}
}()

// ParseRole returns the catalogue role whose text ID is s, ignoring ASCII
// case: "senior-product-manager" or "Senior-Product-Manager". It does not
// accept job titles; use [ParseTitle] for those. It knows the catalogue
// only: a company role's ID parses with [Framework.ParseRole]. An unknown ID
// gives an error that wraps [ErrUnknownRole] and lists the valid IDs.
func ParseRole(s string) (Role, error) {
	v, err := roleNames.Parse(s)
	return catRole(v).role(), err
}

// MustParseRole is like [ParseRole] but panics if s names no role. It is
// for tests and package-level variables with constant input.
func MustParseRole(s string) Role {
	r, err := ParseRole(s)
	if err != nil {
		panic(err)
	}
	return r
}

// Roles returns an iterator over the catalogue: the ladder from
// [AssociateProductManager] to [ChiefProductOfficer], then [ProductOwner],
// [ProductMarketingManager], [DirectorOfProductMarketing], [DirectorOfUX]
// and [HeadOfProductAnalytics]. [Framework.Roles] iterates over a
// framework's roles, company roles included.
func Roles() iter.Seq[Role] {
	return func(yield func(Role) bool) {
		for _, r := range catalogue[1:] {
			if !yield(r) {
				return
			}
		}
	}
}

// IsValid reports whether r names a role: a catalogue role or a company
// role. The zero Role does not.
func (r Role) IsValid() bool { return r.h != (unique.Handle[roleKey]{}) }

// IsCatalogue reports whether r is one of the catalogue's fourteen roles,
// rather than a company role or the zero Role.
func (r Role) IsCatalogue() bool { return r.cat() != 0 }

// Equal reports whether r and s are the same role, as r == s does. It lets
// comparison libraries such as go-cmp compare values that hold Roles.
func (r Role) Equal(s Role) bool { return r == s }

// String returns the role's text ID, such as "senior-product-manager" or,
// for a company role, "staff-product-manager". For the zero Role it
// returns "%!Role(0)" and does not panic.
func (r Role) String() string {
	if !r.IsValid() {
		return "%!Role(0)"
	}
	return r.h.Value().id
}

// Title returns a catalogue role's display title, such as "Senior Product
// Manager", or "" for the zero Role and for a company role, whose title is
// its framework's ([Framework.Title]).
func (r Role) Title() string { return r.info().title }

// Track returns a catalogue role's career track, or 0 for the zero Role
// and for a company role ([Framework.Track]).
func (r Role) Track() Track { return r.info().track }

// Level returns a catalogue role's level in the catalogue, from 1
// (associate) to 8 (chief), or 0 for the zero Role and for a company role.
// Roles on different tracks may share a level: a principal product manager
// and a group product manager are both at level 4. A framework may place a
// role elsewhere on its own scale: see [Framework.Level].
func (r Role) Level() Level { return r.info().level }

// Discipline returns a catalogue role's discipline, or 0 for the zero Role
// and for a company role, whose discipline is its canonical role's.
func (r Role) Discipline() Discipline { return r.info().discipline }

// Scope returns the breadth of product a catalogue role looks after: a
// feature for an associate, a product for a product manager, a product
// line for a senior product manager (the CPO career article: "a portfolio of
// products"), the portfolio for directors and heads, the company for the
// chief product officer. It is 0 for the zero Role and for a company role,
// which looks after what its canonical role does. What a role may decide
// at each scope is its [Authority].
func (r Role) Scope() Scope { return r.info().scope }

// Responsibilities returns an iterator over a catalogue role's duties as
// the source documents describe them, most central first. It yields
// nothing for the zero Role and for a company role
// ([Framework.Responsibilities]).
func (r Role) Responsibilities() iter.Seq[Responsibility] {
	return yieldDuties(r.info().duties)
}

func yieldDuties(duties []Responsibility) iter.Seq[Responsibility] {
	return func(yield func(Responsibility) bool) {
		for _, d := range duties {
			if !yield(d) {
				return
			}
		}
	}
}

// MarshalText implements [encoding.TextMarshaler]: the text ID. It fails
// for the zero Role.
func (r Role) MarshalText() ([]byte, error) { return r.AppendText(nil) }

// AppendText implements [encoding.TextAppender]: it appends the text ID to
// b. It fails for the zero Role.
func (r Role) AppendText(b []byte) ([]byte, error) {
	if !r.IsValid() {
		return b, errors.New("pmroles: cannot marshal the zero Role")
	}
	return append(b, r.String()...), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseRole], so
// it reads catalogue IDs only; a framework reads its company roles with
// [Framework.ParseRole]. On error r is unchanged.
func (r *Role) UnmarshalText(text []byte) error { return enum.Unmarshal(r, text, ParseRole) }

// cat returns r's catalogue number, or 0 for a company role or the zero
// Role.
func (r Role) cat() catRole {
	if !r.IsValid() {
		return 0
	}
	return r.h.Value().cat
}

func (r Role) info() *roleInfo { return &roleTable[r.cat()] }

// A Track is a career track: individual contributor or management.
type Track uint8

// The tracks, in the order of [Tracks].
const (
	IndividualContributor Track = 1 + iota
	Management

	numTracks = iota
)

var trackNames = enum.Table{
	Type: "Track", Kind: "track",
	Names:   []string{"", "ic", "management"},
	Unknown: enum.Sentinel("track", ErrUnknownValue),
}

// ParseTrack returns the track whose text form is s ("ic" or
// "management"), ignoring ASCII case.
func ParseTrack(s string) (Track, error) {
	v, err := trackNames.Parse(s)
	return Track(v), err
}

// Tracks returns an iterator over the tracks: [IndividualContributor], then
// [Management].
func Tracks() iter.Seq[Track] { return enum.Values[Track](numTracks) }

// IsValid reports whether t is a known track. The zero Track is not.
func (t Track) IsValid() bool { return t >= 1 && t <= numTracks }

// String returns "ic" or "management", or "%!Track(n)" for an invalid track.
func (t Track) String() string { return trackNames.String(int(t)) }

// MarshalText implements [encoding.TextMarshaler]. It fails for an invalid
// track.
func (t Track) MarshalText() ([]byte, error) { return t.AppendText(nil) }

// AppendText implements [encoding.TextAppender]. It fails for an invalid
// track.
func (t Track) AppendText(b []byte) ([]byte, error) { return trackNames.Append(b, int(t)) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseTrack]. On
// error t is unchanged.
func (t *Track) UnmarshalText(text []byte) error { return enum.Unmarshal(t, text, ParseTrack) }

// A Level is a seniority level on a scale from [MinLevel] to [MaxLevel].
// The catalogue uses levels 1 (associate) to 8 (chief); a [Framework] has
// its own scale and may use all sixteen. Its text form is "L" and the
// number: "L3". The zero Level is invalid.
type Level uint8

// The range of valid levels.
const (
	MinLevel Level = 1
	MaxLevel Level = 16
)

var levelNames = enum.Table{
	Type: "Level", Kind: "level",
	Names: []string{"", "L1", "L2", "L3", "L4", "L5", "L6", "L7", "L8",
		"L9", "L10", "L11", "L12", "L13", "L14", "L15", "L16"},
	Unknown: enum.Sentinel("level", ErrUnknownValue),
}

// ParseLevel returns the level whose text form is s: "L3" or "l3". A bare
// number ("3", "12") is accepted too, as HR exports often hold one.
func ParseLevel(s string) (Level, error) {
	if n, err := strconv.Atoi(s); err == nil && len(s) <= 2 && s[0] != '+' && s[0] != '0' && Level(n).IsValid() {
		return Level(n), nil
	}
	v, err := levelNames.Parse(s)
	return Level(v), err
}

// Levels returns an iterator over the levels from [MinLevel] to [MaxLevel].
func Levels() iter.Seq[Level] { return enum.Values[Level](int(MaxLevel)) }

// IsValid reports whether l is between [MinLevel] and [MaxLevel].
func (l Level) IsValid() bool { return l >= MinLevel && l <= MaxLevel }

// String returns "L1" to "L16", or "%!Level(n)" for an invalid level.
func (l Level) String() string { return levelNames.String(int(l)) }

// MarshalText implements [encoding.TextMarshaler]. It fails for an invalid
// level.
func (l Level) MarshalText() ([]byte, error) { return l.AppendText(nil) }

// AppendText implements [encoding.TextAppender]. It fails for an invalid
// level.
func (l Level) AppendText(b []byte) ([]byte, error) { return levelNames.Append(b, int(l)) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseLevel]. On
// error l is unchanged.
func (l *Level) UnmarshalText(text []byte) error { return enum.Unmarshal(l, text, ParseLevel) }

// A Discipline is the professional function a role belongs to: product
// management, product marketing, user experience or product analytics.
// It is independent of track and level.
type Discipline uint8

// The disciplines, in the order of [Disciplines].
const (
	ProductManagement Discipline = 1 + iota
	ProductMarketing
	UserExperience
	ProductAnalytics

	numDisciplines = iota
)

var disciplineNames = enum.Table{
	Type: "Discipline", Kind: "discipline",
	Names:   []string{"", "product-management", "product-marketing", "ux", "product-analytics"},
	Unknown: enum.Sentinel("discipline", ErrUnknownValue),
}

// ParseDiscipline returns the discipline whose text form is s
// ("product-management", "product-marketing", "ux" or "product-analytics"),
// ignoring ASCII case.
func ParseDiscipline(s string) (Discipline, error) {
	v, err := disciplineNames.Parse(s)
	return Discipline(v), err
}

// Disciplines returns an iterator over the disciplines in the order of the
// constants.
func Disciplines() iter.Seq[Discipline] { return enum.Values[Discipline](numDisciplines) }

// IsValid reports whether d is a known discipline. The zero Discipline is
// not.
func (d Discipline) IsValid() bool { return d >= 1 && d <= numDisciplines }

// String returns the discipline's text form, or "%!Discipline(n)" for an
// invalid one.
func (d Discipline) String() string { return disciplineNames.String(int(d)) }

// MarshalText implements [encoding.TextMarshaler]. It fails for an invalid
// discipline.
func (d Discipline) MarshalText() ([]byte, error) { return d.AppendText(nil) }

// AppendText implements [encoding.TextAppender]. It fails for an invalid
// discipline.
func (d Discipline) AppendText(b []byte) ([]byte, error) {
	return disciplineNames.Append(b, int(d))
}

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [ParseDiscipline]. On error d is unchanged.
func (d *Discipline) UnmarshalText(text []byte) error {
	return enum.Unmarshal(d, text, ParseDiscipline)
}
