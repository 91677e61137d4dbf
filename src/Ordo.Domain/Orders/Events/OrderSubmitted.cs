using Ordo.Domain.Common;

namespace Ordo.Domain.Orders.Events;

public sealed record OrderSubmitted(Guid OrderId, string Code, OrderKind Kind, Guid CustomerId, DateTimeOffset OccurredAt) : IDomainEvent;
