using System.Net;
using Ordo.Api.Tests.Cart;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Support;
using Ordo.Application.Orders;
using Ordo.Domain.Orders;

namespace Ordo.Api.Tests.Orders;

/// <summary>Customer care approves or rejects many orders at once; each result says done or why not.</summary>
public abstract class BulkReviewTests(OrdoApp app) : ApiTest(app)
{
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
    public async Task Bulk_rejection_rejects_every_submitted_order_with_one_reason()
    {
        var customer = await NewCustomerAsync();
        var orders = new[] { await customer.PlacePurchaseOrderAsync(), await customer.PlacePurchaseOrderAsync() };
        var manager = await CsManagerAsync();

        var response = await manager.PostAsync("/api/orders/reject", new ReviewOrders.BulkRejectCommand([.. orders.Select(o => o.Id)], "Shop ngừng bán"));

        var bulk = await response.ReadAsync<Web.Orders.OrderEndpoints.BulkResponse>();
        Assert.Equal((2, 0), (bulk.Succeeded, bulk.Failed));
        foreach (var order in orders)
        {
            var rejected = await customer.OrderAsync(order.Id);
            Assert.Equal((OrderStatus.Rejected, "Shop ngừng bán"), (rejected.Status, rejected.History[^1].Remark));
        }
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

    public sealed class OnSqlite(SqliteApp app) : BulkReviewTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : BulkReviewTests(app), IClassFixture<PostgresApp>;
}
