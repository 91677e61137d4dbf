using Ordo.Domain.Identity;

namespace Ordo.Web.Components.Customers;

/// <summary>Who opens the customer directory (the use case still checks every call; only an admin edits terms).</summary>
public static class CustomerRoles
{
    public const string Directory = Roles.CsManager + "," + Roles.Accountant + "," + Roles.Admin;
}
