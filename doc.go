// Package pmroles models product-management roles as typed, validated,
// executable data: who a role is, what it may decide and at what breadth,
// how people move between roles, and who is responsible, accountable,
// consulted and informed for each product activity.
//
// # Roles
//
// A [Role] is one of a closed catalogue of fourteen roles, from
// [AssociateProductManager] to [ChiefProductOfficer], plus the roles beside
// the ladder such as [ProductOwner] and [DirectorOfUX]. Each role knows its
// text ID, display title, [Track], [Level], [Discipline] and
// responsibilities:
//
//	r := pmroles.MustParseRole("senior-product-manager")
//	fmt.Println(r.Title(), r.Track(), r.Level()) // Senior Product Manager ic L3
//
// # Job titles
//
// [ParseTitle] maps a free-text job title onto the catalogue, keeping what
// else the title says: a [Seniority], a [Specialty], a grade and an area.
// It reads abbreviations and word orders, and refuses look-alikes such as
// project managers and chief procurement officers with an error wrapping
// [ErrUnknownTitle] that says why:
//
//	t, err := pmroles.ParseTitle("Sr. Technical PM II, Payments")
//	// t.Role == pmroles.SeniorProductManager, t.Specialty == pmroles.SpecialtyTechnical,
//	// t.Grade == 2, t.Area == "Payments"
//
// A company's own titles ("Staff PM") are aliases of a [Framework]; see
// [WithAlias] and [Framework.ParseTitle].
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
// A [Framework] bundles the roles a company uses with their title aliases,
// authority and career ladder. It is immutable and safe for concurrent
// use; [Framework.With] derives a new one from options such as
// [WithRoles], [WithAlias], [WithAuthority], [WithLimit] and
// [WithTransitions], and validates it, reporting every problem at once.
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
// from an entry role. [Startup], [ScaleUp] and [Enterprise] are ready
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
// # Errors
//
// Every error message starts with "pmroles: " and quotes the offending
// input. Errors wrap sentinels such as [ErrUnknownRole] for [errors.Is].
// Bad input never panics and never yields a half-built value.
package pmroles
