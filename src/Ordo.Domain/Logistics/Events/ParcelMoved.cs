using Ordo.Domain.Common;

namespace Ordo.Domain.Logistics.Events;

/// <summary>A parcel took a step on its road (packed, in transit, in Vietnam, released, out, delivered…): its order follows.</summary>
public sealed record ParcelMoved(
    Guid ParcelId, string ParcelCode, Guid? OrderId, Guid? CustomerId, ParcelStatus Status, string WarehouseCode, DateTimeOffset OccurredAt) : IDomainEvent;
