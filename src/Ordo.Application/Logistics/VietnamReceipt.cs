using Microsoft.EntityFrameworkCore;
using Ordo.Application.Common;
using Ordo.Application.Data;
using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Logistics;

namespace Ordo.Application.Logistics;

/// <summary>
/// A Vietnam warehouse receives a parcel by scanning its code: out of a shipment it scanned in, or one flagged missing
/// or lost that turned up. Staff put it on a shelf, then or later.
/// </summary>
public sealed class VietnamReceipt(OrdoDbContext db, Shipments shipments, TimeProvider clock)
{
    public sealed record ReceiveCommand(string? ParcelCode, string? Shelf = null);

    public sealed record ShelfCommand(string? Shelf);

    public async Task<ParcelDto> ReceiveAsync(Actor actor, string warehouseCode, ReceiveCommand command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        LogisticsRules.EnsureMayWorkInVietnam(actor);
        var warehouse = await Warehouses.FindAsync(db, warehouseCode, ct);
        var parcel = await shipments.ParcelByCodeAsync(command.ParcelCode, ct);
        Shipment? shipment = null;
        if (parcel.ShipmentId is { } shipmentId && parcel.Status == ParcelStatus.InTransit)
        {
            shipment = await db.Shipments.FirstAsync(s => s.Id == shipmentId, ct);
            if (shipment.Status == ShipmentStatus.Dispatched)
            {
                throw new DomainException(LogisticsErrors.ShipmentNotArrived, $"Parcel {parcel.Code} travels in shipment {shipment.Code}: scan the shipment in first.");
            }
        }
        else
        {
            shipment = await ShipmentOfAsync(db, parcel, ct);
        }

        parcel.ReceiveInVietnam(actor, warehouse, command.Shelf, clock.GetUtcNow());
        shipment?.MarkReceived(parcel.Id);
        await db.SaveChangesAsync(ct);
        return parcel.ToDto();
    }

    /// <summary>The shipment a parcel travelled in, to mark it received there (a missing parcel that turned up counts too).</summary>
    internal static async Task<Shipment?> ShipmentOfAsync(OrdoDbContext db, Parcel parcel, CancellationToken ct) =>
        parcel.ShipmentId is { } id ? await db.Shipments.FirstOrDefaultAsync(s => s.Id == id, ct) : null;

    public async Task<ParcelDto> ShelveAsync(Actor actor, Guid parcelId, ShelfCommand command, int? expectedVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        LogisticsRules.EnsureMayWorkInVietnam(actor);
        var parcel = await db.Parcels.FirstOrDefaultAsync(p => p.Id == parcelId, ct) ?? throw new NotFoundException("Parcel", parcelId.ToString());
        db.ExpectVersion(parcel, expectedVersion, $"Parcel {parcel.Code}");
        parcel.PutOnShelf(actor, command.Shelf, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return parcel.ToDto();
    }
}
