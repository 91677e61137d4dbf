using System.Net;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Orders;
using Ordo.Api.Tests.Support;

namespace Ordo.Api.Tests.Cart;

/// <summary>
/// A cart line untouched for <c>Ordo:Orders:CartLifetimeDays</c> expires. These tests move the app's
/// clock, so they have an app of their own.
/// </summary>
public abstract class CartExpiryTests(OrdoApp app) : ApiTest(app)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(OrdoApp.CartLifetimeDays);

    [Fact]
    public async Task A_line_untouched_for_the_cart_lifetime_expires()
    {
        var customer = await NewCustomerAsync();
        var line = await customer.AddToCartAsync(CartLineRequest.From(Shop.Uniqlo));
        Assert.Equal(line.AddedAt + Lifetime, line.ExpiresAt);

        App.Clock.Advance(Lifetime + TimeSpan.FromMinutes(1));

        Assert.Empty(await customer.CartAsync());
        await (await customer.TryUpdateCartLineAsync(line.Id, CartLineRequest.From(Shop.Uniqlo))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await customer.TrySubmitCartAsync()).ShouldBeInvalidAsync("lineIds");
        Assert.Equal(0, (await customer.OrdersAsync()).Total);
    }

    [Fact]
    public async Task A_line_is_kept_until_its_lifetime_is_over()
    {
        var customer = await NewCustomerAsync();
        var line = await customer.AddToCartAsync(CartLineRequest.From(Shop.Uniqlo));

        App.Clock.Advance(Lifetime - TimeSpan.FromHours(1));

        Assert.Equal(line.Id, Assert.Single(await customer.CartAsync()).Id);
        Assert.Single(await customer.SubmitCartAsync());
    }

    [Fact]
    public async Task Changing_a_line_restarts_its_lifetime()
    {
        var customer = await NewCustomerAsync();
        var line = await customer.AddToCartAsync(CartLineRequest.From(Shop.Uniqlo));
        App.Clock.Advance(Lifetime - TimeSpan.FromDays(1));

        await customer.UpdateCartLineAsync(line.Id, CartLineRequest.From(Shop.Uniqlo, quantity: 2));
        App.Clock.Advance(TimeSpan.FromDays(2));

        var kept = Assert.Single(await customer.CartAsync());
        Assert.Equal(2, kept.Quantity);
    }

    [Fact]
    public async Task Expired_lines_do_not_count_against_the_new_ones()
    {
        var customer = await NewCustomerAsync();
        await customer.AddToCartAsync(CartLineRequest.From(Shop.Uniqlo, "Hết hạn"));
        App.Clock.Advance(Lifetime + TimeSpan.FromMinutes(1));

        var fresh = await customer.AddToCartAsync(CartLineRequest.From(Shop.Xiaomi, "Còn hạn"));

        Assert.Equal(fresh.Id, Assert.Single(await customer.CartAsync()).Id);
        var order = Assert.Single(await customer.SubmitCartAsync());
        Assert.Equal(1, order.LineCount);
    }

    public sealed class OnSqlite(SqliteApp app) : CartExpiryTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : CartExpiryTests(app), IClassFixture<PostgresApp>;
}
