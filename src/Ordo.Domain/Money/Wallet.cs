using Ordo.Domain.Common;

namespace Ordo.Domain.Money;

/// <summary>
/// One customer's wallet. The ledger is the truth; <see cref="BalanceVnd"/> is a cache that every
/// posting moves in the same transaction, with a guarded update so a payment never takes it below zero
/// even when requests race (tests prove it always equals the sum of the wallet's ledger lines).
/// </summary>
public sealed class Wallet : AggregateRoot
{
    private Wallet()
    {
    }

    public Guid CustomerId { get; private init; }

    public decimal BalanceVnd { get; private set; }

    public static Wallet Open(Guid customerId) => new() { Id = customerId, CustomerId = customerId };

    /// <summary>How much the wallet's balance moves by the wallet's lines of an entry (credits add).</summary>
    public static decimal ChangeBy(JournalEntry entry, Guid customerId)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var account = LedgerAccount.Wallet(customerId);
        return account.BalanceOf(entry.Lines.Where(l => l.AccountKey == account.Key).Sum(l => l.Amount)).Amount;
    }

    public static DomainException InsufficientFunds(decimal needed) =>
        new(MoneyErrors.InsufficientFunds, $"The wallet does not hold the {needed:0} VND this needs.");
}
