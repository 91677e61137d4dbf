using System.Net;
using Ordo.Api.Tests.Cart;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Support;
using Ordo.Application.Orders;
using Ordo.Domain.Orders;

namespace Ordo.Api.Tests.Orders;

/// <summary>Cancelling needs a reason and is allowed only while the order may still stop.</summary>
public abstract class CancelOrderTests(OrdoApp app) : ApiTest(app)
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

    public sealed class OnSqlite(SqliteApp app) : CancelOrderTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : CancelOrderTests(app), IClassFixture<PostgresApp>;
}
