using Ordo.Domain.Money;

namespace Ordo.Application.Money;

public sealed record TopUpDto(
    Guid Id, Guid CustomerId, string CustomerName, decimal AmountVnd, TopUpMethod Method, string? Reference, TopUpStatus Status,
    DateTimeOffset RequestedAt, decimal? ReceivedVnd, DateTimeOffset? DecidedAt, string? DecidedBy, string? RejectReason);
