using Microsoft.EntityFrameworkCore;
using Ordo.Application.Common;
using Ordo.Application.Data;
using Ordo.Application.Orders;
using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Logistics;

namespace Ordo.Application.Logistics;

/// <summary>
/// Shipments from China to Vietnam: open one to a destination, scan parcels in (or take one out), dispatch it; in
/// Vietnam scan it in, then each parcel, and finish the unloading (what was not found is flagged missing).
/// </summary>
public sealed class Shipments(OrdoDbContext db, OrderCodeGenerator codes, TimeProvider clock)
{
    public sealed record OpenCommand(string? DestinationWarehouse, string? OriginWarehouse = null, string? Note = null);

    public sealed record ParcelCommand(string? ParcelCode);

    public sealed record ReceiveCommand(string? ShipmentCode);

    public sealed record Query(ShipmentStatus? Status = null, string? Destination = null, int Page = 1, int PageSize = 50);

    public async Task<ShipmentDto> OpenAsync(Actor actor, OpenCommand command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        LogisticsRules.EnsureMayShip(actor);
        new Check().Required(command.DestinationWarehouse, "destinationWarehouse", Warehouse.MaxCodeLength)
            .MaxLength(command.OriginWarehouse, "originWarehouse", Warehouse.MaxCodeLength).ThrowIfAny();
        var destination = await Warehouses.FindAsync(db, command.DestinationWarehouse!, ct);
        var origin = string.IsNullOrWhiteSpace(command.OriginWarehouse)
            ? await db.Warehouses.Where(w => w.IsActive && w.Country == Country.CN).OrderBy(w => w.Code).FirstOrDefaultAsync(ct)
              ?? throw new DomainException(LogisticsErrors.WarehouseInactive, "No China warehouse is open.")
            : await Warehouses.FindAsync(db, command.OriginWarehouse, ct);
        var now = clock.GetUtcNow();
        var shipment = Shipment.Open(actor, await codes.NextYearlyCodeAsync("BG", now.Year, ct), origin, destination, command.Note, now);
        db.Shipments.Add(shipment);
        await db.SaveChangesAsync(ct);
        return shipment.ToDto(0);
    }

    /// <summary>Scans a parcel (by code) into the open shipment. A parcel in another shipment is refused, even when two clerks scan it at once.</summary>
    public async Task<ShipmentDto> PackAsync(Actor actor, Guid shipmentId, ParcelCommand command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        LogisticsRules.EnsureMayShip(actor);
        var shipment = await LoadAsync(shipmentId, ct);
        var parcel = await ParcelByCodeAsync(command.ParcelCode, ct);
        shipment.Pack(actor, parcel, clock.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.Entries.Any(x => x.Entity is ShipmentParcel))
        {
            throw new DomainException(LogisticsErrors.AlreadyPacked, $"Parcel {parcel.Code} was just packed in another shipment.");
        }

        return shipment.ToDto(0);
    }

    public async Task<ShipmentDto> UnpackAsync(Actor actor, Guid shipmentId, Guid parcelId, CancellationToken ct)
    {
        LogisticsRules.EnsureMayShip(actor);
        var shipment = await LoadAsync(shipmentId, ct);
        var parcel = await db.Parcels.FirstOrDefaultAsync(p => p.Id == parcelId, ct) ?? throw new NotFoundException("Parcel", parcelId.ToString());
        shipment.Unpack(actor, parcel, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return shipment.ToDto(0);
    }

    public async Task<ShipmentDto> DispatchAsync(Actor actor, Guid shipmentId, int? expectedVersion, CancellationToken ct)
    {
        LogisticsRules.EnsureMayShip(actor);
        var shipment = await LoadAsync(shipmentId, ct);
        db.ExpectVersion(shipment, expectedVersion, $"Shipment {shipment.Code}");
        var ids = shipment.Parcels.Select(p => p.ParcelId).ToList();
        var parcels = await db.Parcels.Where(p => ids.Contains(p.Id)).ToListAsync(ct);
        shipment.Dispatch(actor, parcels, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return shipment.ToDto(0);
    }

    /// <summary>A Vietnam warehouse scans the shipment's code as it comes in.</summary>
    public async Task<ShipmentDto> ReceiveAsync(Actor actor, string warehouseCode, ReceiveCommand command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        LogisticsRules.EnsureMayWorkInVietnam(actor);
        new Check().Required(command.ShipmentCode, "shipmentCode", 32).ThrowIfAny();
        var warehouse = await Warehouses.FindAsync(db, warehouseCode, ct);
        var code = command.ShipmentCode!.Trim().ToUpperInvariant();
        var shipment = await db.Shipments.FirstOrDefaultAsync(s => s.Code == code, ct) ?? throw new NotFoundException("Shipment", code);
        shipment.Arrive(actor, warehouse, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return shipment.ToDto(0);
    }

    /// <summary>The unloading is done: the parcels not scanned are flagged missing.</summary>
    public async Task<ShipmentDto> FinishReceivingAsync(Actor actor, Guid shipmentId, CancellationToken ct)
    {
        LogisticsRules.EnsureMayWorkInVietnam(actor);
        var shipment = await LoadAsync(shipmentId, ct);
        var ids = shipment.Unreceived.ToList();
        var parcels = await db.Parcels.Where(p => ids.Contains(p.Id)).ToListAsync(ct);
        shipment.FinishReceiving(actor, parcels, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return shipment.ToDto(parcels.Count);
    }

    public async Task<ShipmentDto> GetAsync(Actor actor, string idOrCode, CancellationToken ct)
    {
        LogisticsRules.EnsureSeesWarehouseRecords(actor, "Shipments");
        var code = idOrCode.Trim().ToUpperInvariant();
        var shipment = Guid.TryParse(idOrCode, out var id)
            ? await db.Shipments.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct)
            : await db.Shipments.AsNoTracking().FirstOrDefaultAsync(s => s.Code == code, ct);
        if (shipment is null)
        {
            throw new NotFoundException("Shipment", idOrCode);
        }

        return shipment.ToDto(await db.Parcels.CountAsync(p => p.ShipmentId == shipment.Id && (p.Status == ParcelStatus.Missing || p.Status == ParcelStatus.Lost), ct));
    }

    /// <summary>Shipments newest first, with their counts (packed, received, missing) and weights.</summary>
    public async Task<PagedResult<ShipmentDto>> ListAsync(Actor actor, Query query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        LogisticsRules.EnsureSeesWarehouseRecords(actor, "Shipments");
        var check = new Check().Paging(query.Page, query.PageSize, Parcels.MaxPageSize).MaxLength(query.Destination, "destination", Warehouse.MaxCodeLength);
        if (query.Status is { } status)
        {
            check.Defined(status, "status");
        }

        check.ThrowIfAny();
        var shipments = db.Shipments.AsNoTracking();
        if (query.Status is { } only)
        {
            shipments = shipments.Where(s => s.Status == only);
        }

        if (!string.IsNullOrWhiteSpace(query.Destination))
        {
            var code = Warehouse.Normalize(query.Destination);
            shipments = shipments.Where(s => s.DestinationCode == code);
        }

        var total = await shipments.CountAsync(ct);
        var page = await shipments.OrderByDescending(s => s.OpenedAt).ThenByDescending(s => s.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToListAsync(ct);
        var ids = page.Select(s => s.Id).ToList();
        var missing = await db.Parcels.AsNoTracking()
            .Where(p => p.ShipmentId != null && ids.Contains(p.ShipmentId.Value) && (p.Status == ParcelStatus.Missing || p.Status == ParcelStatus.Lost))
            .GroupBy(p => p.ShipmentId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return new PagedResult<ShipmentDto>([.. page.Select(s => s.ToDto(missing.GetValueOrDefault(s.Id)))], total, query.Page, query.PageSize);
    }

    internal async Task<Parcel> ParcelByCodeAsync(string? parcelCode, CancellationToken ct)
    {
        new Check().Required(parcelCode, "parcelCode", 32).ThrowIfAny();
        var code = parcelCode!.Trim().ToUpperInvariant();
        return await db.Parcels.FirstOrDefaultAsync(p => p.Code == code, ct) ?? throw new NotFoundException("Parcel", code);
    }

    private async Task<Shipment> LoadAsync(Guid id, CancellationToken ct) =>
        await db.Shipments.FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw new NotFoundException("Shipment", id.ToString());
}
