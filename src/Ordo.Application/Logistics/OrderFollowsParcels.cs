using Microsoft.EntityFrameworkCore;
using Ordo.Application.Common.Outbox;
using Ordo.Application.Data;
using Ordo.Domain.Logistics;
using Ordo.Domain.Logistics.Events;
using Ordo.Domain.Orders;

namespace Ordo.Application.Logistics;

/// <summary>
/// When a parcel of an order is received, the order follows its parcels (<see cref="Order.FollowParcels"/>): the
/// least advanced of the parcels it expects, one per tracking number of a purchase order, one per declared parcel of a
/// shipping order. Excess boxes do not count unless staff matched them; an anonymous parcel matched to the order does. Runs from the outbox, after the scan committed; a concurrent change to
/// the order makes the save fail and the outbox try again.
/// </summary>
public sealed class OrderFollowsParcels(OrdoDbContext db, TimeProvider clock) : IDomainEventHandler<ParcelReceived>, IDomainEventHandler<ParcelMatched>, IDomainEventHandler<ParcelMoved>
{
    public Task HandleAsync(ParcelMoved domainEvent, OutboxEventContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        return domainEvent.OrderId is { } orderId ? FollowAsync(orderId, ct) : Task.CompletedTask;
    }

    public Task HandleAsync(ParcelReceived domainEvent, OutboxEventContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        return domainEvent.OrderId is { } orderId ? FollowAsync(orderId, ct) : Task.CompletedTask;
    }

    public Task HandleAsync(ParcelMatched domainEvent, OutboxEventContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        return FollowAsync(domainEvent.OrderId, ct);
    }

    private async Task FollowAsync(Guid orderId, CancellationToken ct)
    {
        var order = await db.Orders.Include(o => o.History).Include(o => o.ShippingItems).FirstOrDefaultAsync(o => o.Id == orderId, ct);
        if (order is null)
        {
            return;
        }

        var expected = order.Kind == OrderKind.Shipping
            ? order.ShippingItems.Count
            : await db.TrackingNumbers.CountAsync(t => t.OrderId == orderId, ct);
        // Parcel.CountsForOrder, as a query: any but an excess box nobody matched.
        var statuses = await db.Parcels.Where(p => p.OrderId == orderId && (!p.IsExcess || p.IsMatched)).Select(p => p.Status).ToListAsync(ct);
        if (order.FollowParcels([.. statuses.Select(StageOf)], expected, clock.GetUtcNow()))
        {
            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>The order status a parcel's place stands for.</summary>
    public static OrderStatus StageOf(ParcelStatus status) => status switch
    {
        ParcelStatus.InChinaWarehouse or ParcelStatus.Packed => OrderStatus.InChinaWarehouse,

        // A parcel not found on arrival holds its order on the road until it turns up (or a complaint settles it).
        ParcelStatus.InTransit or ParcelStatus.Missing or ParcelStatus.Lost => OrderStatus.InTransit,
        ParcelStatus.InVietnamWarehouse => OrderStatus.InVietnamWarehouse,
        ParcelStatus.ReadyForDelivery => OrderStatus.ReadyForDelivery,
        ParcelStatus.Delivering => OrderStatus.Delivering,
        ParcelStatus.Delivered => OrderStatus.Delivered,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "No order status stands for this parcel status."),
    };
}
