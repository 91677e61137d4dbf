using System.Net;
using Ordo.Api.Tests.Cart;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Support;
using Ordo.Application.Orders;
using Ordo.Domain.Orders;

namespace Ordo.Api.Tests.Orders;

/// <summary>Customer care reviews submitted orders: approve (assigning CS staff), reject, assign.</summary>
public abstract class ReviewOrderTests(OrdoApp app) : ApiTest(app)
{
    [Fact]
    public async Task A_cs_manager_approves_a_submitted_order_and_puts_cs_staff_in_charge()
    {
        var customer = await NewCustomerAsync();
        var order = await customer.PlacePurchaseOrderAsync();
        var manager = await CsManagerAsync();
        var csStaffId = await CsStaffIdAsync();

        var approved = await manager.ApproveAsync(order.Id, csStaffId, "Đã kiểm tra link và giá");

        Assert.Equal(OrderStatus.Approved, approved.Status);
        Assert.Equal(new StaffRefDto(csStaffId, "Phạm Quốc Bảo"), approved.CsStaff);
        var history = await customer.GetAsync<IReadOnlyList<OrderHistoryDto>>($"{OrderApi.UrlOf(order.Id)}/history");
        Assert.Equal(
            [(OrderHistoryAction.Submitted, null, OrderStatus.Submitted), (OrderHistoryAction.Approved, OrderStatus.Submitted, OrderStatus.Approved), (OrderHistoryAction.CsStaffAssigned, OrderStatus.Approved, OrderStatus.Approved)],
            history.Select(h => (h.Action, h.From, h.To)));
        var approval = history[1];
        Assert.Equal(("Lê Thu Hà", manager.Id, "Đã kiểm tra link và giá"), (approval.By, approval.ByUserId, approval.Remark));
        Assert.True(approval.At >= history[0].At);
        Assert.True(approval.CustomerNotified);
        Assert.Equal(OrderStatus.Approved, (await customer.OrderAsync(order.Id)).Status);
        Assert.Equal(approved.Version, (await customer.OrderAsync(order.Id)).Version);
    }

    [Fact]
    public async Task The_order_tells_each_person_what_they_may_do_with_it()
    {
        var customer = await NewCustomerAsync();
        var order = await customer.PlacePurchaseOrderAsync();

        Assert.Equal(["edit", "cancel", "applyDiscountCode"], (await customer.OrderAsync(order.Id)).AllowedActions);
        Assert.Equal(
            ["edit", "approve", "reject", "assign", "cancel", "applyDiscountCode", "addCharge"],
            (await (await CsManagerAsync()).OrderAsync(order.Id)).AllowedActions);
        Assert.Equal(["addCharge"], (await (await BuyerAsync()).OrderAsync(order.Id)).AllowedActions);
    }

    [Fact]
    public async Task An_approved_order_offers_its_deposit_to_the_customer_and_recording_one_to_the_accountant()
    {
        var customer = await NewCustomerAsync();
        var order = await customer.PlacePurchaseOrderAsync();
        await (await CsManagerAsync()).ApproveAsync(order.Id);

        Assert.Equal(["cancel", "payDeposit", "applyDiscountCode"], (await customer.OrderAsync(order.Id)).AllowedActions);
        Assert.Equal(
            ["payDeposit", "recordDeposit", "addCharge"],
            (await (await App.DemoUserAsync("accountant@ordo.test")).OrderAsync(order.Id)).AllowedActions);
    }

    [Fact]
    public async Task A_customer_cannot_approve_their_own_order()
    {
        var customer = await NewCustomerAsync();
        var order = await customer.PlacePurchaseOrderAsync();
        var before = await customer.SnapshotAsync(OrderApi.UrlOf(order.Id));

        var response = await customer.TryApproveAsync(order.Id);

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "order.role_not_allowed");
        await customer.ShouldStillSeeAsync(before);
    }

    [Fact]
    public async Task Approving_twice_is_an_illegal_transition_that_changes_nothing()
    {
        var customer = await NewCustomerAsync();
        var order = await customer.PlacePurchaseOrderAsync();
        var manager = await CsManagerAsync();
        await manager.ApproveAsync(order.Id);
        var before = await manager.SnapshotAsync(OrderApi.UrlOf(order.Id));

        var response = await manager.TryApproveAsync(order.Id);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "order.illegal_transition");
        Assert.Contains("Approved", problem.Detail, StringComparison.Ordinal);
        await manager.ShouldStillSeeAsync(before);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public async Task Rejecting_without_a_reason_is_refused_and_changes_nothing(string? reason)
    {
        var customer = await NewCustomerAsync();
        var order = await customer.PlacePurchaseOrderAsync();
        var manager = await CsManagerAsync();
        var before = await manager.SnapshotAsync(OrderApi.UrlOf(order.Id));

        var response = await manager.TryRejectAsync(order.Id, reason);

        await response.ShouldBeInvalidAsync("reason");
        await manager.ShouldStillSeeAsync(before);
    }

    [Fact]
    public async Task A_cs_manager_rejects_an_order_with_a_reason_the_customer_sees()
    {
        var customer = await NewCustomerAsync();
        var order = await customer.PlacePurchaseOrderAsync();

        await (await (await CsManagerAsync()).TryRejectAsync(order.Id, "  Shop đã ngừng bán sản phẩm này ")).ShouldHaveStatusAsync(HttpStatusCode.OK);

        var rejected = await customer.OrderAsync(order.Id);
        Assert.Equal(OrderStatus.Rejected, rejected.Status);
        Assert.Equal((OrderHistoryAction.Rejected, "Shop đã ngừng bán sản phẩm này"), (rejected.History[^1].Action, rejected.History[^1].Remark));
        Assert.Empty(rejected.AllowedActions);
    }

    [Fact]
    public async Task Approving_with_someone_outside_customer_care_is_refused_and_changes_nothing()
    {
        var customer = await NewCustomerAsync();
        var order = await customer.PlacePurchaseOrderAsync();
        var manager = await CsManagerAsync();
        var buyer = await BuyerAsync();
        var before = await manager.SnapshotAsync(OrderApi.UrlOf(order.Id));

        await (await manager.TryApproveAsync(order.Id, csStaffId: buyer.Id)).ShouldBeInvalidAsync("csStaffId");
        await (await manager.TryApproveAsync(order.Id, csStaffId: Guid.NewGuid())).ShouldBeInvalidAsync("csStaffId");
        await (await manager.TryApproveAsync(order.Id, csStaffId: customer.Id)).ShouldBeInvalidAsync("csStaffId");

        await manager.ShouldStillSeeAsync(before);
    }

    [Fact]
    public async Task A_cs_manager_assigns_cs_staff_to_an_approved_order()
    {
        var customer = await NewCustomerAsync();
        var order = await customer.PlacePurchaseOrderAsync();
        var manager = await CsManagerAsync();
        await manager.ApproveAsync(order.Id);
        var csStaffId = await CsStaffIdAsync();

        var assigned = await (await manager.TryAssignAsync(order.Id, csStaffId)).ReadAsync<OrderDetailsDto>();

        Assert.Equal(csStaffId, assigned.CsStaff?.Id);
        Assert.Equal(OrderStatus.Approved, assigned.Status);
        Assert.Equal((OrderHistoryAction.CsStaffAssigned, "Phạm Quốc Bảo"), (assigned.History[^1].Action, assigned.History[^1].Remark));
        Assert.Equal(order.Id, Assert.Single((await manager.OrdersAsync($"csStaffId={csStaffId}&customerId={customer.Id}")).Items).Id);
    }

    [Fact]
    public async Task Assigning_needs_a_cs_manager_and_a_staff_member()
    {
        var customer = await NewCustomerAsync();
        var order = await customer.PlacePurchaseOrderAsync();
        var manager = await CsManagerAsync();
        var before = await manager.SnapshotAsync(OrderApi.UrlOf(order.Id));

        await (await manager.TryAssignAsync(order.Id, null)).ShouldBeInvalidAsync("csStaffId");
        await (await (await CsStaffAsync()).TryAssignAsync(order.Id, await CsStaffIdAsync())).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "order.role_not_allowed");

        await manager.ShouldStillSeeAsync(before);
    }

    public sealed class OnSqlite(SqliteApp app) : ReviewOrderTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : ReviewOrderTests(app), IClassFixture<PostgresApp>;
}
