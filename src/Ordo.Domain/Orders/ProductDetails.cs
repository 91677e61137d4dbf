using Ordo.Domain.Common;

namespace Ordo.Domain.Orders;

/// <summary>What a customer wants bought: one product variant from one shop, as the cart records it.</summary>
public sealed record ProductDetails(
    string SourceUrl,
    Marketplace Marketplace,
    string ShopId,
    string ShopName,
    string Title,
    string? ImageUrl,
    string? Properties,
    decimal UnitPriceCny,
    int Quantity,
    string? Note)
{
    public const decimal MaxUnitPriceCny = 1_000_000m;
    public const int MaxQuantity = 100_000;

    /// <summary>Validates and trims; <paramref name="prefix"/> names the JSON path of the fields in errors.</summary>
    public static ProductDetails Create(
        string? sourceUrl, Marketplace marketplace, string? shopId, string? shopName, string? title,
        string? imageUrl, string? properties, decimal unitPriceCny, int quantity, string? note, string prefix = "")
    {
        var check = new Check();
        Validate(check, prefix, sourceUrl, marketplace, shopId, shopName, title, imageUrl, properties, unitPriceCny, quantity, note);
        check.ThrowIfAny();
        return new ProductDetails(
            sourceUrl!.Trim(), marketplace, shopId!.Trim(), shopName!.Trim(), title!.Trim(),
            Blank(imageUrl), Blank(properties), unitPriceCny, quantity, Blank(note));
    }

    public static void Validate(
        Check check, string prefix, string? sourceUrl, Marketplace marketplace, string? shopId, string? shopName,
        string? title, string? imageUrl, string? properties, decimal unitPriceCny, int quantity, string? note)
    {
        check.Url(sourceUrl, prefix + "sourceUrl", required: true)
            .Defined(marketplace, prefix + "marketplace")
            .Required(shopId, prefix + "shopId", 100)
            .Required(shopName, prefix + "shopName", 200)
            .Required(title, prefix + "title", 500)
            .Url(imageUrl, prefix + "imageUrl", required: false)
            .MaxLength(properties, prefix + "properties", 500)
            .That(unitPriceCny > 0, prefix + "unitPriceCny", "must be greater than zero")
            .That(unitPriceCny <= MaxUnitPriceCny, prefix + "unitPriceCny", $"must be at most {MaxUnitPriceCny}")
            .Decimals(unitPriceCny, prefix + "unitPriceCny", 2)
            .That(quantity is > 0 and <= MaxQuantity, prefix + "quantity", $"must be between 1 and {MaxQuantity}")
            .MaxLength(note, prefix + "note", 1000);
    }

    /// <summary>Price × quantity in CNY, exact to the fen.</summary>
    public decimal AmountCny => decimal.Round(UnitPriceCny * Quantity, 2, MidpointRounding.AwayFromZero);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
