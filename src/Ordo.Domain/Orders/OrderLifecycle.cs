namespace Ordo.Domain.Orders;

/// <summary>
/// Which status may follow which, per order kind (domain.md, "Purchase-order lifecycle").
/// Every transition method on <see cref="Order"/> consults this table, so an illegal move is
/// rejected in one place.
/// </summary>
public static class OrderLifecycle
{
    private static readonly OrderStatus[] PurchaseSpine =
    [
        OrderStatus.Submitted, OrderStatus.Approved, OrderStatus.Deposited, OrderStatus.Ordering,
        OrderStatus.Ordered, OrderStatus.ShopShipped, OrderStatus.InChinaWarehouse, OrderStatus.InTransit,
        OrderStatus.InVietnamWarehouse, OrderStatus.ReadyForDelivery, OrderStatus.Delivering,
        OrderStatus.Delivered, OrderStatus.Completed,
    ];

    private static readonly OrderStatus[] ShippingSpine =
    [
        OrderStatus.Submitted, OrderStatus.Approved, OrderStatus.AwaitingParcels, OrderStatus.InChinaWarehouse,
        OrderStatus.InTransit, OrderStatus.InVietnamWarehouse, OrderStatus.ReadyForDelivery,
        OrderStatus.Delivering, OrderStatus.Delivered, OrderStatus.Completed,
    ];

    private static readonly Dictionary<OrderKind, Dictionary<OrderStatus, HashSet<OrderStatus>>> Transitions = new()
    {
        [OrderKind.Purchase] = Build(PurchaseSpine, new()
        {
            [OrderStatus.Submitted] = [OrderStatus.Rejected, OrderStatus.Cancelled],
            [OrderStatus.Approved] = [OrderStatus.Cancelled],
            [OrderStatus.Deposited] = [OrderStatus.Cancelled, OrderStatus.OutOfStock],
            [OrderStatus.Ordering] = [OrderStatus.Cancelled, OrderStatus.OutOfStock],

            // A tracking number entered by mistake is taken back; without another the order waits for one again.
            [OrderStatus.ShopShipped] = [OrderStatus.Ordered],

            // A failed delivery: the parcel waits for another run, and the order with it.
            [OrderStatus.Delivering] = [OrderStatus.ReadyForDelivery],
        }),
        [OrderKind.Shipping] = Build(ShippingSpine, new()
        {
            [OrderStatus.Submitted] = [OrderStatus.Rejected, OrderStatus.Cancelled],
            [OrderStatus.Approved] = [OrderStatus.Cancelled],
            [OrderStatus.AwaitingParcels] = [OrderStatus.Cancelled],
            [OrderStatus.Delivering] = [OrderStatus.ReadyForDelivery],
        }),
    };

    /// <summary>
    /// Each status's place in the lifecycle: the purchase spine with the shipping-only steps where the shipping
    /// spine has them, then the side exits. Sorting by status follows this, not the alphabet.
    /// </summary>
    public static int Rank(OrderStatus status) => Ranks[status];

    private static readonly Dictionary<OrderStatus, int> Ranks = BuildRanks();

    private static Dictionary<OrderStatus, int> BuildRanks()
    {
        var order = new List<OrderStatus>(PurchaseSpine);
        for (var i = 1; i < ShippingSpine.Length; i++)
        {
            if (!order.Contains(ShippingSpine[i]))
            {
                order.Insert(order.IndexOf(ShippingSpine[i + 1]), ShippingSpine[i]);
            }
        }

        order.AddRange(Enum.GetValues<OrderStatus>().Where(s => !order.Contains(s)).OrderBy(s => s is OrderStatus.Rejected ? 0 : s is OrderStatus.Cancelled ? 1 : 2));
        return order.Select((s, i) => (s, i)).ToDictionary(x => x.s, x => x.i);
    }

    public static IReadOnlyList<OrderStatus> Spine(OrderKind kind) =>
        kind == OrderKind.Purchase ? PurchaseSpine : ShippingSpine;

    public static bool CanMove(OrderKind kind, OrderStatus from, OrderStatus to) =>
        Transitions[kind].TryGetValue(from, out var next) && next.Contains(to);

    public static bool IsTerminal(OrderStatus status) =>
        status is OrderStatus.Completed or OrderStatus.Cancelled or OrderStatus.Rejected or OrderStatus.OutOfStock;

    /// <summary>Rejected, cancelled or out of stock: the order takes no more money, and its tracking numbers are free again.</summary>
    public static bool IsClosedWithoutGoods(OrderStatus status) =>
        status is OrderStatus.Rejected or OrderStatus.Cancelled or OrderStatus.OutOfStock;

    /// <summary>Before the agent has started buying: the customer may still cancel on their own.</summary>
    public static bool CustomerMayCancel(OrderKind kind, OrderStatus status) =>
        CanMove(kind, status, OrderStatus.Cancelled) && status != OrderStatus.Ordering;

    private static Dictionary<OrderStatus, HashSet<OrderStatus>> Build(
        OrderStatus[] spine, Dictionary<OrderStatus, HashSet<OrderStatus>> sideExits)
    {
        var map = new Dictionary<OrderStatus, HashSet<OrderStatus>>();
        for (var i = 0; i < spine.Length - 1; i++)
        {
            map[spine[i]] = [spine[i + 1]];
        }

        foreach (var (from, exits) in sideExits)
        {
            map[from].UnionWith(exits);
        }

        return map;
    }
}
