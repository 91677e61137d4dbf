namespace Ordo.Domain.Orders;

/// <summary>One declared parcel of a shipping (consignment) order, found later by its tracking number.</summary>
public sealed class ShippingItem
{
    private ShippingItem()
    {
        TrackingNumber = Description = string.Empty;
    }

    internal ShippingItem(ShippingItemDetails details)
    {
        TrackingNumber = details.TrackingNumber;
        Description = details.Description;
        Quantity = details.Quantity;
        DeclaredValueCny = details.DeclaredValueCny;
        DeclaredWeightKg = details.DeclaredWeightKg;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();

    public string TrackingNumber { get; private set; }

    public string Description { get; private set; }

    public int Quantity { get; private set; }

    public decimal DeclaredValueCny { get; private set; }

    /// <summary>The weight the customer (from the shop's page) declared; null: not given.</summary>
    public decimal? DeclaredWeightKg { get; private set; }
}
