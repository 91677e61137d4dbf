using System.Net;
using Ordo.Api.Tests.Cart;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Support;
using Ordo.Application.Orders;
using Ordo.Domain.Orders;

namespace Ordo.Api.Tests.Orders;

public abstract class CancelAndBulkReviewTests(OrdoApp app) : ApiTest(app)
{
    [Fact]
    public async Task A_customer_cancels_their_own_submitted_order_with_a_reason()
    {
        var customer = await NewCustomerAsync();
        var order = await customer.PlacePurchaseOrderAsync();

        var cancelled = await (await customer.TryCancelAsync(order.Id, "Tôi đặt nhầm màu")).ReadAsync<OrderDetailsDto>();

        Assert.Equal(OrderStatus.Cancelled, cancelled.Status);
        var entry = cancelled.History[^1];
        Assert.Equal((OrderHistoryAction.Cancelled, OrderStatus.Submitted, OrderStatus.Cancelled, "Tôi đặt nhầm màu", customer.Id), (entry.Action, entry.From, entry.To, entry.Remark, entry.ByUserId));
        Assert.Equal([order.Id], (await customer.OrdersAsync("status=Cancelled")).Items.Select(o => o.Id));
    }

    [Fact]
    public async Task Cancelling_without_a_reason_is_refused_and_changes_nothing()
    {
        var customer = await NewCustomerAsync();
        var order = await customer.PlacePurchaseOrderAsync();
        var before = await customer.SnapshotAsync(OrderApi.UrlOf(order.Id));

        var response = await customer.TryCancelAsync(order.Id, "");

        await response.ShouldBeInvalidAsync("reason");
        await customer.ShouldStillSeeAsync(before);
    }

    [Fact]
    public async Task A_rejected_order_cannot_be_cancelled()
    {
        var customer = await NewCustomerAsync();
        var order = await customer.PlacePurchaseOrderAsync();
        await (await (await CsManagerAsync()).TryRejectAsync(order.Id, "Hết hàng")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var before = await customer.SnapshotAsync(OrderApi.UrlOf(order.Id));

        var response = await customer.TryCancelAsync(order.Id, "Đổi ý");

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "order.illegal_transition");
        await customer.ShouldStillSeeAsync(before);
    }

    [Fact]
    public async Task A_customer_may_still_cancel_an_approved_order()
    {
        var customer = await NewCustomerAsync();
        var order = await customer.PlaceShippingOrderAsync(ShippingOrderRequest.For(ShippingOrderRequest.NewTrackingNumber()));
        await (await CsManagerAsync()).ApproveAsync(order.Id);

        var cancelled = await (await customer.TryCancelAsync(order.Id, "Shop giao nhầm hàng")).ReadAsync<OrderDetailsDto>();

        Assert.Equal((OrderStatus.Approved, OrderStatus.Cancelled), (cancelled.History[^1].From, cancelled.Status));
    }

    [Fact]
    public async Task Bulk_approval_approves_what_it_can_and_says_why_not_for_the_rest()
    {
        var customer = await NewCustomerAsync();
        var submitted = await customer.PlacePurchaseOrderAsync();
        var alreadyApproved = await customer.PlacePurchaseOrderAsync();
        var rejected = await customer.PlacePurchaseOrderAsync();
        var manager = await CsManagerAsync();
        await manager.ApproveAsync(alreadyApproved.Id);
        await (await manager.TryRejectAsync(rejected.Id, "Link hỏng")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var approvedBefore = await manager.SnapshotAsync(OrderApi.UrlOf(alreadyApproved.Id));
        var rejectedBefore = await manager.SnapshotAsync(OrderApi.UrlOf(rejected.Id));
        var missing = Guid.NewGuid();

        var bulk = await manager.ApproveManyAsync(submitted.Id, alreadyApproved.Id, rejected.Id, missing, submitted.Id);

        Assert.Equal((1, 3), (bulk.Succeeded, bulk.Failed));
        Assert.Equal([submitted.Id, alreadyApproved.Id, rejected.Id, missing], bulk.Results.Select(r => r.Id));
        Assert.Equal((true, OrderStatus.Approved, submitted.Code), (bulk.Results[0].Succeeded, bulk.Results[0].Status, bulk.Results[0].Code));
        Assert.All(bulk.Results.Skip(1), r => Assert.False(r.Succeeded));
        Assert.All(bulk.Results.Skip(1), r => Assert.False(string.IsNullOrWhiteSpace(r.Error)));
        Assert.Equal(OrderStatus.Approved, (await customer.OrderAsync(submitted.Id)).Status);
        await manager.ShouldStillSeeAsync(approvedBefore);
        await manager.ShouldStillSeeAsync(rejectedBefore);
    }

    [Fact]
    public async Task Bulk_rejection_needs_a_reason_and_changes_nothing_without_one()
    {
        var customer = await NewCustomerAsync();
        var order = await customer.PlacePurchaseOrderAsync();
        var manager = await CsManagerAsync();
        var before = await manager.SnapshotAsync(OrderApi.UrlOf(order.Id));

        var response = await manager.PostAsync("/api/orders/reject", new ReviewOrders.BulkRejectCommand([order.Id], null));

        await response.ShouldBeInvalidAsync("reason");
        await manager.ShouldStillSeeAsync(before);
    }

    [Fact]
    public async Task Bulk_approval_of_no_orders_is_a_bad_request()
    {
        var manager = await CsManagerAsync();

        var response = await manager.PostAsync("/api/orders/approve", new ReviewOrders.BulkApproveCommand([], null, null));

        await response.ShouldBeInvalidAsync("orderIds");
    }

    [Fact]
    public async Task A_customer_cannot_bulk_approve()
    {
        var customer = await NewCustomerAsync();
        var order = await customer.PlacePurchaseOrderAsync();
        var before = await customer.SnapshotAsync(OrderApi.UrlOf(order.Id));

        var response = await customer.PostAsync("/api/orders/approve", new ReviewOrders.BulkApproveCommand([order.Id], null, null));

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "order.role_not_allowed");
        await customer.ShouldStillSeeAsync(before);
    }

    public sealed class OnSqlite(SqliteApp app) : CancelAndBulkReviewTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : CancelAndBulkReviewTests(app), IClassFixture<PostgresApp>;
}
