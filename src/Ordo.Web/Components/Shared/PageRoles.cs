using Ordo.Domain.Identity;

namespace Ordo.Web.Components.Shared;

/// <summary>Role lists for <c>[Authorize(Roles = ...)]</c> on pages (the domain still checks every action).</summary>
public static class PageRoles
{
    public const string Staff =
        Roles.CsManager + "," + Roles.CsStaff + "," + Roles.OrderManager + "," + Roles.OrderingStaff + "," +
        Roles.Accountant + "," + Roles.ForwardingManager + "," + Roles.ChinaWarehouse + "," +
        Roles.VietnamWarehouse + "," + Roles.Delivery + "," + Roles.Admin;

    public const string Customer = Roles.Customer;

    public const string Admin = Roles.Admin;
}
