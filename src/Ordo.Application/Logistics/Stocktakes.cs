using Microsoft.EntityFrameworkCore;
using Ordo.Application.Common;
using Ordo.Application.Data;
using Ordo.Application.Orders;
using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Logistics;

namespace Ordo.Application.Logistics;

/// <summary>
/// Stocktakes: begin a count of a warehouse (it expects what the system has on the shelves), scan each parcel found,
/// close it, and declare lost what it did not find. A parcel missing or lost that is found on the shelves is received
/// (its shipment marks it, its shipping fee follows as on any receipt).
/// </summary>
public sealed class Stocktakes(OrdoDbContext db, OrderCodeGenerator codes, TimeProvider clock)
{
    public const int MaxLostAtOnce = 500;

    public sealed record StartCommand(string? Warehouse);

    public sealed record ScanCommand(string? ParcelCode, string? Shelf = null);

    public sealed record MarkLostCommand(IReadOnlyList<Guid>? ParcelIds);

    public sealed record Query(string? Warehouse = null, StocktakeStatus? Status = null, int Page = 1, int PageSize = 50);

    public async Task<StocktakeDto> StartAsync(Actor actor, StartCommand command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        LogisticsRules.EnsureMayTakeStock(actor);
        new Check().Required(command.Warehouse, "warehouse", Warehouse.MaxCodeLength).ThrowIfAny();
        var warehouse = await Warehouses.FindAsync(db, command.Warehouse!, ct);
        LogisticsRules.EnsureMayTakeStock(actor, warehouse.Country);
        if (await db.Stocktakes.Where(s => s.RunningIn == warehouse.Code).Select(s => s.Code).FirstOrDefaultAsync(ct) is { } running)
        {
            throw Running(running, warehouse.Code);
        }

        var statuses = Stocktake.OnShelves(warehouse.Country).ToList();
        var onShelves = await db.Parcels.AsNoTracking().Where(p => p.WarehouseCode == warehouse.Code && statuses.Contains(p.Status)).ToListAsync(ct);
        var now = clock.GetUtcNow();
        var stocktake = Stocktake.Start(actor, await codes.NextYearlyCodeAsync("KK", now.Year, ct), warehouse, onShelves, now);
        db.Stocktakes.Add(stocktake);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.Entries.Any(x => x.Entity is Stocktake))
        {
            throw Running(null, warehouse.Code);
        }

        return stocktake.ToDto();
    }

    /// <summary>One scan: counted, moved to the shelf it was found on, turned up and received, or listed as found.</summary>
    public async Task<StocktakeScanDto> ScanAsync(Actor actor, Guid stocktakeId, ScanCommand command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        LogisticsRules.EnsureMayTakeStock(actor);
        var stocktake = await LoadAsync(actor, stocktakeId, ct);
        LogisticsRules.EnsureMayTakeStock(actor, stocktake.Country);
        var code = Stocktake.NormalizeCode(command.ParcelCode);
        var warehouse = await Warehouses.FindAsync(db, stocktake.WarehouseCode, ct);
        var parcel = await db.Parcels.FirstOrDefaultAsync(p => p.Code == code, ct);
        var outcome = stocktake.Count(actor, warehouse, code, parcel, command.Shelf, clock.GetUtcNow());
        if (outcome == StocktakeScanOutcome.TurnedUp)
        {
            (await VietnamReceipt.ShipmentOfAsync(db, parcel!, ct))?.MarkReceived(parcel!.Id);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.Entries.Any(x => x.Entity is StocktakeFind))
        {
            // Another clerk listed the same code a moment ago: one find, and this scan counts nothing twice.
            db.ChangeTracker.Clear();
            return new StocktakeScanDto(StocktakeScanOutcome.AlreadyCounted, code, parcel?.ToDto(), (await LoadAsync(actor, stocktakeId, ct)).ToSummary());
        }

        return new StocktakeScanDto(outcome, code, parcel?.ToDto(), stocktake.ToSummary());
    }

    public async Task<StocktakeDto> CloseAsync(Actor actor, Guid stocktakeId, int? expectedVersion, CancellationToken ct)
    {
        LogisticsRules.EnsureMayTakeStock(actor);
        var stocktake = await LoadAsync(actor, stocktakeId, ct);
        db.ExpectVersion(stocktake, expectedVersion, $"Stocktake {stocktake.Code}");
        stocktake.Close(actor, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return stocktake.ToDto();
    }

    /// <summary>Declares lost the chosen parcels the closed count did not find, all or none.</summary>
    public async Task<StocktakeDto> MarkLostAsync(Actor actor, Guid stocktakeId, MarkLostCommand command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        LogisticsRules.EnsureMayTakeStock(actor);
        var stocktake = await LoadAsync(actor, stocktakeId, ct);
        LogisticsRules.EnsureMayTakeStock(actor, stocktake.Country);
        var ids = command.ParcelIds?.Distinct().ToList() ?? [];
        new Check().That(ids.Count > 0, "parcelIds", "must name at least one parcel")
            .That(ids.Count <= MaxLostAtOnce, "parcelIds", $"must name at most {MaxLostAtOnce} parcels").ThrowIfAny();
        var parcels = await db.Parcels.Where(p => ids.Contains(p.Id)).ToListAsync(ct);
        if (ids.Except(parcels.Select(p => p.Id)).FirstOrDefault() is var unknown && unknown != Guid.Empty)
        {
            throw new NotFoundException("Parcel", unknown.ToString());
        }

        var now = clock.GetUtcNow();
        foreach (var parcel in parcels)
        {
            stocktake.MarkLost(actor, parcel, now);
        }

        await db.SaveChangesAsync(ct);
        return stocktake.ToDto();
    }

    public async Task<StocktakeDto> GetAsync(Actor actor, string idOrCode, CancellationToken ct)
    {
        LogisticsRules.EnsureSeesWarehouseRecords(actor, "Stocktakes");
        var code = idOrCode.Trim().ToUpperInvariant();
        var stocktake = Guid.TryParse(idOrCode, out var id)
            ? await db.Stocktakes.AsNoTracking().AsSplitQuery().FirstOrDefaultAsync(s => s.Id == id, ct)
            : await db.Stocktakes.AsNoTracking().AsSplitQuery().FirstOrDefaultAsync(s => s.Code == code, ct);
        return stocktake?.ToDto() ?? throw new NotFoundException("Stocktake", idOrCode);
    }

    /// <summary>Stocktakes newest first, with their counts.</summary>
    public async Task<PagedResult<StocktakeSummaryDto>> ListAsync(Actor actor, Query query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        LogisticsRules.EnsureSeesWarehouseRecords(actor, "Stocktakes");
        var check = new Check().Paging(query.Page, query.PageSize, Parcels.MaxPageSize).MaxLength(query.Warehouse, "warehouse", Warehouse.MaxCodeLength);
        if (query.Status is { } status)
        {
            check.Defined(status, "status");
        }

        check.ThrowIfAny();
        var stocktakes = db.Stocktakes.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Warehouse))
        {
            var warehouse = Warehouse.Normalize(query.Warehouse);
            stocktakes = stocktakes.Where(s => s.WarehouseCode == warehouse);
        }

        if (query.Status is { } only)
        {
            stocktakes = stocktakes.Where(s => s.Status == only);
        }

        var total = await stocktakes.CountAsync(ct);
        // Counted in the database: a list of counts does not load each count's thousands of lines.
        var page = await stocktakes.OrderByDescending(s => s.StartedAt).ThenByDescending(s => s.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(s => new StocktakeSummaryDto(
                s.Id, s.Code, s.WarehouseCode, s.Country, s.Status, s.StartedAt, s.StartedByName, s.ClosedAt, s.ClosedByName,
                s.Lines.Count, s.Lines.Count(l => l.CountedAt != null), s.Lines.Count(l => l.CountedAt == null), s.Lines.Count(l => l.MarkedLost),
                s.Finds.Count, s.Version))
            .ToListAsync(ct);
        return new PagedResult<StocktakeSummaryDto>(page, total, query.Page, query.PageSize);
    }

    private async Task<Stocktake> LoadAsync(Actor actor, Guid id, CancellationToken ct)
    {
        LogisticsRules.EnsureSeesWarehouseRecords(actor, "Stocktakes");
        return await db.Stocktakes.AsSplitQuery().FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw new NotFoundException("Stocktake", id.ToString());
    }

    private static DomainException Running(string? code, string warehouse) => new(LogisticsErrors.StocktakeRunning,
        code is null ? $"A stocktake of {warehouse} was just started: count with it." : $"Stocktake {code} of {warehouse} is still counting: count with it or close it.");
}
