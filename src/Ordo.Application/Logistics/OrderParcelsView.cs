using Microsoft.EntityFrameworkCore;
using Ordo.Application.Data;
using Ordo.Domain.Logistics;
using Ordo.Domain.Orders;

namespace Ordo.Application.Logistics;

/// <summary>One of an order's parcels, as the order page lists it (its own timeline is at <c>GET /api/parcels/{id}</c>).</summary>
public sealed record ParcelSummaryDto(
    Guid Id, string Code, string TrackingNumber, ParcelStatus Status, string Warehouse, decimal WeightKg, decimal ChargeableWeightKg,
    bool Excess, bool Matched, string? ShipmentCode, string? Shelf, string? ReleaseCode, DateTimeOffset ReceivedAt);

/// <summary>How many parcels of one status.</summary>
public sealed record ParcelCountDto(ParcelStatus Status, int Count);

/// <summary>
/// Where an order's parcels are: <paramref name="Expected"/> (its tracking numbers or declared parcels), how many were
/// received, how many were delivered, and the count of each status ("2 of 3 parcels delivered").
/// </summary>
public sealed record ParcelProgressDto(int Expected, int Received, int Delivered, IReadOnlyList<ParcelCountDto> ByStatus);

internal static class OrderParcelsView
{
    public static async Task<(IReadOnlyList<ParcelSummaryDto> Parcels, ParcelProgressDto Progress)> ReadAsync(OrdoDbContext db, Order order, CancellationToken ct)
    {
        var parcels = await db.Parcels.AsNoTracking().Where(p => p.OrderId == order.Id).OrderBy(p => p.ReceivedAt)
            .Select(p => new ParcelSummaryDto(
                p.Id, p.Code, p.TrackingNumber, p.Status, p.WarehouseCode, p.Measurements.WeightKg, p.ChargeableWeightKg, p.IsExcess, p.IsMatched,
                p.ShipmentCode, p.Shelf, p.ReleaseCode, p.ReceivedAt))
            .ToListAsync(ct);
        var counting = parcels.Where(p => !p.Excess || p.Matched).ToList();
        var expected = order.Kind == OrderKind.Shipping
            ? order.ShippingItems.Count
            : await db.TrackingNumbers.CountAsync(t => t.OrderId == order.Id, ct);
        var progress = new ParcelProgressDto(
            Math.Max(expected, counting.Count), counting.Count, counting.Count(p => p.Status == ParcelStatus.Delivered),
            [.. counting.GroupBy(p => p.Status).OrderBy(g => g.Key).Select(g => new ParcelCountDto(g.Key, g.Count()))]);
        return (parcels, progress);
    }
}
