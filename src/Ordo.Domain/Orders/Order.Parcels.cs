using Ordo.Domain.Common;

namespace Ordo.Domain.Orders;

/// <summary>
/// The parcels of a shipping order after it was placed: the customer bought from several shops, and each sends its
/// parcel with a tracking number of its own, often after the order was approved. Until the parcels reach the
/// warehouse the customer (or customer care) declares more, or takes back one declared by mistake.
/// </summary>
public sealed partial class Order
{
    /// <summary>A shipping order lists at most this many parcels.</summary>
    public const int MaxShippingItems = 200;

    /// <summary>Declares one more parcel (its number already checked free across orders); the timeline shows its number.</summary>
    public ShippingItem AddParcel(Identity.Actor actor, ShippingItemDetails details, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        EnsureAllowed(actor, OrderAction.AddParcel);
        if (_shippingItems.Count >= MaxShippingItems)
        {
            throw new DomainValidationException("trackingNumber", $"a shipping order lists at most {MaxShippingItems} parcels");
        }

        if (_shippingItems.Any(i => i.TrackingNumber == details.TrackingNumber))
        {
            throw new DomainException(OrderErrors.TrackingNumberTaken, $"Tracking number {details.TrackingNumber} is already on this order.");
        }

        var item = new ShippingItem(details);
        _shippingItems.Add(item);
        UpdatedAt = now;
        Reindex();
        AppendHistory(OrderHistoryAction.TrackingNumberAdded, Status, Status, actor, details.TrackingNumber, now, customerNotified: false);
        return item;
    }

    /// <summary>Takes back a parcel declared by mistake; the order keeps at least one (the rule says so).</summary>
    public ShippingItem RemoveParcel(Identity.Actor actor, Guid itemId, DateTimeOffset now)
    {
        EnsureAllowed(actor, OrderAction.RemoveParcel);
        var item = _shippingItems.Find(i => i.Id == itemId)
                   ?? throw new DomainException(OrderErrors.UnknownTrackingNumber, $"Order {Code} has no parcel {itemId}.");
        _shippingItems.Remove(item);
        UpdatedAt = now;
        Reindex();
        AppendHistory(OrderHistoryAction.TrackingNumberRemoved, Status, Status, actor, item.TrackingNumber, now, customerNotified: false);
        return item;
    }
}
