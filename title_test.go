package pmroles

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"pgregory.net/rapid"

	"github.com/pmroles/pmroles/internal/enum"
	"github.com/pmroles/pmroles/internal/jobtitle"
)

// Shorthands for the table below.
const (
	exact      = ConfidenceExact
	normalized = ConfidenceNormalized
	alias      = ConfidenceAlias
	inferred   = ConfidenceInferred
	uncertain  = ConfidenceUncertain
)

type titleCase struct {
	name    string
	in      string
	want    Title
	wantErr error
}

// refused is the wanted error of a refusal. checkTitleErr matches it with
// errors.As on its Reason, Word and Candidates.
func refused(reason TitleReason, word string, candidates ...Role) error {
	return &TitleError{Reason: reason, Word: word, Candidates: candidates}
}

// Shorthands for the reasons.
const (
	unknownWord    = ReasonUnknownWord
	lookAlike      = ReasonLookAlike
	ambiguous      = ReasonAmbiguous
	combined       = ReasonCombined
	noFunction     = ReasonNoFunction
	notInCatalogue = ReasonNotInCatalogue
	empty          = ReasonEmpty
	tooLong        = ReasonTooLong
)

// titleCases are job titles as HR exports hold them, accepted and
// refused, written for this table. They also seed FuzzParseTitle.
var titleCases = []titleCase{
	// The catalogue's display titles.
	{"canonical/apm", "Associate Product Manager", Title{Role: AssociateProductManager, Confidence: exact}, nil},
	{"canonical/pm", "Product Manager", Title{Role: ProductManager, Confidence: exact}, nil},
	{"canonical/spm", "Senior Product Manager", Title{Role: SeniorProductManager, Confidence: exact}, nil},
	{"canonical/ppm", "Principal Product Manager", Title{Role: PrincipalProductManager, Confidence: exact}, nil},
	{"canonical/gpm", "Group Product Manager", Title{Role: GroupProductManager, Confidence: exact}, nil},
	{"canonical/dop", "Director of Product", Title{Role: DirectorOfProduct, Confidence: exact}, nil},
	{"canonical/hop", "Head of Product", Title{Role: HeadOfProduct, Confidence: exact}, nil},
	{"canonical/vp", "VP of Product", Title{Role: VPOfProduct, Confidence: exact}, nil},
	{"canonical/cpo", "Chief Product Officer", Title{Role: ChiefProductOfficer, Confidence: exact}, nil},
	{"canonical/po", "Product Owner", Title{Role: ProductOwner, Confidence: exact}, nil},
	{"canonical/pmm", "Product Marketing Manager", Title{Role: ProductMarketingManager, Confidence: exact}, nil},
	{"canonical/dpmm", "Director of Product Marketing", Title{Role: DirectorOfProductMarketing, Confidence: exact}, nil},
	{"canonical/dux", "Director of UX", Title{Role: DirectorOfUX, Confidence: exact}, nil},
	{"canonical/hopa", "Head of Product Analytics", Title{Role: HeadOfProductAnalytics, Confidence: exact}, nil},

	// Case, spacing and punctuation.
	{"case/upper", "PRODUCT MANAGER", Title{Role: ProductManager, Confidence: exact}, nil},
	{"case/lower", "head of product", Title{Role: HeadOfProduct, Confidence: exact}, nil},
	{"case/mixed", "pRoDuCt OwNeR", Title{Role: ProductOwner, Confidence: exact}, nil},
	{"space/runs", "  Senior   Product\tManager  ", Title{Role: SeniorProductManager, Confidence: exact}, nil},
	{"space/newline", "Director of\nProduct", Title{Role: DirectorOfProduct, Confidence: exact}, nil},
	{"space/nbsp", "Product\u00a0Manager", Title{Role: ProductManager, Confidence: exact}, nil},
	{"space/em-space", "Senior\u2003Product Manager", Title{Role: SeniorProductManager, Confidence: exact}, nil},
	{"space/ideographic", "Product Manager\u3000(Platform\u3000)", Title{Role: ProductManager, Area: "Platform", Confidence: exact}, nil},
	{"space/ogham-area", "GPM, \u1680", Title{Role: GroupProductManager, Confidence: uncertain}, nil},
	{"space/zero-width", "Product\u200bManager", Title{Role: ProductManager, Confidence: exact}, nil},
	{"space/zero-width-first", "\u200bSenior Product Manager", Title{Role: SeniorProductManager, Confidence: exact}, nil},
	{"space/byte-order-mark", "\ufeffProduct Owner", Title{Role: ProductOwner, Confidence: exact}, nil},
	{"space/word-joiner", "Head\u2060of Product", Title{Role: HeadOfProduct, Confidence: exact}, nil},
	{"space/soft-hyphen", "Product Mana\u00adger", Title{}, refused(unknownWord, "Mana")},
	{"punct/text-id", "senior-product-manager", Title{Role: SeniorProductManager, Confidence: exact}, nil},
	{"punct/text-id-vp", "vp-of-product", Title{Role: VPOfProduct, Confidence: exact}, nil},
	{"punct/dots", "V.P. of Product", Title{}, refused(unknownWord, "V")},
	{"punct/quotes", `"Product Manager"`, Title{Role: ProductManager, Confidence: exact}, nil},
	{"punct/trailing-dot", "Product Manager.", Title{Role: ProductManager, Confidence: exact}, nil},
	{"punct/escape-first", "\x1b[1mProduct Manager\x1b[0m", Title{Role: ProductManager, Confidence: exact}, nil},

	// Areas.
	{"area/comma", "Senior Product Manager, Payments", Title{Role: SeniorProductManager, Area: "Payments", Confidence: exact}, nil},
	{"area/dash", "PM - Growth", Title{Role: ProductManager, Area: "Growth", Confidence: normalized}, nil},
	{"area/paren", "Product Manager (Platform)", Title{Role: ProductManager, Area: "Platform", Confidence: exact}, nil},
	{"area/en-dash", "Product Manager – Payments", Title{Role: ProductManager, Area: "Payments", Confidence: exact}, nil},
	{"area/em-dash-tight", "Product Owner—Checkout", Title{Role: ProductOwner, Area: "Checkout", Confidence: exact}, nil},
	{"area/bar", "Senior PM | Search & Discovery", Title{Role: SeniorProductManager, Area: "Search & Discovery", Confidence: normalized}, nil},
	{"area/colon", "Product Manager: Mobile Apps", Title{Role: ProductManager, Area: "Mobile Apps", Confidence: exact}, nil},
	{"area/bracket", "Product Manager [Ads]", Title{Role: ProductManager, Area: "Ads", Confidence: exact}, nil},
	{"area/several", "Director of Product, Payments, EMEA", Title{Role: DirectorOfProduct, Area: "Payments, EMEA", Confidence: exact}, nil},
	{"area/dash-nbsp", "Product Manager\u00a0-\u00a0Growth", Title{Role: ProductManager, Area: "Growth", Confidence: exact}, nil},
	{"area/dash-left", "Product Manager -Growth", Title{Role: ProductManager, Area: "Growth", Confidence: exact}, nil},
	{"area/empty-paren", "Product Manager ()", Title{Role: ProductManager, Confidence: exact}, nil},
	{"area/trailing-comma", "Product Manager,", Title{Role: ProductManager, Confidence: exact}, nil},
	{"area/lookalike", "Product Manager, Project Management Office", Title{Role: ProductManager, Area: "Project Management Office", Confidence: exact}, nil},
	{"area/specialty-word", "Product Manager, Technical", Title{Role: ProductManager, Area: "Technical", Confidence: exact}, nil},
	{"area/broken-dash", "Product Manager ? Checkout", Title{Role: ProductManager, Area: "Checkout", Confidence: exact}, nil},
	{"area/replacement-dash", "Product Owner \ufffd Loyalty", Title{Role: ProductOwner, Area: "Loyalty", Confidence: exact}, nil},
	{"area/question-kept", "Product Manager (Remote?)", Title{Role: ProductManager, Area: "Remote", Confidence: exact}, nil},
	{"area/balanced-paren", "Product Manager, Maps (Transit)", Title{Role: ProductManager, Area: "Maps (Transit)", Confidence: exact}, nil},
	{"area/nested-paren", "Product Manager (Maps (Transit))", Title{Role: ProductManager, Area: "Maps (Transit)", Confidence: exact}, nil},
	{"area/unclosed-paren", "Product Manager (Maps", Title{Role: ProductManager, Area: "Maps", Confidence: exact}, nil},
	{"area/stray-close", "Product Manager, Maps)", Title{Role: ProductManager, Area: "Maps", Confidence: exact}, nil},
	{"area/nul", "Product Manager, Pay\x00roll", Title{Role: ProductManager, Area: "Payroll", Confidence: exact}, nil},
	{"area/escape", "Product Manager, \x1b[31mPayroll\x1b[0m", Title{Role: ProductManager, Area: "Payroll", Confidence: exact}, nil},
	{"area/osc-escape", "Product Manager, \x1b]0;pwned\x07Payroll", Title{Role: ProductManager, Area: "Payroll", Confidence: exact}, nil},
	{"area/invalid-utf8", "Product Manager, Pay\xffroll", Title{Role: ProductManager, Area: "Payroll", Confidence: exact}, nil},
	{"area/tab", "Product Manager, Payroll\tEMEA", Title{Role: ProductManager, Area: "Payroll EMEA", Confidence: exact}, nil},
	{"area/bidi", "Product Manager, \u202eLlorayp", Title{Role: ProductManager, Area: "Llorayp", Confidence: exact}, nil},
	{"area/trailing-control", "Product Manager, Payroll\r\n", Title{Role: ProductManager, Area: "Payroll", Confidence: exact}, nil},

	// Joined separators: the role part ends where the words before them
	// make a role.
	{"joined/hyphen-area", "Product Manager-Payments", Title{Role: ProductManager, Area: "Payments", Confidence: exact}, nil},
	{"joined/hyphen-specialty", "Principal Product Manager-Technical", Title{Role: PrincipalProductManager, Specialty: SpecialtyTechnical, Confidence: normalized}, nil},
	{"joined/hyphen-specialty-area", "Product Manager-Growth, Onboarding", Title{Role: ProductManager, Specialty: SpecialtyGrowth, Area: "Onboarding", Confidence: normalized}, nil},
	{"joined/hyphen-abbreviation", "PM-New Markets", Title{Role: ProductManager, Area: "New Markets", Confidence: normalized}, nil},
	{"joined/hyphen-after-dot", "Sr. Dir. - Product Mgmt.-Wallets", Title{Role: DirectorOfProduct, Seniority: SenioritySenior, Area: "Wallets", Confidence: normalized}, nil},
	{"joined/hyphen-grade", "Product Owner II-Loyalty", Title{Role: ProductOwner, Grade: 2, Area: "Loyalty", Confidence: normalized}, nil},
	{"joined/slash-area", "Product Manager / Checkout", Title{Role: ProductManager, Area: "Checkout", Confidence: exact}, nil},
	{"joined/slash-tight", "Product Owner/Loyalty", Title{Role: ProductOwner, Area: "Loyalty", Confidence: exact}, nil},
	{"joined/at", "Product Manager at Acme", Title{Role: ProductManager, Area: "Acme", Confidence: exact}, nil},
	{"joined/for", "Director of Product for Consumer Apps", Title{Role: DirectorOfProduct, Area: "Consumer Apps", Confidence: exact}, nil},
	{"joined/in", "Senior PM in Payroll", Title{Role: SeniorProductManager, Area: "Payroll", Confidence: normalized}, nil},
	{"joined/slash-role", "Product Manager/Product Owner", Title{}, refused(combined, "/")},
	{"joined/hyphen-unknown-role", "Product Owner-Scrum Master", Title{Role: ProductOwner, Area: "Scrum Master", Confidence: inferred}, nil},
	{"joined/slash-second-job", "Product Manager / Data Engineer", Title{Role: ProductManager, Area: "Data Engineer", Confidence: inferred}, nil},
	{"joined/second-job-in-parentheses", "Sr. Product Owner (Business Analyst)", Title{Role: ProductOwner, Seniority: SenioritySenior, Area: "Business Analyst", Confidence: inferred}, nil},
	{"joined/job-word-not-last", "Product Manager, Developer Platform", Title{Role: ProductManager, Area: "Developer Platform", Confidence: exact}, nil},
	{"joined/hyphen-role", "Product Manager-Engineering Manager", Title{}, refused(lookAlike, "Engineering")},
	{"joined/hyphen-word", "Product Manager Café-Bar", Title{Role: ProductManager, Area: "Café-Bar", Confidence: inferred}, nil},

	// Abbreviations.
	{"abbr/sr", "Sr Product Manager", Title{Role: SeniorProductManager, Confidence: normalized}, nil},
	{"abbr/sr-dot-pm", "Sr. PM", Title{Role: SeniorProductManager, Confidence: normalized}, nil},
	{"abbr/snr", "Snr Product Manager", Title{Role: SeniorProductManager, Confidence: normalized}, nil},
	{"abbr/sr-pm-area", "sr. pm, payments", Title{Role: SeniorProductManager, Area: "payments", Confidence: normalized}, nil},
	{"abbr/pm", "PM", Title{Role: ProductManager, Confidence: uncertain}, nil},
	{"abbr/apm", "APM", Title{Role: AssociateProductManager, Confidence: uncertain}, nil},
	{"abbr/assoc", "Assoc. Product Manager", Title{Role: AssociateProductManager, Confidence: normalized}, nil},
	{"abbr/gpm", "GPM", Title{Role: GroupProductManager, Confidence: uncertain}, nil},
	{"abbr/mgr", "Product Mgr", Title{Role: ProductManager, Confidence: normalized}, nil},
	{"abbr/sr-mgr", "Sr. Product Mgr", Title{Role: SeniorProductManager, Confidence: normalized}, nil},
	{"abbr/po", "PO", Title{Role: ProductOwner, Confidence: uncertain}, nil},
	{"abbr/po-area", "PO, Loyalty", Title{Role: ProductOwner, Area: "Loyalty", Confidence: normalized}, nil},
	{"abbr/pmm", "PMM", Title{Role: ProductMarketingManager, Confidence: normalized}, nil},
	{"abbr/mktg", "Product Mktg Manager", Title{Role: ProductMarketingManager, Confidence: normalized}, nil},
	{"abbr/mktg-mgr", "Product Mktg Mgr", Title{Role: ProductMarketingManager, Confidence: normalized}, nil},
	{"abbr/dir", "Dir of Product", Title{Role: DirectorOfProduct, Confidence: normalized}, nil},
	{"abbr/dir-dot", "Dir. Product Management", Title{Role: DirectorOfProduct, Confidence: normalized}, nil},
	{"abbr/dir-mktg", "Dir. Product Mktg", Title{Role: DirectorOfProductMarketing, Confidence: normalized}, nil},
	{"abbr/mgmt", "Director of Product Mgmt", Title{Role: DirectorOfProduct, Confidence: normalized}, nil},
	{"abbr/vp", "VP Product", Title{Role: VPOfProduct, Confidence: normalized}, nil},
	{"abbr/vp-products", "VP, Products", Title{Role: VPOfProduct, Confidence: normalized}, nil},
	{"abbr/vice-president", "Vice President of Product", Title{Role: VPOfProduct, Confidence: normalized}, nil},
	{"abbr/vice-president-hyphen", "Vice-President, Product", Title{Role: VPOfProduct, Confidence: normalized}, nil},
	{"abbr/svp", "SVP Product", Title{Role: VPOfProduct, Seniority: SenioritySenior, Confidence: normalized}, nil},
	{"abbr/evp", "EVP, Product", Title{Role: VPOfProduct, Seniority: SeniorityExecutive, Confidence: normalized}, nil},
	{"abbr/avp", "AVP, Product", Title{Role: VPOfProduct, Seniority: SeniorityAssociate, Confidence: normalized}, nil},
	{"abbr/senior-vice-president", "Senior Vice President of Product", Title{Role: VPOfProduct, Seniority: SenioritySenior, Confidence: normalized}, nil},
	{"abbr/executive-vice-president", "Executive Vice President, Product", Title{Role: VPOfProduct, Seniority: SeniorityExecutive, Confidence: normalized}, nil},
	{"abbr/cpo", "CPO", Title{Role: ChiefProductOfficer, Confidence: uncertain}, nil},
	{"abbr/cpo-area", "CPO, Marketplace", Title{Role: ChiefProductOfficer, Area: "Marketplace", Confidence: normalized}, nil},
	{"abbr/hop", "HoP", Title{Role: HeadOfProduct, Confidence: normalized}, nil},
	{"abbr/ux", "Director of User Experience", Title{Role: DirectorOfUX, Confidence: normalized}, nil},
	{"abbr/ux-design", "UX Design Director", Title{Role: DirectorOfUX, Confidence: normalized}, nil},
	{"abbr/user-experience-design", "Head of User Experience Design", Title{Role: DirectorOfUX, Confidence: alias}, nil},
	{"abbr/plural", "Product Managers", Title{Role: ProductManager, Confidence: normalized}, nil},
	{"abbr/plural-owners", "Senior Product Owners", Title{Role: ProductOwner, Seniority: SenioritySenior, Confidence: normalized}, nil},

	// An abbreviation other fields use for other jobs, with nothing to
	// support it, is uncertain.
	{"risky/other-function-area", "PM, Ops Integration", Title{Role: ProductManager, Area: "Ops Integration", Confidence: uncertain}, nil},
	{"risky/senior-other-function", "Sr. PM, Sales Enablement", Title{Role: SeniorProductManager, Area: "Sales Enablement", Confidence: uncertain}, nil},
	{"risky/grade", "PM 2", Title{Role: ProductManager, Grade: 2, Confidence: uncertain}, nil},
	{"risky/specialty-area", "PM, Growth", Title{Role: ProductManager, Area: "Growth", Confidence: normalized}, nil},
	{"risky/spelled-out", "Product Manager, Ops Integration", Title{Role: ProductManager, Area: "Ops Integration", Confidence: exact}, nil},

	// Word orders.
	{"order/director-comma", "Director, Product Management", Title{Role: DirectorOfProduct, Confidence: normalized}, nil},
	{"order/director-comma-area", "Director, Product Management, Payments", Title{Role: DirectorOfProduct, Area: "Payments", Confidence: normalized}, nil},
	{"order/vp-comma", "VP, Product", Title{Role: VPOfProduct, Confidence: normalized}, nil},
	{"order/vp-dash", "VP - Product", Title{Role: VPOfProduct, Confidence: normalized}, nil},
	{"order/vp-comma-area", "VP, Product (Consumer)", Title{Role: VPOfProduct, Area: "Consumer", Confidence: normalized}, nil},
	{"order/product-head", "Product Head", Title{Role: HeadOfProduct, Confidence: normalized}, nil},
	{"order/head-comma", "Head, Product", Title{Role: HeadOfProduct, Confidence: normalized}, nil},
	{"order/product-director", "Product Director", Title{Role: DirectorOfProduct, Confidence: normalized}, nil},
	{"order/product-management-director", "Product Management Director", Title{Role: DirectorOfProduct, Confidence: normalized}, nil},
	{"order/director-product", "Director Product", Title{Role: DirectorOfProduct, Confidence: normalized}, nil},
	{"order/manager-comma", "Manager, Product", Title{Role: ProductManager, Confidence: normalized}, nil},
	{"order/manager-of", "Manager of Product", Title{Role: ProductManager, Confidence: normalized}, nil},
	{"order/manager-comma-marketing", "Manager, Product Marketing", Title{Role: ProductMarketingManager, Confidence: normalized}, nil},
	{"order/senior-manager-comma", "Senior Manager, Product", Title{Role: SeniorProductManager, Confidence: normalized}, nil},
	{"order/senior-manager-marketing", "Senior Manager, Product Marketing", Title{Role: ProductMarketingManager, Seniority: SenioritySenior, Confidence: normalized}, nil},
	{"order/dir-product-marketing", "Product Marketing Director", Title{Role: DirectorOfProductMarketing, Confidence: normalized}, nil},
	{"order/ux-director", "UX Director", Title{Role: DirectorOfUX, Confidence: normalized}, nil},
	{"order/director-comma-ux", "Director, UX", Title{Role: DirectorOfUX, Confidence: normalized}, nil},
	{"order/head-analytics-comma", "Head, Product Analytics", Title{Role: HeadOfProductAnalytics, Confidence: normalized}, nil},
	{"order/owner-comma", "Owner, Product", Title{}, refused(noFunction, "Owner")},
	{"order/seniority-after", "Product Manager, Senior", Title{Role: SeniorProductManager, Confidence: inferred}, nil},
	{"order/seniority-after-area", "Product Owner (Senior), Loyalty", Title{Role: ProductOwner, Seniority: SenioritySenior, Area: "Loyalty", Confidence: inferred}, nil},
	{"order/seniority-after-abbr", "PM - Sr.", Title{Role: SeniorProductManager, Confidence: inferred}, nil},
	{"order/seniority-twice", "Senior Product Manager, Senior", Title{Role: SeniorProductManager, Area: "Senior", Confidence: exact}, nil},
	{"order/principal-comma", "Principal, Product Management", Title{Role: PrincipalProductManager, Confidence: inferred}, nil},
	{"order/principal-dash-area", "Principal - Product Management, Search", Title{Role: PrincipalProductManager, Area: "Search", Confidence: inferred}, nil},
	{"order/principal-no-comma", "Principal Product Management", Title{Role: PrincipalProductManager, Confidence: inferred}, nil},
	{"order/senior-comma-pm", "Senior, Product Manager", Title{Role: SeniorProductManager, Confidence: exact}, nil},
	{"order/senior-comma-area", "Senior, Payroll", Title{}, refused(unknownWord, "Payroll")},

	// "Product Management" reads as "Product" under every rank but
	// manager, where it is ambiguous.
	{"pm-function/director", "Director of Product Management", Title{Role: DirectorOfProduct, Confidence: normalized}, nil},
	{"pm-function/head", "Head of Product Management", Title{Role: HeadOfProduct, Confidence: normalized}, nil},
	{"pm-function/vp", "VP Product Management", Title{Role: VPOfProduct, Confidence: normalized}, nil},
	{"pm-function/vp-of", "Vice President, Product Management", Title{Role: VPOfProduct, Confidence: normalized}, nil},
	{"pm-function/leadership", "SVP, Product Leadership", Title{Role: VPOfProduct, Seniority: SenioritySenior, Confidence: normalized}, nil},
	{"pm-function/manager", "Manager, Product Management", Title{}, refused(ambiguous, "Manager", ProductManager, GroupProductManager)},
	{"pm-function/senior-manager", "Sr. Mgr, Product Management", Title{}, refused(ambiguous, "Mgr", SeniorProductManager, GroupProductManager)},

	// Grades.
	{"grade/roman-ii", "Product Manager II", Title{Role: ProductManager, Grade: 2, Confidence: normalized}, nil},
	{"grade/roman-iii", "Product Manager III", Title{Role: ProductManager, Grade: 3, Confidence: normalized}, nil},
	{"grade/roman-i", "Product Manager I", Title{Role: ProductManager, Grade: 1, Confidence: normalized}, nil},
	{"grade/roman-iv", "Senior Product Manager IV", Title{Role: SeniorProductManager, Grade: 4, Confidence: normalized}, nil},
	{"grade/roman-x", "Product Owner X", Title{Role: ProductOwner, Grade: 10, Confidence: normalized}, nil},
	{"grade/arabic", "Product Manager 2", Title{Role: ProductManager, Grade: 2, Confidence: normalized}, nil},
	{"grade/arabic-10", "Product Manager 10", Title{Role: ProductManager, Grade: 10, Confidence: normalized}, nil},
	{"grade/glued", "PM2", Title{Role: ProductManager, Grade: 2, Confidence: uncertain}, nil},
	{"grade/with-area", "Senior Product Manager III, Payments", Title{Role: SeniorProductManager, Grade: 3, Area: "Payments", Confidence: normalized}, nil},
	{"grade/po", "Product Owner II", Title{Role: ProductOwner, Grade: 2, Confidence: normalized}, nil},
	{"grade/lower-roman", "product manager ii", Title{Role: ProductManager, Grade: 2, Confidence: normalized}, nil},
	{"grade/qualified", "Field Product Manager III", Title{Role: ProductManager, Grade: 3, Qualifier: "Field", Confidence: inferred}, nil},
	{"grade/too-big", "Product Manager 11", Title{}, refused(unknownWord, "11")},
	{"grade/zero", "Product Manager 0", Title{}, refused(unknownWord, "0")},
	{"grade/leading-zero", "Product Manager 02", Title{}, refused(unknownWord, "02")},
	{"grade/year", "Product Manager 2024", Title{}, refused(unknownWord, "2024")},
	{"grade/first", "II Product Manager", Title{}, refused(unknownWord, "II")},
	{"grade/alone", "II", Title{}, refused(unknownWord, "II")},

	// Aliases and the catalogue's edges.
	{"alias/chief-of-product", "Chief of Product", Title{Role: ChiefProductOfficer, Confidence: alias}, nil},
	{"alias/junior-pm", "Junior Product Manager", Title{Role: AssociateProductManager, Confidence: alias}, nil},
	{"alias/jr-pm", "Jr. PM", Title{Role: AssociateProductManager, Confidence: alias}, nil},
	{"alias/jnr-pm", "Jnr Product Manager", Title{Role: AssociateProductManager, Confidence: alias}, nil},
	{"alias/head-of-product-marketing", "Head of Product Marketing", Title{Role: DirectorOfProductMarketing, Confidence: alias}, nil},
	{"alias/head-of-ux", "Head of UX", Title{Role: DirectorOfUX, Confidence: alias}, nil},
	{"alias/head-of-user-experience", "Head of User Experience", Title{Role: DirectorOfUX, Confidence: alias}, nil},
	{"alias/director-of-product-analytics", "Director of Product Analytics", Title{Role: HeadOfProductAnalytics, Confidence: alias}, nil},
	{"alias/typo", "Principle Product Owner", Title{Role: ProductOwner, Seniority: SeniorityPrincipal, Confidence: inferred}, nil},

	// Specialties.
	{"specialty/technical", "Technical Product Manager", Title{Role: ProductManager, Specialty: SpecialtyTechnical, Confidence: normalized}, nil},
	{"specialty/tech", "Tech PM", Title{Role: ProductManager, Specialty: SpecialtyTechnical, Confidence: normalized}, nil},
	{"specialty/growth", "Growth PM", Title{Role: ProductManager, Specialty: SpecialtyGrowth, Confidence: normalized}, nil},
	{"specialty/ai", "AI Product Manager", Title{Role: ProductManager, Specialty: SpecialtyAI, Confidence: normalized}, nil},
	{"specialty/ml", "ML Product Manager", Title{Role: ProductManager, Specialty: SpecialtyAI, Confidence: normalized}, nil},
	{"specialty/ai-ml", "AI/ML Product Manager", Title{Role: ProductManager, Specialty: SpecialtyAI, Confidence: normalized}, nil},
	{"specialty/machine-learning", "Machine Learning PM", Title{Role: ProductManager, Specialty: SpecialtyAI, Confidence: normalized}, nil},
	{"specialty/data", "Data Product Manager", Title{Role: ProductManager, Specialty: SpecialtyData, Confidence: normalized}, nil},
	{"specialty/platform", "Platform Product Manager", Title{Role: ProductManager, Specialty: SpecialtyPlatform, Confidence: normalized}, nil},
	{"specialty/senior-technical", "Senior Technical Product Manager", Title{Role: SeniorProductManager, Specialty: SpecialtyTechnical, Confidence: normalized}, nil},
	{"specialty/technical-senior", "Technical Senior PM", Title{Role: SeniorProductManager, Specialty: SpecialtyTechnical, Confidence: normalized}, nil},
	{"specialty/principal-technical", "Principal Technical Product Manager", Title{Role: PrincipalProductManager, Specialty: SpecialtyTechnical, Confidence: normalized}, nil},
	{"specialty/technical-grade", "Technical Product Manager II", Title{Role: ProductManager, Specialty: SpecialtyTechnical, Grade: 2, Confidence: normalized}, nil},
	{"specialty/po", "Technical Product Owner", Title{Role: ProductOwner, Specialty: SpecialtyTechnical, Confidence: normalized}, nil},
	{"specialty/data-po", "Data Product Owner", Title{Role: ProductOwner, Specialty: SpecialtyData, Confidence: normalized}, nil},
	{"specialty/after-of", "Director of Growth Product", Title{Role: DirectorOfProduct, Specialty: SpecialtyGrowth, Confidence: normalized}, nil},
	{"specialty/after-comma", "Director, AI Product Management", Title{Role: DirectorOfProduct, Specialty: SpecialtyAI, Confidence: normalized}, nil},
	{"specialty/after-rank", "Senior Product Owner Technical", Title{Role: ProductOwner, Seniority: SenioritySenior, Specialty: SpecialtyTechnical, Confidence: normalized}, nil},
	{"specialty/after-rank-grade", "Product Owner Data II", Title{Role: ProductOwner, Specialty: SpecialtyData, Grade: 2, Confidence: normalized}, nil},
	{"specialty/group", "Group Product Manager, Growth", Title{Role: GroupProductManager, Area: "Growth", Confidence: exact}, nil},
	{"specialty/two", "Data & AI Product Manager", Title{}, refused(notInCatalogue, "")},
	{"specialty/two-after-rank", "Product Manager Data Growth", Title{Role: ProductManager, Area: "Data Growth", Confidence: inferred}, nil},
	{"specialty/misplaced", "Product Data Manager", Title{}, refused(notInCatalogue, "")},

	// Seniority modifiers that do not change the role.
	{"seniority/senior-director", "Senior Director of Product", Title{Role: DirectorOfProduct, Seniority: SenioritySenior, Confidence: normalized}, nil},
	{"seniority/sr-director-comma", "Sr. Director, Product Management", Title{Role: DirectorOfProduct, Seniority: SenioritySenior, Confidence: normalized}, nil},
	{"seniority/sr-director-area", "Sr. Director, Product Management – Payments", Title{Role: DirectorOfProduct, Seniority: SenioritySenior, Area: "Payments", Confidence: normalized}, nil},
	{"seniority/associate-director", "Associate Director of Product", Title{Role: DirectorOfProduct, Seniority: SeniorityAssociate, Confidence: normalized}, nil},
	{"seniority/executive-director", "Executive Director, Product", Title{Role: DirectorOfProduct, Seniority: SeniorityExecutive, Confidence: normalized}, nil},
	{"seniority/senior-head", "Senior Head of Product", Title{Role: HeadOfProduct, Seniority: SenioritySenior, Confidence: normalized}, nil},
	{"seniority/senior-po", "Senior Product Owner", Title{Role: ProductOwner, Seniority: SenioritySenior, Confidence: normalized}, nil},
	{"seniority/junior-po", "Junior Product Owner", Title{Role: ProductOwner, Seniority: SeniorityJunior, Confidence: normalized}, nil},
	{"seniority/senior-pmm", "Senior Product Marketing Manager", Title{Role: ProductMarketingManager, Seniority: SenioritySenior, Confidence: normalized}, nil},
	{"seniority/sr-pmm", "Sr. PMM", Title{Role: ProductMarketingManager, Seniority: SenioritySenior, Confidence: normalized}, nil},
	{"seniority/principal-pmm", "Principal Product Marketing Manager", Title{Role: ProductMarketingManager, Seniority: SeniorityPrincipal, Confidence: normalized}, nil},
	{"seniority/senior-director-pmm", "Senior Director of Product Marketing", Title{Role: DirectorOfProductMarketing, Seniority: SenioritySenior, Confidence: normalized}, nil},
	{"seniority/senior-principal", "Senior Principal PM", Title{Role: PrincipalProductManager, Seniority: SenioritySenior, Confidence: normalized}, nil},
	{"seniority/senior-group", "Senior Group Product Manager", Title{Role: GroupProductManager, Seniority: SenioritySenior, Confidence: normalized}, nil},
	{"seniority/senior-apm", "Senior APM", Title{Role: AssociateProductManager, Seniority: SenioritySenior, Confidence: normalized}, nil},
	{"seniority/two-modifiers", "Senior Associate Director of Product", Title{}, refused(notInCatalogue, "")},
	{"seniority/group-po", "Group Product Owner", Title{}, refused(notInCatalogue, "")},
	{"seniority/alone", "Senior", Title{}, refused(noFunction, "")},

	// Interim and acting holders.
	{"interim/first", "Interim Head of Product", Title{Role: HeadOfProduct, Interim: true, Confidence: exact}, nil},
	{"interim/acting", "Acting Director of Product Marketing", Title{Role: DirectorOfProductMarketing, Interim: true, Confidence: exact}, nil},
	{"interim/with-seniority", "Acting Senior Director, Product", Title{Role: DirectorOfProduct, Seniority: SenioritySenior, Interim: true, Confidence: normalized}, nil},
	{"interim/area", "Director of Product (Interim)", Title{Role: DirectorOfProduct, Interim: true, Confidence: exact}, nil},
	{"interim/area-first", "VP, Product - Acting, EMEA", Title{Role: VPOfProduct, Interim: true, Area: "EMEA", Confidence: normalized}, nil},
	{"interim/after-rank", "Product Owner Interim", Title{Role: ProductOwner, Interim: true, Confidence: exact}, nil},
	{"interim/comma-first", "Interim, Head of Product", Title{Role: HeadOfProduct, Interim: true, Confidence: exact}, nil},
	{"interim/abbreviation", "Acting CPO", Title{Role: ChiefProductOfficer, Interim: true, Confidence: uncertain}, nil},
	{"interim/alone", "Interim", Title{}, refused(noFunction, "")},

	// Qualifiers: words before a spelled-out role narrow it.
	{"qualifier/one-word", "Omnichannel Product Manager", Title{Role: ProductManager, Qualifier: "Omnichannel", Confidence: inferred}, nil},
	{"qualifier/digits", "B2B Product Owner", Title{Role: ProductOwner, Qualifier: "B2B", Confidence: inferred}, nil},
	{"qualifier/two-words", "Retail Banking Product Manager", Title{Role: ProductManager, Qualifier: "Retail Banking", Confidence: inferred}, nil},
	{"qualifier/after-seniority", "Sr Retail Banking Product Manager", Title{Role: SeniorProductManager, Qualifier: "Retail Banking", Confidence: inferred}, nil},
	{"qualifier/before-seniority", "Payroll Senior Product Manager", Title{Role: SeniorProductManager, Qualifier: "Payroll", Confidence: inferred}, nil},
	{"qualifier/before-specialty", "Payments Platform Product Owner", Title{Role: ProductOwner, Specialty: SpecialtyPlatform, Qualifier: "Payments", Confidence: inferred}, nil},
	{"qualifier/other-function", "Software Product Owner", Title{Role: ProductOwner, Qualifier: "Software", Confidence: inferred}, nil},
	{"qualifier/ux", "UX Product Owner", Title{Role: ProductOwner, Qualifier: "UX", Confidence: inferred}, nil},
	{"qualifier/head", "Global Head of Product", Title{Role: HeadOfProduct, Qualifier: "Global", Confidence: inferred}, nil},
	{"qualifier/and-inside", "Health & Wellness Product Manager", Title{Role: ProductManager, Qualifier: "Health & Wellness", Confidence: inferred}, nil},
	{"qualifier/hyphenated", "e-Commerce Product Manager", Title{Role: ProductManager, Qualifier: "e-Commerce", Confidence: inferred}, nil},
	{"qualifier/area-too", "Mobile Product Manager - Checkout", Title{Role: ProductManager, Qualifier: "Mobile", Area: "Checkout", Confidence: inferred}, nil},
	{"qualifier/plural", "Insurance Products Manager", Title{Role: ProductManager, Qualifier: "Insurance", Confidence: inferred}, nil},
	{"qualifier/director", "Cloud Storage Product Director", Title{Role: DirectorOfProduct, Qualifier: "Cloud Storage", Confidence: inferred}, nil},
	{"qualifier/after-of", "Director of Consumer Products", Title{Role: DirectorOfProduct, Qualifier: "Consumer", Confidence: inferred}, nil},
	{"qualifier/after-comma", "VP, Wearable Products", Title{Role: VPOfProduct, Qualifier: "Wearable", Confidence: inferred}, nil},
	{"qualifier/interim", "Interim Regional Head of Product", Title{Role: HeadOfProduct, Interim: true, Qualifier: "Regional", Confidence: inferred}, nil},
	{"qualifier/after-interim", "Regional Interim Head of Product", Title{Role: HeadOfProduct, Interim: true, Qualifier: "Regional", Confidence: inferred}, nil},
	{"qualifier/segment", "Consumer Electronics - Product Manager", Title{Role: ProductManager, Qualifier: "Consumer Electronics", Confidence: inferred}, nil},
	{"qualifier/segment-comma", "Marketplace, Senior Product Manager, Search", Title{Role: SeniorProductManager, Qualifier: "Marketplace", Area: "Search", Confidence: inferred}, nil},
	{"qualifier/segment-both", "Wearables - Fitness Product Owner", Title{Role: ProductOwner, Qualifier: "Wearables - Fitness", Confidence: inferred}, nil},
	// One segment of qualifiers at most: a reading that kept the last and
	// dropped the first would lose what the title says.
	{"qualifier/two-segments", "Consumer Electronics - Widgets - Product Manager", Title{}, refused(unknownWord, "Consumer")},
	{"qualifier/two-segments-function", "Acme - Product Widgets - Product Manager", Title{}, refused(unknownWord, "Acme")},
	{"qualifier/segment-specialty", "Cloud Platform, Product Management Director", Title{Role: DirectorOfProduct, Qualifier: "Cloud Platform", Confidence: inferred}, nil},
	{"qualifier/deny-sales", "Sales Product Owner", Title{}, refused(lookAlike, "Sales")},
	{"qualifier/deny-project", "Project Product Owner", Title{}, refused(lookAlike, "Project")},
	{"qualifier/deny-supply-chain", "Supply Chain Product Manager", Title{}, refused(lookAlike, "Supply")},
	{"qualifier/deny-intern", "Intern Product Owner", Title{}, refused(lookAlike, "Intern")},
	{"qualifier/deny-trainee", "Trainee Product Owner", Title{}, refused(lookAlike, "Trainee")},
	{"qualifier/deny-raw", "Raw Products Manager", Title{}, refused(lookAlike, "Raw")},
	{"qualifier/deny-role-noun", "Data Analyst Product Manager", Title{}, refused(lookAlike, "Analyst")},
	{"qualifier/combined", "Design & Product Manager", Title{}, refused(combined, "&")},
	{"qualifier/rank", "Engineering Manager Product Owner", Title{}, refused(lookAlike, "Engineering")},
	{"qualifier/not-before-abbreviation", "Supply Chain PM", Title{}, refused(lookAlike, "Supply")},
	{"qualifier/not-before-pm", "Retail PM", Title{}, refused(unknownWord, "Retail")},
	{"qualifier/not-before-po", "Warehouse PO", Title{}, refused(unknownWord, "Warehouse")},
	{"qualifier/not-segment-before-pm", "Hiring Event - PM", Title{}, refused(unknownWord, "Hiring")},
	{"qualifier/segment-job", "Graphic Designer, Product Marketing", Title{}, refused(lookAlike, "Designer")},
	{"qualifier/ambiguous", "Digital Staff PM", Title{}, refused(ambiguous, "Staff")},
	{"qualifier/number", "2024 Product Manager", Title{}, refused(unknownWord, "2024")},

	// Words after a rank become the area.
	{"trailing/one-word", "Product Manager Checkout", Title{Role: ProductManager, Area: "Checkout", Confidence: inferred}, nil},
	{"trailing/two-words", "Sr. Product Manager Cloud Storage", Title{Role: SeniorProductManager, Area: "Cloud Storage", Confidence: inferred}, nil},
	{"trailing/area-too", "Product Owner Loyalty, EMEA", Title{Role: ProductOwner, Area: "Loyalty, EMEA", Confidence: inferred}, nil},
	{"trailing/qualifier-too", "Omnichannel Product Manager Checkout", Title{Role: ProductManager, Qualifier: "Omnichannel", Area: "Checkout", Confidence: inferred}, nil},
	{"trailing/intern", "Product Owner Intern", Title{}, refused(lookAlike, "Intern")},
	{"trailing/internship", "Product Owner Internship", Title{}, refused(lookAlike, "Internship")},
	{"trailing/role-noun", "Product Manager Specialist", Title{}, refused(lookAlike, "Specialist")},
	{"trailing/after-abbreviation", "PM Scheduler", Title{}, refused(unknownWord, "Scheduler")},
	{"trailing/after-function", "Director of Product Roadmaps", Title{}, refused(unknownWord, "Roadmaps")},
	{"trailing/rank", "Product Manager Team Lead", Title{}, refused(ambiguous, "Lead")},

	// Look-alikes: not product-management roles.
	{"lookalike/project", "Project Manager", Title{}, refused(lookAlike, "Project")},
	{"lookalike/senior-project", "Senior Project Manager", Title{}, refused(lookAlike, "Project")},
	{"lookalike/project-area", "Project Manager, Product Launches", Title{}, refused(lookAlike, "Project")},
	{"lookalike/project-paren", "Project Manager (Product)", Title{}, refused(lookAlike, "Project")},
	{"lookalike/it-project", "IT Project Manager", Title{}, refused(lookAlike, "Project")},
	{"lookalike/program", "Program Manager", Title{}, refused(lookAlike, "Program")},
	{"lookalike/programme", "Programme Manager", Title{}, refused(lookAlike, "Programme")},
	{"lookalike/technical-program", "Technical Program Manager", Title{}, refused(lookAlike, "Program")},
	{"lookalike/production", "Production Manager", Title{}, refused(lookAlike, "Production")},
	{"lookalike/product-designer", "Product Designer", Title{}, refused(lookAlike, "Designer")},
	{"lookalike/senior-product-designer", "Senior Product Designer", Title{}, refused(lookAlike, "Designer")},
	{"lookalike/ux-designer", "UX Designer", Title{}, refused(lookAlike, "Designer")},
	{"lookalike/head-of-design", "Head of Product Design", Title{}, refused(lookAlike, "Design")},
	{"lookalike/chief-procurement", "Chief Procurement Officer", Title{}, refused(lookAlike, "Procurement")},
	{"lookalike/chief-people", "Chief People Officer", Title{}, refused(lookAlike, "People")},
	{"lookalike/chief-privacy", "Chief Privacy Officer", Title{}, refused(lookAlike, "Privacy")},
	{"lookalike/chief-technology", "Chief Technology Officer", Title{}, refused(lookAlike, "Technology")},
	{"lookalike/cto", "CTO", Title{}, refused(lookAlike, "CTO")},
	{"lookalike/software-engineer", "Software Engineer", Title{}, refused(lookAlike, "Engineer")},
	{"lookalike/product-engineer", "Product Engineer", Title{}, refused(lookAlike, "Engineer")},
	{"lookalike/engineering-manager", "Engineering Manager", Title{}, refused(lookAlike, "Engineering")},
	{"lookalike/director-engineering", "Director of Engineering", Title{}, refused(lookAlike, "Engineering")},
	{"lookalike/vp-engineering", "VP, Engineering", Title{}, refused(lookAlike, "Engineering")},
	{"lookalike/sales-manager", "Sales Manager", Title{}, refused(lookAlike, "Sales")},
	{"lookalike/vp-sales", "VP Sales", Title{}, refused(lookAlike, "Sales")},
	{"lookalike/account-executive", "Account Executive", Title{}, refused(lookAlike, "Account")},
	{"lookalike/product-ops", "Product Operations Manager", Title{}, refused(lookAlike, "Operations")},
	{"lookalike/product-support", "Product Support Manager", Title{}, refused(lookAlike, "Support")},
	{"lookalike/intern-area", "Product Manager (Intern)", Title{}, refused(lookAlike, "Intern")},
	{"lookalike/trainee-area", "Product Owner - Trainee", Title{}, refused(lookAlike, "Trainee")},
	{"lookalike/in-training", "Associate Product Manager in Training", Title{}, refused(lookAlike, "Training")},
	{"lookalike/in-training-joined", "Product Manager-in-Training", Title{}, refused(lookAlike, "Training")},
	{"area/training", "Product Manager, Training", Title{Role: ProductManager, Area: "Training", Confidence: exact}, nil},
	{"area/in-training-products", "Product Manager in Training Products", Title{Role: ProductManager, Area: "Training Products", Confidence: exact}, nil},
	{"lookalike/customer-experience", "Customer Experience Head", Title{}, refused(lookAlike, "Customer")},

	// Ambiguous words, left to company aliases; the error lists the
	// candidate roles, most likely first.
	{"ambiguous/lead-pm", "Lead Product Manager", Title{}, refused(ambiguous, "Lead", SeniorProductManager, PrincipalProductManager)},
	{"ambiguous/product-lead", "Product Lead", Title{}, refused(ambiguous, "Lead", ProductManager, HeadOfProduct)},
	{"ambiguous/product-leader", "Product Leader", Title{}, refused(ambiguous, "Leader", ProductManager, HeadOfProduct)},
	{"ambiguous/lead-pmm", "Lead PMM", Title{}, refused(ambiguous, "Lead", ProductMarketingManager)},
	{"ambiguous/staff-pm", "Staff PM", Title{}, refused(ambiguous, "Staff", PrincipalProductManager, SeniorProductManager)},
	{"ambiguous/senior-staff", "Senior Staff Product Manager", Title{}, refused(ambiguous, "Staff", PrincipalProductManager, SeniorProductManager)},
	{"ambiguous/tpm", "TPM", Title{}, refused(ambiguous, "TPM", ProductManager)},
	{"ambiguous/prod", "Prod Manager", Title{}, refused(ambiguous, "Prod", ProductManager)},
	{"ambiguous/assistant", "Assistant Product Manager", Title{}, refused(ambiguous, "Assistant", AssociateProductManager)},
	{"ambiguous/two-words", "Lead Staff PM", Title{}, refused(ambiguous, "Lead")},
	{"ambiguous/not-product", "Staff Accountant", Title{}, refused(unknownWord, "Accountant")},
	{"ambiguous/not-product-rank", "Assistant Manager, Stores", Title{}, refused(noFunction, "Manager")},
	{"ambiguous/not-product-lead", "Team Lead", Title{}, refused(unknownWord, "Team")},

	// Roles the catalogue does not have.
	{"absent/vp-product-marketing", "VP of Product Marketing", Title{}, refused(notInCatalogue, "")},
	{"absent/vp-ux", "VP, UX", Title{}, refused(notInCatalogue, "")},
	{"absent/vp-analytics", "VP Product Analytics", Title{}, refused(notInCatalogue, "")},
	{"absent/combined-officer", "Chief Product & Technology Officer", Title{}, refused(combined, "&")},
	{"absent/combined-and", "Chief Product and Technology Officer", Title{}, refused(combined, "and")},
	{"absent/combined-slash", "Product Manager / Product Owner", Title{}, refused(combined, "/")},
	{"absent/ux-and-design", "Head of UX and Design", Title{}, refused(combined, "and")},
	{"absent/chief-product-owner", "Chief Product Owner", Title{}, refused(notInCatalogue, "")},
	{"absent/chief-product", "Chief Product", Title{}, refused(notInCatalogue, "")},
	{"absent/product-analyst", "Product Analyst", Title{}, refused(lookAlike, "Analyst")},
	{"absent/marketing-manager", "Marketing Manager", Title{}, refused(notInCatalogue, "")},
	{"absent/head-of-growth", "Head of Growth", Title{}, refused(noFunction, "Head")},
	{"absent/vp-platform", "VP of Platform", Title{}, refused(noFunction, "VP")},
	{"absent/other-language", "Produktmanager", Title{}, refused(unknownWord, "Produktmanager")},
	{"absent/rank-only", "Director", Title{}, refused(noFunction, "Director")},
	{"absent/rank-grade-area", "Director (II)", Title{}, refused(noFunction, "Director")},
	{"absent/rank-long-area", "VP, " + strings.Repeat("Europe & ", 9), Title{}, refused(noFunction, "VP")},
	{"absent/rank-full", strings.Repeat("SVP ", 12) + ", Product", Title{}, refused(noFunction, "SVP")},
	{"absent/rank-comma-nothing", "VP, (Product)", Title{}, refused(noFunction, "VP")},
	{"absent/function-only", "Product", Title{}, refused(notInCatalogue, "")},
	{"absent/product-management", "Product Management", Title{}, refused(notInCatalogue, "")},
	{"absent/of-dangling", "Head of", Title{}, refused(noFunction, "Head")},
	{"absent/of-first", "Of Product", Title{}, refused(notInCatalogue, "")},
	{"absent/of-twice", "Head of Product of Growth", Title{}, refused(notInCatalogue, "")},
	{"absent/of-after-function", "Product of Head", Title{}, refused(notInCatalogue, "")},
	{"absent/head-pm", "Head Product Manager", Title{}, refused(notInCatalogue, "")},

	// Nothing to read.
	{"empty/empty", "", Title{}, refused(empty, "")},
	{"empty/spaces", "   \t ", Title{}, refused(empty, "")},
	{"empty/invisible", "\u200b\ufeff\x1b[0m", Title{}, refused(empty, "")},
	{"empty/punctuation", "...", Title{}, refused(empty, "")},
	{"empty/dashes", "---", Title{}, refused(empty, "")},
	{"empty/area-only", ", Payments", Title{}, refused(empty, "")},
	{"empty/parenthesised", "(Product Manager)", Title{}, refused(empty, "")},
	{"empty/too-many-words", strings.Repeat("Senior ", 17) + "PM", Title{}, refused(tooLong, "")},
	{"empty/too-long", strings.Repeat("Product Manager ", 17), Title{}, refused(tooLong, "")},
	{"invalid-utf8", "Product \xff Manager", Title{}, refused(unknownWord, "\xff")},
}

// checkTitleErr checks err against the wanted error of a table case: nil,
// or a refusal that wraps ErrUnknownTitle and, for a wanted *TitleError,
// has its reason, word and candidates.
func checkTitleErr(t *testing.T, in string, err, wantErr error) {
	t.Helper()
	if wantErr == nil {
		if err != nil {
			t.Fatalf("ParseTitle(%q) error = %v, want none", in, err)
		}
		return
	}
	if !errors.Is(err, ErrUnknownTitle) {
		t.Fatalf("ParseTitle(%q) error = %v, want %v", in, err, ErrUnknownTitle)
	}
	want, ok := wantErr.(*TitleError)
	if !ok {
		return
	}
	var got *TitleError
	if !errors.As(err, &got) {
		t.Fatalf("ParseTitle(%q) error %v is no *TitleError", in, err)
	}
	if got.Text != in {
		t.Errorf("ParseTitle(%q) error Text = %q", in, got.Text)
	}
	opts := cmp.Options{cmpopts.IgnoreFields(TitleError{}, "Text"), cmpopts.IgnoreUnexported(TitleError{}), cmpopts.EquateEmpty()}
	if diff := cmp.Diff(want, got, opts); diff != "" {
		t.Errorf("ParseTitle(%q) error mismatch (-want +got):\n%s", in, diff)
	}
}

func TestParseTitle(t *testing.T) {
	if len(titleCases) < 300 {
		t.Fatalf("only %d title cases; keep at least 300", len(titleCases))
	}
	for _, tc := range titleCases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseTitle(tc.in)
			checkTitleErr(t, tc.in, err, tc.wantErr)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("ParseTitle(%q) mismatch (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

func TestTitleCaseNamesUnique(t *testing.T) {
	seen := map[string]bool{}
	for _, tc := range titleCases {
		if seen[tc.name] {
			t.Errorf("duplicate case name %q", tc.name)
		}
		seen[tc.name] = true
	}
}

// checkTitleResult checks what every result of a title parser must
// satisfy, whatever the input.
func checkTitleResult(t interface {
	Helper()
	Fatalf(string, ...any)
}, in string, got Title, err error) {
	t.Helper()
	if err != nil {
		if !errors.Is(err, ErrUnknownTitle) {
			t.Fatalf("ParseTitle(%q) error %v does not wrap ErrUnknownTitle", in, err)
		}
		var te *TitleError
		if !errors.As(err, &te) || !te.Reason.IsValid() || te.Text != in {
			t.Fatalf("ParseTitle(%q) error %#v: want a *TitleError with a valid reason and the text", in, err)
		}
		if te.Word != "" && !strings.Contains(in, te.Word) {
			t.Fatalf("ParseTitle(%q) error word %q is not in the input", in, te.Word)
		}
		msg := err.Error()
		// What the message says besides the quoted input and word.
		own := strings.ReplaceAll(strings.Replace(msg, enum.Quote(in), "", 1), enum.Quote(te.Word), "")
		if !strings.HasPrefix(msg, "pmroles: unknown title ") || strings.Count(own, "pmroles:") != 1 || strings.Contains(own, "%!") {
			t.Fatalf("ParseTitle(%q) error %q: want one package prefix and no formatting noise", in, msg)
		}
		if len(msg) > 600 {
			t.Fatalf("ParseTitle(%q) error is %d bytes long; want a short message", in, len(msg))
		}
		if got != (Title{}) {
			t.Fatalf("ParseTitle(%q) = %+v with error %v, want the zero Title", in, got, err)
		}
		return
	}
	if !got.Role.IsValid() {
		t.Fatalf("ParseTitle(%q) role %v is invalid", in, got.Role)
	}
	if !got.Confidence.IsValid() {
		t.Fatalf("ParseTitle(%q) confidence %v is invalid", in, got.Confidence)
	}
	if got.Seniority != 0 && !got.Seniority.IsValid() {
		t.Fatalf("ParseTitle(%q) seniority %v is invalid", in, got.Seniority)
	}
	if got.Specialty != 0 && !got.Specialty.IsValid() {
		t.Fatalf("ParseTitle(%q) specialty %v is invalid", in, got.Specialty)
	}
	if got.Grade < 0 || got.Grade > jobtitle.MaxGrade {
		t.Fatalf("ParseTitle(%q) grade %d out of range", in, got.Grade)
	}
	if got.Qualifier != "" && got.Confidence < ConfidenceInferred {
		t.Fatalf("ParseTitle(%q) has qualifier %q with confidence %v", in, got.Qualifier, got.Confidence)
	}
	for _, text := range []string{got.Area, got.Qualifier} {
		// Text without control or invisible characters comes back as a
		// substring; other text comes back cleaned.
		if isClean(in) && !strings.Contains(in, text) {
			t.Fatalf("ParseTitle(%q) area or qualifier %q is not a substring of the input", in, text)
		}
		if !isClean(text) || text != strings.TrimSpace(text) {
			t.Fatalf("ParseTitle(%q) area or qualifier %q is not clean and trimmed", in, text)
		}
	}
}

// isClean reports whether s is valid UTF-8 without control characters
// or invisible formatting characters.
func isClean(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if unicode.IsControl(r) || unicode.Is(unicode.Cf, r) {
			return false
		}
	}
	return true
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// randomCase changes the case of each ASCII letter of s at random.
func randomCase(t *rapid.T, s string) string {
	b := []byte(s)
	for i, c := range b {
		if isASCIILetter(c) && rapid.Bool().Draw(t, "flip") {
			b[i] = c ^ 0x20
		}
	}
	return string(b)
}

// randomSpacing joins words with runs of spaces, tabs and no-break spaces
// and pads the result.
func randomSpacing(t *rapid.T, words []string) string {
	space := rapid.StringOfN(rapid.SampledFrom([]rune{' ', '\t', '\u00a0'}), 1, 3, -1)
	var b strings.Builder
	b.WriteString(rapid.StringOfN(rapid.SampledFrom([]rune{' ', '\t'}), 0, 2, -1).Draw(t, "lead"))
	for i, w := range words {
		if i > 0 {
			b.WriteString(space.Draw(t, "space"))
		}
		b.WriteString(w)
	}
	b.WriteString(rapid.StringOfN(rapid.SampledFrom([]rune{' ', '\t'}), 0, 2, -1).Draw(t, "trail"))
	return b.String()
}

// vocabulary holds the parser's tokens, in lower case.
var vocabulary = func() map[string]bool {
	m := map[string]bool{}
	for _, tok := range jobtitle.Tokens() {
		m[tok] = true
	}
	return m
}()

// plainWord draws a capitalised word the parser does not know: a
// qualifier or an area that says nothing about the role.
var plainWord = rapid.StringMatching(`[A-Z][a-z]{2,9}`).Filter(func(s string) bool {
	return !vocabulary[strings.ToLower(s)] && !jobtitle.IsGrade(s)
})

// areaGen draws an area of one to three plain words.
var areaGen = rapid.Custom(func(t *rapid.T) string {
	return strings.Join(rapid.SliceOfN(plainWord, 1, 3).Draw(t, "words"), " ")
})

func TestParseTitleCanonicalProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := rapid.SampledFrom(slices.Collect(Roles())).Draw(t, "role")
		in := randomSpacing(t, strings.Fields(randomCase(t, r.Title())))
		want := Title{Role: r, Confidence: ConfidenceExact}
		if rapid.Bool().Draw(t, "withArea") {
			want.Area = areaGen.Draw(t, "area")
			switch rapid.IntRange(0, 6).Draw(t, "sep") {
			case 0:
				in += ", " + want.Area
			case 1:
				in += " - " + want.Area
			case 2:
				in += " (" + want.Area + ")"
			case 3:
				in += " – " + want.Area
			case 4:
				in += " | " + want.Area
			case 5:
				in += "-" + want.Area
			case 6:
				in += " ? " + want.Area
			}
		}
		got, err := ParseTitle(in)
		if err != nil {
			t.Fatalf("ParseTitle(%q): %v", in, err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("ParseTitle(%q) mismatch (-want +got):\n%s", in, diff)
		}
	})
}

// spelledTitle draws a title whose role is spelled out, with modifiers,
// a word order and a grade.
var spelledTitle = rapid.Custom(func(t *rapid.T) string {
	core := rapid.SampledFrom([]string{
		"Product Manager", "Product Owner", "Product Marketing Manager", "Director of Product",
		"Head of Product", "VP of Product", "Product Director", "Chief Product Officer",
		"Director of Product Marketing", "Head of Product Analytics", "Director of UX", "Products Manager",
		"Group Product Manager", "Principal Product Manager", "Associate Product Manager",
	}).Draw(t, "core")
	mods := rapid.SampledFrom([]string{"", "Senior ", "Sr. ", "Principal ", "Junior ", "Technical ", "Senior Growth ", "Interim ", "Acting Senior "}).Draw(t, "mods")
	grade := rapid.SampledFrom([]string{"", "", " II", " 3"}).Draw(t, "grade")
	return mods + core + grade
})

// A qualifier before an accepted spelled-out title, or a joined separator
// and an area after it, never changes the role.
func TestParseTitleQualifierProperty(t *testing.T) {
	premise := 0
	rapid.Check(t, func(t *rapid.T) {
		base := spelledTitle.Draw(t, "base")
		want, err := ParseTitle(base)
		if err != nil {
			return // "Junior Chief Product Officer"
		}
		premise++
		qual := strings.Join(rapid.SliceOfN(plainWord, 1, 3).Draw(t, "qualifier"), " ")
		in := qual + " " + base
		got, err := ParseTitle(in)
		if err != nil {
			t.Fatalf("ParseTitle(%q) = %v; ParseTitle(%q) = %+v", in, err, base, want)
		}
		want.Qualifier, want.Confidence = qual, max(want.Confidence, ConfidenceInferred)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("ParseTitle(%q) mismatch (-want +got):\n%s", in, diff)
		}
	})
	if premise < 50 {
		t.Errorf("only %d of 100 drawn titles were accepted: the property tested little", premise)
	}
}

func TestParseTitleJoinedSeparatorProperty(t *testing.T) {
	premise := 0
	rapid.Check(t, func(t *rapid.T) {
		base := spelledTitle.Draw(t, "base")
		want, err := ParseTitle(base)
		if err != nil {
			return
		}
		premise++
		area := areaGen.Draw(t, "area")
		sep := rapid.SampledFrom([]string{"-", "/", " / ", " at ", " for ", " in ", " ? ", "\u2013", " | ", ": "}).Draw(t, "sep")
		in := base + sep + area
		got, err := ParseTitle(in)
		if err != nil {
			t.Fatalf("ParseTitle(%q) = %v; ParseTitle(%q) = %+v", in, err, base, want)
		}
		want.Area = area
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("ParseTitle(%q) mismatch (-want +got):\n%s", in, diff)
		}
	})
	if premise < 50 {
		t.Errorf("only %d of 100 drawn titles were accepted: the property tested little", premise)
	}
}

// A company alias that is a rank alone never changes the answer for a
// title whose other words name another function or a specialty.
func TestWithAliasOtherFunctionProperty(t *testing.T) {
	premise := 0
	rapid.Check(t, func(t *rapid.T) {
		rank := rapid.SampledFrom([]string{"Director", "VP", "Head", "Senior Director", "SVP", "Chief", "Manager", "Executive Director", "Vice President"}).Draw(t, "rank")
		role := rapid.SampledFrom(slices.Collect(Roles())).Draw(t, "role")
		f, err := Default().With(WithAlias(rank, role))
		if err != nil {
			t.Fatalf("WithAlias(%q, %v): %v", rank, role, err)
		}
		if got, err := f.ParseTitle(rank + ", " + areaGen.Draw(t, "area")); err == nil && got.Role == role {
			premise++ // the alias does read a rank with a plain area
		}
		function := rapid.SampledFrom([]string{
			"Engineering", "Sales", "Design", "Marketing", "People", "Finance", "Operations", "Ops", "Legal",
			"Security", "HR", "IT", "Customer Success", "Data", "Growth", "Technical", "Platform", "AI",
			"Software Engineering", "Supply Chain", "Program Management", "Research", "UX", "Analytics",
		}).Draw(t, "function")
		var in string
		switch rapid.IntRange(0, 8).Draw(t, "shape") {
		case 0:
			in = rank + ", " + function
		case 1:
			in = rank + " of " + function
		case 2:
			in = function + " " + rank
		case 3:
			in = rank + " - " + function + ", " + areaGen.Draw(t, "area")
		case 4:
			in = rank + "-" + function
		case 5:
			in = rank + "/" + function
		case 6:
			in = "Senior " + rank + " (" + function + ")"
		case 7:
			in = rank + " for " + function
		case 8:
			in = areaGen.Draw(t, "qualifier") + " " + rank + ", " + function
		}
		want, wantErr := ParseTitle(in)
		got, err := f.ParseTitle(in)
		if got != want || (err == nil) != (wantErr == nil) {
			t.Fatalf("alias %q: f.ParseTitle(%q) = %+v, %v; ParseTitle = %+v, %v", rank, in, got, err, want, wantErr)
		}
	})
	if premise < 50 {
		t.Errorf("the alias matched a rank with a plain area in only %d of 100 draws", premise)
	}
}

// titleGen draws strings likely to reach deep into the parser: words of
// the vocabulary and of the canonical titles, numerals, separators and
// odd bytes.
func titleGen() *rapid.Generator[string] {
	var pieces []string
	for _, tok := range jobtitle.Tokens() {
		pieces = append(pieces, tok, strings.ToUpper(tok))
	}
	for r := range Roles() {
		pieces = append(pieces, strings.Fields(r.Title())...)
	}
	pieces = append(pieces, "ii", "IV", "x", "2", "10", "11", "0", ",", "-", " - ", "(", ")", "–", "—", "|", ":", ";",
		".", "?", " ? ", "\u00a0", "\u200b", "\ufeff", "\x00", "\x1b[31m", "\t", "\xff", "\xe2\x80", "é", "\ufffd",
		"vice", "president", "user", "experience", "Payments", "Digital", "B2B", "", " ")
	piece := rapid.OneOf(rapid.SampledFrom(pieces), rapid.String())
	return rapid.Custom(func(t *rapid.T) string {
		parts := rapid.SliceOfN(piece, 0, 12).Draw(t, "parts")
		sep := rapid.SampledFrom([]string{" ", "", "-", ", ", "/"}).Draw(t, "sep")
		return strings.Join(parts, sep)
	})
}

func TestParseTitleTotalProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		in := rapid.OneOf(titleGen(), rapid.String()).Draw(t, "in")
		got, err := ParseTitle(in)
		checkTitleResult(t, in, got, err)
		// The default framework has every role and no aliases: it reads
		// titles as the package does.
		fgot, ferr := Default().ParseTitle(in)
		if fgot != got || (ferr == nil) != (err == nil) {
			t.Fatalf("Default().ParseTitle(%q) = %+v, %v; ParseTitle = %+v, %v", in, fgot, ferr, got, err)
		}
	})
}

// ASCII case never changes what a title says.
func TestParseTitleCaseProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		in := titleGen().Draw(t, "in")
		flipped := randomCase(t, in)
		got, err := ParseTitle(in)
		fgot, ferr := ParseTitle(flipped)
		if (err == nil) != (ferr == nil) || !strings.EqualFold(got.Area, fgot.Area) || !strings.EqualFold(got.Qualifier, fgot.Qualifier) {
			t.Fatalf("ParseTitle(%q) = %+v, %v; ParseTitle(%q) = %+v, %v", in, got, err, flipped, fgot, ferr)
		}
		got.Area, fgot.Area = "", ""
		got.Qualifier, fgot.Qualifier = "", ""
		if got != fgot {
			t.Fatalf("ParseTitle(%q) = %+v; ParseTitle(%q) = %+v", in, got, flipped, fgot)
		}
	})
}

// An alias is read like a title: whatever its case and spacing, and with
// an area after it, it means its role.
func TestWithAliasProperty(t *testing.T) {
	var pieces []string
	for _, tok := range jobtitle.Tokens() {
		if isASCIILetter(tok[0]) {
			pieces = append(pieces, tok)
		}
	}
	word := rapid.OneOf(rapid.SampledFrom(pieces), rapid.StringMatching(`[a-z]{2,9}`).Filter(func(s string) bool { return !jobtitle.IsGrade(s) }))
	interim := map[string]bool{"interim": true, "acting": true}
	rapid.Check(t, func(t *rapid.T) {
		words := rapid.SliceOfN(word, 1, 5).Draw(t, "words")
		r := rapid.SampledFrom(slices.Collect(Roles())).Draw(t, "role")
		alias := strings.Join(words, " ")
		f, err := Default().With(WithAlias(alias, r))
		if slices.ContainsFunc(words, func(w string) bool { return w != "of" && !interim[w] }) == (err != nil) {
			t.Fatalf("WithAlias(%q): %v", alias, err)
		}
		if err != nil {
			return
		}
		in := randomSpacing(t, strings.Fields(randomCase(t, alias)))
		want := Title{Role: r, Interim: slices.ContainsFunc(words, func(w string) bool { return interim[w] }), Confidence: ConfidenceAlias}
		if rapid.Bool().Draw(t, "withArea") {
			want.Area = areaGen.Draw(t, "area")
			in += " (" + want.Area + ")"
		}
		got, err := f.ParseTitle(in)
		if err != nil {
			t.Fatalf("alias %q: ParseTitle(%q): %v", alias, in, err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("alias %q: ParseTitle(%q) mismatch (-want +got):\n%s", alias, in, diff)
		}
	})
}

func FuzzParseTitle(f *testing.F) {
	for _, tc := range titleCases {
		f.Add(tc.in)
	}
	fw, err := Default().With(
		WithAlias("Staff PM", PrincipalProductManager),
		WithAlias("Product Lead", ProductManager),
		WithAlias("Director", DirectorOfProduct),
		WithAlias("Produktmanager", ProductManager),
	)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, in string) {
		got, err := ParseTitle(in)
		checkTitleResult(t, in, got, err)
		fgot, ferr := fw.ParseTitle(in)
		checkTitleResult(t, in, fgot, ferr)
		// The aliases are tried first but never make a look-alike a
		// product role: the rank alias never reads another function.
		var te *TitleError
		if errors.As(err, &te) && te.Reason == ReasonLookAlike && ferr == nil && fgot.Role == DirectorOfProduct && fgot.Confidence == ConfidenceAlias && fgot.Specialty != 0 {
			t.Fatalf("fw.ParseTitle(%q) = %+v: the alias Director took a specialty", in, fgot)
		}
	})
}

func TestParseTitleLongInput(t *testing.T) {
	const mb = 1 << 20
	for _, in := range []string{
		strings.Repeat("Product Manager ", mb/16),
		"Product Manager, " + strings.Repeat("Payments ", mb/9),
		strings.Repeat(",", mb),
		strings.Repeat("\xff", mb),
		strings.Repeat(" ", mb),
		strings.Repeat("a", mb),
		strings.Repeat("\x1b[", mb/2),
	} {
		// The length is checked before anything is read: a megabyte
		// takes no longer than a title. The bound is loose for slow CI.
		start := time.Now()
		got, err := ParseTitle(in)
		if d := time.Since(start); d > 50*time.Millisecond {
			t.Errorf("ParseTitle(%d bytes) took %v", len(in), d)
		}
		var te *TitleError
		if !errors.As(err, &te) || te.Reason != ReasonTooLong {
			t.Errorf("ParseTitle(%d bytes) error = %v, want ReasonTooLong", len(in), err)
		}
		if got != (Title{}) {
			t.Errorf("ParseTitle(%d bytes) = %+v, want the zero Title", len(in), got)
		}
		// Quote shows 64 bytes at most, 4 characters each when escaped.
		if err != nil && len(err.Error()) > 400 {
			t.Errorf("ParseTitle(%d bytes) error is %d bytes long; want a one-line message", len(in), len(err.Error()))
		}
	}
}

func TestParseTitleLengthLimit(t *testing.T) {
	const head = "Product Manager, "
	area := strings.Repeat("x", jobtitle.MaxLen-len(head))
	got, err := ParseTitle(head + area)
	if err != nil {
		t.Fatalf("ParseTitle of %d bytes: %v", jobtitle.MaxLen, err)
	}
	if got.Area != area {
		t.Errorf("ParseTitle of %d bytes: area of %d bytes, want %d", jobtitle.MaxLen, len(got.Area), len(area))
	}
	if _, err := ParseTitle(head + area + "x"); !errors.Is(err, ErrUnknownTitle) {
		t.Errorf("ParseTitle of %d bytes: error = %v, want ErrUnknownTitle", jobtitle.MaxLen+1, err)
	}
}

// Accepting a title allocates nothing, however it is read, with or
// without company aliases.
func TestParseTitleAllocs(t *testing.T) {
	for _, in := range append(slices.Clip(benchTitles), benchTitlesInferred...) {
		if n := testing.AllocsPerRun(20, func() { _, _ = ParseTitle(in) }); n != 0 {
			t.Errorf("ParseTitle(%q) allocates %v times, want 0", in, n)
		}
	}
	f, err := Default().With(WithAlias("Produktmanager", ProductManager), WithAlias("Staff PM", PrincipalProductManager), WithAlias("Director", DirectorOfProduct))
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range []string{"Produktmanager (Zahlungen)", "Senior Staff PM, Search", "Director, Payments", "Retail Staff PM", "Sr. PM"} {
		if n := testing.AllocsPerRun(20, func() { _, _ = f.ParseTitle(in) }); n != 0 {
			t.Errorf("f.ParseTitle(%q) allocates %v times, want 0", in, n)
		}
	}
}

// Refusing a title allocates its error, once, and builds the message
// only when asked.
func TestParseTitleRefusalAllocs(t *testing.T) {
	for _, in := range benchRefused {
		if n := testing.AllocsPerRun(20, func() { _, _ = ParseTitle(in) }); n > 1 {
			t.Errorf("ParseTitle(%q) allocates %v times, want at most 1", in, n)
		}
	}
	f, err := Default().With(WithRoles(ProductManager, SeniorProductManager))
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range []string{"Lead Product Manager", "Product Owner", "Forklift Associate"} {
		if n := testing.AllocsPerRun(20, func() { _, _ = f.ParseTitle(in) }); n > 1 {
			t.Errorf("f.ParseTitle(%q) allocates %v times, want at most 1", in, n)
		}
	}
}

func TestTitleJSON(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Senior Technical PM II, Payments", `{"role":"senior-product-manager","specialty":"technical","grade":2,"area":"Payments","confidence":"normalized"}`},
		{"Interim Global Head of Product", `{"role":"head-of-product","qualifier":"Global","interim":true,"confidence":"inferred"}`},
	} {
		in, err := ParseTitle(tc.in)
		if err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(in)
		if err != nil {
			t.Fatal(err)
		}
		if string(b) != tc.want {
			t.Errorf("json.Marshal = %s, want %s", b, tc.want)
		}
		var out Title
		if err := json.Unmarshal(b, &out); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(in, out); diff != "" {
			t.Errorf("JSON round trip mismatch (-want +got):\n%s", diff)
		}
	}
}

func TestTitleError(t *testing.T) {
	long := "Head of " + strings.Repeat("Everything ", 30)
	for _, tc := range []struct {
		in, want string
	}{
		{"Produktmanager", `pmroles: unknown title "Produktmanager": unexpected word "Produktmanager"`},
		{"Product Manager 2024", `pmroles: unknown title "Product Manager 2024": unexpected number "2024"; a grade is 1 to 10, at the end`},
		{"Project Manager, Product Launches", `pmroles: unknown title "Project Manager, Product Launches": "Project" names another job, not a product-management role`},
		{"Lead Product Manager", `pmroles: unknown title "Lead Product Manager": "Lead" is ambiguous (companies put lead at different levels): senior-product-manager or principal-product-manager; say which with WithAlias`},
		{"Digital Staff PM", `pmroles: unknown title "Digital Staff PM": "Staff" is ambiguous (companies put staff at different levels); say which with WithAlias`},
		{"Chief Product & Technology Officer", `pmroles: unknown title "Chief Product & Technology Officer": "&" combines several roles or functions; the catalogue has no combined roles`},
		{"Senior Director", `pmroles: unknown title "Senior Director": "Director" alone names no product-management function`},
		{"VP of Product Marketing", `pmroles: unknown title "VP of Product Marketing": a VP ranks above the catalogue's product-marketing leader, the director of product marketing`},
		{"Senior Associate Director of Product", `pmroles: unknown title "Senior Associate Director of Product": it names more than one seniority`},
		{"  ", `pmroles: unknown title "  ": empty title`},
		{long, `pmroles: unknown title "Head of Everything Everything Everything Everything Everything E"... (338 bytes): longer than 256 bytes`},
	} {
		_, err := ParseTitle(tc.in)
		if err == nil {
			t.Errorf("ParseTitle(%q) succeeded", tc.in)
			continue
		}
		if got := err.Error(); got != tc.want {
			t.Errorf("ParseTitle(%q) error:\n got %s\nwant %s", tc.in, got, tc.want)
		}
	}
	// The zero TitleError still says something, and unwraps.
	var zero TitleError
	if msg := zero.Error(); !strings.HasPrefix(msg, "pmroles: unknown title") {
		t.Errorf("TitleError{}.Error() = %q", msg)
	}
	if !errors.Is(&zero, ErrUnknownTitle) {
		t.Error("TitleError{} does not wrap ErrUnknownTitle")
	}
}

func TestSeniorityEnum(t *testing.T) {
	testTitleEnum(t, "Seniority", slices.Collect(Seniorities()),
		[]Seniority{SeniorityJunior, SeniorityAssociate, SenioritySenior, SeniorityPrincipal, SeniorityExecutive},
		ParseSeniority, true)
}

func TestSpecialtyEnum(t *testing.T) {
	testTitleEnum(t, "Specialty", slices.Collect(Specialties()),
		[]Specialty{SpecialtyTechnical, SpecialtyGrowth, SpecialtyPlatform, SpecialtyData, SpecialtyAI},
		ParseSpecialty, true)
}

func TestConfidenceEnum(t *testing.T) {
	testTitleEnum(t, "Confidence", slices.Collect(Confidences()),
		[]Confidence{ConfidenceExact, ConfidenceNormalized, ConfidenceAlias, ConfidenceInferred, ConfidenceUncertain},
		ParseConfidence)
}

func TestTitleReasonEnum(t *testing.T) {
	testTitleEnum(t, "TitleReason", slices.Collect(TitleReasons()),
		[]TitleReason{ReasonUnknownWord, ReasonLookAlike, ReasonAmbiguous, ReasonCombined, ReasonNoFunction,
			ReasonNotInCatalogue, ReasonNotInFramework, ReasonEmpty, ReasonTooLong},
		ParseTitleReason)
}

type titleEnum interface {
	~uint8
	IsValid() bool
	String() string
	MarshalText() ([]byte, error)
	AppendText([]byte) ([]byte, error)
}

// testTitleEnum checks an enumeration's iterator order, text forms, text
// round trip and its invalid values. With none, the zero value means none:
// it is not valid, but prints, marshals and parses as "none".
func testTitleEnum[E titleEnum, P interface {
	*E
	UnmarshalText([]byte) error
}](t *testing.T, typ string, got, want []E, parse func(string) (E, error), none ...bool) {
	zeroIsNone := len(none) > 0 && none[0]
	t.Helper()
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("%ss() mismatch (-want +got):\n%s", typ, diff)
	}
	rapid.Check(t, func(t *rapid.T) {
		v := rapid.SampledFrom(want).Draw(t, "v")
		if !v.IsValid() {
			t.Fatalf("%v is not valid", v)
		}
		text, err := v.MarshalText()
		if err != nil {
			t.Fatalf("%v.MarshalText: %v", v, err)
		}
		if string(text) != v.String() {
			t.Fatalf("%v.MarshalText = %q, want %q", v, text, v.String())
		}
		var back E
		if err := P(&back).UnmarshalText([]byte(randomCase(t, string(text)))); err != nil || back != v {
			t.Fatalf("UnmarshalText(%q) = %v, %v; want %v", text, back, err, v)
		}
		prefix := rapid.StringMatching(`[a-z]{0,4}`).Draw(t, "prefix")
		if b, err := v.AppendText([]byte(prefix)); err != nil || string(b) != prefix+v.String() {
			t.Fatalf("%v.AppendText(%q) = %q, %v", v, prefix, b, err)
		}
	})
	rapid.Check(t, func(t *rapid.T) {
		v := E(rapid.Uint8().Draw(t, "v"))
		valid := v >= 1 && int(v) <= len(want)
		if v.IsValid() != valid {
			t.Fatalf("%s(%d).IsValid() = %v", typ, v, !valid)
		}
		named := valid || v == 0 && zeroIsNone
		if _, err := v.MarshalText(); (err == nil) != named {
			t.Fatalf("%s(%d).MarshalText error = %v", typ, v, err)
		}
		if s := v.String(); !named && s != fmt.Sprintf("%%!%s(%d)", typ, v) {
			t.Fatalf("%s(%d).String() = %q", typ, v, s)
		}
	})
	if zeroIsNone {
		var zero E
		text, err := zero.MarshalText()
		var back E = want[0]
		if zero.IsValid() || zero.String() != "none" || err != nil || string(text) != "none" ||
			P(&back).UnmarshalText([]byte("None")) != nil || back != zero {
			t.Errorf("%s(0): valid %v, String %q, MarshalText %q, %v; reads back as %v", typ, zero.IsValid(), zero.String(), text, err, back)
		}
	}
	invalid := []E{0, E(len(want) + 1), 255}
	if zeroIsNone {
		invalid = invalid[1:]
	}
	for _, v := range invalid {
		if v.IsValid() {
			t.Errorf("%s(%d) is valid", typ, v)
		}
		if got, want := v.String(), "%!"+typ+"("; !strings.HasPrefix(got, want) {
			t.Errorf("%s(%d).String() = %q, want prefix %q", typ, v, got, want)
		}
		if _, err := v.MarshalText(); err == nil {
			t.Errorf("%s(%d).MarshalText succeeded", typ, v)
		}
	}
	for _, s := range []string{"", "bogus", "Sr", strings.Repeat("x", 100)} {
		v, err := parse(s)
		if !errors.Is(err, ErrUnknownValue) || v != 0 {
			t.Errorf("Parse%s(%q) = %v, %v; want 0 and ErrUnknownValue", typ, s, v, err)
		}
		old := want[0]
		if err := P(&old).UnmarshalText([]byte(s)); err == nil || old != want[0] {
			t.Errorf("UnmarshalText(%q) = %v, changed to %v", s, err, old)
		}
	}
}

func TestFrameworkParseTitle(t *testing.T) {
	f, err := Default().With(
		WithAlias("Staff PM", PrincipalProductManager),
		WithAlias("Head of Product", VPOfProduct),
		WithAlias("Director of Growth", DirectorOfProduct),
		WithAlias("Produktmanager", ProductManager),
		WithAlias("Technical Lead", SeniorProductManager),
		WithAlias("Director", DirectorOfProduct),
		WithAlias("Senior Director of Product", HeadOfProduct),
		WithAlias("Lead Product Owner", ProductOwner),
	)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []titleCase{
		{"alias", "Staff PM", Title{Role: PrincipalProductManager, Confidence: alias}, nil},
		{"alias/spelled-out", "staff product manager", Title{Role: PrincipalProductManager, Confidence: alias}, nil},
		{"alias/area", "Staff PM, Payments", Title{Role: PrincipalProductManager, Area: "Payments", Confidence: alias}, nil},
		{"alias/grade", "Staff PM II", Title{Role: PrincipalProductManager, Grade: 2, Confidence: alias}, nil},
		{"alias/modifiers", "Senior Technical Staff PM (Search)", Title{Role: PrincipalProductManager, Seniority: SenioritySenior, Specialty: SpecialtyTechnical, Area: "Search", Confidence: alias}, nil},
		{"alias/interim", "Acting Staff PM", Title{Role: PrincipalProductManager, Interim: true, Confidence: alias}, nil},
		{"alias/joined", "Staff PM-Payments", Title{Role: PrincipalProductManager, Area: "Payments", Confidence: alias}, nil},
		{"alias/qualifier", "Retail Staff PM", Title{Role: PrincipalProductManager, Qualifier: "Retail", Confidence: inferred}, nil},
		{"alias/seniority-after", "Staff PM, Senior", Title{Role: PrincipalProductManager, Seniority: SenioritySenior, Confidence: inferred}, nil},
		{"alias/rank", "Director", Title{Role: DirectorOfProduct, Confidence: alias}, nil},
		{"alias/rank-area", "Director, Payments", Title{Role: DirectorOfProduct, Area: "Payments", Confidence: alias}, nil},
		{"alias/rank-area-senior", "Senior Director (Payments, EMEA)", Title{Role: DirectorOfProduct, Seniority: SenioritySenior, Area: "Payments, EMEA", Confidence: alias}, nil},
		{"alias/rank-joined", "Director-Payments", Title{Role: DirectorOfProduct, Area: "Payments", Confidence: alias}, nil},
		{"alias/inverted-first", "Director, Growth, EMEA", Title{Role: DirectorOfProduct, Area: "EMEA", Confidence: alias}, nil},
		{"alias/inverted-built-in", "Director, Product Marketing", Title{Role: DirectorOfProductMarketing, Confidence: normalized}, nil},
		{"alias/rank-grade-area", "Director (V)", Title{Role: DirectorOfProduct, Area: "V", Confidence: alias}, nil},
		{"alias/rank-long-area", "Director, A B C D E F G H I J K L M N O P Q", Title{Role: DirectorOfProduct, Area: "A B C D E F G H I J K L M N O P Q", Confidence: alias}, nil},
		{"alias/starts-with-modifier", "Technical Lead", Title{Role: SeniorProductManager, Confidence: alias}, nil},
		{"alias/modifier-before-modifier", "Senior Technical Lead (Search)", Title{Role: SeniorProductManager, Seniority: SenioritySenior, Area: "Search", Confidence: alias}, nil},
		{"alias/specialty-stripped", "Growth Staff PM", Title{Role: PrincipalProductManager, Specialty: SpecialtyGrowth, Confidence: alias}, nil},
		{"alias/group-is-no-seniority", "Group Staff PM", Title{}, refused(ambiguous, "Staff")},
		{"alias/two-specialties", "AI Data Staff PM", Title{}, refused(ambiguous, "Staff")},
		{"alias/two-seniorities", "Senior Junior Staff PM", Title{}, refused(ambiguous, "Staff")},
		{"alias/wins", "Head of Product", Title{Role: VPOfProduct, Confidence: alias}, nil},
		{"alias/word-order", "Product Head", Title{Role: VPOfProduct, Confidence: alias}, nil},
		{"alias/product-management", "Head of Product Management", Title{Role: VPOfProduct, Confidence: alias}, nil},
		{"alias/normalised", "Sr. Director, Product Management", Title{Role: HeadOfProduct, Confidence: alias}, nil},
		{"alias/normalised-order", "Senior Product Director", Title{Role: HeadOfProduct, Confidence: alias}, nil},
		{"alias/ambiguous-word", "Lead PO, Loyalty", Title{Role: ProductOwner, Area: "Loyalty", Confidence: alias}, nil},
		{"alias/inverted", "Director, Growth", Title{Role: DirectorOfProduct, Confidence: alias}, nil},
		{"alias/unknown-word", "Produktmanager (Zahlungen)", Title{Role: ProductManager, Area: "Zahlungen", Confidence: alias}, nil},
		{"alias/area-never-matches", "Product Manager, Staff PM", Title{Role: ProductManager, Area: "Staff PM", Confidence: exact}, nil},
		{"rank-alias/other-function", "Director, Engineering", Title{}, refused(lookAlike, "Engineering")},
		{"rank-alias/other-function-of", "Director of Sales", Title{}, refused(lookAlike, "Sales")},
		{"rank-alias/other-function-first", "Finance Director, EMEA", Title{}, refused(lookAlike, "Finance")},
		{"rank-alias/other-function-joined", "Director-Engineering", Title{}, refused(lookAlike, "Engineering")},
		{"rank-alias/other-function-paren", "Senior Director (Engineering)", Title{}, refused(lookAlike, "Engineering")},
		{"rank-alias/marketing", "Director, Marketing", Title{}, refused(notInCatalogue, "")},
		{"rank-alias/design", "Director - Design, EMEA", Title{}, refused(lookAlike, "Design")},
		{"rank-alias/specialty", "Data Director", Title{}, refused(noFunction, "Director")},
		{"rank-alias/specialty-area", "Director, Platform", Title{}, refused(noFunction, "Director")},
		{"rank-alias/qualifier", "Metro Director", Title{}, refused(unknownWord, "Metro")},
		{"built-in", "Sr. PM", Title{Role: SeniorProductManager, Confidence: normalized}, nil},
		{"built-in/ambiguous", "Lead PM", Title{}, refused(ambiguous, "Lead", SeniorProductManager, PrincipalProductManager)},
		{"built-in/lookalike", "Project Manager", Title{}, refused(lookAlike, "Project")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := f.ParseTitle(tc.in)
			checkTitleErr(t, tc.in, err, tc.wantErr)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("ParseTitle(%q) mismatch (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

func TestFrameworkParseTitleUnusedRole(t *testing.T) {
	f, err := Default().With(WithRoles(ProductManager, SeniorProductManager, HeadOfProduct))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []titleCase{
		{"used", "Sr PM", Title{Role: SeniorProductManager, Confidence: normalized}, nil},
		{"unused", "Product Owner", Title{}, &TitleError{Reason: ReasonNotInFramework, Candidates: []Role{ProductOwner}}},
		{"unused-abbreviation", "APM", Title{}, &TitleError{Reason: ReasonNotInFramework, Candidates: []Role{AssociateProductManager}}},
		// Only the candidates the framework uses are offered.
		{"candidates-used", "Lead Product Manager", Title{}, refused(ambiguous, "Lead", SeniorProductManager)},
		{"candidates-none", "Staff Product Owner", Title{}, refused(ambiguous, "Staff")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := f.ParseTitle(tc.in)
			checkTitleErr(t, tc.in, err, tc.wantErr)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("ParseTitle(%q) mismatch (-want +got):\n%s", tc.in, diff)
			}
		})
	}
	_, err = f.ParseTitle("Product Owner")
	if want := `pmroles: unknown title "Product Owner": product-owner is not a role of this framework`; err == nil || err.Error() != want {
		t.Errorf("error = %v, want %s", err, want)
	}
}

func TestWithAliasErrors(t *testing.T) {
	base, err := Default().With(WithAlias("Staff PM", PrincipalProductManager))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		opts []Option
	}{
		{"empty", []Option{WithAlias("", ProductManager)}},
		{"blank", []Option{WithAlias(" \t", ProductManager)}},
		{"punctuation-only", []Option{WithAlias("--", ProductManager)}},
		{"of-only", []Option{WithAlias("of Of", ProductManager)}},
		{"interim-only", []Option{WithAlias("Interim", ProductManager)}},
		{"zero-role", []Option{WithAlias("Product Ninja", Role{})}},
		{"unknown-company-role", []Option{WithAlias("Product Ninja", companyRole("ninja"))}},
		{"conflict-in-base", []Option{WithAlias("staff product manager", SeniorProductManager)}},
		{"conflict-in-call", []Option{WithAlias("Lead PM", SeniorProductManager), WithAlias("lead pm", GroupProductManager)}},
		{"conflict-normalised", []Option{WithAlias("Senior Director of Product", HeadOfProduct), WithAlias("Sr. Director, Product Management", VPOfProduct)}},
		{"area", []Option{WithAlias("Lead PM, Payments", SeniorProductManager)}},
		{"trailing-separator", []Option{WithAlias("Lead PM,", SeniorProductManager)}},
		{"grade", []Option{WithAlias("Lead PM 2", SeniorProductManager)}},
		{"too-long", []Option{WithAlias(strings.Repeat("x", jobtitle.MaxLen+1), SeniorProductManager)}},
		{"too-many-words", []Option{WithAlias(strings.Repeat("x ", jobtitle.MaxTokens+1), SeniorProductManager)}},
		{"nul", []Option{WithAlias("Staff\x00PM", SeniorProductManager)}},
		{"escape", []Option{WithAlias("\x1b[2JLead PM", SeniorProductManager)}},
		{"control", []Option{WithAlias("Lead\rPM", SeniorProductManager)}},
		{"invalid-utf8", []Option{WithAlias("Lead \xff PM", SeniorProductManager)}},
		{"bidi", []Option{WithAlias("Lead \u202ePM", SeniorProductManager)}},
		{"unused-role", []Option{WithRoles(ProductManager), WithAlias("Lead PM", SeniorProductManager)}},
		{"unused-role-later", []Option{WithAlias("Lead PM", SeniorProductManager), WithRoles(ProductManager, PrincipalProductManager)}},
		{"unused-role-of-base", []Option{WithRoles(ProductManager)}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, err := base.With(tc.opts...)
			if err == nil || f != nil {
				t.Fatalf("With = %v, %v; want nil and an error", f, err)
			}
			if !errors.Is(err, ErrInvalidAlias) || !errors.Is(err, ErrInvalidFramework) {
				t.Errorf("error %v does not wrap ErrInvalidAlias and ErrInvalidFramework", err)
			}
			// With joins the errors of a framework, one a line.
			for _, msg := range strings.Split(err.Error(), "\n") {
				if !strings.HasPrefix(msg, "pmroles: ") || strings.Count(msg, "pmroles:") != 1 || strings.Contains(msg, "%!") {
					t.Errorf("error %q: want one package prefix and no formatting noise", msg)
				}
				if len(msg) > 300 || strings.ContainsAny(msg, "\x00\x1b\r") {
					t.Errorf("error %q: want a short, quoted message", msg)
				}
			}
		})
	}
}

func TestWithAliasErrorMessages(t *testing.T) {
	for _, tc := range []struct {
		opts    []Option
		pointer string
		want    string
	}{
		{[]Option{WithAlias("Product Ninja", companyRole("ninja"))}, "/aliases/0/role",
			`invalid alias "Product Ninja": unknown role "ninja" (this framework's closest: head-of-product-analytics, associate-product-manager, product-manager)`},
		{[]Option{WithAlias("Staff PM", PrincipalProductManager), WithAlias("staff product manager", SeniorProductManager)}, "/aliases/1/title",
			`invalid alias "staff product manager": alias "Staff PM" already maps it to principal-product-manager`},
		{[]Option{WithAlias("Staff\x00PM", SeniorProductManager)}, "/aliases/0/title",
			`invalid alias "Staff\x00PM": it holds a control character`},
		{[]Option{WithRoles(ProductManager), WithAlias("Lead PM", SeniorProductManager)}, "/aliases/0/role",
			`invalid alias "Lead PM": unknown role "senior-product-manager" (this framework has product-manager)`},
	} {
		_, err := Default().With(tc.opts...)
		fes := frameworkErrors(err)
		if len(fes) != 1 || fes[0].Pointer != tc.pointer || strings.TrimPrefix(fes[0].Err.Error(), "pmroles: ") != tc.want {
			t.Errorf("With error:\n got %v\nwant %s: %s", err, tc.pointer, tc.want)
		}
	}
	if _, err := Default().With(WithAlias("Product Ninja", Role{})); !errors.Is(err, ErrInvalidAlias) {
		t.Errorf("WithAlias of the zero Role: %v", err)
	}
}

func TestWithAliasIdempotent(t *testing.T) {
	f, err := Default().With(WithAlias("Staff PM", PrincipalProductManager), WithAlias("staff  product manager", PrincipalProductManager),
		WithAlias("Interim Staff PM", PrincipalProductManager))
	if err != nil {
		t.Fatal(err)
	}
	if all, packed := f.aliases.Len(); all != 1 || packed != 1 {
		t.Errorf("%d aliases, %d packed; want 1 and 1", all, packed)
	}
}

func TestWithAliasImmutable(t *testing.T) {
	base := Default()
	f1, err := base.With(WithAlias("Staff PM", PrincipalProductManager), WithAlias("Lead PM", SeniorProductManager))
	if err != nil {
		t.Fatal(err)
	}
	// Two frameworks built on f1 each add an alias that sorts between
	// f1's: neither may see the other's, nor change f1.
	f2, err := f1.With(WithAlias("Product Lead", ProductManager))
	if err != nil {
		t.Fatal(err)
	}
	f3, err := f1.With(WithAlias("Product Lead", GroupProductManager))
	if err != nil {
		t.Fatal(err)
	}
	check := func(f *Framework, name, in string, want Role) {
		t.Helper()
		got, err := f.ParseTitle(in)
		if want == (Role{}) {
			if !errors.Is(err, ErrUnknownTitle) {
				t.Errorf("%s.ParseTitle(%q) = %+v, %v; want ErrUnknownTitle", name, in, got, err)
			}
			return
		}
		if err != nil || got.Role != want {
			t.Errorf("%s.ParseTitle(%q) = %+v, %v; want %v", name, in, got, err, want)
		}
	}
	check(base, "base", "Staff PM", Role{})
	check(base, "base", "Product Lead", Role{})
	check(f1, "f1", "Staff PM", PrincipalProductManager)
	check(f1, "f1", "Lead PM", SeniorProductManager)
	check(f1, "f1", "Product Lead", Role{})
	check(f2, "f2", "Product Lead", ProductManager)
	check(f3, "f3", "Product Lead", GroupProductManager)
	check(f2, "f2", "Staff PM", PrincipalProductManager)
	check(f3, "f3", "Lead PM", SeniorProductManager)
	if _, err := ParseTitle("Staff PM"); !errors.Is(err, ErrUnknownTitle) {
		t.Errorf("package ParseTitle(%q) = %v; want ErrUnknownTitle: aliases belong to frameworks", "Staff PM", err)
	}
}

func TestFrameworkParseTitleConcurrent(t *testing.T) {
	f, err := Default().With(WithAlias("Staff PM", PrincipalProductManager))
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 200 {
				for _, in := range benchTitles {
					if _, err := f.ParseTitle(in); err != nil {
						errs <- err
						return
					}
				}
				if got, err := f.ParseTitle("Staff PM"); err != nil || got.Role != PrincipalProductManager {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func TestNormalizeTitles(t *testing.T) {
	f, err := Default().With(WithRoles(ProductManager, SeniorProductManager, PrincipalProductManager, DirectorOfProduct))
	if err != nil {
		t.Fatal(err)
	}
	batch := []string{
		"Product Manager", "Sr. PM", "Senior Product Manager, Payments", "Omnichannel Product Manager",
		"Director, Product Management", "PM",
		"Lead Product Manager", "lead PM", "Lead Product Mgr (Search)", "Staff PM",
		"Software Engineer", "Software Engineer", "Project Manager",
		"Product Owner", "Product Owner", "",
		"Produktmanager", "produktmanager", "Forklift Associate",
	}
	got := f.NormalizeTitles(slices.Values(batch))
	want := &TitleReport{
		Titles: 19, Accepted: 6, Review: 2,
		Roles: []RoleCount{
			{Role: ProductManager, Count: 3, Review: 2},
			{Role: SeniorProductManager, Count: 2},
			{Role: DirectorOfProduct, Count: 1},
		},
		Refused: []RefusalGroup{
			{Reason: ReasonAmbiguous, Count: 4, Forms: []TitleForm{
				{Form: "lead product manager", Example: "Lead Product Manager", Word: "Lead", Count: 3, Suggest: SeniorProductManager},
			}},
			// Equal counts keep the order of the reasons.
			{Reason: ReasonUnknownWord, Count: 3, Forms: []TitleForm{
				{Form: "produktmanager", Example: "Produktmanager", Word: "Produktmanager", Count: 2},
			}},
			{Reason: ReasonLookAlike, Count: 3, Forms: []TitleForm{
				{Form: "software engineer", Example: "Software Engineer", Word: "Engineer", Count: 2},
			}},
			{Reason: ReasonNotInFramework, Count: 2, Forms: []TitleForm{
				{Form: "product owner", Example: "Product Owner", Count: 2},
			}},
			{Reason: ReasonEmpty, Count: 1},
		},
	}
	if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("NormalizeTitles mismatch (-want +got):\n%s", diff)
	}
}

// A batch of distinct titles is counted in full, with bounded memory: no
// form recurs, so none is listed.
func TestNormalizeTitlesDistinct(t *testing.T) {
	const n = 30_000
	titles := func(yield func(string) bool) {
		for i := range n {
			if !yield(fmt.Sprintf("Widget%d Wrangler", i)) {
				return
			}
		}
	}
	got := Default().NormalizeTitles(titles)
	if got.Titles != n || got.Accepted != 0 || len(got.Refused) != 1 || got.Refused[0].Count != n || len(got.Refused[0].Forms) != 0 {
		t.Errorf("NormalizeTitles of %d distinct titles = %+v", n, got)
	}
	if got := Default().NormalizeTitles(slices.Values([]string(nil))); got.Titles != 0 || got.Roles != nil || got.Refused != nil {
		t.Errorf("NormalizeTitles of nothing = %+v", got)
	}
}

// The forms listed are the most frequent, at most MaxReportForms.
func TestNormalizeTitlesFormsCapped(t *testing.T) {
	var batch []string
	for i := range MaxReportForms + 5 {
		for range i%3 + 2 {
			batch = append(batch, fmt.Sprintf("Gizmo%c Wrangler", 'a'+i))
		}
	}
	got := Default().NormalizeTitles(slices.Values(batch))
	forms := got.Refused[0].Forms
	if len(forms) != MaxReportForms {
		t.Fatalf("%d forms, want %d", len(forms), MaxReportForms)
	}
	if !slices.IsSortedFunc(forms, func(a, b TitleForm) int { return b.Count - a.Count }) || forms[0].Count != 4 {
		t.Errorf("forms not by count, most first: %+v", forms)
	}
}

// benchTitles is a realistic mix of titles that parse.
var benchTitles = []string{
	"Product Manager",
	"Senior Product Manager, Payments",
	"Sr. PM",
	"PM - Growth",
	"Product Manager (Platform)",
	"Associate Product Manager",
	"Junior Product Manager",
	"Principal Product Manager",
	"Group Product Manager, Consumer",
	"Technical Product Manager II",
	"Senior Technical Product Manager",
	"AI Product Manager",
	"Director of Product",
	"Director, Product Management",
	"Sr. Director, Product Management – Payments",
	"Head of Product",
	"Product Head",
	"VP, Product",
	"SVP Product",
	"Vice President of Product Management",
	"Chief Product Officer",
	"Chief of Product",
	"CPO",
	"Product Owner",
	"Senior Product Marketing Manager",
	"Director of UX",
	"Head of Product Analytics",
}

// benchTitlesInferred are titles that parse by setting words aside.
var benchTitlesInferred = []string{
	"Omnichannel Product Manager",
	"Sr Retail Banking Product Manager - Cards",
	"Product Manager-Payments",
	"Sr. Product Manager-Technical, Checkout",
	"Product Manager Cookware",
	"Consumer Electronics - Product Manager",
	"VP, Wearable Products",
	"Product Manager, Senior",
	"Principal, Product Management",
	"Interim Head of Product",
	"Product Manager, Maps (Transit)",
	"PM, Ops Integration",
}

// benchRefused is a mix of titles refused for every reason.
var benchRefused = []string{
	"Forklift Associate",
	"Registered Nurse - ICU Nights",
	"Project Manager",
	"Senior Software Engineer, Payments",
	"Lead Product Manager",
	"Manager, Product Management",
	"Chief Product & Technology Officer",
	"Director",
	"VP of Product Marketing",
	"Sales Product Owner",
	"Product Manager (Intern)",
	"Hiring Event - PM",
	"",
	strings.Repeat("Product Manager ", 20),
}

func BenchmarkParseTitle(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		for _, in := range benchTitles {
			if _, err := ParseTitle(in); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(benchTitles)), "ns/title")
}

func BenchmarkParseTitleInferred(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		for _, in := range benchTitlesInferred {
			if _, err := ParseTitle(in); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(benchTitlesInferred)), "ns/title")
}

func BenchmarkFrameworkParseTitle(b *testing.B) {
	f, err := Default().With(
		WithAlias("Staff PM", PrincipalProductManager),
		WithAlias("Lead PM", SeniorProductManager),
		WithAlias("Product Lead", ProductManager),
	)
	if err != nil {
		b.Fatal(err)
	}
	mix := append([]string{"Staff PM, Payments", "Senior Staff PM", "Lead PM II"}, benchTitles...)
	b.ReportAllocs()
	for b.Loop() {
		for _, in := range mix {
			if _, err := f.ParseTitle(in); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(mix)), "ns/title")
}

// BenchmarkParseTitleRefused measures refusals, which allocate their
// error and nothing else: the message is built when asked for.
func BenchmarkParseTitleRefused(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		for _, in := range benchRefused {
			if _, err := ParseTitle(in); err == nil {
				b.Fatalf("ParseTitle(%q) succeeded", in)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(benchRefused)), "ns/title")
}

func BenchmarkNormalizeTitles(b *testing.B) {
	batch := slices.Concat(benchTitles, benchTitlesInferred, benchRefused)
	f := Default()
	b.ReportAllocs()
	for b.Loop() {
		f.NormalizeTitles(slices.Values(batch))
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(batch)), "ns/title")
}

// TestJobtitleMirrors: the machinery's mirrored enumerations agree with
// the package's, value for value.
func TestJobtitleMirrors(t *testing.T) {
	for r := range Roles() {
		if got := Default().jtRole(r).Title(); got != r.Title() {
			t.Errorf("jobtitle role %v is %q, pmroles says %q", r, got, r.Title())
		}
		if catalogueRoleOf(Default().jtRole(r)) != r || Default().roleOf(Default().jtRole(r)) != r {
			t.Errorf("role %v does not convert back", r)
		}
	}
	if jobtitle.Role(numRoles+1).Title() != "" || jobtitle.HeadOfProductAnalytics != Default().jtRole(HeadOfProductAnalytics) {
		t.Error("jobtitle has a different number of roles")
	}
	pairs := []struct{ got, want uint8 }{
		{uint8(jobtitle.SeniorityJunior), uint8(SeniorityJunior)},
		{uint8(jobtitle.SeniorityExecutive), uint8(SeniorityExecutive)},
		{uint8(jobtitle.SeniorityExecutive), uint8(numSeniorities)},
		{uint8(jobtitle.SpecialtyTechnical), uint8(SpecialtyTechnical)},
		{uint8(jobtitle.SpecialtyAI), uint8(SpecialtyAI)},
		{uint8(jobtitle.SpecialtyAI), uint8(numSpecialties)},
		{uint8(jobtitle.ConfidenceExact), uint8(ConfidenceExact)},
		{uint8(jobtitle.ConfidenceAlias), uint8(ConfidenceAlias)},
		{uint8(jobtitle.ConfidenceInferred), uint8(ConfidenceInferred)},
		{uint8(jobtitle.ConfidenceUncertain), uint8(ConfidenceUncertain)},
		{uint8(jobtitle.ConfidenceUncertain), uint8(numConfidences)},
		{uint8(jobtitle.ReasonUnknownWord), uint8(ReasonUnknownWord)},
		{uint8(jobtitle.ReasonLookAlike), uint8(ReasonLookAlike)},
		{uint8(jobtitle.ReasonAmbiguous), uint8(ReasonAmbiguous)},
		{uint8(jobtitle.ReasonCombined), uint8(ReasonCombined)},
		{uint8(jobtitle.ReasonNoFunction), uint8(ReasonNoFunction)},
		{uint8(jobtitle.ReasonNotInCatalogue), uint8(ReasonNotInCatalogue)},
		{uint8(jobtitle.ReasonNotInFramework), uint8(ReasonNotInFramework)},
		{uint8(jobtitle.ReasonEmpty), uint8(ReasonEmpty)},
		{uint8(jobtitle.ReasonTooLong), uint8(ReasonTooLong)},
		{uint8(jobtitle.ReasonTooLong), uint8(numTitleReasons)},
	}
	for i, p := range pairs {
		if p.got != p.want {
			t.Errorf("mirror %d: jobtitle has %d, pmroles %d", i, p.got, p.want)
		}
	}
}
