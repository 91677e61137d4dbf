using System.Net;
using Ordo.Api.Tests.Cart;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Support;
using Ordo.Application.Orders;
using Ordo.Domain.Orders;

namespace Ordo.Api.Tests.Contract;

/// <summary>A refused enum value says which values there are; the spelling people use for a marketplace is understood.</summary>
public abstract class EnumInputTests(OrdoApp app) : ApiTest(app)
{
    [Theory]
    [InlineData("\"Amazon\"")]
    [InlineData("2")]
    [InlineData("99")]
    public async Task An_unknown_marketplace_is_refused_with_the_marketplaces_there_are(string marketplace)
    {
        var customer = await NewCustomerAsync();

        var response = await customer.TryAddToCartAsync(CartLineRequest.From(Shop.Uniqlo).WithRawField("marketplace", marketplace));

        var problem = await response.ShouldBeInvalidAsync("marketplace");
        Assert.Equal(["must be one of Taobao, Tmall, Alibaba1688, Other"], problem.Errors!["marketplace"]);
        Assert.Empty(await customer.GetAsync<IReadOnlyList<CartLineDto>>("/api/cart/lines"));
    }

    [Theory]
    [InlineData("1688")]
    [InlineData("alibaba1688")]
    public async Task The_marketplace_1688_is_understood_as_Alibaba1688(string spelling)
    {
        var customer = await NewCustomerAsync();

        var response = await customer.TryAddToCartAsync(CartLineRequest.From(Shop.Uniqlo).WithRawField("marketplace", $"\"{spelling}\""));

        var line = await response.ReadAsync<CartLineDto>(HttpStatusCode.Created);
        Assert.Equal(Marketplace.Alibaba1688, line.Marketplace);
    }

    [Fact]
    public async Task An_unknown_top_up_method_is_refused_with_the_methods_there_are()
    {
        var customer = await NewCustomerAsync();

        var response = await customer.PostAsync("/api/wallet/top-ups", """{"amountVnd":100000,"method":"Bitcoin"}""");

        var problem = await response.ShouldBeInvalidAsync("method");
        Assert.Equal(["must be one of BankTransfer, Office"], problem.Errors!["method"]);
    }

    [Fact]
    public async Task An_unknown_status_filter_is_refused_with_the_statuses_there_are()
    {
        var manager = await CsManagerAsync();

        var response = await manager.GetAsync("/api/orders?status=Approved&status=Shipped");

        var problem = await response.ShouldBeInvalidAsync("status");
        Assert.StartsWith("must be one of Submitted, Approved, Rejected", problem.Errors!["status"].Single(), StringComparison.Ordinal);
    }

    public sealed class OnSqlite(SqliteApp app) : EnumInputTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : EnumInputTests(app), IClassFixture<PostgresApp>;
}
