using Ordo.Application.Orders;

namespace Ordo.Web.Components.Orders;

/// <summary>One row of a shipping order: a parcel the customer bought themselves.</summary>
public sealed class ShippingItemForm
{
    public string? TrackingNumber { get; set; }

    public string? Description { get; set; }

    public int Quantity { get; set; } = 1;

    public decimal DeclaredValueCny { get; set; }

    /// <summary>The weight on the shop's page, if the customer knows it: the China warehouse is warned when the box differs.</summary>
    public decimal? DeclaredWeightKg { get; set; }

    public static ShippingItemForm From(ShippingItemDto item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new ShippingItemForm
        {
            TrackingNumber = item.TrackingNumber,
            Description = item.Description,
            Quantity = item.Quantity,
            DeclaredValueCny = item.DeclaredValueCny,
            DeclaredWeightKg = item.DeclaredWeightKg,
        };
    }

    public CreateShippingOrder.Item ToItem() => new(TrackingNumber, Description, Quantity, DeclaredValueCny, DeclaredWeightKg);
}
