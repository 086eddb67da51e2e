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
// # Errors
//
// Every error message starts with "pmroles: " and quotes the offending
// input. Errors wrap sentinels such as [ErrUnknownRole] for [errors.Is].
// Bad input never panics and never yields a half-built value.
package pmroles
