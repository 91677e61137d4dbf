namespace Ordo.Domain.Logistics;

/// <summary>The order a parcel belongs to, and its customer (by id, with the codes printed on the label).</summary>
public sealed record ParcelOwner(Guid OrderId, string OrderCode, Guid CustomerId, string? CustomerCode);
