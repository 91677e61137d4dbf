using Ordo.Domain.Orders.Events;
using Ordo.Domain.Tests.Orders.Builders;

namespace Ordo.Domain.Tests.Orders;

/// <summary>The shop cannot supply the order: buyers close it as out of stock, and the customer is told.</summary>
public class MarkingOutOfStockTests
{
    private const string Reason = "Shop báo hết hàng tất cả mẫu";
    private static readonly DateTimeOffset Now = Clock.Now.AddDays(4);

    public static TheoryData<string> WhoMay => [Roles.OrderManager, Roles.OrderingStaff, Roles.CsManager, Roles.Admin];

    public static TheoryData<string> WhoMayNot => [Roles.Customer, Roles.CsStaff, Roles.Accountant, Roles.Delivery, Roles.ChinaWarehouse];

    [Theory]
    [MemberData(nameof(WhoMay))]
    public void Buyers_close_a_deposited_order_the_shop_cannot_supply(string role)
    {
        var order = AnOrder.Purchase().In(OrderStatus.Deposited).Build();
        var staff = Actors.Staff("Người mua hàng", role);

        order.MarkOutOfStock(staff, $"  {Reason} ", Now);

        Assert.Equal(OrderStatus.OutOfStock, order.Status);
        var entry = order.History[^1];
        Assert.Equal((OrderHistoryAction.OutOfStock, (OrderStatus?)OrderStatus.Deposited, OrderStatus.OutOfStock, Reason, true),
            (entry.Action, entry.From, entry.To, entry.Remark, entry.CustomerNotified));
        Assert.Equal(
            new OrderOutOfStock(order.Id, order.Code, order.CustomerId, OrderStatus.Deposited, staff.UserId, Reason, Now),
            Assert.Single(order.DomainEvents));
    }

    [Fact]
    public void An_order_being_bought_may_turn_out_of_stock()
    {
        var order = AnOrder.Purchase().In(OrderStatus.Ordering).Build();

        order.MarkOutOfStock(Actors.OrderingStaff, Reason, Now);

        Assert.Equal(OrderStatus.OutOfStock, order.Status);
    }

    [Theory]
    [InlineData(OrderKind.Purchase, OrderStatus.Submitted)]
    [InlineData(OrderKind.Purchase, OrderStatus.Approved)]
    [InlineData(OrderKind.Purchase, OrderStatus.Ordered)]
    [InlineData(OrderKind.Purchase, OrderStatus.InTransit)]
    [InlineData(OrderKind.Purchase, OrderStatus.Cancelled)]
    [InlineData(OrderKind.Purchase, OrderStatus.OutOfStock)]
    [InlineData(OrderKind.Shipping, OrderStatus.AwaitingParcels)]
    public void Only_a_deposited_or_ordering_purchase_order_can_be_out_of_stock(OrderKind kind, OrderStatus status)
    {
        var order = AnOrder.Of(kind).In(status).Build();
        var before = OrderSnapshot.Of(order);

        AssertBrokenRule(() => order.MarkOutOfStock(Actors.OrderManager, Reason, Now), OrderErrors.IllegalTransition);

        Assert.Equal(before, OrderSnapshot.Of(order));
    }

    [Theory]
    [MemberData(nameof(WhoMayNot))]
    public void Others_may_not_mark_an_order_out_of_stock(string role)
    {
        var order = AnOrder.Purchase().In(OrderStatus.Deposited).Build();
        var before = OrderSnapshot.Of(order);

        AssertForbidden(() => order.MarkOutOfStock(Actors.Staff("Ai đó", role), Reason, Now), OrderErrors.RoleNotAllowed);

        Assert.Equal(before, OrderSnapshot.Of(order));
    }

    [Fact]
    public void The_owner_may_not_mark_their_order_out_of_stock()
    {
        var order = AnOrder.Purchase().In(OrderStatus.Deposited).Build();

        AssertForbidden(() => order.MarkOutOfStock(Actors.OwnerOf(order), Reason, Now), OrderErrors.RoleNotAllowed);

        Assert.Equal(OrderStatus.Deposited, order.Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Out_of_stock_needs_a_reason(string? reason)
    {
        var order = AnOrder.Purchase().In(OrderStatus.Deposited).Build();
        var before = OrderSnapshot.Of(order);

        AssertInvalid(() => order.MarkOutOfStock(Actors.OrderManager, reason!, Now), "reason");

        Assert.Equal(before, OrderSnapshot.Of(order));
    }
}
