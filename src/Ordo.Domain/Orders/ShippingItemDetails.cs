using Ordo.Domain.Common;

namespace Ordo.Domain.Orders;

/// <summary>
/// A parcel the customer bought themselves and asks the agent to ship, as they declare it; the weight the shop's page
/// gives, when they know it, is compared with what the China warehouse weighs.
/// </summary>
public sealed record ShippingItemDetails(string TrackingNumber, string Description, int Quantity, decimal DeclaredValueCny, decimal? DeclaredWeightKg = null)
{
    public static void Validate(
        Check check, string prefix, string? trackingNumber, string? description, int quantity, decimal declaredValueCny, decimal? declaredWeightKg = null)
    {
        ArgumentNullException.ThrowIfNull(check);
        ParcelDeclaration.Validate(check, declaredWeightKg, volumeM3: null, prefix);
        TrackingNumbers.Validate(check, trackingNumber, prefix + "trackingNumber")
            .Required(description, prefix + "description", 500)
            .That(quantity is > 0 and <= ProductDetails.MaxQuantity, prefix + "quantity", $"must be between 1 and {ProductDetails.MaxQuantity}")
            .That(declaredValueCny >= 0, prefix + "declaredValueCny", "must not be negative")
            .That(declaredValueCny <= 100_000_000m, prefix + "declaredValueCny", "is too large")
            .Decimals(declaredValueCny, prefix + "declaredValueCny", 2);
    }

    public static ShippingItemDetails Create(string trackingNumber, string description, int quantity, decimal declaredValueCny, decimal? declaredWeightKg = null) =>
        new(TrackingNumbers.Normalize(trackingNumber), description.Trim(), quantity, declaredValueCny, declaredWeightKg);
}
