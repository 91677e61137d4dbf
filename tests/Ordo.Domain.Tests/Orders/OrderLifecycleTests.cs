namespace Ordo.Domain.Tests.Orders;

/// <summary>The status table of domain.md ("Purchase-order lifecycle"), written out here independently of the code.</summary>
public class OrderLifecycleTests
{
    private static readonly OrderStatus[] PurchaseSpine =
    [
        OrderStatus.Submitted, OrderStatus.Approved, OrderStatus.Deposited, OrderStatus.Ordering, OrderStatus.Ordered,
        OrderStatus.ShopShipped, OrderStatus.InChinaWarehouse, OrderStatus.InTransit, OrderStatus.InVietnamWarehouse,
        OrderStatus.ReadyForDelivery, OrderStatus.Delivering, OrderStatus.Delivered, OrderStatus.Completed,
    ];

    private static readonly OrderStatus[] ShippingSpine =
    [
        OrderStatus.Submitted, OrderStatus.Approved, OrderStatus.AwaitingParcels, OrderStatus.InChinaWarehouse,
        OrderStatus.InTransit, OrderStatus.InVietnamWarehouse, OrderStatus.ReadyForDelivery, OrderStatus.Delivering,
        OrderStatus.Delivered, OrderStatus.Completed,
    ];

    // Rejected: the CS manager refuses a new order. Cancelled: before the shop order is placed (Ordered).
    // OutOfStock: the shop cannot supply anything, after the deposit is paid. Shipping orders have no buying.
    private static readonly (OrderKind Kind, OrderStatus From, OrderStatus To)[] SideExits =
    [
        (OrderKind.Purchase, OrderStatus.Submitted, OrderStatus.Rejected),
        (OrderKind.Purchase, OrderStatus.Submitted, OrderStatus.Cancelled),
        (OrderKind.Purchase, OrderStatus.Approved, OrderStatus.Cancelled),
        (OrderKind.Purchase, OrderStatus.Deposited, OrderStatus.Cancelled),
        (OrderKind.Purchase, OrderStatus.Ordering, OrderStatus.Cancelled),
        (OrderKind.Purchase, OrderStatus.Deposited, OrderStatus.OutOfStock),
        (OrderKind.Purchase, OrderStatus.Ordering, OrderStatus.OutOfStock),
        (OrderKind.Shipping, OrderStatus.Submitted, OrderStatus.Rejected),
        (OrderKind.Shipping, OrderStatus.Submitted, OrderStatus.Cancelled),
        (OrderKind.Shipping, OrderStatus.Approved, OrderStatus.Cancelled),
        (OrderKind.Shipping, OrderStatus.AwaitingParcels, OrderStatus.Cancelled),

        // The one step back: the only tracking number was entered by mistake and is taken back.
        (OrderKind.Purchase, OrderStatus.ShopShipped, OrderStatus.Ordered),

        // And a failed delivery: the parcel waits for another run, the order with it.
        (OrderKind.Purchase, OrderStatus.Delivering, OrderStatus.ReadyForDelivery),
        (OrderKind.Shipping, OrderStatus.Delivering, OrderStatus.ReadyForDelivery),
    ];

    private static readonly OrderStatus[] Terminal =
        [OrderStatus.Completed, OrderStatus.Cancelled, OrderStatus.Rejected, OrderStatus.OutOfStock];

    private static readonly OrderKind[] Kinds = Enum.GetValues<OrderKind>();

    private static readonly OrderStatus[] Statuses = Enum.GetValues<OrderStatus>();

    public static TheoryData<OrderKind, OrderStatus, OrderStatus> SpineSteps()
    {
        var data = new TheoryData<OrderKind, OrderStatus, OrderStatus>();
        foreach (var kind in Kinds)
        {
            var spine = SpineOf(kind);
            for (var i = 0; i < spine.Length - 1; i++)
            {
                data.Add(kind, spine[i], spine[i + 1]);
            }
        }

        return data;
    }

    public static TheoryData<OrderKind, OrderStatus, OrderStatus> AllowedSideExits()
    {
        var data = new TheoryData<OrderKind, OrderStatus, OrderStatus>();
        foreach (var (kind, from, to) in SideExits)
        {
            data.Add(kind, from, to);
        }

        return data;
    }

    public static TheoryData<OrderKind, OrderStatus, OrderStatus> RefusedSideExits()
    {
        var data = new TheoryData<OrderKind, OrderStatus, OrderStatus>();
        foreach (var kind in Kinds)
        {
            foreach (var from in SpineOf(kind))
            {
                foreach (var exit in new[] { OrderStatus.Rejected, OrderStatus.Cancelled, OrderStatus.OutOfStock })
                {
                    if (!SideExits.Contains((kind, from, exit)))
                    {
                        data.Add(kind, from, exit);
                    }
                }
            }
        }

        return data;
    }

    public static TheoryData<OrderKind, OrderStatus> KindsAndStatuses()
    {
        var data = new TheoryData<OrderKind, OrderStatus>();
        foreach (var kind in Kinds)
        {
            foreach (var status in Statuses)
            {
                data.Add(kind, status);
            }
        }

        return data;
    }

    public static TheoryData<OrderKind, OrderStatus> TerminalStatuses()
    {
        var data = new TheoryData<OrderKind, OrderStatus>();
        foreach (var kind in Kinds)
        {
            foreach (var status in Terminal)
            {
                data.Add(kind, status);
            }
        }

        return data;
    }

    public static TheoryData<OrderKind, OrderStatus, OrderStatus> SkippedSteps()
    {
        var data = new TheoryData<OrderKind, OrderStatus, OrderStatus>();
        foreach (var kind in Kinds)
        {
            var spine = SpineOf(kind);
            for (var i = 0; i < spine.Length - 2; i++)
            {
                data.Add(kind, spine[i], spine[i + 2]);
            }

            data.Add(kind, OrderStatus.Submitted, OrderStatus.Completed);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SpineSteps))]
    public void Every_spine_step_is_allowed_in_order(OrderKind kind, OrderStatus from, OrderStatus to) =>
        Assert.True(OrderLifecycle.CanMove(kind, from, to));

    [Theory]
    [MemberData(nameof(SpineSteps))]
    public void No_spine_step_goes_backwards_but_a_mistaken_tracking_number_taken_back_or_a_failed_delivery(OrderKind kind, OrderStatus from, OrderStatus to) =>
        Assert.Equal(SideExits.Contains((kind, to, from)), OrderLifecycle.CanMove(kind, to, from));

    [Theory]
    [MemberData(nameof(SkippedSteps))]
    public void Skipping_a_step_is_refused(OrderKind kind, OrderStatus from, OrderStatus to) =>
        Assert.False(OrderLifecycle.CanMove(kind, from, to));

    [Theory]
    [MemberData(nameof(AllowedSideExits))]
    public void Side_exit_is_allowed_where_the_domain_allows_it(OrderKind kind, OrderStatus from, OrderStatus exit) =>
        Assert.True(OrderLifecycle.CanMove(kind, from, exit));

    [Theory]
    [MemberData(nameof(RefusedSideExits))]
    public void Side_exit_is_refused_everywhere_else(OrderKind kind, OrderStatus from, OrderStatus exit) =>
        Assert.False(OrderLifecycle.CanMove(kind, from, exit));

    [Theory]
    [MemberData(nameof(KindsAndStatuses))]
    public void A_status_leads_only_to_its_next_spine_step_and_its_side_exits(OrderKind kind, OrderStatus from)
    {
        var spine = SpineOf(kind);
        var index = Array.IndexOf(spine, from);
        var expected = SideExits.Where(e => e.Kind == kind && e.From == from).Select(e => e.To).ToList();
        if (index >= 0 && index < spine.Length - 1)
        {
            expected.Add(spine[index + 1]);
        }

        var actual = Statuses.Where(to => OrderLifecycle.CanMove(kind, from, to));

        Assert.Equal(expected.Order(), actual.Order());
    }

    [Theory]
    [MemberData(nameof(TerminalStatuses))]
    public void Nothing_leaves_a_terminal_status(OrderKind kind, OrderStatus terminal)
    {
        Assert.True(OrderLifecycle.IsTerminal(terminal));
        Assert.DoesNotContain(Statuses, to => OrderLifecycle.CanMove(kind, terminal, to));
    }

    [Fact]
    public void Only_completed_cancelled_rejected_and_out_of_stock_are_terminal() =>
        Assert.Equal(Terminal.Order(), Statuses.Where(OrderLifecycle.IsTerminal).Order());

    [Theory]
    [InlineData(OrderKind.Purchase)]
    [InlineData(OrderKind.Shipping)]
    public void Spine_is_the_one_of_domain_md(OrderKind kind) =>
        Assert.Equal(SpineOf(kind), OrderLifecycle.Spine(kind));

    [Theory]
    [InlineData(OrderStatus.Deposited)]
    [InlineData(OrderStatus.Ordering)]
    [InlineData(OrderStatus.Ordered)]
    [InlineData(OrderStatus.ShopShipped)]
    [InlineData(OrderStatus.OutOfStock)]
    public void Shipping_orders_never_go_through_the_buying_steps(OrderStatus buyingStep)
    {
        Assert.DoesNotContain(Statuses, from => OrderLifecycle.CanMove(OrderKind.Shipping, from, buyingStep));
        Assert.DoesNotContain(Statuses, to => OrderLifecycle.CanMove(OrderKind.Shipping, buyingStep, to));
    }

    [Fact]
    public void Purchase_orders_never_await_consigned_parcels()
    {
        Assert.DoesNotContain(Statuses, from => OrderLifecycle.CanMove(OrderKind.Purchase, from, OrderStatus.AwaitingParcels));
        Assert.DoesNotContain(Statuses, to => OrderLifecycle.CanMove(OrderKind.Purchase, OrderStatus.AwaitingParcels, to));
    }

    [Theory]
    [InlineData(OrderKind.Purchase, OrderStatus.Submitted, true)]
    [InlineData(OrderKind.Purchase, OrderStatus.Approved, true)]
    [InlineData(OrderKind.Purchase, OrderStatus.Deposited, true)]
    [InlineData(OrderKind.Purchase, OrderStatus.Ordering, false)]
    [InlineData(OrderKind.Purchase, OrderStatus.Ordered, false)]
    [InlineData(OrderKind.Purchase, OrderStatus.Cancelled, false)]
    [InlineData(OrderKind.Shipping, OrderStatus.Submitted, true)]
    [InlineData(OrderKind.Shipping, OrderStatus.Approved, true)]
    [InlineData(OrderKind.Shipping, OrderStatus.AwaitingParcels, true)]
    [InlineData(OrderKind.Shipping, OrderStatus.InChinaWarehouse, false)]
    public void Customer_may_cancel_on_their_own_only_before_buying_starts(OrderKind kind, OrderStatus status, bool expected) =>
        Assert.Equal(expected, OrderLifecycle.CustomerMayCancel(kind, status));

    private static OrderStatus[] SpineOf(OrderKind kind) => kind == OrderKind.Purchase ? PurchaseSpine : ShippingSpine;

    [Fact]
    public void Statuses_rank_in_lifecycle_order_with_shipping_steps_in_place_and_exits_last()
    {
        var ranked = Enum.GetValues<OrderStatus>().OrderBy(OrderLifecycle.Rank).ToArray();

        Assert.Equal(
            [
                OrderStatus.Submitted, OrderStatus.Approved, OrderStatus.Deposited, OrderStatus.Ordering, OrderStatus.Ordered,
                OrderStatus.ShopShipped, OrderStatus.AwaitingParcels, OrderStatus.InChinaWarehouse, OrderStatus.InTransit,
                OrderStatus.InVietnamWarehouse, OrderStatus.ReadyForDelivery, OrderStatus.Delivering, OrderStatus.Delivered,
                OrderStatus.Completed, OrderStatus.Rejected, OrderStatus.Cancelled, OrderStatus.OutOfStock,
            ],
            ranked);
    }
}
