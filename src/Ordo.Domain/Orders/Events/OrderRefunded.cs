using Ordo.Domain.Common;

namespace Ordo.Domain.Orders.Events;

/// <summary>Money the customer had paid towards the order went back to their wallet.</summary>
public sealed record OrderRefunded(Guid OrderId, string Code, Guid CustomerId, decimal AmountVnd, RefundCause Cause, string? Note, Guid ByUserId, DateTimeOffset OccurredAt) : IDomainEvent;
