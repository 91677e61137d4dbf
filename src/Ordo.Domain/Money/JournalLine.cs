namespace Ordo.Domain.Money;

/// <summary>One side of a journal entry: a signed amount on one account (debit positive, credit negative).</summary>
public sealed class JournalLine
{
    private JournalLine()
    {
        AccountKey = string.Empty;
    }

    internal JournalLine(LedgerAccount account, decimal amount)
    {
        AccountKey = account.Key;
        AccountKind = account.Kind;
        OwnerId = account.OwnerId;
        Currency = account.Currency;
        Amount = amount;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();

    public Guid EntryId { get; private init; }

    public string AccountKey { get; private init; }

    public LedgerAccountKind AccountKind { get; private init; }

    public Guid? OwnerId { get; private init; }

    public Currency Currency { get; private init; }

    public decimal Amount { get; private init; }

    public LedgerAccount Account => new(AccountKind, OwnerId, Currency);
}
