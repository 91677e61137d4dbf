using System.Globalization;
using Ordo.Api.Tests.Cart;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Support;
using Ordo.Domain.Orders;

namespace Ordo.Api.Tests.Orders;

/// <summary>The order list: filters, sorting and paging. Each test's customer sees only their own orders, so totals are exact.</summary>
public abstract class OrderSearchTests(OrdoApp app) : ApiTest(app)
{
    [Fact]
    public async Task A_customer_pages_through_their_orders_newest_first()
    {
        var customer = await NewCustomerAsync();
        var first = await customer.PlacePurchaseOrderAsync();
        var second = await customer.PlacePurchaseOrderAsync();
        var third = await customer.PlaceShippingOrderAsync(ShippingOrderRequest.For(ShippingOrderRequest.NewTrackingNumber()));

        var page1 = await customer.OrdersAsync("pageSize=2");
        var page2 = await customer.OrdersAsync("pageSize=2&page=2");

        Assert.Equal((3, 1, 2), (page1.Total, page1.Page, page1.PageSize));
        Assert.Equal([third.Id, second.Id], page1.Items.Select(o => o.Id));
        Assert.Equal((3, 2), (page2.Total, page2.Page));
        Assert.Equal([first.Id], page2.Items.Select(o => o.Id));
        Assert.Empty((await customer.OrdersAsync("pageSize=2&page=3")).Items);
    }

    [Fact]
    public async Task Orders_are_filtered_by_status_and_kind()
    {
        var customer = await NewCustomerAsync();
        var approved = await customer.PlacePurchaseOrderAsync();
        var submitted = await customer.PlacePurchaseOrderAsync();
        var shipping = await customer.PlaceShippingOrderAsync(ShippingOrderRequest.For(ShippingOrderRequest.NewTrackingNumber()));
        await (await CsManagerAsync()).ApproveAsync(approved.Id);

        Assert.Equal([approved.Id], await IdsAsync(customer, "status=Approved"));
        Assert.Equal([shipping.Id, submitted.Id], await IdsAsync(customer, "status=Submitted"));
        Assert.Equal([approved.Id, submitted.Id, shipping.Id], await IdsAsync(customer, "status=Approved&status=Submitted&sort=code"));
        Assert.Equal([shipping.Id], await IdsAsync(customer, "kind=Shipping"));
        Assert.Equal([submitted.Id], await IdsAsync(customer, "kind=Purchase&status=Submitted"));
        Assert.Empty(await IdsAsync(customer, "status=Cancelled"));
    }

    [Fact]
    public async Task Orders_are_found_by_code_title_shop_and_tracking_number()
    {
        var customer = await NewCustomerAsync();
        var jacket = await customer.PlacePurchaseOrderAsync(CartLineRequest.From(Shop.Uniqlo, "Áo khoác lông vũ siêu nhẹ"));
        var band = await customer.PlacePurchaseOrderAsync(CartLineRequest.From(Shop.Xiaomi, "Vòng đeo tay thông minh"));
        var tracking = ShippingOrderRequest.NewTrackingNumber();
        var parcel = await customer.PlaceShippingOrderAsync(ShippingOrderRequest.For(tracking));

        Assert.Equal([band.Id], await IdsAsync(customer, $"code={band.Code.ToLowerInvariant()}"));
        Assert.Equal([jacket.Id], await IdsAsync(customer, "title=" + Uri.EscapeDataString("LÔNG VŨ")));
        Assert.Equal([jacket.Id], await IdsAsync(customer, "q=" + Uri.EscapeDataString("siêu nhẹ")));
        Assert.Equal([band.Id], await IdsAsync(customer, "shop=" + Uri.EscapeDataString("小米")));
        Assert.Equal([parcel.Id], await IdsAsync(customer, $"trackingNumber={tracking.ToLowerInvariant()}"));
        Assert.Empty(await IdsAsync(customer, "trackingNumber=YT0000000000"));
        Assert.Equal([parcel.Id], await IdsAsync(customer, $"code={parcel.Code[..7]}"));
    }

    [Fact]
    public async Task Percent_signs_and_underscores_in_a_search_are_matched_literally()
    {
        var customer = await NewCustomerAsync();
        var cotton = await customer.PlacePurchaseOrderAsync(CartLineRequest.From(Shop.Uniqlo, "Áo thun 100% cotton"));
        var blend = await customer.PlacePurchaseOrderAsync(CartLineRequest.From(Shop.Uniqlo, "Áo thun 1000 sợi cotton"));
        var sku = await customer.PlacePurchaseOrderAsync(CartLineRequest.From(Shop.Uniqlo, "Mã A_B tất cổ ngắn"));
        await customer.PlacePurchaseOrderAsync(CartLineRequest.From(Shop.Uniqlo, "Mã AXB tất cổ dài"));

        // In titles: free text also reads the order codes, and PO-2026-001000 holds "100" too.
        Assert.Equal([cotton.Id], await IdsAsync(customer, "title=" + Uri.EscapeDataString("100%")));
        Assert.Equal([blend.Id, cotton.Id], await IdsAsync(customer, "title=" + Uri.EscapeDataString("100")));
        Assert.Equal([sku.Id], await IdsAsync(customer, "title=" + Uri.EscapeDataString("a_b")));
        Assert.Equal([sku.Id], await IdsAsync(customer, "q=" + Uri.EscapeDataString("a_b")));
        Assert.Empty(await IdsAsync(customer, "q=" + Uri.EscapeDataString("\\")));
    }

    [Fact]
    public async Task Orders_are_filtered_by_the_days_they_were_placed()
    {
        var customer = await NewCustomerAsync();
        var older = await customer.PlacePurchaseOrderAsync();
        App.Clock.Advance(TimeSpan.FromDays(3));
        var newer = await customer.PlacePurchaseOrderAsync();
        var between = older.CreatedAt.AddDays(1.5);

        Assert.Equal([older.Id], await IdsAsync(customer, $"to={Iso(between)}"));
        Assert.Equal([newer.Id], await IdsAsync(customer, $"from={Iso(between)}"));
        Assert.Equal([newer.Id, older.Id], await IdsAsync(customer, $"from={Iso(older.CreatedAt.AddMinutes(-1))}&to={Iso(newer.CreatedAt.AddMinutes(1))}"));
    }

    [Fact]
    public async Task A_date_range_may_be_given_in_Vietnam_time()
    {
        var customer = await NewCustomerAsync();
        var order = await customer.PlacePurchaseOrderAsync();
        var vietnam = TimeSpan.FromHours(7);
        var placedInVietnam = order.CreatedAt.ToOffset(vietnam);

        Assert.Equal([order.Id], await IdsAsync(customer, $"from={Iso(placedInVietnam.AddMinutes(-5))}&to={Iso(placedInVietnam.AddMinutes(5))}"));
        Assert.Empty(await IdsAsync(customer, $"from={Iso(placedInVietnam.AddMinutes(5))}"));
        Assert.Empty(await IdsAsync(customer, $"to={Iso(placedInVietnam.AddMinutes(-5))}"));
    }

    [Fact]
    public async Task Orders_are_sorted_by_code_either_way()
    {
        var customer = await NewCustomerAsync();
        var orders = new[]
        {
            await customer.PlacePurchaseOrderAsync(), await customer.PlacePurchaseOrderAsync(), await customer.PlacePurchaseOrderAsync(),
        };
        var byCode = orders.OrderBy(o => o.Code, StringComparer.Ordinal).Select(o => o.Id).ToList();

        Assert.Equal(byCode, await IdsAsync(customer, "sort=code"));
        Assert.Equal(byCode.AsEnumerable().Reverse(), await IdsAsync(customer, "sort=-code"));
        Assert.Equal(orders.Select(o => o.Id), await IdsAsync(customer, "sort=createdAt"));
    }

    [Theory]
    [InlineData("sort=price", "sort")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=1000", "pageSize")]
    [InlineData("page=0", "page")]
    [InlineData("from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", "from")]
    [InlineData("status=Lost", "status")]
    [InlineData("kind=Gift", "kind")]
    [InlineData("from=yesterday", "from")]
    [InlineData("page=two", "page")]
    public async Task A_bad_search_names_the_parameter(string query, string field)
    {
        var customer = await NewCustomerAsync();

        var response = await customer.GetAsync($"/api/orders?{query}");

        await response.ShouldBeInvalidAsync(field);
    }

    [Fact]
    public async Task Staff_narrow_the_list_to_one_customer()
    {
        var customer = await NewCustomerAsync();
        var order = await customer.PlacePurchaseOrderAsync();
        var manager = await CsManagerAsync();

        var orders = await manager.OrdersAsync($"customerId={customer.Id}");

        Assert.Equal(order.Id, Assert.Single(orders.Items).Id);
        Assert.True((await manager.OrdersAsync("pageSize=1")).Total > 1);
    }

    [Fact]
    public async Task The_customer_title_and_shop_filters_each_match_their_own_field()
    {
        var word = $"Lụa{Guid.NewGuid():N}"[..11];
        var customer = await NewCustomerAsync($"Hoàng {word}");
        var manager = await CsManagerAsync();
        var byTitle = await customer.PlacePurchaseOrderAsync(CartLineRequest.From(new Shop("Taobao", $"tb-{Guid.NewGuid():N}", "Cửa hàng thường"), $"Khăn {word.ToUpperInvariant()}"));
        var byShop = await customer.PlacePurchaseOrderAsync(CartLineRequest.From(new Shop("Taobao", $"tb-{Guid.NewGuid():N}", $"Tiệm {word}"), "Áo thun"));
        var plain = await customer.PlacePurchaseOrderAsync(CartLineRequest.From(new Shop("Taobao", $"tb-{Guid.NewGuid():N}", "Cửa hàng khác"), "Quần jean"));
        var scope = $"customerId={customer.Id}&";
        var term = Uri.EscapeDataString(word.ToLowerInvariant());

        Guid[] all = [byTitle.Id, byShop.Id, plain.Id];
        Assert.Equal(all.Order(), (await IdsAsync(manager, $"{scope}customer={term}")).Order());
        Assert.Equal([byTitle.Id], await IdsAsync(manager, $"{scope}title={term}"));
        Assert.Equal([byShop.Id], await IdsAsync(manager, $"{scope}shop={term}"));
        Assert.Empty(await IdsAsync(manager, $"{scope}customer=" + Uri.EscapeDataString("Áo thun")));
        Assert.Equal(all.Order(), (await IdsAsync(manager, $"{scope}q={term}")).Order());
    }

    [Fact]
    public async Task Sorting_by_status_follows_the_lifecycle_not_the_alphabet()
    {
        var customer = await NewCustomerAsync();
        var manager = await CsManagerAsync();
        var rejected = await customer.PlacePurchaseOrderAsync();
        var approved = await customer.PlacePurchaseOrderAsync();
        var submitted = await customer.PlacePurchaseOrderAsync();
        await manager.ApproveAsync(approved.Id);
        await (await manager.TryRejectAsync(rejected.Id, "Hết hàng")).ShouldHaveStatusAsync(System.Net.HttpStatusCode.OK);

        Assert.Equal([submitted.Id, approved.Id, rejected.Id], await IdsAsync(customer, "sort=status"));
        Assert.Equal([rejected.Id, approved.Id, submitted.Id], await IdsAsync(customer, "sort=-status"));
    }

    private static async Task<IReadOnlyList<Guid>> IdsAsync(ApiUser user, string query) =>
        [.. (await user.OrdersAsync(query)).Items.Select(o => o.Id)];

    private static string Iso(DateTimeOffset at) => Uri.EscapeDataString(at.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture));

    public sealed class OnSqlite(SqliteApp app) : OrderSearchTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : OrderSearchTests(app), IClassFixture<PostgresApp>;
}
