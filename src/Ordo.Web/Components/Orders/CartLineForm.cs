using Ordo.Application.Orders;
using Ordo.Domain.Orders;

namespace Ordo.Web.Components.Orders;

/// <summary>The editable state of a cart line in the add/edit dialog.</summary>
public sealed class CartLineForm
{
    public string? SourceUrl { get; set; }

    public Marketplace? Marketplace { get; set; } = Domain.Orders.Marketplace.Taobao;

    public string? ShopId { get; set; }

    public string? ShopName { get; set; }

    public string? Title { get; set; }

    public string? ImageUrl { get; set; }

    public string? Properties { get; set; }

    public decimal UnitPriceCny { get; set; }

    public int Quantity { get; set; } = 1;

    public string? Note { get; set; }

    public static CartLineForm From(CartLineDto line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return new CartLineForm
        {
            SourceUrl = line.SourceUrl,
            Marketplace = line.Marketplace,
            ShopId = line.ShopId,
            ShopName = line.ShopName,
            Title = line.Title,
            ImageUrl = line.ImageUrl,
            Properties = line.Properties,
            UnitPriceCny = line.UnitPriceCny,
            Quantity = line.Quantity,
            Note = line.Note,
        };
    }

    public CartLineInput ToInput() =>
        new(SourceUrl, Marketplace, ShopId, ShopName, Title, ImageUrl, Properties, UnitPriceCny, Quantity, Note);
}
