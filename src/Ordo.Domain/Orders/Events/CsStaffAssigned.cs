using Ordo.Domain.Common;

namespace Ordo.Domain.Orders.Events;

public sealed record CsStaffAssigned(Guid OrderId, string Code, Guid CustomerId, Guid CsStaffId, Guid ByUserId, DateTimeOffset OccurredAt) : IDomainEvent;
