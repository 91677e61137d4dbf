using Ordo.Domain.Common;

namespace Ordo.Domain.Orders.Events;

public sealed record TrackingNumberRemoved(Guid OrderId, string Code, Guid CustomerId, string TrackingNumber, Guid ByUserId, DateTimeOffset OccurredAt) : IDomainEvent;
