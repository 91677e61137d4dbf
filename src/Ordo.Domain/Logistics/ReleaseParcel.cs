namespace Ordo.Domain.Logistics;

/// <summary>A parcel on an export slip, as it left the shelf.</summary>
public sealed record ReleaseParcel(Guid ParcelId, string ParcelCode, Guid OrderId, string OrderCode, decimal WeightKg, decimal ChargeableWeightKg, string? Shelf);
