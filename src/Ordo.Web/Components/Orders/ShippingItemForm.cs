using Ordo.Application.Orders;

namespace Ordo.Web.Components.Orders;

/// <summary>One row of a shipping order: a parcel the customer bought themselves.</summary>
public sealed class ShippingItemForm
{
    public string? TrackingNumber { get; set; }

    public string? Description { get; set; }

    public int Quantity { get; set; } = 1;

    public decimal DeclaredValueCny { get; set; }

    public static ShippingItemForm From(ShippingItemDto item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new ShippingItemForm
        {
            TrackingNumber = item.TrackingNumber,
            Description = item.Description,
            Quantity = item.Quantity,
            DeclaredValueCny = item.DeclaredValueCny,
        };
    }

    public CreateShippingOrder.Item ToItem() => new(TrackingNumber, Description, Quantity, DeclaredValueCny);
}
