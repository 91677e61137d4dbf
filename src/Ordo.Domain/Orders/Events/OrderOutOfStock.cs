using Ordo.Domain.Common;

namespace Ordo.Domain.Orders.Events;

public sealed record OrderOutOfStock(Guid OrderId, string Code, Guid CustomerId, OrderStatus From, Guid ByUserId, string Reason, DateTimeOffset OccurredAt) : IDomainEvent;
