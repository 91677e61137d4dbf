using Ordo.Domain.Common;

namespace Ordo.Domain.Orders.Events;

public sealed record TrackingNumberAdded(Guid OrderId, string Code, Guid CustomerId, string TrackingNumber, Guid ByUserId, DateTimeOffset OccurredAt) : IDomainEvent;
