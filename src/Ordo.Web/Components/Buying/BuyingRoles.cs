using Ordo.Domain.Identity;

namespace Ordo.Web.Components.Buying;

/// <summary>Who opens the buying desk; what each may do on it follows the orders' rules (assign, claim).</summary>
public static class BuyingRoles
{
    public const string Desk = Roles.OrderManager + "," + Roles.OrderingStaff + "," + Roles.Admin;
}
