namespace Ordo.Domain.Logistics;

/// <summary>
/// What the customer pays per kg of chargeable weight to bring a parcel to <paramref name="Destination"/> (null: any
/// Vietnam warehouse), for customers of <paramref name="LoyaltyTierId"/> (null: every customer), never less than
/// <paramref name="MinimumVnd"/> a parcel.
/// </summary>
public sealed record ShippingRate(string? Destination, Guid? LoyaltyTierId, decimal PerKgVnd, decimal MinimumVnd);
