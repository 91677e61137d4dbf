using System.Net;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Support;
using Ordo.Application.Orders;
using Ordo.Domain.Orders;

namespace Ordo.Api.Tests.Cart;

public abstract class CartTests(OrdoApp app) : ApiTest(app)
{
    [Fact]
    public async Task A_customer_adds_lists_changes_and_removes_cart_lines()
    {
        var customer = await NewCustomerAsync();

        var response = await customer.TryAddToCartAsync(CartLineRequest.From(Shop.Uniqlo, "Áo khoác", 149.50m, quantity: 2));
        var shirt = await response.ReadAsync<CartLineDto>(HttpStatusCode.Created);
        Assert.Equal($"/api/cart/lines/{shirt.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal($"\"{shirt.Version}\"", response.Headers.ETag?.ToString());
        Assert.Equal(Marketplace.Taobao, shirt.Marketplace);
        Assert.Equal(299.00m, shirt.AmountCny);
        var band = await customer.AddToCartAsync(CartLineRequest.From(Shop.Xiaomi, "Vòng đeo tay Xiaomi Band 8", 239m));

        Assert.Equal([shirt.Id, band.Id], (await customer.CartAsync()).Select(l => l.Id));

        var changed = await customer.UpdateCartLineAsync(shirt.Id, CartLineRequest.From(Shop.Uniqlo, "Áo khoác", 149.50m, quantity: 3));
        Assert.Equal(3, changed.Quantity);
        Assert.Equal(448.50m, changed.AmountCny);
        Assert.Equal(shirt.Version + 1, changed.Version);

        await (await customer.DeleteAsync($"{CartApi.Lines}/{band.Id}")).ShouldHaveStatusAsync(HttpStatusCode.NoContent);

        var cart = Assert.Single(await customer.CartAsync());
        Assert.Equal(shirt.Id, cart.Id);
        Assert.Equal(3, cart.Quantity);
    }

    [Fact]
    public async Task Changing_a_cart_line_with_the_current_If_Match_returns_the_new_ETag()
    {
        var customer = await NewCustomerAsync();
        var line = await customer.AddToCartAsync(CartLineRequest.From(Shop.Uniqlo));

        var response = await customer.TryUpdateCartLineAsync(line.Id, CartLineRequest.From(Shop.Uniqlo, quantity: 4), ifMatch: $"\"{line.Version}\"");

        var changed = await response.ReadAsync<CartLineDto>();
        Assert.Equal(4, changed.Quantity);
        Assert.Equal($"\"{line.Version + 1}\"", response.Headers.ETag?.ToString());
    }

    [Fact]
    public async Task Changing_a_cart_line_with_a_stale_If_Match_is_refused_and_keeps_the_line()
    {
        var customer = await NewCustomerAsync();
        var line = await customer.AddToCartAsync(CartLineRequest.From(Shop.Uniqlo));
        await customer.UpdateCartLineAsync(line.Id, CartLineRequest.From(Shop.Uniqlo, quantity: 2));
        var before = await customer.SnapshotAsync(CartApi.Lines);

        var response = await customer.TryUpdateCartLineAsync(line.Id, CartLineRequest.From(Shop.Uniqlo, quantity: 9), ifMatch: $"\"{line.Version}\"");

        await response.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, "stale_version");
        await customer.ShouldStillSeeAsync(before);
    }

    [Fact]
    public async Task Another_customers_cart_line_is_not_found()
    {
        var owner = await NewCustomerAsync();
        var line = await owner.AddToCartAsync(CartLineRequest.From(Shop.Uniqlo));
        var before = await owner.SnapshotAsync(CartApi.Lines);
        var stranger = await NewCustomerAsync();

        await (await stranger.TryUpdateCartLineAsync(line.Id, CartLineRequest.From(Shop.Uniqlo, quantity: 50))).ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
        await (await stranger.DeleteAsync($"{CartApi.Lines}/{line.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");

        Assert.Empty(await stranger.CartAsync());
        await owner.ShouldStillSeeAsync(before);
    }

    [Fact]
    public async Task Removing_a_line_that_does_not_exist_is_not_found()
    {
        var customer = await NewCustomerAsync();

        var response = await customer.DeleteAsync($"{CartApi.Lines}/{Guid.NewGuid()}");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task Staff_have_no_cart()
    {
        var manager = await CsManagerAsync();

        await (await manager.GetAsync(CartApi.Lines)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "cart.customers_only");
        await (await manager.TryAddToCartAsync(CartLineRequest.From(Shop.Uniqlo))).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "cart.customers_only");
    }

    public sealed class OnSqlite(SqliteApp app) : CartTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : CartTests(app), IClassFixture<PostgresApp>;
}
