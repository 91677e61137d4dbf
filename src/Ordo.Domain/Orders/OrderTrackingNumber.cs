using Ordo.Domain.Common;
using Ordo.Domain.Identity;

namespace Ordo.Domain.Orders;

/// <summary>
/// A tracking number a shop gave for an order: entered by the buyer of a purchase order, or declared by the customer
/// with a parcel of a shipping order. Unique per marketplace across the system (the database holds
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

    /// <summary>The weight the shop declared for the parcel under this number, if the buyer entered it.</summary>
    public decimal? DeclaredWeightKg { get; private init; }

    /// <summary>The volume the shop declared, in m³.</summary>
    public decimal? DeclaredVolumeM3 { get; private init; }

    /// <summary>The marketplace a number is unique within: the order's shop's (a shipping order has none of its own).</summary>
    public static Marketplace MarketplaceOf(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return order.Marketplace ?? Marketplace.Other;
    }

    /// <summary>The order accepts the number first (<see cref="Order.AddTrackingNumber"/>); this is the record of it.</summary>
    public static OrderTrackingNumber For(Order order, string number, Actor actor, DateTimeOffset now, ParcelDeclaration? declared = null)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(actor);
        return new OrderTrackingNumber
        {
            OrderId = order.Id,
            Marketplace = MarketplaceOf(order),
            Number = TrackingNumbers.Parse(number),
            AddedAt = now,
            AddedById = actor.UserId,
            AddedByName = actor.Name,
            DeclaredWeightKg = declared?.WeightKg,
            DeclaredVolumeM3 = declared?.VolumeM3,
        };
    }
}
