using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Money.Events;

namespace Ordo.Domain.Money;

/// <summary>
/// An immutable, balanced movement of money: its lines sum to zero in every currency. Mistakes are
/// corrected by a reversing entry, never by editing or deleting.
/// </summary>
public sealed class JournalEntry : AggregateRoot
{
    public const string Unbalanced = "ledger.unbalanced";
    public const string AlreadyReversed = "ledger.already_reversed";
    public const int MaxMemoLength = 500;
    public const int MaxDescriptionLength = 500;
    public const string NotReversible = "ledger.not_reversible";

    private readonly List<JournalLine> _lines = [];

    private JournalEntry()
    {
        Description = CreatedByName = string.Empty;
    }

    public JournalEntryKind Kind { get; private init; }

    public string Description { get; private init; }

    public DateTimeOffset OccurredAt { get; private init; }

    public Guid? OrderId { get; private init; }

    public Guid? CustomerId { get; private init; }

    /// <summary>The top-up, payment request or withdrawal this entry settles, when there is one.</summary>
    public Guid? SourceId { get; private init; }

    public Guid CreatedById { get; private init; }

    public string CreatedByName { get; private init; }

    public Guid? ReversesId { get; private init; }

    public bool IsReversed { get; private set; }

    /// <summary>
    /// The detail a person gave, in their words: a transfer reference, a bank account, a reason. Screens show
    /// it beside the localized kind; <see cref="Description"/> stays the fixed English audit text.
    /// </summary>
    public string? Memo { get; private init; }

    public IReadOnlyList<JournalLine> Lines => _lines;

    public static JournalEntry Post(
        JournalEntryKind kind, string description, IReadOnlyList<(LedgerAccount Account, Money Amount)> lines, Actor actor,
        DateTimeOffset now, Guid? orderId = null, Guid? customerId = null, Guid? sourceId = null, Guid? reversesId = null, string? memo = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(actor);
        if (lines.Count < 2)
        {
            throw new DomainException(Unbalanced, "A journal entry needs at least two lines.");
        }

        foreach (var (account, amount) in lines)
        {
            if (amount.Currency != account.Currency)
            {
                throw new DomainException(Unbalanced, $"Account {account.Key} is kept in {account.Currency}, not {amount.Currency}.");
            }

            if (amount.IsZero || Money.Round(amount.Amount, amount.Currency) != amount)
            {
                throw new DomainException(Unbalanced, $"Line amount {amount} on {account.Key} must be non-zero and in whole units of {amount.Currency}.");
            }
        }

        var unbalanced = lines.GroupBy(l => l.Amount.Currency).FirstOrDefault(g => g.Sum(l => l.Amount.Amount) != 0m);
        if (unbalanced is not null)
        {
            throw new DomainException(Unbalanced, $"The {unbalanced.Key} lines of the entry do not sum to zero.");
        }

        var entry = new JournalEntry
        {
            Kind = kind,
            Description = description.Trim() is { Length: > MaxDescriptionLength } longer ? longer[..MaxDescriptionLength] : description.Trim(),
            OccurredAt = now,
            OrderId = orderId,
            CustomerId = customerId,
            SourceId = sourceId,
            CreatedById = actor.UserId,
            CreatedByName = actor.Name,
            ReversesId = reversesId,
            Memo = string.IsNullOrWhiteSpace(memo) ? null : memo.Trim() is { Length: > MaxMemoLength } text ? text[..MaxMemoLength] : memo.Trim(),
        };
        entry._lines.AddRange(lines.Select(l => new JournalLine(l.Account, l.Amount.Amount, now)));
        return entry;
    }

    /// <summary>
    /// An administrator's correction of a wallet, with its reason: positive adds to the wallet, negative
    /// takes from it. Nothing is ever edited; the customer is told.
    /// </summary>
    public static JournalEntry AdjustWallet(Actor actor, Guid customerId, decimal amountVnd, string? reason, DateTimeOffset now)
    {
        EnsureMayCorrect(actor);
        new Check()
            .That(amountVnd != 0, "amountVnd", "must not be zero")
            .Decimals(amountVnd, "amountVnd", 0)
            .That(Math.Abs(amountVnd) <= TopUp.MaxAmountVnd, "amountVnd", "is too large")
            .Required(reason, "reason", MaxMemoLength)
            .ThrowIfAny();
        var why = reason!.Trim();
        var entry = Post(JournalEntryKind.Adjustment, $"Adjustment: {why}", Postings.Adjust(customerId, Money.Vnd(amountVnd)), actor, now,
            customerId: customerId, memo: why);
        entry.Raise(new WalletAdjusted(entry.Id, customerId, amountVnd, why, actor.UserId, now));
        return entry;
    }

    /// <summary>Only an administrator corrects money: adjusting a wallet or reversing an adjustment.</summary>
    public static void EnsureMayCorrect(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        MoneyRules.EnsureAdmin(actor, "wallets or the ledger");
    }

    /// <summary>A new entry with every line negated; this one is marked reversed and can't be reversed again.</summary>
    public JournalEntry Reverse(Actor actor, string reason, DateTimeOffset now)
    {
        EnsureMayCorrect(actor);
        if (IsReversed || Kind == JournalEntryKind.Reversal)
        {
            throw new DomainException(AlreadyReversed, "This entry has already been reversed (or is itself a reversal).");
        }

        // A top-up, deposit, payment, refund or withdrawal belongs to its record (the top-up, the order…): undoing
        // only its money would leave that record saying otherwise. Those are corrected by a new adjustment.
        if (Kind != JournalEntryKind.Adjustment)
        {
            throw new DomainException(NotReversible, $"A {Kind} entry is undone through its own record; correct it with an adjustment.");
        }

        new Check().Required(reason, "reason", 500).ThrowIfAny();
        IsReversed = true;
        var reversal = Post(JournalEntryKind.Reversal, $"Reversal: {reason.Trim()}",
            [.. _lines.Select(l => (l.Account, new Money(-l.Amount, l.Currency)))], actor, now, OrderId, CustomerId, SourceId, Id, memo: reason);
        if (CustomerId is { } customerId && reversal.Lines.FirstOrDefault(l => l.AccountKey == LedgerAccount.Wallet(customerId).Key) is { } walletLine)
        {
            var effect = LedgerAccount.Wallet(customerId).BalanceOf(walletLine.Amount).Amount;
            reversal.Raise(new WalletEntryReversed(reversal.Id, Id, customerId, effect, reason.Trim(), actor.UserId, now));
        }

        return reversal;
    }
}
