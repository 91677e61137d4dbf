using Ordo.Domain.Common;
using Ordo.Domain.Identity;

namespace Ordo.Domain.Logistics;

/// <summary>
/// Who may do what in the warehouses: the administrator keeps the list of warehouses; a warehouse's own staff (China
/// or Vietnam) and the forwarding manager work in it; staff see parcels, a customer only their own.
/// </summary>
public static class LogisticsRules
{
    public static void EnsureMayManageWarehouses(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsAdmin)
        {
            throw new ForbiddenActionException(LogisticsErrors.RoleNotAllowed, "Only the administrator keeps the list of warehouses.");
        }
    }

    /// <summary>Receiving parcels from the shops: the China warehouse's staff and the forwarding manager.</summary>
    public static bool MayReceiveInChina(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsAnyOf(Roles.ChinaWarehouse, Roles.ForwardingManager);
    }

    public static void EnsureMayReceiveInChina(Actor actor)
    {
        if (!MayReceiveInChina(actor))
        {
            throw new ForbiddenActionException(LogisticsErrors.RoleNotAllowed, "Only the China warehouse's staff and the forwarding manager receive parcels.");
        }
    }

    /// <summary>Giving a parcel its order: the China warehouse, the forwarding manager, and customer care (who hear from the customer).</summary>
    public static void EnsureMayMatchParcels(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsAnyOf(Roles.ChinaWarehouse, Roles.ForwardingManager, Roles.CsManager, Roles.CsStaff))
        {
            throw new ForbiddenActionException(LogisticsErrors.RoleNotAllowed, "Only the China warehouse, the forwarding manager and customer care match a parcel to its order.");
        }
    }

    /// <summary>Printing a parcel's label: the warehouses' staff and the forwarding manager.</summary>
    public static void EnsureMayPrintLabels(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsAnyOf(Roles.ChinaWarehouse, Roles.VietnamWarehouse, Roles.ForwardingManager))
        {
            throw new ForbiddenActionException(LogisticsErrors.RoleNotAllowed, "Only the warehouses' staff and the forwarding manager print parcel labels.");
        }
    }

    /// <summary>Every member of staff sees where parcels are; a customer sees their own (the queries filter).</summary>
    public static bool SeesAllParcels(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsStaff;
    }

    /// <summary>A receipt is made in a China warehouse that is open.</summary>
    public static void EnsureReceivesFromShops(Warehouse warehouse)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        if (!warehouse.IsActive)
        {
            throw new DomainException(LogisticsErrors.WarehouseInactive, $"Warehouse {warehouse.Code} is closed.");
        }

        if (warehouse.Country != Country.CN)
        {
            throw new DomainException(LogisticsErrors.WrongCountry, $"Warehouse {warehouse.Code} is in Vietnam: parcels from the shops are received in China.");
        }
    }
}
