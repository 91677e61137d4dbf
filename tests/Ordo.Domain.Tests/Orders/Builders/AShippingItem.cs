namespace Ordo.Domain.Tests.Orders.Builders;

/// <summary>A declared parcel, validated and normalized the way the use case does it.</summary>
public sealed class AShippingItem
{
    private readonly string _trackingNumber;
    private string _description = "Quần áo trẻ em";
    private decimal _declaredValueCny = 150m;

    private AShippingItem(string trackingNumber) => _trackingNumber = trackingNumber;

    public static AShippingItem Tracked(string trackingNumber) => new(trackingNumber);

    public AShippingItem Described(string description)
    {
        _description = description;
        return this;
    }

    public AShippingItem Declared(decimal declaredValueCny)
    {
        _declaredValueCny = declaredValueCny;
        return this;
    }

    public ShippingItemDetails Build()
    {
        var check = new Check();
        ShippingItemDetails.Validate(check, string.Empty, _trackingNumber, _description, 2, _declaredValueCny);
        check.ThrowIfAny();
        return ShippingItemDetails.Create(_trackingNumber, _description, 2, _declaredValueCny);
    }
}
