using Ordo.Domain.Common;

namespace Ordo.Domain.Money.Events;

public sealed record TopUpConfirmed(Guid TopUpId, Guid CustomerId, decimal ReceivedVnd, Guid ByUserId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record TopUpRejected(Guid TopUpId, Guid CustomerId, decimal AmountVnd, string Reason, Guid ByUserId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record PaymentSettled(Guid PaymentId, Guid OrderId, string OrderCode, Guid CustomerId, decimal AmountVnd, PaymentMethod Method, Guid ByUserId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record PaymentRejected(Guid PaymentId, Guid OrderId, Guid CustomerId, decimal AmountVnd, string Reason, Guid ByUserId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record WithdrawalPaid(Guid WithdrawalId, Guid CustomerId, decimal AmountVnd, Guid ByUserId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record WithdrawalRejected(Guid WithdrawalId, Guid CustomerId, decimal AmountVnd, string Reason, Guid ByUserId, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>An administrator corrected a wallet by an adjusting entry; positive added to it.</summary>
public sealed record WalletAdjusted(Guid EntryId, Guid CustomerId, decimal AmountVnd, string Reason, Guid ByUserId, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>An entry that moved a wallet was reversed; <see cref="AmountVnd"/> is what the reversal did to the wallet.</summary>
public sealed record WalletEntryReversed(Guid EntryId, Guid ReversedEntryId, Guid CustomerId, decimal AmountVnd, string Reason, Guid ByUserId, DateTimeOffset OccurredAt) : IDomainEvent;
