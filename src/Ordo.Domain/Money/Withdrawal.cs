using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Money.Events;

namespace Ordo.Domain.Money;

/// <summary>A customer asks to take wallet money out to a bank account; an accountant pays it or rejects it.</summary>
public sealed class Withdrawal : AggregateRoot
{
    private Withdrawal()
    {
        BankAccount = string.Empty;
    }

    public Guid CustomerId { get; private init; }

    public decimal AmountVnd { get; private init; }

    public string BankAccount { get; private init; }

    public PaymentStatus Status { get; private set; }

    public DateTimeOffset RequestedAt { get; private init; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DecidedByName { get; private set; }

    public string? RejectReason { get; private set; }

    public Guid? JournalEntryId { get; private set; }

    public static Withdrawal Request(Actor actor, decimal amountVnd, string? bankAccount, decimal balanceVnd, DateTimeOffset now)
    {
        if (!actor.IsInRole(Roles.Customer))
        {
            throw new ForbiddenActionException(MoneyErrors.RoleNotAllowed, "Only customers withdraw from their own wallet.");
        }

        TopUp.CheckAmount(new Check(), amountVnd, "amountVnd").Required(bankAccount, "bankAccount", 300).ThrowIfAny();
        if (amountVnd > balanceVnd)
        {
            throw Wallet.InsufficientFunds(amountVnd);
        }

        return new Withdrawal
        {
            CustomerId = actor.UserId,
            AmountVnd = amountVnd,
            BankAccount = bankAccount!.Trim(),
            Status = PaymentStatus.Pending,
            RequestedAt = now,
        };
    }

    public JournalEntry Pay(Actor actor, DateTimeOffset now)
    {
        MoneyRules.EnsureRole(actor, "pay out withdrawals", Roles.Accountant);
        EnsurePending();
        var entry = JournalEntry.Post(JournalEntryKind.Withdrawal, $"Withdrawal to {BankAccount}",
            Postings.Withdraw(CustomerId, Money.Vnd(AmountVnd)), actor, now, customerId: CustomerId, sourceId: Id, memo: BankAccount);
        Status = PaymentStatus.Paid;
        DecidedAt = now;
        DecidedByName = actor.Name;
        JournalEntryId = entry.Id;
        Raise(new WithdrawalPaid(Id, CustomerId, AmountVnd, actor.UserId, now));
        return entry;
    }

    public void Reject(Actor actor, string? reason, DateTimeOffset now)
    {
        MoneyRules.EnsureRole(actor, "reject withdrawals", Roles.Accountant);
        EnsurePending();
        new Check().Required(reason, "reason", 500).ThrowIfAny();
        Status = PaymentStatus.Rejected;
        RejectReason = reason!.Trim();
        DecidedAt = now;
        DecidedByName = actor.Name;
        Raise(new WithdrawalRejected(Id, CustomerId, AmountVnd, RejectReason, actor.UserId, now));
    }

    private void EnsurePending()
    {
        if (Status != PaymentStatus.Pending)
        {
            throw new DomainException(MoneyErrors.AlreadyDecided, $"This withdrawal is already {Status}.");
        }
    }
}
