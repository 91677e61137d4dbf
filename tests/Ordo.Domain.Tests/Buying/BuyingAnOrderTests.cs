using Ordo.Domain.Money;
using Ordo.Domain.Orders.Events;
using Ordo.Domain.Tests.Orders.Builders;

namespace Ordo.Domain.Tests.Buying;

public class BuyingAnOrderTests
{
    private static readonly DateTimeOffset Now = Clock.Now.AddDays(1);

    // Two lines: a jacket at ¥89.50 × 2 and shoes at ¥120 × 1 (the builder's default cart).
    private static Order Ordering() => AnOrder.Purchase().In(OrderStatus.Ordering).Build();

    private static List<LinePurchase> AsInCart(Order order) =>
        [.. order.Lines.Select(l => new LinePurchase(l.Id, l.CartUnitPriceCny, l.OrderedQuantity))];

    [Fact]
    public void The_order_manager_assigns_a_buyer_and_the_deposited_order_moves_to_ordering()
    {
        var order = AnOrder.Purchase().In(OrderStatus.Deposited).Build();
        var buyer = StaffMembers.New("Mai Văn Mua", Roles.OrderingStaff);

        order.AssignBuyer(Actors.OrderManager, buyer, Now);

        Assert.Equal(OrderStatus.Ordering, order.Status);
        Assert.Equal((buyer.Id, buyer.Name), (order.BuyerId, order.BuyerName));
        var entry = order.History[^1];
        Assert.Equal((OrderHistoryAction.BuyerAssigned, OrderStatus.Deposited, OrderStatus.Ordering, buyer.Name), (entry.Action, entry.From, entry.To, entry.Remark));
        var raised = Assert.IsType<BuyerAssigned>(Assert.Single(order.DomainEvents));
        Assert.False(raised.Claimed);
    }

    [Fact]
    public void An_order_being_bought_changes_hands_without_changing_status()
    {
        var order = Ordering();
        var other = StaffMembers.New("Trịnh Văn Khác", Roles.OrderingStaff);

        order.AssignBuyer(Actors.OrderManager, other, Now);

        Assert.Equal((OrderStatus.Ordering, other.Id), (order.Status, order.BuyerId));
        Assert.Equal(OrderHistoryAction.BuyerAssigned, order.History[^1].Action);
    }

    [Theory]
    [InlineData(Roles.CsManager)]
    [InlineData(Roles.OrderingStaff)]
    [InlineData(Roles.Accountant)]
    public void Only_the_order_manager_assigns_buyers(string role)
    {
        var order = AnOrder.Purchase().In(OrderStatus.Deposited).Build();

        AssertForbidden(() => order.AssignBuyer(Actors.Staff("Ai đó", role), AnOrder.Buyer, Now), OrderErrors.RoleNotAllowed);
        Assert.Equal(OrderStatus.Deposited, order.Status);
    }

    [Fact]
    public void A_buyer_must_be_active_ordering_staff()
    {
        var order = AnOrder.Purchase().In(OrderStatus.Deposited).Build();

        AssertInvalid(() => order.AssignBuyer(Actors.OrderManager, StaffMembers.CustomerCare(), Now), "buyerId");
        AssertInvalid(() => order.AssignBuyer(Actors.OrderManager, StaffMembers.New("Nghỉ", Roles.OrderingStaff) with { IsActive = false }, Now), "buyerId");
        Assert.Null(order.BuyerId);
    }

    [Fact]
    public void Ordering_staff_claim_a_deposited_order_within_their_limit()
    {
        var order = AnOrder.Purchase().In(OrderStatus.Deposited).Build();
        var self = AnOrder.Buyer;

        order.Claim(AnOrder.BuyerActor, self, openOrders: 4, limit: 5, Now);

        Assert.Equal((OrderStatus.Ordering, self.Id), (order.Status, order.BuyerId));
        Assert.True(Assert.IsType<BuyerAssigned>(Assert.Single(order.DomainEvents)).Claimed);
    }

    [Fact]
    public void A_claim_beyond_the_limit_is_refused()
    {
        var order = AnOrder.Purchase().In(OrderStatus.Deposited).Build();

        AssertBrokenRule(() => order.Claim(AnOrder.BuyerActor, AnOrder.Buyer, openOrders: 5, limit: 5, Now), OrderErrors.ClaimLimit);
        Assert.Equal(OrderStatus.Deposited, order.Status);
    }

    [Fact]
    public void A_shortage_and_a_higher_shop_price_reprice_the_order_on_what_was_really_bought()
    {
        var order = Ordering();
        var (jacket, shoes) = (order.Lines[0], order.Lines[1]);

        // One jacket of two, at the cart's price; the shoes cost ¥135 instead of ¥120.
        var increase = order.RecordPurchase(AnOrder.BuyerActor, [new(jacket.Id, 89.50m, 1), new(shoes.Id, 135m, 1)], 12.50m, Now);

        Assert.Equal(OrderStatus.Ordered, order.Status);
        Assert.Equal(15m, increase);
        Assert.Equal(89.50m + 135m, order.GoodsValueCny);
        Assert.Equal(2, order.TotalQuantity);
        Assert.Equal((1, 2, true), (jacket.Quantity, jacket.OrderedQuantity, jacket.IsShort));
        Assert.Equal((135m, 120m, 135m), (shoes.UnitPriceCny, shoes.CartUnitPriceCny, shoes.AmountCny));
        Assert.Equal((12.50m, Now), (order.ChinaShippingCny, order.OrderedAt));
        Assert.Equal("1 line(s) short; shop prices +15.00 CNY; China shipping 12.50 CNY", order.History[^1].Remark);
        var raised = Assert.IsType<OrderPurchased>(Assert.Single(order.DomainEvents));
        Assert.Equal((1, 15m, 15m * 3_650m, 224.50m), (raised.ShortLines, raised.PriceIncreaseCny, raised.PriceIncreaseVnd, raised.GoodsValueCny));
    }

    [Fact]
    public void A_lower_shop_price_lowers_the_goods_value_and_counts_as_the_buyers_saving()
    {
        var order = Ordering();
        var lines = AsInCart(order);
        lines[0] = lines[0] with { UnitPriceCny = 80m };

        var increase = order.RecordPurchase(AnOrder.BuyerActor, lines, 0m, Now);

        Assert.Equal(0m, increase);
        Assert.Equal(80m * 2 + 120m, order.GoodsValueCny);
        Assert.Equal((160m, 0m, 19m), (order.Lines[0].AmountCny, order.Lines[0].PriceIncreaseCny, order.Lines[0].PriceSavingCny));
    }

    [Fact]
    public void China_shipping_is_charged_to_the_customer_at_the_orders_rate()
    {
        var order = Ordering();
        var before = order.Price(AnOrder.Pricing);

        order.RecordPurchase(AnOrder.BuyerActor, AsInCart(order), 10m, Now);

        var after = order.Price(AnOrder.Pricing);
        Assert.Equal(36_500m, after.ChinaShippingVnd.Amount);
        Assert.Equal(before.Total.Amount + 36_500m, after.Total.Amount);
    }

    [Fact]
    public void Another_buyer_may_not_record_the_purchase_but_the_order_manager_may()
    {
        var order = Ordering();

        var refused = AssertForbidden(() => order.RecordPurchase(Actors.OrderingStaff, AsInCart(order), 0m, Now), OrderErrors.AnotherBuyer);
        Assert.Contains(AnOrder.Buyer.Name, refused.Message, StringComparison.Ordinal);
        Assert.Equal(OrderStatus.Ordering, order.Status);

        order.RecordPurchase(Actors.OrderManager, AsInCart(order), 0m, Now);
        Assert.Equal(OrderStatus.Ordered, order.Status);
    }

    [Fact]
    public void Every_broken_line_rule_is_named_by_its_field_and_nothing_changes()
    {
        var order = Ordering();
        var (jacket, shoes) = (order.Lines[0], order.Lines[1]);

        AssertInvalid(() => order.RecordPurchase(AnOrder.BuyerActor, [new(jacket.Id, 0m, 3), new(shoes.Id, 12.345m, -1)], -1m, Now),
            "lines[0].unitPriceCny", "lines[0].quantity", "lines[1].unitPriceCny", "lines[1].quantity", "chinaShippingCny");
        AssertInvalid(() => order.RecordPurchase(AnOrder.BuyerActor, [new(jacket.Id, 89.50m, 2), new(jacket.Id, 89.50m, 2)], 0m, Now),
            "lines[1].lineId", "lines");
        AssertInvalid(() => order.RecordPurchase(AnOrder.BuyerActor, [new(jacket.Id, 89.50m, 2), new(shoes.Id, 120m, 1), new(Guid.NewGuid(), 1m, 1)], 0m, Now),
            "lines[2].lineId");

        Assert.Equal((OrderStatus.Ordering, 2, 299m), (order.Status, jacket.Quantity, order.GoodsValueCny));
    }

    [Fact]
    public void A_shop_that_supplies_nothing_is_an_out_of_stock_order_not_a_purchase()
    {
        var order = Ordering();

        AssertBrokenRule(() => order.RecordPurchase(AnOrder.BuyerActor, [.. AsInCart(order).Select(l => l with { Quantity = 0 })], 0m, Now), OrderErrors.NothingSupplied);
        Assert.Equal(OrderStatus.Ordering, order.Status);
    }

    [Theory]
    [InlineData(OrderStatus.Deposited)]
    [InlineData(OrderStatus.Ordered)]
    [InlineData(OrderStatus.ShopShipped)]
    public void A_purchase_is_recorded_only_while_the_order_is_being_bought(OrderStatus status)
    {
        var order = AnOrder.Purchase().In(status).Build();

        AssertBrokenRule(() => order.RecordPurchase(Actors.OrderManager, AsInCart(order), 0m, Now), OrderErrors.IllegalTransition);
    }

    [Fact]
    public void The_first_tracking_number_moves_the_order_to_shop_shipped_and_taking_back_the_last_returns_it_to_ordered()
    {
        var order = AnOrder.Purchase().In(OrderStatus.Ordered).Build();

        order.AddTrackingNumber(AnOrder.BuyerActor, "YT7530000001", Now);
        Assert.Equal(OrderStatus.ShopShipped, order.Status);
        order.AddTrackingNumber(AnOrder.BuyerActor, "YT7530000002", Now);
        Assert.Equal(OrderStatus.ShopShipped, order.Status);

        order.RemoveTrackingNumber(AnOrder.BuyerActor, "YT7530000002", remaining: 1, Now);
        Assert.Equal(OrderStatus.ShopShipped, order.Status);
        order.RemoveTrackingNumber(AnOrder.BuyerActor, "YT7530000001", remaining: 0, Now);
        Assert.Equal(OrderStatus.Ordered, order.Status);
        Assert.Equal(
            [OrderHistoryAction.TrackingNumberAdded, OrderHistoryAction.TrackingNumberAdded, OrderHistoryAction.TrackingNumberRemoved, OrderHistoryAction.TrackingNumberRemoved],
            order.History.TakeLast(4).Select(h => h.Action));
    }

    [Fact]
    public void A_tracking_number_waits_for_the_shop_order()
    {
        var order = Ordering();

        AssertBrokenRule(() => order.AddTrackingNumber(AnOrder.BuyerActor, "YT7530000001", Now), OrderErrors.IllegalTransition);
    }
}
