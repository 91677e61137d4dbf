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

    /// <summary>
    /// Giving a parcel its order, directly or by deciding a customer's claim: the China warehouse, the forwarding
    /// manager, and customer care (who hear from the customer).
    /// </summary>
    public static bool MayMatchParcels(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsAnyOf(Roles.ChinaWarehouse, Roles.ForwardingManager, Roles.CsManager, Roles.CsStaff);
    }

    public static void EnsureMayMatchParcels(Actor actor)
    {
        if (!MayMatchParcels(actor))
        {
            throw new ForbiddenActionException(LogisticsErrors.RoleNotAllowed, "Only the China warehouse, the forwarding manager and customer care match a parcel to its order.");
        }
    }

    /// <summary>Printing a parcel's label: the warehouses' staff and the forwarding manager.</summary>
    public static bool MayPrintLabels(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsAnyOf(Roles.ChinaWarehouse, Roles.VietnamWarehouse, Roles.ForwardingManager);
    }

    public static void EnsureMayPrintLabels(Actor actor)
    {
        if (!MayPrintLabels(actor))
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

    /// <summary>The warehouses' records (shipments, stocktakes: <paramref name="what"/>) are staff's, as parcels are.</summary>
    public static void EnsureSeesWarehouseRecords(Actor actor, string what)
    {
        if (!SeesAllParcels(actor))
        {
            throw new ForbiddenActionException(LogisticsErrors.RoleNotAllowed, $"{what} are staff's.");
        }
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

    /// <summary>Opening, packing and dispatching shipments: the China warehouse's staff and the forwarding manager.</summary>
    public static void EnsureMayShip(Actor actor)
    {
        if (!MayReceiveInChina(actor))
        {
            throw new ForbiddenActionException(LogisticsErrors.RoleNotAllowed, "Only the China warehouse's staff and the forwarding manager pack and dispatch shipments.");
        }
    }

    /// <summary>Receiving shipments and parcels, shelves, stocktakes and checks in Vietnam: its staff and the forwarding manager.</summary>
    public static bool MayWorkInVietnam(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsAnyOf(Roles.VietnamWarehouse, Roles.ForwardingManager);
    }

    public static void EnsureMayWorkInVietnam(Actor actor)
    {
        if (!MayWorkInVietnam(actor))
        {
            throw new ForbiddenActionException(LogisticsErrors.RoleNotAllowed, "Only the Vietnam warehouse's staff and the forwarding manager do this.");
        }
    }

    /// <summary>
    /// Counting a warehouse's shelves (a stocktake) and declaring lost what it did not find: the staff who work in that
    /// warehouse's country (<see cref="MayReceiveInChina"/>, <see cref="MayWorkInVietnam"/>), which includes the forwarding manager.
    /// </summary>
    public static bool MayTakeStock(Actor actor, Country country)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return country == Country.CN ? MayReceiveInChina(actor) : MayWorkInVietnam(actor);
    }

    /// <summary>Counting some warehouse: asked before the warehouse is known.</summary>
    public static void EnsureMayTakeStock(Actor actor)
    {
        if (!MayTakeStock(actor, Country.CN) && !MayTakeStock(actor, Country.VN))
        {
            throw new ForbiddenActionException(LogisticsErrors.RoleNotAllowed, "Only the warehouses' staff and the forwarding manager count a warehouse.");
        }
    }

    public static void EnsureMayTakeStock(Actor actor, Country country)
    {
        if (!MayTakeStock(actor, country))
        {
            throw new ForbiddenActionException(LogisticsErrors.RoleNotAllowed, country == Country.CN
                ? "Only the China warehouse's staff and the forwarding manager count a China warehouse."
                : "Only the Vietnam warehouse's staff and the forwarding manager count a Vietnam warehouse.");
        }
    }

    /// <summary>Creating check tasks, releasing parcels and planning delivery runs: the forwarding manager.</summary>
    public static bool MayManageForwarding(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsAnyOf(Roles.ForwardingManager);
    }

    public static void EnsureMayManageForwarding(Actor actor)
    {
        if (!MayManageForwarding(actor))
        {
            throw new ForbiddenActionException(LogisticsErrors.RoleNotAllowed, "Only the forwarding manager releases parcels, plans delivery runs and sets check tasks.");
        }
    }

    /// <summary>Confirming a delivery or its failure: the run's own driver, or the forwarding manager.</summary>
    public static bool MayConfirmDelivery(Actor actor, Guid driverId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return MayManageForwarding(actor) || (actor.IsInRole(Roles.Delivery) && actor.UserId == driverId);
    }

    public static void EnsureMayConfirmDelivery(Actor actor, Guid driverId)
    {
        if (!MayConfirmDelivery(actor, driverId))
        {
            throw new ForbiddenActionException(LogisticsErrors.NotYourDelivery, "Only the run's driver or the forwarding manager confirms a delivery.");
        }
    }

    /// <summary>Taking in the cash a driver collected: the accountant.</summary>
    public static bool MayTakeInCash(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsAnyOf(Roles.Accountant);
    }

    public static void EnsureMayTakeInCash(Actor actor)
    {
        if (!MayTakeInCash(actor))
        {
            throw new ForbiddenActionException(LogisticsErrors.RoleNotAllowed, "Only the accountant takes in the cash drivers collected.");
        }
    }

    /// <summary>Asking for delivery: the customer for their own parcels, or customer care for them.</summary>
    public static void EnsureMayRequestDelivery(Actor actor, Guid customerId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!(actor.UserId == customerId || actor.IsAnyOf(Roles.CsManager, Roles.CsStaff, Roles.ForwardingManager)))
        {
            throw new ForbiddenActionException(LogisticsErrors.RoleNotAllowed, "Only the customer, customer care or the forwarding manager asks for a delivery.");
        }
    }

    /// <summary>The international shipping tariff and the freight cost table: the administrator.</summary>
    public static void EnsureMayEditTariffs(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsAdmin)
        {
            throw new ForbiddenActionException(LogisticsErrors.RoleNotAllowed, "Only the administrator sets the shipping tariff.");
        }
    }

    /// <summary>A Vietnam warehouse that is open: where shipments and parcels are received.</summary>
    public static void EnsureVietnamWarehouse(Warehouse warehouse)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        if (!warehouse.IsActive)
        {
            throw new DomainException(LogisticsErrors.WarehouseInactive, $"Warehouse {warehouse.Code} is closed.");
        }

        if (warehouse.Country != Country.VN)
        {
            throw new DomainException(LogisticsErrors.WrongCountry, $"Warehouse {warehouse.Code} is in China: shipments are received in Vietnam.");
        }
    }

    /// <summary>An order's profit: the managers and the accountant.</summary>
    public static bool MaySeeProfit(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsAnyOf(Roles.OrderManager, Roles.CsManager, Roles.ForwardingManager, Roles.Accountant);
    }

    public static void EnsureMaySeeProfit(Actor actor)
    {
        if (!MaySeeProfit(actor))
        {
            throw new ForbiddenActionException(LogisticsErrors.RoleNotAllowed, "Only managers and the accountant see an order's profit.");
        }
    }

    /// <summary>Claiming an anonymous parcel as one's own: customers, for themselves.</summary>
    public static void EnsureMayClaimParcels(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.IsStaff || actor.IsSystem)
        {
            throw new ForbiddenActionException(LogisticsErrors.RoleNotAllowed, "A customer claims a parcel for themselves; staff match it to its order instead.");
        }
    }
}
