using Ordo.Domain.Common;
using Ordo.Domain.Money;

namespace Ordo.Domain.Orders.Events;

public sealed record OrderChargeAdded(Guid OrderId, string Code, Guid CustomerId, ChargeKind Kind, decimal AmountVnd, string Reason, Guid ByUserId, DateTimeOffset OccurredAt) : IDomainEvent;
