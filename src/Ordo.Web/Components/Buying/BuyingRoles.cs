using Ordo.Domain.Identity;

namespace Ordo.Web.Components.Buying;

/// <summary>Role lists for whole buying pages (as <see cref="Domain.Buying.BuyingRules"/> says); buttons on an order follow its allowed actions.</summary>
public static class BuyingRoles
{
    public const string LateOrders = Roles.OrderManager + "," + Roles.OrderingStaff + "," + Roles.Admin;
}
