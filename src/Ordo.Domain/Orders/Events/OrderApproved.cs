using Ordo.Domain.Common;

namespace Ordo.Domain.Orders.Events;

public sealed record OrderApproved(Guid OrderId, string Code, Guid CustomerId, Guid ByUserId, Guid? CsStaffId, DateTimeOffset OccurredAt) : IDomainEvent;
