using Ordo.Domain.Identity;

namespace Ordo.Web.Components.Logistics;

/// <summary>Who opens the warehouse screens; what each may do there is the logistics rules' to say.</summary>
public static class LogisticsRoles
{
    /// <summary>The China warehouse's scan: its staff and the forwarding manager (LogisticsRules.MayReceiveInChina), and an admin.</summary>
    public const string ChinaScan = Roles.ChinaWarehouse + "," + Roles.ForwardingManager + "," + Roles.Admin;
}
