using Ordo.Domain.Common;

namespace Ordo.Domain.Logistics.Events;

/// <summary>A parcel was received in a China warehouse, for an order or (OrderId null) anonymous.</summary>
public sealed record ParcelReceived(
    Guid ParcelId, string ParcelCode, string TrackingNumber, Guid? OrderId, Guid? CustomerId, string WarehouseCode, bool Excess, DateTimeOffset OccurredAt) : IDomainEvent;
