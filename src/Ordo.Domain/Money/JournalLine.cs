namespace Ordo.Domain.Money;

/// <summary>One side of a journal entry: a signed amount on one account (debit positive, credit negative).</summary>
public sealed class JournalLine
{
    private JournalLine()
    {
        AccountKey = string.Empty;
    }

    internal JournalLine(LedgerAccount account, decimal amount, DateTimeOffset occurredAt)
    {
        AccountKey = account.Key;
        AccountKind = account.Kind;
        OwnerId = account.OwnerId;
        Currency = account.Currency;
        Amount = amount;
        OccurredAt = occurredAt;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();

    public Guid EntryId { get; private init; }

    public string AccountKey { get; private init; }

    public LedgerAccountKind AccountKind { get; private init; }

    public Guid? OwnerId { get; private init; }

    public Currency Currency { get; private init; }

    public decimal Amount { get; private init; }

    /// <summary>The entry's instant, kept on the line so an account's lines for a period are one index range, in order.</summary>
    public DateTimeOffset OccurredAt { get; private init; }

    public LedgerAccount Account => new(AccountKind, OwnerId, Currency);
}
