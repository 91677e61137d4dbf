using Ordo.Domain.Orders;
using Ordo.Domain.Orders.Events;
using Ordo.Domain.Tests.Orders.Builders;
using Ordo.Domain.Tests.Support;

namespace Ordo.Domain.Tests.Logistics;

/// <summary>From the shop's shipping on, an order is where the least advanced of its parcels is.</summary>
public class OrderFollowsParcelsTests
{
    private static readonly DateTimeOffset Now = Clock.Now.AddDays(3);

    [Fact]
    public void A_purchase_order_waits_for_every_parcel_it_expects_then_is_in_the_China_warehouse()
    {
        var order = AnOrder.Purchase().In(OrderStatus.ShopShipped).Build();

        Assert.False(order.FollowParcels([OrderStatus.InChinaWarehouse], expected: 2, Now));
        Assert.Equal(OrderStatus.ShopShipped, order.Status);

        Assert.True(order.FollowParcels([OrderStatus.InChinaWarehouse, OrderStatus.InChinaWarehouse], expected: 2, Now));
        Assert.Equal(OrderStatus.InChinaWarehouse, order.Status);
        var entry = order.History[^1];
        Assert.Equal((OrderHistoryAction.ParcelsMoved, (OrderStatus?)OrderStatus.ShopShipped, OrderStatus.InChinaWarehouse, "2 of 2 parcel(s)", "Ordo"),
            (entry.Action, entry.From, entry.To, entry.Remark, entry.ByName));
        var moved = Assert.IsType<OrderFollowedParcels>(Assert.Single(order.DomainEvents));
        Assert.Equal(OrderStatus.InChinaWarehouse, moved.Status);

        // Received again (an outbox retry): nothing more happens.
        Assert.False(order.FollowParcels([OrderStatus.InChinaWarehouse, OrderStatus.InChinaWarehouse], expected: 2, Now));
    }

    [Fact]
    public void An_approved_shipping_order_awaits_its_parcels_from_the_first_and_is_in_the_warehouse_with_the_last()
    {
        var order = AnOrder.Shipping().In(OrderStatus.Approved).Build();

        Assert.True(order.FollowParcels([OrderStatus.InChinaWarehouse], expected: 2, Now));
        Assert.Equal(OrderStatus.AwaitingParcels, order.Status);

        Assert.True(order.FollowParcels([OrderStatus.InChinaWarehouse, OrderStatus.InChinaWarehouse], expected: 2, Now));
        Assert.Equal(OrderStatus.InChinaWarehouse, order.Status);
    }

    [Theory]
    [InlineData(OrderKind.Purchase, OrderStatus.Ordered)]
    [InlineData(OrderKind.Purchase, OrderStatus.Cancelled)]
    [InlineData(OrderKind.Shipping, OrderStatus.Submitted)]
    [InlineData(OrderKind.Shipping, OrderStatus.Rejected)]
    public void An_order_not_shipped_yet_or_closed_does_not_follow_its_parcels(OrderKind kind, OrderStatus status)
    {
        var order = AnOrder.Of(kind).In(status).Build();
        var before = OrderSnapshot.Of(order);

        Assert.False(order.FollowParcels([OrderStatus.InChinaWarehouse], expected: 1, Now));

        Assert.Equal(before, OrderSnapshot.Of(order));
    }
}
