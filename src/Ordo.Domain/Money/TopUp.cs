using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Money.Events;

namespace Ordo.Domain.Money;

/// <summary>
/// A customer's request to add money to the wallet, by bank transfer or at the office. It adds nothing
/// until an accountant confirms the amount actually received.
/// </summary>
public sealed class TopUp : AggregateRoot
{
    public const decimal MaxAmountVnd = 10_000_000_000m;

    private TopUp()
    {
    }

    public Guid CustomerId { get; private init; }

    public decimal AmountVnd { get; private init; }

    public TopUpMethod Method { get; private init; }

    public string? Reference { get; private init; }

    public TopUpStatus Status { get; private set; }

    public DateTimeOffset RequestedAt { get; private init; }

    public decimal? ReceivedVnd { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public Guid? DecidedById { get; private set; }

    public string? DecidedByName { get; private set; }

    public string? RejectReason { get; private set; }

    public Guid? JournalEntryId { get; private set; }

    /// <summary>The bank statement line that confirmed this top-up, when an import did.</summary>
    public string? StatementReference { get; private set; }

    public static TopUp Request(Guid customerId, decimal amountVnd, TopUpMethod method, string? reference, DateTimeOffset now)
    {
        CheckAmount(new Check(), amountVnd, "amountVnd")
            .That(Enum.IsDefined(method), "method", "must be BankTransfer or Office")
            .MaxLength(reference, "reference", 200)
            .ThrowIfAny();
        return new TopUp
        {
            CustomerId = customerId,
            AmountVnd = amountVnd,
            Method = method,
            Reference = string.IsNullOrWhiteSpace(reference) ? null : reference.Trim(),
            Status = TopUpStatus.Pending,
            RequestedAt = now,
        };
    }

    /// <summary>The accountant confirms what was received; the returned entry credits the wallet.</summary>
    public JournalEntry Confirm(Actor actor, decimal receivedVnd, DateTimeOffset now, string? statementReference = null)
    {
        EnsureAccountant(actor);
        EnsurePending();
        ValidateAmount(receivedVnd, "amountReceivedVnd");
        var entry = JournalEntry.Post(
            JournalEntryKind.TopUp,
            Method == TopUpMethod.Office ? "Top-up at the office" : $"Top-up by bank transfer {Reference}".Trim(),
            Postings.TopUp(CustomerId, Money.Vnd(receivedVnd), Method == TopUpMethod.Office),
            actor, now, customerId: CustomerId, sourceId: Id, memo: Reference);
        Status = TopUpStatus.Confirmed;
        ReceivedVnd = receivedVnd;
        Decide(actor, now);
        JournalEntryId = entry.Id;
        StatementReference = statementReference;
        Raise(new TopUpConfirmed(Id, CustomerId, receivedVnd, actor.UserId, now));
        return entry;
    }

    public void Reject(Actor actor, string? reason, DateTimeOffset now)
    {
        EnsureAccountant(actor);
        EnsurePending();
        new Check().Required(reason, "reason", 500).ThrowIfAny();
        Status = TopUpStatus.Rejected;
        RejectReason = reason!.Trim();
        Decide(actor, now);
        Raise(new TopUpRejected(Id, CustomerId, AmountVnd, RejectReason, actor.UserId, now));
    }

    internal static void ValidateAmount(decimal amount, string field) => CheckAmount(new Check(), amount, field).ThrowIfAny();

    internal static Check CheckAmount(Check check, decimal amount, string field) => check
        .That(amount > 0, field, "must be greater than zero")
        .That(amount <= MaxAmountVnd, field, $"must be at most {MaxAmountVnd:0}")
        .Decimals(amount, field, 0);

    private static void EnsureAccountant(Actor actor)
    {
        if (!actor.IsAnyOf(Roles.Accountant))
        {
            throw new ForbiddenActionException(MoneyErrors.RoleNotAllowed, "Only an accountant may decide on top-ups.");
        }
    }

    private void EnsurePending()
    {
        if (Status != TopUpStatus.Pending)
        {
            throw new DomainException(MoneyErrors.AlreadyDecided, $"This top-up is already {Status}.");
        }
    }

    private void Decide(Actor actor, DateTimeOffset now)
    {
        DecidedAt = now;
        DecidedById = actor.UserId;
        DecidedByName = actor.Name;
    }
}
