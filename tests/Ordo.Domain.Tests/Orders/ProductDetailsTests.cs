namespace Ordo.Domain.Tests.Orders;

public class ProductDetailsTests
{
    private const string ItemUrl = "https://item.taobao.com/item.htm?id=652731";

    public static TheoryData<string?> InvalidSourceUrls =>
    [
        null, "", "   ", "item.taobao.com/item.htm?id=1", "/item.htm?id=1", "ftp://item.taobao.com/1",
        "javascript:alert(1)", "file:///etc/passwd", "https://", "https://item.taobao.com/" + new string('a', 1990),
    ];

    public static TheoryData<string> AcceptedUrls =>
        ["https://item.taobao.com/item.htm?id=1", "http://detail.1688.com/offer/1.html", "HTTPS://DETAIL.TMALL.COM/item.htm?id=2"];

    public static TheoryData<decimal> InvalidPrices => [0m, -1m, -0.01m, 0.001m, 1.005m, 1_000_000.01m, decimal.MaxValue];

    public static TheoryData<decimal> AcceptedPrices => [0.01m, 1.5m, 1.50m, 999_999.99m, ProductDetails.MaxUnitPriceCny];

    public static TheoryData<string, int> TextLimits => new()
    {
        { "shopId", 100 },
        { "shopName", 200 },
        { "title", 500 },
        { "properties", 500 },
        { "note", 1000 },
    };

    public static TheoryData<decimal, int, decimal> Amounts => new()
    {
        { 89.50m, 2, 179.00m },
        { 33.33m, 3, 99.99m },
        { 0.125m, 1, 0.13m },
        { 0.0125m, 10, 0.13m },
        { 2.675m, 1, 2.68m },
        { 0.124m, 1, 0.12m },
        { -0.125m, 1, -0.13m },
        { ProductDetails.MaxUnitPriceCny, ProductDetails.MaxQuantity, 100_000_000_000m },
    };

    [Fact]
    public void Create_trims_every_text_and_turns_blank_optional_fields_into_null()
    {
        var product = ProductDetails.Create(
            "  " + ItemUrl + "  ", Marketplace.Tmall, "  ovo-store ", " OVO Store  ", "\tÁo khoác gió\n", "   ", "  ", 89.50m, 2, "  Màu đen  ");

        Assert.Equal(
            new ProductDetails(ItemUrl, Marketplace.Tmall, "ovo-store", "OVO Store", "Áo khoác gió", null, null, 89.50m, 2, "Màu đen"),
            product);
    }

    [Theory]
    [MemberData(nameof(InvalidSourceUrls))]
    public void Source_url_must_be_an_absolute_http_or_https_url_of_at_most_2000_characters(string? url) =>
        AssertInvalid(() => Create(sourceUrl: url), "sourceUrl");

    [Theory]
    [MemberData(nameof(AcceptedUrls))]
    public void Http_and_https_urls_are_accepted(string url)
    {
        Assert.Equal(url, Create(sourceUrl: url).SourceUrl);
        Assert.Equal(url, Create(imageUrl: url).ImageUrl);
    }

    [Theory]
    [InlineData("ftp://img.alicdn.com/1.jpg")]
    [InlineData("data:image/png;base64,iVBORw0KGgo=")]
    [InlineData("img.alicdn.com/1.jpg")]
    public void Image_url_is_optional_but_when_given_must_be_http_or_https(string url) =>
        AssertInvalid(() => Create(imageUrl: url), "imageUrl");

    [Fact]
    public void An_unknown_marketplace_is_refused() =>
        AssertInvalid(() => Create(marketplace: (Marketplace)42), "marketplace");

    [Theory]
    [InlineData("shopId", null)]
    [InlineData("shopId", "")]
    [InlineData("shopName", " ")]
    [InlineData("title", null)]
    [InlineData("title", "\t\n")]
    public void Shop_and_title_are_required(string field, string? value)
    {
        var error = AssertInvalid(() => CreateWithText(field, value), field);

        Assert.Equal(["is required"], error.Errors[field]);
    }

    [Theory]
    [MemberData(nameof(TextLimits))]
    public void Texts_may_be_as_long_as_their_limit_and_no_longer(string field, int maxLength)
    {
        Assert.Equal(maxLength, TextOf(CreateWithText(field, new string('x', maxLength)), field)!.Length);

        var error = AssertInvalid(() => CreateWithText(field, new string('x', maxLength + 1)), field);
        Assert.Equal([$"must be at most {maxLength} characters"], error.Errors[field]);
    }

    [Theory]
    [MemberData(nameof(InvalidPrices))]
    public void Unit_price_must_be_positive_at_most_a_million_and_in_whole_fen(decimal price) =>
        AssertInvalid(() => Create(unitPriceCny: price), "unitPriceCny");

    [Theory]
    [MemberData(nameof(AcceptedPrices))]
    public void Valid_unit_prices_are_kept(decimal price) => Assert.Equal(price, Create(unitPriceCny: price).UnitPriceCny);

    [Fact]
    public void A_price_breaking_two_rules_reports_both()
    {
        var error = AssertInvalid(() => Create(unitPriceCny: -0.001m), "unitPriceCny");

        Assert.Equal(["must be greater than zero", "must have at most 2 decimal places"], error.Errors["unitPriceCny"]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(ProductDetails.MaxQuantity + 1)]
    [InlineData(int.MinValue)]
    public void Quantity_must_be_between_one_and_the_maximum(int quantity) =>
        AssertInvalid(() => Create(quantity: quantity), "quantity");

    [Theory]
    [InlineData(1)]
    [InlineData(ProductDetails.MaxQuantity)]
    public void Quantity_at_the_bounds_is_accepted(int quantity) => Assert.Equal(quantity, Create(quantity: quantity).Quantity);

    [Fact]
    public void Every_broken_rule_is_reported_at_once()
    {
        var error = AssertInvalid(
            () => ProductDetails.Create(null, (Marketplace)42, null, " ", "", "ftp://img", new string('x', 501), 0m, 0, new string('x', 1001)),
            "sourceUrl", "marketplace", "shopId", "shopName", "title", "imageUrl", "properties", "unitPriceCny", "quantity", "note");

        Assert.Equal("validation", error.Code);
    }

    [Fact]
    public void Errors_are_named_with_the_given_prefix()
    {
        AssertInvalid(
            () => ProductDetails.Create(ItemUrl, Marketplace.Taobao, "ovo-store", "OVO Store", null, null, null, 0m, 1, null, "lines[2]."),
            "lines[2].title", "lines[2].unitPriceCny");
    }

    [Theory]
    [MemberData(nameof(Amounts))]
    public void Amount_is_price_times_quantity_rounded_to_the_fen_away_from_zero(decimal unitPrice, int quantity, decimal expected)
    {
        var product = Create() with { UnitPriceCny = unitPrice, Quantity = quantity };

        Assert.Equal(expected, product.AmountCny);
    }

    private static ProductDetails Create(
        string? sourceUrl = ItemUrl, Marketplace marketplace = Marketplace.Taobao, string? shopId = "ovo-store",
        string? shopName = "OVO Store", string? title = "Áo khoác", string? imageUrl = null, string? properties = null,
        decimal unitPriceCny = 89.50m, int quantity = 2, string? note = null) =>
        ProductDetails.Create(sourceUrl, marketplace, shopId, shopName, title, imageUrl, properties, unitPriceCny, quantity, note);

    private static ProductDetails CreateWithText(string field, string? value) => field switch
    {
        "shopId" => Create(shopId: value),
        "shopName" => Create(shopName: value),
        "title" => Create(title: value),
        "properties" => Create(properties: value),
        "note" => Create(note: value),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    private static string? TextOf(ProductDetails product, string field) => field switch
    {
        "shopId" => product.ShopId,
        "shopName" => product.ShopName,
        "title" => product.Title,
        "properties" => product.Properties,
        _ => product.Note,
    };
}
