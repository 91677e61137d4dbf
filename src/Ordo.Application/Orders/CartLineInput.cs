using Ordo.Domain.Common;
using Ordo.Domain.Orders;

namespace Ordo.Application.Orders;

/// <summary>A cart or order line as a client sends it (JSON names are the camelCase of these).</summary>
public sealed record CartLineInput(
    string? SourceUrl, Marketplace? Marketplace, string? ShopId, string? ShopName, string? Title, string? ImageUrl,
    string? Properties, decimal UnitPriceCny, int Quantity, string? Note)
{
    public ProductDetails ToProduct(string prefix = "")
    {
        var check = new Check().That(Marketplace is not null, prefix + "marketplace", "is required");
        ProductDetails.Validate(check, prefix, SourceUrl, Marketplace ?? Domain.Orders.Marketplace.Other, ShopId, ShopName, Title, ImageUrl, Properties, UnitPriceCny, Quantity, Note);
        check.ThrowIfAny();
        return ProductDetails.Create(SourceUrl, Marketplace!.Value, ShopId, ShopName, Title, ImageUrl, Properties, UnitPriceCny, Quantity, Note, prefix);
    }
}
