using Ordo.Domain.Common;

namespace Ordo.Domain.Orders.Events;

public sealed record OrderDeposited(Guid OrderId, string Code, Guid CustomerId, decimal DepositVnd, Guid ByUserId, DateTimeOffset OccurredAt) : IDomainEvent;
