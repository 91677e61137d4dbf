using Ordo.Domain.Identity;
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
        if (spine.IndexOf(target) <= spine.IndexOf(Status))
        {
            return false;
        }

        var remark = $"{stages.Count(s => spine.IndexOf(s) >= spine.IndexOf(target))} of {Math.Max(expected, stages.Count)} parcel(s)";
        while (Status != target)
        {
            var next = spine[spine.IndexOf(Status) + 1];
            MoveTo(next, OrderHistoryAction.ParcelsMoved, ParcelFollower, remark, now, customerNotified: false);
        }

        Raise(new OrderFollowedParcels(Id, Code, CustomerId, Status, now));
        return true;
    }
}
