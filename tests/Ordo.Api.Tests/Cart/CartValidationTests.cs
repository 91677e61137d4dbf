using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Support;

namespace Ordo.Api.Tests.Cart;

/// <summary>A bad cart line is refused with the field named, and the cart is left exactly as it was.</summary>
public abstract class CartValidationTests(OrdoApp app) : ApiTest(app)
{
    /// <summary>Field, its raw JSON value (null: the field is left out), and the field the errors must name.</summary>
    public static TheoryData<string, string?, string> InvalidFields { get; } = new()
    {
        { "unitPriceCny", "0", "unitPriceCny" },
        { "unitPriceCny", "-12.50", "unitPriceCny" },
        { "unitPriceCny", "9.999", "unitPriceCny" },
        { "unitPriceCny", "\"cheap\"", "unitPriceCny" },
        { "quantity", "0", "quantity" },
        { "quantity", "1.5", "quantity" },
        { "quantity", "100001", "quantity" },
        { "sourceUrl", "\"not a link\"", "sourceUrl" },
        { "sourceUrl", "\"ftp://item.taobao.com/1\"", "sourceUrl" },
        { "sourceUrl", null, "sourceUrl" },
        { "marketplace", "\"Amazon\"", "marketplace" },
        { "marketplace", "99", "marketplace" },
        { "marketplace", null, "marketplace" },
        { "title", null, "title" },
        { "title", "\"   \"", "title" },
        { "shopId", null, "shopId" },
        { "shopName", "\"\"", "shopName" },
        { "imageUrl", "\"javascript:alert(1)\"", "imageUrl" },
    };

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public async Task Adding_an_invalid_line_names_the_field_and_leaves_the_cart_alone(string field, string? rawValue, string namedField)
    {
        var customer = await NewCustomerAsync();
        await customer.AddToCartAsync(CartLineRequest.From(Shop.Uniqlo));
        var before = await customer.SnapshotAsync(CartApi.Lines);

        var response = await customer.TryAddToCartAsync(CartLineRequest.From(Shop.Xiaomi).WithRawField(field, rawValue));

        await response.ShouldBeInvalidAsync(namedField);
        await customer.ShouldStillSeeAsync(before);
    }

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public async Task Changing_a_line_to_something_invalid_names_the_field_and_keeps_the_line(string field, string? rawValue, string namedField)
    {
        var customer = await NewCustomerAsync();
        var line = await customer.AddToCartAsync(CartLineRequest.From(Shop.Uniqlo));
        var before = await customer.SnapshotAsync(CartApi.Lines);

        var response = await customer.TryUpdateCartLineAsync(line.Id, CartLineRequest.From(Shop.Uniqlo).WithRawField(field, rawValue));

        await response.ShouldBeInvalidAsync(namedField);
        await customer.ShouldStillSeeAsync(before);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("[]")]
    [InlineData("\"a line\"")]
    public async Task A_body_that_is_not_a_cart_line_is_a_bad_request(string body)
    {
        var customer = await NewCustomerAsync();
        var before = await customer.SnapshotAsync(CartApi.Lines);

        var response = await customer.TryAddToCartAsync(body);

        await response.ShouldBeInvalidAsync("body", "malformed_json");
        await customer.ShouldStillSeeAsync(before);
    }

    [Fact]
    public async Task Every_broken_rule_is_reported_at_once()
    {
        var customer = await NewCustomerAsync();

        var response = await customer.TryAddToCartAsync(CartLineRequest.From(Shop.Uniqlo) with { Title = null, Quantity = 0, UnitPriceCny = 0 });

        var problem = await response.ShouldBeInvalidAsync("title", "validation");
        problem.ShouldNameField("quantity");
        problem.ShouldNameField("unitPriceCny");
        Assert.Empty(await customer.CartAsync());
    }

    public sealed class OnSqlite(SqliteApp app) : CartValidationTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : CartValidationTests(app), IClassFixture<PostgresApp>;
}
