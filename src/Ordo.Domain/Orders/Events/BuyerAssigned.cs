using Ordo.Domain.Common;

namespace Ordo.Domain.Orders.Events;

/// <summary>Ordering staff are in charge of buying the order: assigned by the order manager, or claimed (<paramref name="Claimed"/>).</summary>
public sealed record BuyerAssigned(Guid OrderId, string Code, Guid CustomerId, Guid BuyerId, bool Claimed, Guid ByUserId, DateTimeOffset OccurredAt) : IDomainEvent;
