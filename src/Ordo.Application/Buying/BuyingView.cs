using Microsoft.EntityFrameworkCore;
using Ordo.Application.Data;
using Ordo.Application.Orders;
using Ordo.Domain.Orders;

namespace Ordo.Application.Buying;

/// <summary>What the buying department recorded for an order, as its details show it.</summary>
public sealed record BuyingView(IReadOnlyList<string> ShopOrderNumbers, IReadOnlyList<TrackingNumberDto> TrackingNumbers)
{
    public static BuyingView None { get; } = new([], []);

    /// <summary>
    /// Read for <paramref name="order"/>: nothing to read before its shop order is placed (most orders in the
    /// queue), so those cost no round trip.
    /// </summary>
    public static async Task<BuyingView> ReadAsync(OrdoDbContext db, Order order, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(order);
        if (order.OrderedAt is null)
        {
            return None;
        }

        var numbers = await db.ShopPurchases.AsNoTracking().Where(p => p.OrderId == order.Id).Select(p => p.ShopOrderNumbers).FirstOrDefaultAsync(ct);
        var tracking = await db.TrackingNumbers.AsNoTracking().Where(t => t.OrderId == order.Id)
            .OrderBy(t => t.AddedAt).ThenBy(t => t.Number)
            .Select(t => new TrackingNumberDto(t.Number, t.AddedAt, t.AddedByName))
            .ToListAsync(ct);
        return new BuyingView(numbers ?? [], tracking);
    }
}
