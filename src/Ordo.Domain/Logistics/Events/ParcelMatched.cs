using Ordo.Domain.Common;

namespace Ordo.Domain.Logistics.Events;

/// <summary>Staff gave a parcel its order (<paramref name="PreviousOrderId"/>: the order an excess box came under, if any).</summary>
public sealed record ParcelMatched(Guid ParcelId, string ParcelCode, Guid OrderId, Guid CustomerId, Guid? PreviousOrderId, DateTimeOffset OccurredAt) : IDomainEvent;
