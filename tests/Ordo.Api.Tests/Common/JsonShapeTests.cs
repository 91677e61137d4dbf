using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ordo.Api.Tests.Cart;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Orders;
using Ordo.Api.Tests.Support;

namespace Ordo.Api.Tests.Common;

/// <summary>The JSON contract: camelCase names, enums as strings, money named with its currency, ISO 8601 instants.</summary>
public abstract partial class JsonShapeTests(OrdoApp app) : ApiTest(app)
{
    [Fact]
    public async Task Enums_are_written_as_their_names()
    {
        var (customer, order) = await PlaceOrderAsync();

        var json = await ReadAsync(customer, OrderApi.UrlOf(order));

        Assert.Equal("Purchase", json.GetProperty("kind").GetString());
        Assert.Equal("Submitted", json.GetProperty("status").GetString());
        Assert.Equal("Tmall", json.GetProperty("marketplace").GetString());
        var submitted = json.GetProperty("history")[0];
        Assert.Equal("Submitted", submitted.GetProperty("action").GetString());
        Assert.Equal(JsonValueKind.Null, submitted.GetProperty("from").ValueKind);
        Assert.Equal("Submitted", submitted.GetProperty("to").GetString());
    }

    [Fact]
    public async Task Every_property_name_is_camelCase()
    {
        var (customer, order) = await PlaceOrderAsync();
        await customer.AddToCartAsync(CartLineRequest.From(Shop.Uniqlo));
        var invalid = await customer.TryAddToCartAsync(CartLineRequest.From(Shop.Uniqlo) with { Quantity = 0 });
        await invalid.ShouldHaveStatusAsync(HttpStatusCode.BadRequest);

        JsonElement[] documents =
        [
            await ReadAsync(customer, OrderApi.UrlOf(order)),
            await ReadAsync(customer, "/api/orders"),
            await ReadAsync(customer, CartApi.Lines),
            await ReadAsync(customer, "/api/me"),
            await ReadAsync(await AdminAsync(), "/api/staff"),
            JsonDocument.Parse(await invalid.Content.ReadAsStringAsync()).RootElement,
        ];

        var names = documents.SelectMany(PropertyNames).Distinct().ToList();
        Assert.Contains("unitPriceCny", names);
        Assert.All(names, name => Assert.Matches(CamelCase(), name));
    }

    [Fact]
    public async Task Money_is_named_with_its_currency_and_written_as_a_number()
    {
        var (customer, order) = await PlaceOrderAsync();
        var parcel = await customer.PlaceShippingOrderAsync(ShippingOrderRequest.For(ShippingOrderRequest.NewTrackingNumber()));

        var purchase = await ReadAsync(customer, OrderApi.UrlOf(order));
        var shipping = await ReadAsync(customer, OrderApi.UrlOf(parcel.Id));

        var line = purchase.GetProperty("lines")[0];
        Assert.Equal(1299.99m, line.GetProperty("unitPriceCny").GetDecimal());
        Assert.Equal(2599.98m, line.GetProperty("amountCny").GetDecimal());
        Assert.Equal(2599.98m, purchase.GetProperty("goodsValueCny").GetDecimal());
        Assert.Equal(150.50m, shipping.GetProperty("items")[0].GetProperty("declaredValueCny").GetDecimal());
        var moneyNames = new[] { purchase, shipping }.SelectMany(PropertyNames).Where(n => MoneyWord().IsMatch(n)).Distinct();
        Assert.All(moneyNames, name => Assert.EndsWith("Cny", name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Instants_are_ISO_8601_in_UTC()
    {
        var (customer, order) = await PlaceOrderAsync();

        var json = await ReadAsync(customer, OrderApi.UrlOf(order));

        var createdAt = json.GetProperty("createdAt").GetString()!;
        Assert.True(DateTimeOffset.TryParseExact(createdAt, "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed), createdAt);
        Assert.Equal(TimeSpan.Zero, parsed.Offset);
        Assert.Equal(JsonValueKind.String, json.GetProperty("history")[0].GetProperty("at").ValueKind);
    }

    private async Task<(ApiUser Customer, Guid OrderId)> PlaceOrderAsync()
    {
        var customer = await NewCustomerAsync();
        var order = await customer.PlacePurchaseOrderAsync(CartLineRequest.From(Shop.Xiaomi, "Xiaomi 14", 1299.99m, quantity: 2));
        return (customer, order.Id);
    }

    private static async Task<JsonElement> ReadAsync(ApiUser user, string url) =>
        JsonDocument.Parse((await user.SnapshotAsync(url)).Json).RootElement;

    /// <summary>Every property name in the document, except the keys of <c>errors</c>, which are field paths.</summary>
    private static IEnumerable<string> PropertyNames(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p =>
            p.Name == "errors" ? [p.Name] : PropertyNames(p.Value).Prepend(p.Name)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(PropertyNames),
        _ => [],
    };

    [GeneratedRegex("^[a-z][a-zA-Z0-9]*$")]
    private static partial Regex CamelCase();

    [GeneratedRegex("(?i)price|amount|value|cost|fee")]
    private static partial Regex MoneyWord();

    public sealed class OnSqlite(SqliteApp app) : JsonShapeTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : JsonShapeTests(app), IClassFixture<PostgresApp>;
}
