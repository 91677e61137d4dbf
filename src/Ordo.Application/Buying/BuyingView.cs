using Microsoft.EntityFrameworkCore;
using Ordo.Application.Data;
using Ordo.Application.Orders;
using Ordo.Domain.Buying;
using Ordo.Domain.Identity;
using Ordo.Domain.Orders;

namespace Ordo.Application.Buying;

/// <summary>What the buying department recorded for an order, as its details show it: the shop order, the tracking numbers, an open delay.</summary>
public sealed record BuyingView(IReadOnlyList<string> ShopOrderNumbers, IReadOnlyList<TrackingNumberDto> TrackingNumbers, LateDto? Late = null)
{
    public static BuyingView None { get; } = new([], []);

    /// <summary>
    /// Read for <paramref name="order"/>: nothing to read before its shop order is placed (most orders in the queue), and
    /// a delay only while a deadline runs and for staff (<see cref="LateOrder.KindFor"/>), so the others cost no round trip.
    /// </summary>
    public static async Task<BuyingView> ReadAsync(OrdoDbContext db, Order order, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(actor);
        var late = actor.IsStaff && LateOrder.KindFor(order.Status) is { } kind
            ? await db.LateOrders.AsNoTracking()
                .Where(l => l.OrderId == order.Id && l.Kind == kind && l.ResolvedAt == null)
                .Select(l => new LateDto(l.Kind, l.DueAt, l.MarkedAt, l.Reason, l.ReasonText))
                .FirstOrDefaultAsync(ct)
            : null;
        if (order.OrderedAt is null)
        {
            return late is null ? None : None with { Late = late };
        }

        var numbers = await db.ShopPurchases.AsNoTracking().Where(p => p.OrderId == order.Id).Select(p => p.ShopOrderNumbers).FirstOrDefaultAsync(ct);
        var tracking = await db.TrackingNumbers.AsNoTracking().Where(t => t.OrderId == order.Id)
            .OrderBy(t => t.AddedAt).ThenBy(t => t.Number)
            .Select(t => new TrackingNumberDto(t.Number, t.AddedAt, t.AddedByName, t.DeclaredWeightKg, t.DeclaredVolumeM3))
            .ToListAsync(ct);
        return new BuyingView(numbers ?? [], tracking, late);
    }
}
