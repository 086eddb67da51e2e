package pmroles

import (
	"errors"
	"iter"

	"github.com/pmroles/pmroles/internal/enum"
)

// A Role is a product-management role of the canonical catalogue.
//
// The catalogue is closed, like a table of ISO codes: two systems that both
// say [SeniorProductManager] mean the same job. Companies map their own job
// titles onto it with [ParseTitle] and framework aliases; they do not invent
// new Role values.
//
// The zero Role is invalid; see [Role.IsValid]. Roles are comparable with ==
// and usable as map keys. The order of the constants is the order of
// [Roles] and carries no meaning beyond it: compare seniority with
// [Role.Level].
type Role uint8

// The catalogue. The ladder roles come first, from associate to chief, then
// the roles beside the ladder.
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

	numRoles = iota // the number of roles in the catalogue
)

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
// (seeds 000 to 004 in the design notes); each comment names the seed.
var roleTable = [numRoles + 1]roleInfo{
	AssociateProductManager: {
		"associate-product-manager", "Associate Product Manager", IndividualContributor, 1, ProductManagement, Feature,
		[]Responsibility{
			// seed 004: "an entry-level role usually filled by graduates".
			{"Learns product management in an entry-level role, alongside a product manager"},
			// seed 004: "expected to prioritize tasks and collaborate with
			// team members at different levels".
			{"Prioritises tasks"},
			{"Collaborates with team members at different levels"},
		},
	},
	ProductManager: {
		"product-manager", "Product Manager", IndividualContributor, 2, ProductManagement, Product,
		[]Responsibility{
			// seed 000 throughout.
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
	SeniorProductManager: {
		"senior-product-manager", "Senior Product Manager", IndividualContributor, 3, ProductManagement, ProductLine,
		[]Responsibility{
			// seed 002: "a Senior Product Manager will look after a
			// portfolio of products".
			{"Looks after a portfolio of products at once"},
			// seed 002: "lead product managers while coordinating with
			// engineering, marketing, sales, and other teams".
			{"Leads product managers while coordinating with engineering, marketing, sales and other teams"},
			// seed 002: "develop the product requirements and roadmaps, as
			// well as incorporate feedback from customers".
			{"Develops product requirements and roadmaps"},
			{"Incorporates customer feedback into the product strategy"},
		},
	},
	PrincipalProductManager: {
		"principal-product-manager", "Principal Product Manager", IndividualContributor, 4, ProductManagement, ProductLine,
		[]Responsibility{
			// seed 004: "The number one priority for a Principal Product
			// Manager is developing and communicating the product strategy."
			{"Develops and communicates the product strategy, with goals aligned to business objectives"},
			// seed 003: "ensure the customer is represented throughout
			// development".
			{"Represents the customer throughout development, working with marketing and research on pain points"},
			// seed 004: "leading internal discussions and ensuring these
			// discussions end in some form of tangible outcome".
			{"Leads internal discussions to tangible outcomes, using performance data"},
			// seed 003: "the glue between the development teams, the
			// stakeholders, and the customers".
			{"Acts as the glue between development teams, stakeholders and customers"},
		},
	},
	GroupProductManager: {
		"group-product-manager", "Group Product Manager", Management, 4, ProductManagement, ProductLine,
		[]Responsibility{
			// The seeds do not name the role; these are the seeds' duties
			// of the first people-management step (seed 003: "transition
			// from managing a product to managing a team of product
			// managers").
			{"Manages a team of product managers working on related products"},
			{"Sets specific goals and targets for each product manager"},
			{"Owns the roadmap of a product line"},
		},
	},
	DirectorOfProduct: {
		"director-of-product", "Director of Product", Management, 5, ProductManagement, Portfolio,
		[]Responsibility{
			// seed 004: "step away from the daily tasks of leading product
			// teams and individual product backlogs to look at the bigger
			// picture".
			{"Looks at the bigger picture rather than individual product backlogs"},
			// seed 003: "If you chose the people path, you might be
			// contemplating the Director of Product role."
			{"Leads product managers and develops them"},
			// seed 002: "Heads and Directors are expected to provide
			// leadership and guidance to their teams, and to develop and
			// implement strategies".
			{"Develops and implements strategies that drive business success"},
			{"Collaborates with other departments and functions"},
		},
	},
	HeadOfProduct: {
		"head-of-product", "Head of Product", Management, 6, ProductManagement, Portfolio,
		[]Responsibility{
			// seed 003: "in charge of the overall product strategy,
			// managing the product development team, and coordinating with
			// multiple stakeholders and cross-functional teams".
			{"Owns the overall product strategy of the product suite"},
			{"Manages the product development team and coordinates stakeholders and cross-functional teams"},
			// seed 003: "responsible for hiring, training, and maintaining
			// a relationship with product managers".
			{"Hires, trains and mentors product managers"},
			// seed 002: "setting roadmaps and prioritizing features".
			{"Sets roadmaps and prioritises features"},
			// seed 004: "defining and prioritizing the program backlog".
			{"Defines and prioritises the program backlog"},
			// seed 003: "ensuring that the product suite is aligned with
			// the target customers' desires and business goals".
			{"Aligns the product suite with target customers and business goals"},
		},
	},
	VPOfProduct: {
		"vp-of-product", "VP of Product", Management, 7, ProductManagement, Portfolio,
		[]Responsibility{
			// seed 002: "overseeing the work of senior product managers and
			// their teams".
			{"Oversees senior product managers and their teams"},
			// seed 002: "big-picture responsibilities, such as roadmapping
			// and budgeting".
			{"Owns roadmapping and budgeting"},
			// seed 003: "communicating with customers, collecting feedback
			// ... as well as building roadmaps".
			{"Communicates with customers and collects their feedback"},
			// seed 003: "focus more on product specifics, such as design
			// specs and user experience".
			{"Focuses on product specifics such as design specs and user experience"},
		},
	},
	ChiefProductOfficer: {
		"chief-product-officer", "Chief Product Officer", Management, 8, ProductManagement, Company,
		[]Responsibility{
			// seed 000 throughout unless noted.
			{"Sets the product vision and strategy for the whole portfolio, with ultimate decision authority"},
			{"Defines the product roadmap and prioritises features"},
			{"Decides resource allocation, budgeting and investment for product development"},
			{"Has the final say on partnerships and acquisitions"},
			{"Leads and manages the entire product team, including performance evaluations and career development"},
			// seed 002: "hiring skilled directors and managers".
			{"Hires directors and managers"},
			// seed 004: "supervises key product management leaders".
			{"Supervises the directors of product management, UX and product marketing and the head of product analytics"},
			{"Aligns the product strategy with the other executives and the business strategy"},
			{"Manages the product lifecycle: enhancements, updates and end of life"},
			// seeds 003 and 004: "in charge of distribution, manufacturing
			// and procurement" in some companies.
			{"In some companies, also runs distribution, manufacturing and procurement"},
		},
	},
	ProductOwner: {
		"product-owner", "Product Owner", IndividualContributor, 2, ProductManagement, Product,
		[]Responsibility{
			// seed 004: "In our Scrum, the product owner has full product
			// responsibility, which includes securing funding, managing to
			// ROI objectives, release planning and more."
			{"Has full product responsibility for the backlog"},
			{"Secures funding"},
			{"Manages to return-on-investment objectives"},
			{"Plans releases"},
		},
	},
	ProductMarketingManager: {
		"product-marketing-manager", "Product Marketing Manager", IndividualContributor, 2, ProductMarketing, Product,
		[]Responsibility{
			// seed 003: principal PMs "work together with product leaders,
			// product marketing managers ... to create plans of action".
			{"Creates plans of action with product managers and product leaders"},
			// seed 000: the product manager's go-to-market and positioning
			// work is done "closely with ... marketing".
			{"Takes products to market with product managers: launch, positioning and messaging"},
			// seed 002: "ensure the customers understand the full range of
			// the product's benefits".
			{"Makes sure customers understand the full range of a product's benefits"},
		},
	},
	DirectorOfProductMarketing: {
		"director-of-product-marketing", "Director of Product Marketing", Management, 5, ProductMarketing, Portfolio,
		[]Responsibility{
			// seed 004: the CPO "supervises key product management leaders
			// (e.g., ... the Director of Product Marketing)" and ensures
			// they are "aligned with the organization's vision and
			// strategy".
			{"Leads product marketing, aligned with the product vision and strategy"},
			{"Reports to the chief product officer"},
		},
	},
	DirectorOfUX: {
		"director-of-ux", "Director of UX", Management, 5, UserExperience, Portfolio,
		[]Responsibility{
			// seed 004: "The departments they manage range from product
			// management to user experience (UX) research and design".
			{"Leads user experience research and design"},
			{"Reports to the chief product officer"},
		},
	},
	HeadOfProductAnalytics: {
		"head-of-product-analytics", "Head of Product Analytics", Management, 5, ProductAnalytics, Portfolio,
		[]Responsibility{
			// seed 004: the departments range "... to product analytics".
			{"Leads product analytics"},
			// seed 003: "keep track of all product metrics so that they can
			// make informed product decisions throughout the product
			// lifecycle".
			{"Tracks product metrics so that product decisions are informed throughout the lifecycle"},
			{"Reports to the chief product officer"},
		},
	},
}

var roleNames = func() enum.Table {
	names := make([]string, numRoles+1)
	for r := Role(1); r <= numRoles; r++ {
		names[r] = roleTable[r].id
	}
	return enum.Table{Type: "Role", Kind: "role", Names: names, Unknown: ErrUnknownRole}
}()

// ParseRole returns the role whose text ID is s, ignoring ASCII case:
// "senior-product-manager" or "Senior-Product-Manager". It does not accept
// job titles; use [ParseTitle] for those. An unknown ID gives an error that
// wraps [ErrUnknownRole].
func ParseRole(s string) (Role, error) {
	v, err := roleNames.Parse(s)
	return Role(v), err
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

// Roles returns an iterator over the catalogue in the order of the
// constants: the ladder from [AssociateProductManager] to
// [ChiefProductOfficer], then [ProductOwner], [ProductMarketingManager],
// [DirectorOfProductMarketing], [DirectorOfUX] and [HeadOfProductAnalytics].
func Roles() iter.Seq[Role] { return enum.Values[Role](numRoles) }

// IsValid reports whether r is a role of the catalogue. The zero Role is
// not.
func (r Role) IsValid() bool { return r >= 1 && r <= numRoles }

// String returns the role's text ID, such as "senior-product-manager". For
// an invalid role it returns "%!Role(n)" and does not panic.
func (r Role) String() string { return roleNames.String(int(r)) }

// Title returns the role's display title, such as "Senior Product Manager",
// or "" for an invalid role.
func (r Role) Title() string { return r.info().title }

// Track returns the role's career track, or 0 for an invalid role.
func (r Role) Track() Track { return r.info().track }

// Level returns the role's seniority level, from 1 (associate) to 8
// (chief), or 0 for an invalid role. Roles on different tracks may share a
// level: a principal product manager and a group product manager are both
// at level 4.
func (r Role) Level() Level { return r.info().level }

// Discipline returns the role's discipline, or 0 for an invalid role.
func (r Role) Discipline() Discipline { return r.info().discipline }

// Scope returns the breadth of product the role looks after: a feature for
// an associate, a product for a product manager, a product line for a
// senior product manager (seed 002: "a portfolio of products"), the
// portfolio for directors and heads, the company for the chief product
// officer. It is 0 for an invalid role. What a role may decide at each
// scope is its [Authority].
func (r Role) Scope() Scope { return r.info().scope }

// Responsibilities returns an iterator over the role's duties as the
// source documents describe them, most central first. It yields nothing
// for an invalid role.
func (r Role) Responsibilities() iter.Seq[Responsibility] {
	duties := r.info().duties
	return func(yield func(Responsibility) bool) {
		for _, d := range duties {
			if !yield(d) {
				return
			}
		}
	}
}

// MarshalText implements [encoding.TextMarshaler]: the text ID. It fails
// for an invalid role.
func (r Role) MarshalText() ([]byte, error) { return r.AppendText(nil) }

// AppendText implements [encoding.TextAppender]: it appends the text ID to
// b. It fails for an invalid role.
func (r Role) AppendText(b []byte) ([]byte, error) { return roleNames.Append(b, int(r)) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseRole]. On
// error r is unchanged.
func (r *Role) UnmarshalText(text []byte) error { return enum.Unmarshal(r, text, ParseRole) }

func (r Role) info() *roleInfo {
	if !r.IsValid() {
		return &roleTable[0]
	}
	return &roleTable[r]
}

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

// A Level is a seniority level, from [MinLevel] (associate) to [MaxLevel]
// (chief). Its text form is "L" and the number: "L3". The zero Level is
// invalid.
type Level uint8

// The range of valid levels.
const (
	MinLevel Level = 1
	MaxLevel Level = 8
)

var levelNames = enum.Table{
	Type: "Level", Kind: "level",
	Names:   []string{"", "L1", "L2", "L3", "L4", "L5", "L6", "L7", "L8"},
	Unknown: enum.Sentinel("level", ErrUnknownValue),
}

// ParseLevel returns the level whose text form is s: "L3" or "l3". A bare
// number ("3") is accepted too, as HR exports often hold one.
func ParseLevel(s string) (Level, error) {
	if len(s) == 1 && '1' <= s[0] && s[0] <= '0'+byte(MaxLevel) {
		return Level(s[0] - '0'), nil
	}
	v, err := levelNames.Parse(s)
	return Level(v), err
}

// Levels returns an iterator over the levels from [MinLevel] to [MaxLevel].
func Levels() iter.Seq[Level] { return enum.Values[Level](int(MaxLevel)) }

// IsValid reports whether l is between [MinLevel] and [MaxLevel].
func (l Level) IsValid() bool { return l >= MinLevel && l <= MaxLevel }

// String returns "L1" to "L8", or "%!Level(n)" for an invalid level.
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
