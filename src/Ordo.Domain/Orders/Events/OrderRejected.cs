using Ordo.Domain.Common;

namespace Ordo.Domain.Orders.Events;

public sealed record OrderRejected(Guid OrderId, string Code, Guid CustomerId, Guid ByUserId, string Reason, DateTimeOffset OccurredAt) : IDomainEvent;
