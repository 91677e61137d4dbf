using Ordo.Domain.Orders.Events;
using Ordo.Domain.Tests.Orders.Builders;

namespace Ordo.Domain.Tests.Orders;

public class RejectingOrderTests
{
    private static readonly DateTimeOffset Now = Clock.Now.AddHours(2);

    [Fact]
    public void Reject_BySubmittedOrder_RejectsItWithTheTrimmedReasonAndTellsTheCustomer()
    {
        var order = AnOrder.Purchase().Submitted().Build();

        order.Reject(Actors.CsManager, "  Sản phẩm cấm nhập khẩu  ", Now);

        Assert.Equal(OrderStatus.Rejected, order.Status);
        var entry = order.History[^1];
        Assert.Equal((OrderHistoryAction.Rejected, (OrderStatus?)OrderStatus.Submitted, OrderStatus.Rejected, Actors.CsManager.UserId, Now),
            (entry.Action, entry.From, entry.To, entry.ByUserId, entry.At));
        Assert.Equal("Sản phẩm cấm nhập khẩu", entry.Remark);
        Assert.True(entry.CustomerNotified);
        Assert.Equal(
            new OrderRejected(order.Id, order.Code, order.CustomerId, Actors.CsManager.UserId, "Sản phẩm cấm nhập khẩu", Now),
            Assert.Single(order.DomainEvents));
    }

    [Fact]
    public void Reject_ByAdmin_IsAllowed()
    {
        var order = AnOrder.Shipping().Submitted().Build();

        order.Reject(Actors.Admin, "Hàng cấm", Now);

        Assert.Equal(OrderStatus.Rejected, order.Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Reject_WithoutReason_IsRefusedAndChangesNothing(string? reason)
    {
        var order = AnOrder.Purchase().Submitted().Build();
        var before = OrderSnapshot.Of(order);

        AssertInvalid(() => order.Reject(Actors.CsManager, reason!, Now), "reason");

        Assert.Equal(before, OrderSnapshot.Of(order));
    }

    [Fact]
    public void Reject_WithReasonOfMaxLength_IsAccepted()
    {
        var order = AnOrder.Purchase().Submitted().Build();

        order.Reject(Actors.CsManager, new string('x', Order.MaxReasonLength), Now);

        Assert.Equal(Order.MaxReasonLength, order.History[^1].Remark!.Length);
    }

    [Fact]
    public void Reject_WithReasonOverMaxLength_IsRefused()
    {
        var order = AnOrder.Purchase().Submitted().Build();

        AssertInvalid(() => order.Reject(Actors.CsManager, new string('x', Order.MaxReasonLength + 1), Now), "reason");

        Assert.Equal(OrderStatus.Submitted, order.Status);
    }

    [Theory]
    [InlineData(Roles.CsStaff)]
    [InlineData(Roles.Customer)]
    [InlineData(Roles.OrderManager)]
    public void Reject_ByAnyoneButCsManagerOrAdmin_IsForbidden(string role)
    {
        var order = AnOrder.Purchase().Submitted().Build();

        AssertForbidden(() => order.Reject(Actors.Staff("Người khác", role), "Không hợp lệ", Now), OrderErrors.RoleNotAllowed);

        Assert.Equal(OrderStatus.Submitted, order.Status);
    }

    [Theory]
    [InlineData(OrderStatus.Approved)]
    [InlineData(OrderStatus.Deposited)]
    [InlineData(OrderStatus.Rejected)]
    [InlineData(OrderStatus.Cancelled)]
    public void Reject_WhenNotSubmitted_IsAnIllegalTransitionAndChangesNothing(OrderStatus status)
    {
        var order = AnOrder.Purchase().In(status).Build();
        var before = OrderSnapshot.Of(order);

        AssertBrokenRule(() => order.Reject(Actors.CsManager, "Không hợp lệ", Now), OrderErrors.IllegalTransition);

        Assert.Equal(before, OrderSnapshot.Of(order));
    }
}
