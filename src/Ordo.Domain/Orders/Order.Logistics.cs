using Ordo.Domain.Identity;
using Ordo.Domain.Money;
using Ordo.Domain.Orders.Events;

namespace Ordo.Domain.Orders;

/// <summary>
/// From the shop's shipping on (a purchase order's ShopShipped, a shipping order's approval) the order has no steps of
/// its own: its status is the least advanced of its parcels' (domain.md, Logistics). Logistics says where each parcel
/// is as the order status it stands for; a parcel not received yet holds the order at its waiting step.
/// </summary>
public sealed partial class Order
{
    /// <summary>Who moves an order along with its parcels: the system, not a person.</summary>
    public static Actor ParcelFollower { get; } = new(Guid.Empty, "Ordo", new HashSet<string>());

    /// <summary>
    /// Follows the parcels: <paramref name="expected"/> parcels are due (the tracking numbers of a purchase order, the
    /// declared parcels of a shipping order), <paramref name="stages"/> are those received, each as the order status it
    /// stands for. The order moves forward along its spine to the least advanced, never back; a closed or not yet
    /// shipped order does not move. Returns whether it moved.
    /// </summary>
    public bool FollowParcels(IReadOnlyCollection<OrderStatus> stages, int expected, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(stages);
        var waiting = Kind == OrderKind.Purchase ? OrderStatus.ShopShipped : OrderStatus.AwaitingParcels;
        var spine = OrderLifecycle.Spine(Kind).ToList();
        var from = Kind == OrderKind.Purchase ? OrderStatus.ShopShipped : OrderStatus.Approved;
        if (OrderLifecycle.IsTerminal(Status) || spine.IndexOf(Status) < spine.IndexOf(from))
        {
            return false;
        }

        var target = stages.Count < Math.Max(expected, 1) ? waiting : stages.MinBy(OrderLifecycle.Rank);
        var remark = $"{stages.Count(s => spine.IndexOf(s) >= spine.IndexOf(target))} of {Math.Max(expected, stages.Count)} parcel(s)";
        if (spine.IndexOf(target) < spine.IndexOf(Status) && OrderLifecycle.CanMove(Kind, Status, target))
        {
            // The one step back there is: a delivery failed, and the parcel waits for another run.
            MoveTo(target, OrderHistoryAction.ParcelsMoved, ParcelFollower, remark, now, customerNotified: true);
            Raise(new OrderFollowedParcels(Id, Code, CustomerId, Status, now));
            return true;
        }

        if (spine.IndexOf(target) <= spine.IndexOf(Status))
        {
            return false;
        }

        while (Status != target)
        {
            var next = spine[spine.IndexOf(Status) + 1];
            MoveTo(next, OrderHistoryAction.ParcelsMoved, ParcelFollower, remark, now, customerNotified: false);
        }

        Raise(new OrderFollowedParcels(Id, Code, CustomerId, Status, now));
        return true;
    }

    /// <summary>
    /// The international shipping fee of one parcel received in Vietnam (chargeable kg × the tariff's rate): it is added
    /// to what the customer owes, once a parcel; a second charge for the same parcel is ignored. Returns whether it charged.
    /// </summary>
    public bool ChargeInternationalShipping(Guid parcelId, string parcelCode, decimal chargeableWeightKg, decimal feeVnd, DateTimeOffset now)
    {
        if (_charges.Any(c => c.Kind == ChargeKind.InternationalShipping && c.ParcelId == parcelId) || OrderLifecycle.IsClosedWithoutGoods(Status))
        {
            return false;
        }

        if (feeVnd < 0 || decimal.Round(feeVnd) != feeVnd)
        {
            throw new ArgumentOutOfRangeException(nameof(feeVnd), feeVnd, "A fee is a whole, non-negative number of dong.");
        }

        var reason = Cut($"{parcelCode}: {chargeableWeightKg:0.##} kg", MaxReasonLength);
        _charges.Add(new OrderCharge(ChargeKind.InternationalShipping, feeVnd, reason, now, ParcelFollower.UserId, ParcelFollower.Name, parcelId));
        UpdatedAt = now;
        AppendHistory(OrderHistoryAction.ChargeAdded, Status, Status, ParcelFollower, Cut($"+{feeVnd:0} VND: {reason}", MaxReasonLength), now, customerNotified: true);
        Raise(new OrderChargeAdded(Id, Code, CustomerId, ChargeKind.InternationalShipping, feeVnd, reason, ParcelFollower.UserId, now));
        return true;
    }

    /// <summary>The customer (or customer care) confirms every parcel arrived: the order is completed.</summary>
    public void ConfirmReceipt(Actor actor, DateTimeOffset now)
    {
        EnsureAllowed(actor, OrderAction.ConfirmReceipt);
        MoveTo(OrderStatus.Completed, OrderHistoryAction.ReceiptConfirmed, actor, null, now, customerNotified: false);
        Raise(new OrderCompleted(Id, Code, CustomerId, actor.UserId, now));
    }

    /// <summary>Delivered and not confirmed within the configured days: Ordo completes the order (the scheduled job).</summary>
    public bool CompleteUnconfirmed(DateTimeOffset deliveredBefore, DateTimeOffset now)
    {
        var delivered = _history.Where(h => h.To == OrderStatus.Delivered).MaxBy(h => h.Sequence)?.At;
        if (Status != OrderStatus.Delivered || delivered is null || delivered > deliveredBefore)
        {
            return false;
        }

        MoveTo(OrderStatus.Completed, OrderHistoryAction.AutoCompleted, ParcelFollower, null, now, customerNotified: true);
        Raise(new OrderCompleted(Id, Code, CustomerId, ParcelFollower.UserId, now));
        return true;
    }
}
