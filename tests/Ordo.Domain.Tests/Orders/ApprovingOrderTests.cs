using Ordo.Domain.Orders.Events;
using Ordo.Domain.Tests.Orders.Builders;

namespace Ordo.Domain.Tests.Orders;

public class ApprovingOrderTests
{
    private static readonly DateTimeOffset Now = Clock.Now.AddHours(2);

    public static TheoryData<string> RolesThatMayNotApprove =>
        [Roles.Customer, Roles.CsStaff, Roles.OrderManager, Roles.OrderingStaff, Roles.Accountant, Roles.ForwardingManager];

    public static TheoryData<OrderKind, OrderStatus> NotSubmitted()
    {
        var data = new TheoryData<OrderKind, OrderStatus>();
        foreach (var kind in Enum.GetValues<OrderKind>())
        {
            foreach (var status in AnOrder.Reachable(kind).Where(s => s != OrderStatus.Submitted).Order())
            {
                data.Add(kind, status);
            }
        }

        return data;
    }

    [Theory]
    [InlineData(OrderKind.Purchase)]
    [InlineData(OrderKind.Shipping)]
    public void Approve_ByCsManager_MovesSubmittedOrderToApproved(OrderKind kind)
    {
        var order = AnOrder.Of(kind).Submitted().Build();

        order.Approve(Actors.CsManager, null, null, Now);

        Assert.Equal(OrderStatus.Approved, order.Status);
        Assert.Equal(Now, order.UpdatedAt);
    }

    [Fact]
    public void Approve_ByAdmin_IsAllowed()
    {
        var order = AnOrder.Purchase().Submitted().Build();

        order.Approve(Actors.Admin, null, null, Now);

        Assert.Equal(OrderStatus.Approved, order.Status);
    }

    [Theory]
    [MemberData(nameof(RolesThatMayNotApprove))]
    public void Approve_ByAnyoneElse_IsForbiddenAndChangesNothing(string role)
    {
        var order = AnOrder.Purchase().Submitted().Build();
        var before = OrderSnapshot.Of(order);

        AssertForbidden(() => order.Approve(Actors.Staff("Người khác", role), null, null, Now), OrderErrors.RoleNotAllowed);

        Assert.Equal(before, OrderSnapshot.Of(order));
    }

    [Fact]
    public void Approve_WritesWhoApprovedWhenFromWhichStatusWithTheRemark()
    {
        var order = AnOrder.Purchase().Submitted().Build();

        order.Approve(Actors.CsManager, null, "  Đã kiểm tra link  ", Now);

        var entry = order.History[^1];
        Assert.Equal(2, order.History.Count);
        Assert.Equal(OrderHistoryAction.Approved, entry.Action);
        Assert.Equal(OrderStatus.Submitted, entry.From);
        Assert.Equal(OrderStatus.Approved, entry.To);
        Assert.Equal(Actors.CsManager.UserId, entry.ByUserId);
        Assert.Equal(Actors.CsManager.Name, entry.ByName);
        Assert.Equal(Now, entry.At);
        Assert.Equal("Đã kiểm tra link", entry.Remark);
        Assert.True(entry.CustomerNotified);
    }

    [Fact]
    public void Approve_WithBlankRemark_RecordsNoRemark()
    {
        var order = AnOrder.Purchase().Submitted().Build();

        order.Approve(Actors.CsManager, null, "   ", Now);

        Assert.Null(order.History[^1].Remark);
    }

    [Fact]
    public void Approve_RaisesOrderApproved()
    {
        var order = AnOrder.Purchase().Submitted().Build();

        order.Approve(Actors.CsManager, null, null, Now);

        var approved = Assert.IsType<OrderApproved>(Assert.Single(order.DomainEvents));
        Assert.Equal(new OrderApproved(order.Id, order.Code, order.CustomerId, Actors.CsManager.UserId, null, Now), approved);
    }

    [Fact]
    public void Approve_WithCsStaff_AssignsThemRecordsItAndNamesThemInTheEvent()
    {
        var order = AnOrder.Purchase().Submitted().Build();
        var staff = StaffMembers.CustomerCare("Lê Thị Cúc");

        order.Approve(Actors.CsManager, staff, null, Now);

        Assert.Equal(staff.Id, order.CsStaffId);
        Assert.Equal("Lê Thị Cúc", order.CsStaffName);
        Assert.Equal(
            [OrderHistoryAction.Submitted, OrderHistoryAction.Approved, OrderHistoryAction.CsStaffAssigned],
            order.History.Select(h => h.Action));
        Assert.Equal("Lê Thị Cúc", order.History[^1].Remark);
        Assert.Collection(
            order.DomainEvents,
            e => Assert.Equal(new CsStaffAssigned(order.Id, order.Code, order.CustomerId, staff.Id, Actors.CsManager.UserId, Now), e),
            e => Assert.Equal(staff.Id, Assert.IsType<OrderApproved>(e).CsStaffId));
    }

    [Fact]
    public void Approve_WithACsManagerAsHandler_IsAllowed()
    {
        var order = AnOrder.Purchase().Submitted().Build();
        var manager = StaffMembers.CustomerCareManager();

        order.Approve(Actors.CsManager, manager, null, Now);

        Assert.Equal(manager.Id, order.CsStaffId);
    }

    [Fact]
    public void Approve_WithInactiveCsStaff_IsRefusedAndOrderStaysSubmitted()
    {
        var order = AnOrder.Purchase().Submitted().Build();
        var before = OrderSnapshot.Of(order);

        AssertInvalid(() => order.Approve(Actors.CsManager, StaffMembers.InactiveCustomerCare(), null, Now), "csStaffId");

        Assert.Equal(before, OrderSnapshot.Of(order));
    }

    [Theory]
    [InlineData(Roles.OrderingStaff)]
    [InlineData(Roles.Accountant)]
    [InlineData(Roles.Delivery)]
    public void Approve_WithStaffOutsideCustomerCare_IsRefused(string role)
    {
        var order = AnOrder.Purchase().Submitted().Build();
        var before = OrderSnapshot.Of(order);

        AssertInvalid(() => order.Approve(Actors.CsManager, StaffMembers.New("Hoàng Thu Hà", role), null, Now), "csStaffId");

        Assert.Equal(before, OrderSnapshot.Of(order));
    }

    [Theory]
    [MemberData(nameof(NotSubmitted))]
    public void Approve_WhenNotSubmitted_IsAnIllegalTransitionAndChangesNothing(OrderKind kind, OrderStatus status)
    {
        var order = AnOrder.Of(kind).In(status).Build();
        var before = OrderSnapshot.Of(order);

        AssertBrokenRule(() => order.Approve(Actors.CsManager, StaffMembers.CustomerCare(), "ok", Now), OrderErrors.IllegalTransition);

        Assert.Equal(before, OrderSnapshot.Of(order));
    }
}
