using Ordo.Domain.Money;

namespace Ordo.Application.Money;

public sealed record PaymentDto(
    Guid Id, Guid OrderId, string OrderCode, Guid CustomerId, string CustomerName, decimal AmountVnd, PaymentMethod Method,
    string? Reference, PaymentStatus Status, DateTimeOffset RequestedAt, string RequestedBy, DateTimeOffset? DecidedAt,
    string? DecidedBy, string? RejectReason);
