using Ordo.Domain.Identity;

namespace Ordo.Web.Components.Logistics;

/// <summary>Who opens the warehouse screens; what each may do there is the logistics rules' to say.</summary>
public static class LogisticsRoles
{
    /// <summary>The China warehouse's scan: its staff and the forwarding manager (LogisticsRules.MayReceiveInChina), and an admin.</summary>
    public const string ChinaScan = Roles.ChinaWarehouse + "," + Roles.ForwardingManager + "," + Roles.Admin;

    /// <summary>The parcel claims' desk: whoever may match parcels (LogisticsRules.MayMatchParcels): the warehouse, the forwarding manager, customer care, an admin.</summary>
    public const string ClaimDesk = Roles.ChinaWarehouse + "," + Roles.ForwardingManager + "," + Roles.CsManager + "," + Roles.CsStaff + "," + Roles.Admin;

    /// <summary>The Vietnam warehouse's receipt: its staff and the forwarding manager (LogisticsRules.MayWorkInVietnam), and an admin.</summary>
    public const string VietnamDesk = Roles.VietnamWarehouse + "," + Roles.ForwardingManager + "," + Roles.Admin;

    /// <summary>Stocktakes: either warehouse's staff and the forwarding manager (LogisticsRules.MayTakeStock), and an admin.</summary>
    public const string Stocktake = Roles.ChinaWarehouse + "," + Roles.VietnamWarehouse + "," + Roles.ForwardingManager + "," + Roles.Admin;

    /// <summary>Releases and delivery runs: the forwarding manager (LogisticsRules.MayManageForwarding), and an admin.</summary>
    public const string ForwardingDesk = Roles.ForwardingManager + "," + Roles.Admin;

    /// <summary>The delivery runs' screen: the drivers, the forwarding manager, the accountant who takes in their cash, and an admin.</summary>
    public const string DeliveryRuns = Roles.Delivery + "," + Roles.ForwardingManager + "," + Roles.Accountant + "," + Roles.Admin;

    /// <summary>Whoever sees one of the warehouse screens above: the menu's warehouse heading.</summary>
    public const string AnyWarehouseScreen = Roles.ChinaWarehouse + "," + Roles.VietnamWarehouse + "," + Roles.ForwardingManager + "," + Roles.CsManager + ","
        + Roles.CsStaff + "," + Roles.Delivery + "," + Roles.Accountant + "," + Roles.Admin;
}
