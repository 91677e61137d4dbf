using Ordo.Domain.Orders.Events;
using Ordo.Domain.Tests.Orders.Builders;

namespace Ordo.Domain.Tests.Orders;

public class CancellingOrderTests
{
    private const string Reason = "Tìm được chỗ rẻ hơn";
    private static readonly DateTimeOffset Now = Clock.Now.AddDays(2);

    public static TheoryData<string> StaffWhoMayCancel => [Roles.CsManager, Roles.CsStaff, Roles.OrderManager, Roles.Admin];

    public static TheoryData<string> StaffWhoMayNotCancel => [Roles.OrderingStaff, Roles.Accountant, Roles.Delivery, Roles.ChinaWarehouse];

    [Theory]
    [InlineData(OrderKind.Purchase, OrderStatus.Submitted)]
    [InlineData(OrderKind.Purchase, OrderStatus.Approved)]
    [InlineData(OrderKind.Purchase, OrderStatus.Deposited)]
    [InlineData(OrderKind.Shipping, OrderStatus.Submitted)]
    [InlineData(OrderKind.Shipping, OrderStatus.Approved)]
    [InlineData(OrderKind.Shipping, OrderStatus.AwaitingParcels)]
    public void Customer_may_cancel_their_own_order_before_buying_starts(OrderKind kind, OrderStatus status)
    {
        var order = AnOrder.Of(kind).In(status).Build();
        var owner = Actors.OwnerOf(order);

        order.Cancel(owner, "  " + Reason + "  ", Now);

        Assert.Equal(OrderStatus.Cancelled, order.Status);
        var entry = order.History[^1];
        Assert.Equal((OrderHistoryAction.Cancelled, (OrderStatus?)status, OrderStatus.Cancelled, owner.UserId, Now, Reason),
            (entry.Action, entry.From, entry.To, entry.ByUserId, entry.At, entry.Remark));
        Assert.False(entry.CustomerNotified);
        Assert.Equal(
            new OrderCancelled(order.Id, order.Code, order.CustomerId, status, owner.UserId, Reason, Now),
            Assert.Single(order.DomainEvents));
    }

    [Fact]
    public void Customer_may_not_cancel_an_order_that_is_being_bought()
    {
        var order = AnOrder.Purchase().In(OrderStatus.Ordering).Build();
        var before = OrderSnapshot.Of(order);

        AssertBrokenRule(() => order.Cancel(Actors.OwnerOf(order), Reason, Now), OrderErrors.IllegalTransition);

        Assert.Equal(before, OrderSnapshot.Of(order));
    }

    [Theory]
    [MemberData(nameof(StaffWhoMayCancel))]
    public void Staff_may_cancel_an_order_that_is_being_bought_and_the_customer_is_told(string role)
    {
        var staff = Actors.Staff("Nhân viên", role);
        var order = AnOrder.Purchase().In(OrderStatus.Ordering).Build();

        order.Cancel(staff, "Shop ngừng bán", Now);

        Assert.Equal(OrderStatus.Cancelled, order.Status);
        Assert.True(order.History[^1].CustomerNotified);
        Assert.Equal(OrderStatus.Ordering, Assert.IsType<OrderCancelled>(Assert.Single(order.DomainEvents)).From);
    }

    [Theory]
    [InlineData(OrderKind.Purchase, OrderStatus.Ordered)]
    [InlineData(OrderKind.Purchase, OrderStatus.ShopShipped)]
    [InlineData(OrderKind.Purchase, OrderStatus.InTransit)]
    [InlineData(OrderKind.Purchase, OrderStatus.Delivered)]
    [InlineData(OrderKind.Purchase, OrderStatus.Completed)]
    [InlineData(OrderKind.Purchase, OrderStatus.Cancelled)]
    [InlineData(OrderKind.Purchase, OrderStatus.Rejected)]
    [InlineData(OrderKind.Purchase, OrderStatus.OutOfStock)]
    [InlineData(OrderKind.Shipping, OrderStatus.InChinaWarehouse)]
    public void Nobody_may_cancel_once_the_shop_order_is_placed_or_the_order_is_closed(OrderKind kind, OrderStatus status)
    {
        foreach (var actor in new[] { Actors.Admin, Actors.CsManager })
        {
            var order = AnOrder.Of(kind).In(status).Build();
            var before = OrderSnapshot.Of(order);

            AssertBrokenRule(() => order.Cancel(actor, Reason, Now), OrderErrors.IllegalTransition);
            AssertBrokenRule(() => order.Cancel(Actors.OwnerOf(order), Reason, Now), OrderErrors.IllegalTransition);

            Assert.Equal(before, OrderSnapshot.Of(order));
        }
    }

    [Fact]
    public void Another_customer_may_not_cancel_the_order()
    {
        var order = AnOrder.Purchase().Submitted().Build();
        var before = OrderSnapshot.Of(order);

        AssertForbidden(() => order.Cancel(Actors.NewCustomer("Kẻ lạ"), Reason, Now), OrderErrors.NotYourOrder);

        Assert.Equal(before, OrderSnapshot.Of(order));
    }

    [Theory]
    [MemberData(nameof(StaffWhoMayNotCancel))]
    public void Staff_outside_customer_care_and_order_management_may_not_cancel(string role)
    {
        var staff = Actors.Staff("Nhân viên", role);
        var order = AnOrder.Purchase().Approved().Build();

        AssertForbidden(() => order.Cancel(staff, Reason, Now), OrderErrors.NotYourOrder);

        Assert.Equal(OrderStatus.Approved, order.Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t ")]
    public void Cancel_WithoutReason_IsRefused(string? reason)
    {
        var order = AnOrder.Purchase().Submitted().Build();
        var before = OrderSnapshot.Of(order);

        AssertInvalid(() => order.Cancel(Actors.OwnerOf(order), reason!, Now), "reason");

        Assert.Equal(before, OrderSnapshot.Of(order));
    }

    [Fact]
    public void Cancel_WithReasonOverMaxLength_IsRefused()
    {
        var order = AnOrder.Purchase().Submitted().Build();

        AssertInvalid(() => order.Cancel(Actors.CsManager, new string('x', Order.MaxReasonLength + 1), Now), "reason");

        Assert.Equal(OrderStatus.Submitted, order.Status);
    }
}
