using System.Net;
using System.Text.Json;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Orders;
using Ordo.Api.Tests.Support;
using Ordo.Application.Orders;
using Ordo.Domain.Orders;

namespace Ordo.Api.Tests.Cart;

public abstract partial class SubmitCartTests(OrdoApp app) : ApiTest(app)
{
    [Fact]
    public async Task Submitting_a_cart_with_two_shops_creates_two_orders()
    {
        var customer = await NewCustomerAsync("Đỗ Thị Hoa");
        await customer.AddToCartAsync(CartLineRequest.From(Shop.Uniqlo, "Áo sơ mi", 149m, quantity: 2));
        await customer.AddToCartAsync(CartLineRequest.From(Shop.Xiaomi, "Vòng đeo tay", 239m));
        await customer.AddToCartAsync(CartLineRequest.From(Shop.Uniqlo, "Quần jean", 199.90m));

        var orders = await customer.SubmitCartAsync();

        Assert.Equal(2, orders.Count);
        Assert.All(orders, o =>
        {
            Assert.Matches(PurchaseCode(), o.Code);
            Assert.Equal(OrderStatus.Submitted, o.Status);
            Assert.Equal(OrderKind.Purchase, o.Kind);
            Assert.Equal(customer.Id, o.Customer.Id);
            Assert.Equal("Đỗ Thị Hoa", o.Customer.Name);
        });
        Assert.Equal(2, orders.Select(o => o.Code).Distinct().Count());
        var uniqlo = orders.Single(o => o.ShopName == Shop.Uniqlo.Name);
        Assert.Equal((2, 3, 497.90m), (uniqlo.LineCount, uniqlo.TotalQuantity, uniqlo.GoodsValueCny));
        var xiaomi = orders.Single(o => o.ShopName == Shop.Xiaomi.Name);
        Assert.Equal((Marketplace.Tmall, 1, 239m), (xiaomi.Marketplace, xiaomi.LineCount, xiaomi.GoodsValueCny));
        Assert.Empty(await customer.CartAsync());
        var listed = await customer.OrdersAsync();
        Assert.Equal(orders.Select(o => o.Id).Order(), listed.Items.Select(o => o.Id).Order());
    }

    [Fact]
    public async Task The_submitted_order_keeps_the_lines_as_they_were_in_the_cart()
    {
        var customer = await NewCustomerAsync();
        var line = await customer.AddToCartAsync(CartLineRequest.From(Shop.Yiwu, "Bông tai ngọc trai", 18.50m, quantity: 10) with { Note = "Màu vàng" });

        var order = await customer.OrderAsync(Assert.Single(await customer.SubmitCartAsync()).Id);

        var ordered = Assert.Single(order.Lines);
        Assert.Equal((line.SourceUrl, line.Title, line.Properties, line.Note), (ordered.SourceUrl, ordered.Title, ordered.Properties, ordered.Note));
        Assert.Equal((18.50m, 10, 185.00m), (ordered.UnitPriceCny, ordered.Quantity, ordered.AmountCny));
        Assert.Equal((Marketplace.Alibaba1688, Shop.Yiwu.Id), (order.Marketplace, order.ShopId));
        var submitted = Assert.Single(order.History);
        Assert.Equal((OrderHistoryAction.Submitted, null, OrderStatus.Submitted), (submitted.Action, submitted.From, submitted.To));
    }

    [Fact]
    public async Task The_submit_response_lists_the_new_orders()
    {
        var customer = await NewCustomerAsync();
        await customer.AddToCartAsync(CartLineRequest.From(Shop.Uniqlo));

        var response = await customer.TrySubmitCartAsync();

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var order = Assert.Single(json.RootElement.GetProperty("orders").EnumerateArray());
        Assert.True(Guid.TryParse(order.GetProperty("id").GetString(), out _));
        Assert.Matches(PurchaseCode(), order.GetProperty("code").GetString());
        Assert.Equal("Submitted", order.GetProperty("status").GetString());
        Assert.Equal("Purchase", order.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Submitting_an_empty_cart_is_a_bad_request_and_creates_no_order()
    {
        var customer = await NewCustomerAsync();

        var response = await customer.TrySubmitCartAsync();

        await response.ShouldBeInvalidAsync("lineIds");
        Assert.Equal(0, (await customer.OrdersAsync()).Total);
    }

    [Fact]
    public async Task Submitting_chosen_lines_leaves_the_others_in_the_cart()
    {
        var customer = await NewCustomerAsync();
        var chosen = await customer.AddToCartAsync(CartLineRequest.From(Shop.Uniqlo, "Chọn"));
        var kept = await customer.AddToCartAsync(CartLineRequest.From(Shop.Uniqlo, "Để sau"));

        var response = await customer.TrySubmitCartAsync(new SubmitCart.Command([chosen.Id], new OrderOptionsDto(true, false, true), "Giao giờ hành chính"));

        var order = Assert.Single((await response.ReadAsync<Web.Orders.CartEndpoints.SubmitResponse>()).Orders);
        Assert.Equal(1, order.LineCount);
        Assert.Equal(kept.Id, Assert.Single(await customer.CartAsync()).Id);
        var details = await customer.OrderAsync(order.Id);
        Assert.Equal(new OrderOptionsDto(true, false, true), details.Options);
        Assert.Equal("Giao giờ hành chính", details.CustomerNote);
    }

    [Fact]
    public async Task Submitting_a_line_that_is_not_in_the_cart_is_refused_and_changes_nothing()
    {
        var customer = await NewCustomerAsync();
        var mine = await customer.AddToCartAsync(CartLineRequest.From(Shop.Uniqlo));
        var stranger = await NewCustomerAsync();
        var theirs = await stranger.AddToCartAsync(CartLineRequest.From(Shop.Uniqlo));
        var before = await customer.SnapshotAsync(CartApi.Lines);

        var response = await customer.TrySubmitCartAsync(new SubmitCart.Command([mine.Id, theirs.Id], null, null));

        await response.ShouldBeInvalidAsync("lineIds");
        await customer.ShouldStillSeeAsync(before);
        Assert.Equal(0, (await customer.OrdersAsync()).Total);
        Assert.Single(await stranger.CartAsync());
    }

    [Fact]
    public async Task Staff_cannot_submit_a_cart()
    {
        var manager = await CsManagerAsync();

        var response = await manager.TrySubmitCartAsync();

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "cart.customers_only");
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^PO-\d{4}-\d{6}$")]
    private static partial System.Text.RegularExpressions.Regex PurchaseCode();

    public sealed class OnSqlite(SqliteApp app) : SubmitCartTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : SubmitCartTests(app), IClassFixture<PostgresApp>;
}
