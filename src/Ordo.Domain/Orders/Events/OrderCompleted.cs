using Ordo.Domain.Common;

namespace Ordo.Domain.Orders.Events;

/// <summary>The order is completed: the customer confirmed receipt, or Ordo did after the configured days.</summary>
public sealed record OrderCompleted(Guid OrderId, string Code, Guid CustomerId, Guid ByUserId, DateTimeOffset OccurredAt) : IDomainEvent;
