using System.Net;
using Ordo.Api.Tests.Cart;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Support;

namespace Ordo.Api.Tests.Orders;

/// <summary>A customer only ever sees their own orders; another customer's order does not exist for them (404, never 403).</summary>
public abstract class OrderPrivacyTests(OrdoApp app) : ApiTest(app)
{
    [Fact]
    public async Task A_customer_lists_only_their_own_orders()
    {
        var customer = await NewCustomerAsync();
        var mine = await customer.PlacePurchaseOrderAsync();
        var other = await NewCustomerAsync();
        await other.PlacePurchaseOrderAsync();
        await other.PlaceShippingOrderAsync(ShippingOrderRequest.For(ShippingOrderRequest.NewTrackingNumber()));

        var orders = await customer.OrdersAsync();

        Assert.Equal(mine.Id, Assert.Single(orders.Items).Id);
        Assert.Equal(1, orders.Total);
    }

    [Fact]
    public async Task A_customer_cannot_widen_the_list_to_someone_elses_orders()
    {
        var customer = await NewCustomerAsync();
        var other = await NewCustomerAsync();
        var theirs = await other.PlacePurchaseOrderAsync();

        Assert.Equal(0, (await customer.OrdersAsync($"customerId={other.Id}")).Total);
        Assert.Equal(0, (await customer.OrdersAsync($"code={theirs.Code}")).Total);
    }

    [Fact]
    public async Task Another_customers_order_is_not_found_by_id_or_code()
    {
        var customer = await NewCustomerAsync();
        var other = await NewCustomerAsync();
        var theirs = await other.PlacePurchaseOrderAsync();

        await (await customer.GetAsync(OrderApi.UrlOf(theirs.Id))).ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
        await (await customer.GetAsync($"/api/orders/{theirs.Code}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
        await (await customer.GetAsync($"{OrderApi.UrlOf(theirs.Id)}/history")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task A_customer_cannot_touch_another_customers_order()
    {
        var customer = await NewCustomerAsync();
        var other = await NewCustomerAsync();
        var theirs = await other.OrderAsync((await other.PlacePurchaseOrderAsync()).Id);
        var before = await other.SnapshotAsync(OrderApi.UrlOf(theirs.Id));

        await (await customer.TryEditAsync(theirs.Id, theirs.AsEdit())).ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
        await (await customer.TryCancelAsync(theirs.Id, "Không muốn nữa")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");

        await other.ShouldStillSeeAsync(before);
    }

    [Fact]
    public async Task The_owner_finds_their_order_by_code_in_any_case()
    {
        var customer = await NewCustomerAsync();
        var order = await customer.PlacePurchaseOrderAsync(CartLineRequest.From(Shop.Uniqlo));

        var found = await customer.GetAsync<Application.Orders.OrderDetailsDto>($"/api/orders/{order.Code.ToLowerInvariant()}");

        Assert.Equal(order.Id, found.Id);
    }

    [Fact]
    public async Task An_order_that_does_not_exist_is_not_found()
    {
        var manager = await CsManagerAsync();

        await (await manager.GetAsync(OrderApi.UrlOf(Guid.NewGuid()))).ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
        await (await manager.GetAsync("/api/orders/PO-1999-000001")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
        await (await manager.TryApproveAsync(Guid.NewGuid())).ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    public sealed class OnSqlite(SqliteApp app) : OrderPrivacyTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : OrderPrivacyTests(app), IClassFixture<PostgresApp>;
}
