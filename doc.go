// Package pmroles models product-management roles as typed, validated,
// executable data: who a role is, what it may decide and at what breadth,
// how people move between roles, and who is responsible, accountable,
// consulted and informed for each product activity.
//
// # Roles
//
// A [Role] names a role. The catalogue holds fourteen, from
// [AssociateProductManager] to [ChiefProductOfficer], plus the roles beside
// the ladder such as [ProductOwner] and [DirectorOfUX]; like ISO codes,
// they are the interchange layer two HR systems compare people through.
// Each catalogue role knows its text ID, display title, [Track], [Level],
// [Discipline] and responsibilities:
//
//	r := pmroles.MustParseRole("senior-product-manager")
//	fmt.Println(r.Title(), r.Track(), r.Level()) // Senior Product Manager ic L3
//
// A company may define roles of its own, each a variant of a catalogue
// role: a Staff PM anchored to the principal product manager, a Senior
// Director of Product to the director. One Role type names both kinds: a
// Role is a small comparable handle to its ID, equal across frameworks
// when the IDs are, and printing itself without its framework. What a
// company role is (its level, grade, title, authority) is its framework's:
// see [Framework.Canonical] and [Framework.Level].
//
// # Job titles
//
// [ParseTitle] maps a free-text job title onto the catalogue, keeping what
// else the title says: a [Seniority], a [Specialty], a grade, a qualifier
// ("Digital", "B2B"), an area and whether it is interim. It reads the
// titles real exports hold: abbreviations, word orders, joined separators
// ("Product Manager-Growth"), inverted seniority, Unicode spaces. It refuses
// look-alikes such as project managers and chief procurement officers with
// a [*TitleError] that wraps [ErrUnknownTitle] and says why as data: a
// [TitleReason], and for an ambiguous title ("Lead Product Manager") the
// candidate roles. A [Confidence] tells a clean reading from one a person
// should review (a bare "PO", a reordered title):
//
//	t, err := pmroles.ParseTitle("Sr. Technical PM II, Payments")
//	// t.Role == pmroles.SeniorProductManager, t.Specialty == pmroles.SpecialtyTechnical,
//	// t.Grade == 2, t.Area == "Payments"
//
// A company's own titles ("Staff PM") are aliases of a [Framework]; see
// [WithAlias] and [Framework.ParseTitle]. An alias of a rank alone
// ("Director") never captures a title that names another function
// ("Director, Engineering"). [Framework.NormalizeTitles] reads a whole
// column of an HR export and reports what it found and what to alias.
//
// # Authority
//
// A role's [Authority] says, for each [Decision] (vision, pricing, hiring,
// ...), the widest [Scope] it may decide at, from [Feature] to [Company],
// and optionally a monetary limit. Authorities are small immutable values;
// [Authority.Allows] is one bit test and [Authority.Contains] a few
// instructions, so a service can ask on every request:
//
//	f := pmroles.Default()
//	f.Can(pmroles.SeniorProductManager, pmroles.Pricing, pmroles.ProductLine) // true
//	f.Escalate(pmroles.Acquisitions, pmroles.Company)                        // chief-product-officer
//
// The default grants follow the source articles: a product manager decides
// strategy, requirements, go-to-market, pricing, positioning and lifecycle
// for its product; scopes widen with level; the chief product officer holds
// everything company-wide. A [Framework] refuses grants that escape its top
// role's authority ([AuthorityError]).
//
// # Frameworks
//
// A [Framework] is a company's job architecture: the roles it uses, on its
// own level scale of up to [MaxLevel] levels with grade labels, their
// authority, which roles may manage which, the career ladder between them,
// its job-title aliases, competencies, RACI functions and chart. It comes
// in two forms, as a regular expression has a pattern and a compiled
// Regexp: a [Spec], plain data that mirrors a JSON document member for
// member ("version": "pmroles/v1"), which the company owns, versions and
// reviews; and the compiled *Framework, immutable, validated and safe for
// concurrent use, which answers the queries:
//
//	f, err := pmroles.ParseFramework(data) // or pmroles.Compile(spec)
//	staff, _ := f.ParseRole("staff-product-manager")
//	f.Canonical(staff)                                // principal-product-manager
//	f.Can(staff, pmroles.Strategy, pmroles.Portfolio) // true
//
// Compiling reports every problem at once, each a [*FrameworkError] with
// the RFC 6901 JSON Pointer of the value at fault ("/roles/3/canonical")
// and, from a document, its byte offset. [Framework.MarshalJSON] writes the
// complete document back, every default spelled out, in a fixed order
// that diffs well; [Schema] returns its JSON Schema. [Default], [Startup]
// and [ScaleUp] are such documents, embedded in the package and compiled
// the same way. [Framework.With] edits a framework's Spec with options
// such as [WithRoles], [WithAlias], [WithAuthority], [WithLimit] and
// [WithTransitions], and compiles the result.
//
// A framework keeps the invariants of the design: its top role's
// authority contains every role's; a role that may manage another
// outranks it and contains its authority; a promotion never lowers the
// level or loses authority; every activity of its RACI chart has exactly
// one accountable party, which holds the activity's decision.
//
// # Career ladders
//
// A framework's [Ladder] holds the moves between roles: promotions, track
// changes between individual contributor and management, and equivalent
// roles, each with [Criteria] in years and [Competency] values.
// [Ladder.Check] reports every unmet requirement of a [Candidate] at once
// in a [TransitionError]; [Ladder.Path] finds the fewest steps between two
// roles; [Ladder.WriteMermaid] and [Ladder.WriteDOT] draw the ladder. A
// ladder is validated when its framework is built: no promotion cycles, no
// promotion that lowers the level or loses authority, every role reachable
// from an entry role. [Default], [ScaleUp] and [Startup] are ready
// frameworks of different sizes.
//
//	c := pmroles.Candidate{Role: pmroles.ProductManager, YearsExperience: 3}
//	err := pmroles.Default().Ladder().Check(c, pmroles.SeniorProductManager)
//	// errors.Is(err, pmroles.ErrNotEligible): needs 4 years, has 3; lacks ...
//
// # RACI matrices
//
// A [Matrix] says who is Responsible, Accountable, Consulted, Informed
// (and, for RASCI, Support) for each product [Activity]. Its columns are
// parties: roles, or cross-functional functions such as [Engineering].
// [ParseMatrixCSV] and [ParseMatrixMarkdown] read charts kept in a
// repository; [Matrix.Validate] checks exactly one A and at least one R
// per activity, and [Framework.ValidateMatrix] that the A of a decision
// holds the authority to take it. Every problem is a [MatrixError] that
// names its row and column. [Framework.RACI] is a default
// product-lifecycle matrix taken from the source articles.
//
//	m, err := pmroles.ParseMatrixCSV(file)
//	if err == nil {
//		err = pmroles.Default().ValidateMatrix(m)
//	}
//	// pmroles: RACI matrix: row 5, column 5 (activity "Pricing", party "product-manager"):
//	// product-manager is accountable, but may not decide pricing at portfolio scope
//
// A team fixing its chart wants every problem in one round:
// [Framework.ReadChartCSV] and [Framework.ReadChartMarkdown] read a chart
// and check it against the rules and the framework's authority in one
// pass, and the [Chart] they return is written back by
// [Chart.WriteMarkdown] with each problem marked at its cell.
//
// Reading is bounded, so that hostile input costs little: at most
// [MaxMatrixBytes] of input, [MaxMatrixParties] parties,
// [MaxMatrixActivities] activities, names of [MaxActivityName] bytes and
// cells of 1 KiB; sizes are checked before anything is allocated by
// them, and an error lists the first [MaxMatrixProblems] problems and
// counts the others. [Matrix.WriteCSV] writes no field a spreadsheet
// would run as a formula.
//
// # Organisations
//
// An [Org] is people and their reporting lines, read from an HR export in
// CSV or JSON ([Framework.ReadOrgCSV], [Framework.ReadOrgJSON], headers as
// HR systems write them) or built from [Person] values
// ([Framework.NewOrg]), and kept with the framework it answers in.
// [Org.Validate] reports every problem at once, each an [*OrgError] naming
// the person, the line and the [OrgRule] broken: duplicate IDs, unknown
// managers, reporting cycles, several roots, unknown titles and roles, a
// report who outranks its manager or whom the reporting rules forbid it to
// manage, a span of control exceeded, a product no one may decide for. Its
// queries answer for people: [Org.Chain], [Org.Reports], [Org.Count],
// [Org.Eligible] (who may be promoted now), [Org.Decider] (who decides
// pricing for Checkout?) and [Org.Approver]. Everything takes time linear
// in the number of people: two million validate in seconds.
//
//	o, err := f.ReadOrgCSV(file)
//	if err == nil {
//		err = o.Validate()
//	}
//	who, _ := o.Decider("Checkout", pmroles.Pricing, pmroles.Product)
//
// # Errors
//
// Every error message starts with "pmroles: " and quotes the offending
// input, shortened when it is long. Errors wrap sentinels such as
// [ErrUnknownRole] for [errors.Is]; an unknown value's error lists the
// valid values, or the closest ones when there are many. Functions that
// check a whole document or chart report every problem at once, up to a
// bound ([MaxProblems], [MaxMatrixProblems]) and a count of the rest. Bad
// input never panics and never yields a half-built value.
//
// # Sources
//
// The catalogue's duties, default authority, ladder bars and RACI chart
// come from five public web articles, cited in the code by these names:
//
//   - the CPO authority article: the chief product officer's
//     responsibilities and decision-making authority, and the product
//     manager's authority over its product (strategy, requirements,
//     go-to-market, pricing, positioning, lifecycle);
//   - the CPO versus PM article: the duties and skills of a chief product
//     officer compared with those of a product manager;
//   - the CPO career article: what a CPO, a head of product and a VP of
//     product do, from roadmapping and budgeting to hiring, and the four
//     to five years of experience a senior position asks;
//   - the head of product article: the difference between a CPO, a head
//     of product and a VP of product, the individual and people-management
//     paths, and product roles in a startup;
//   - the product levels article: the product roles from associate to
//     chief, including the principal PM, the Scrum product owner and the
//     leaders a CPO supervises.
//
// Ladder bars also cite GitLab's public product management career
// development framework; figures no source gives are marked as our
// default.
package pmroles
