using Ordo.Domain.Orders.Events;
using Ordo.Domain.Tests.Orders.Builders;

namespace Ordo.Domain.Tests.Orders;

public class AssigningCsStaffTests
{
    private static readonly DateTimeOffset Now = Clock.Now.AddDays(1);

    [Theory]
    [InlineData(OrderKind.Purchase, OrderStatus.Submitted)]
    [InlineData(OrderKind.Purchase, OrderStatus.Approved)]
    [InlineData(OrderKind.Purchase, OrderStatus.Ordering)]
    [InlineData(OrderKind.Purchase, OrderStatus.Delivered)]
    [InlineData(OrderKind.Shipping, OrderStatus.AwaitingParcels)]
    public void AssignCsStaff_OnAnOpenOrder_AssignsWithoutChangingTheStatus(OrderKind kind, OrderStatus status)
    {
        var order = AnOrder.Of(kind).In(status).Build();
        var staff = StaffMembers.CustomerCare("Lê Thị Cúc");

        order.AssignCsStaff(Actors.CsManager, staff, Now);

        Assert.Equal(status, order.Status);
        Assert.Equal((staff.Id, "Lê Thị Cúc", Now), (order.CsStaffId, order.CsStaffName, order.UpdatedAt));
        var entry = order.History[^1];
        Assert.Equal((OrderHistoryAction.CsStaffAssigned, (OrderStatus?)status, status, "Lê Thị Cúc"), (entry.Action, entry.From, entry.To, entry.Remark));
        Assert.Equal(
            new CsStaffAssigned(order.Id, order.Code, order.CustomerId, staff.Id, Actors.CsManager.UserId, Now),
            Assert.Single(order.DomainEvents));
    }

    [Fact]
    public void AssignCsStaff_Again_ReplacesThePreviousStaff()
    {
        var order = AnOrder.Purchase().Approved().Build();
        order.AssignCsStaff(Actors.CsManager, StaffMembers.CustomerCare("Lê Thị Cúc"), Now);
        var replacement = StaffMembers.CustomerCare("Phan Văn Dũng");

        order.AssignCsStaff(Actors.Admin, replacement, Now.AddHours(1));

        Assert.Equal((replacement.Id, "Phan Văn Dũng"), (order.CsStaffId, order.CsStaffName));
    }

    [Theory]
    [InlineData(OrderStatus.Rejected)]
    [InlineData(OrderStatus.Cancelled)]
    [InlineData(OrderStatus.OutOfStock)]
    [InlineData(OrderStatus.Completed)]
    public void AssignCsStaff_OnATerminalOrder_IsRefusedAsClosed(OrderStatus terminal)
    {
        var order = AnOrder.Purchase().In(terminal).Build();
        var before = OrderSnapshot.Of(order);

        AssertBrokenRule(() => order.AssignCsStaff(Actors.CsManager, StaffMembers.CustomerCare(), Now), OrderErrors.Closed);

        Assert.Equal(before, OrderSnapshot.Of(order));
    }

    [Theory]
    [InlineData(Roles.CsStaff)]
    [InlineData(Roles.OrderManager)]
    [InlineData(Roles.Customer)]
    public void AssignCsStaff_ByAnyoneButCsManagerOrAdmin_IsForbidden(string role)
    {
        var order = AnOrder.Purchase().Submitted().Build();

        AssertForbidden(() => order.AssignCsStaff(Actors.Staff("Người khác", role), StaffMembers.CustomerCare(), Now), OrderErrors.RoleNotAllowed);

        Assert.Null(order.CsStaffId);
    }

    [Fact]
    public void AssignCsStaff_WithInactiveOrNonCsStaff_IsRefused()
    {
        var order = AnOrder.Purchase().Submitted().Build();
        var before = OrderSnapshot.Of(order);

        AssertInvalid(() => order.AssignCsStaff(Actors.CsManager, StaffMembers.InactiveCustomerCare(), Now), "csStaffId");
        AssertInvalid(() => order.AssignCsStaff(Actors.CsManager, StaffMembers.New("Vũ Thị Lan", Roles.Accountant), Now), "csStaffId");

        Assert.Equal(before, OrderSnapshot.Of(order));
    }
}
