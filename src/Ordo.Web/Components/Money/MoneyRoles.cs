using Ordo.Domain.Identity;

namespace Ordo.Web.Components.Money;

/// <summary>Role lists for the money pages (the use cases still check every action).</summary>
public static class MoneyRoles
{
    public const string Accounting = Roles.Accountant + "," + Roles.Admin;

    /// <summary>Who sees the supplementary charge and credit button on an order.</summary>
    public const string OrderCharges = Roles.CsManager + "," + Roles.CsStaff + "," + Roles.OrderManager + "," + Roles.OrderingStaff + "," + Roles.Accountant + "," + Roles.Admin;
}
