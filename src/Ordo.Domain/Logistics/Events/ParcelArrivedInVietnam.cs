using Ordo.Domain.Common;

namespace Ordo.Domain.Logistics.Events;

/// <summary>A parcel was received in a Vietnam warehouse: its weight is final, and the international fee is charged on it.</summary>
public sealed record ParcelArrivedInVietnam(
    Guid ParcelId, string ParcelCode, Guid? OrderId, Guid? CustomerId, string WarehouseCode, decimal ChargeableWeightKg, DateTimeOffset OccurredAt) : IDomainEvent;
