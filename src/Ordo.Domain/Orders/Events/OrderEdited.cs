using Ordo.Domain.Common;

namespace Ordo.Domain.Orders.Events;

public sealed record OrderEdited(Guid OrderId, string Code, Guid CustomerId, Guid ByUserId, DateTimeOffset OccurredAt) : IDomainEvent;
