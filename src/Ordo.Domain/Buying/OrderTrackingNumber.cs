using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Orders;

namespace Ordo.Domain.Buying;

/// <summary>
/// A tracking number a shop gave for a purchase order. Unique per marketplace across the system (the database holds
/// the rule: two buyers typing the same number at once cannot both succeed), so a parcel arriving at the China
/// warehouse under it belongs to exactly one order.
/// </summary>
public sealed class OrderTrackingNumber : AggregateRoot
{
    private OrderTrackingNumber()
    {
        Number = AddedByName = string.Empty;
    }

    public Guid OrderId { get; private init; }

    public Marketplace Marketplace { get; private init; }

    public string Number { get; private init; }

    public DateTimeOffset AddedAt { get; private init; }

    public Guid AddedById { get; private init; }

    public string AddedByName { get; private init; }

    /// <summary>The order accepts the number first (<see cref="Order.AddTrackingNumber"/>); this is the record of it.</summary>
    public static OrderTrackingNumber For(Order order, string number, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(actor);
        return new OrderTrackingNumber
        {
            OrderId = order.Id,
            Marketplace = order.Marketplace ?? Marketplace.Other,
            Number = TrackingNumbers.Parse(number),
            AddedAt = now,
            AddedById = actor.UserId,
            AddedByName = actor.Name,
        };
    }
}
