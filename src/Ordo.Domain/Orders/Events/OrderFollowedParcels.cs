using Ordo.Domain.Common;

namespace Ordo.Domain.Orders.Events;

/// <summary>The order's parcels moved it on to <paramref name="Status"/> (the least advanced of them).</summary>
public sealed record OrderFollowedParcels(Guid OrderId, string Code, Guid CustomerId, OrderStatus Status, DateTimeOffset OccurredAt) : IDomainEvent;
