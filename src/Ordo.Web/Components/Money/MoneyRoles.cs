using Ordo.Domain.Identity;

namespace Ordo.Web.Components.Money;

/// <summary>Role lists for whole money pages; buttons on an order follow the order's allowed actions.</summary>
public static class MoneyRoles
{
    public const string Accounting = Roles.Accountant + "," + Roles.Admin;
}
