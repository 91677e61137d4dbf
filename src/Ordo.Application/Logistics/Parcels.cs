using Microsoft.EntityFrameworkCore;
using Ordo.Application.Common;
using Ordo.Application.Data;
using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Logistics;
using Ordo.Domain.Orders;

namespace Ordo.Application.Logistics;

/// <summary>Where each parcel is: staff search them all, a customer sees the parcels of their own orders (another's is "not found").</summary>
public sealed class Parcels(OrdoDbContext db, IParcelLabelRenderer labels)
{
    public const int MaxPageSize = 200;

    /// <summary>
    /// The list counts matching parcels up to this many; beyond it the total says "at least", as the order list does
    /// (counting a million parcels cost 125 ms a page).
    /// </summary>
    public const int CountLimit = 1_000;

    public sealed record Query(Guid? OrderId = null, ParcelStatus? Status = null, string? Warehouse = null, bool? Anonymous = null, int Page = 1, int PageSize = 50, bool? Lost = null, string? Shelf = null, string? Search = null);

    public async Task<PagedResult<ParcelDto>> ListAsync(Actor actor, Query query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(query);
        var check = new Check().Paging(query.Page, query.PageSize, MaxPageSize).MaxLength(query.Warehouse, "warehouse", Warehouse.MaxCodeLength)
            .MaxLength(query.Shelf, "shelf", Parcel.MaxShelfLength).MaxLength(query.Search, "q", TrackingNumbers.MaxLength);
        if (query.Status is { } status)
        {
            check.Defined(status, "status");
        }

        check.ThrowIfAny();
        var parcels = VisibleTo(actor);
        if (query.OrderId is { } orderId)
        {
            parcels = parcels.Where(p => p.OrderId == orderId);
        }

        if (query.Status is { } only)
        {
            parcels = parcels.Where(p => p.Status == only);
        }

        if (!string.IsNullOrWhiteSpace(query.Warehouse))
        {
            var code = Warehouse.Normalize(query.Warehouse);
            parcels = parcels.Where(p => p.WarehouseCode == code);
        }

        if (query.Anonymous is { } anonymous)
        {
            parcels = anonymous ? parcels.Where(p => p.OrderId == null) : parcels.Where(p => p.OrderId != null);
        }

        if (query.Lost is { } lost)
        {
            parcels = lost
                ? parcels.Where(p => p.Status == ParcelStatus.Missing || p.Status == ParcelStatus.Lost)
                : parcels.Where(p => p.Status != ParcelStatus.Missing && p.Status != ParcelStatus.Lost);
        }

        if (!string.IsNullOrWhiteSpace(query.Shelf))
        {
            var shelf = query.Shelf.Trim().ToUpperInvariant();
            parcels = parcels.Where(p => p.Shelf == shelf);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            // A parcel code or the shop's tracking number, as a scanner or a customer types it (both are indexed).
            var key = TrackingNumbers.Normalize(query.Search);
            parcels = parcels.Where(p => p.Code == key || p.TrackingNumber == key);
        }

        // The page's ids first (on an index of the filter and the order, without reading the rows it skips), then those
        // parcels with their timelines; the matches counted up to CountLimit, beyond it "at least".
        var skip = (query.Page - 1) * query.PageSize;
        var ids = parcels.OrderByDescending(p => p.ReceivedAt).ThenByDescending(p => p.Id).Skip(skip).Take(query.PageSize).Select(p => p.Id);
        var page = await db.Parcels.AsNoTracking().Where(p => ids.Contains(p.Id))
            .OrderByDescending(p => p.ReceivedAt).ThenByDescending(p => p.Id).ToListAsync(ct);
        var counted = await parcels.Take(CountLimit + 1).CountAsync(ct);
        var items = page.ConvertAll(p => p.ToDto());
        return counted <= CountLimit
            ? new PagedResult<ParcelDto>(items, counted, query.Page, query.PageSize)
            : new PagedResult<ParcelDto>(items, items.Count > 0 ? Math.Max(CountLimit, skip + items.Count) : CountLimit, query.Page, query.PageSize, TotalIsLowerBound: true);
    }

    /// <summary>One parcel by id or code (<c>PK-2026-000123</c>), with its timeline.</summary>
    public async Task<ParcelDto> GetAsync(Actor actor, string idOrCode, CancellationToken ct) => (await FindAsync(actor, idOrCode, ct)).ToDto();

    /// <summary>
    /// The parcel's label, a 100×150 mm PDF for the warehouse's thermal printer: its code as a barcode, whose it is,
    /// what it weighs, where it goes and the services its order bought (warehouse staff print it).
    /// </summary>
    public async Task<(string Code, byte[] Pdf)> LabelAsync(Actor actor, string idOrCode, CancellationToken ct)
    {
        LogisticsRules.EnsureMayPrintLabels(actor);
        var parcel = await FindAsync(actor, idOrCode, ct);
        var destination = await db.Warehouses.AsNoTracking().Where(w => w.Code == parcel.DestinationCode).Select(w => w.Name).FirstOrDefaultAsync(ct);
        var options = parcel.OrderId is { } orderId
            ? await db.Orders.AsNoTracking().Where(o => o.Id == orderId).Select(o => o.Options).FirstOrDefaultAsync(ct)
            : null;
        var label = new ParcelLabel(
            parcel.Code, parcel.CustomerCode, parcel.OrderCode, parcel.Measurements.WeightKg, parcel.ChargeableWeightKg,
            parcel.DestinationCode, destination ?? parcel.DestinationCode, options?.WoodenCrate ?? false, options?.Inspection ?? false,
            options?.Insurance ?? false, parcel.HandlingNote, parcel.ReceivedAt);
        return (parcel.Code, labels.Render(label));
    }

    /// <summary>The ids of the parcels with these codes, in one query; the first code no parcel the actor sees has is "not found".</summary>
    public async Task<IReadOnlyList<Guid>> IdsOfAsync(Actor actor, IReadOnlyCollection<string> codes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(codes);
        var wanted = codes.Select(c => c.Trim().ToUpperInvariant()).Distinct().ToList();
        var found = await VisibleTo(actor).Where(p => wanted.Contains(p.Code)).Select(p => new { p.Code, p.Id }).ToDictionaryAsync(p => p.Code, p => p.Id, ct);
        return wanted.FirstOrDefault(code => !found.ContainsKey(code)) is { } missing
            ? throw new NotFoundException("Parcel", missing)
            : [.. wanted.Select(code => found[code])];
    }

    /// <summary>The parcels the actor sees, as a query: staff every one, a customer those of their orders (<see cref="Parcel.IsVisibleTo"/>).</summary>
    private IQueryable<Parcel> VisibleTo(Actor actor) =>
        LogisticsRules.SeesAllParcels(actor) ? db.Parcels.AsNoTracking() : db.Parcels.AsNoTracking().Where(p => p.CustomerId == actor.UserId);

    internal async Task<Parcel> FindAsync(Actor actor, string idOrCode, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var code = idOrCode.Trim().ToUpperInvariant();
        var parcel = Guid.TryParse(idOrCode, out var id)
            ? await db.Parcels.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct)
            : await db.Parcels.AsNoTracking().FirstOrDefaultAsync(p => p.Code == code, ct);
        return parcel is not null && parcel.IsVisibleTo(actor) ? parcel : throw new NotFoundException("Parcel", idOrCode);
    }
}
