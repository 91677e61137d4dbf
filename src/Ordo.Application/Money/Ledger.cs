using Microsoft.EntityFrameworkCore;
using Ordo.Application.Data;
using Ordo.Domain.Money;

namespace Ordo.Application.Money;

/// <summary>
/// Posts journal entries into the use case's unit of work; it neither saves nor begins transactions. Each
/// wallet an entry touches moves at once by one guarded UPDATE in the use case's transaction: a debit only
/// succeeds while the balance covers it, so concurrent payments can never overdraw a wallet (the row lock
/// serialises them on PostgreSQL, the write lock on SQLite); the entry itself is written by the use case's save.
/// </summary>
public sealed class Ledger(OrdoDbContext db)
{
    public async Task PostAsync(JournalEntry entry, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Post journal entries inside the use case's transaction (OrdoDbContext.InTransactionAsync).");
        }

        var wallets = entry.Lines.Where(l => l.AccountKind == LedgerAccountKind.CustomerWallet).Select(l => l.OwnerId!.Value).Distinct();
        foreach (var customerId in wallets)
        {
            await MoveWalletAsync(customerId, Wallet.ChangeBy(entry, customerId), ct);
        }

        db.JournalEntries.Add(entry);
    }

    public async Task<decimal> WalletBalanceAsync(Guid customerId, CancellationToken ct) =>
        LedgerAccount.Wallet(customerId).BalanceOf(await SumAsync(LedgerAccount.Wallet(customerId).Key, ct)).Amount;

    /// <summary>What the customer has paid towards an order so far (deposit and payments, less refunds).</summary>
    public async Task<decimal> OrderPaidAsync(Guid orderId, CancellationToken ct) =>
        LedgerAccount.Order(orderId).BalanceOf(await SumAsync(LedgerAccount.Order(orderId).Key, ct)).Amount;

    /// <summary>
    /// One statement in the common case. A first credit finds no wallet row: it opens one by an insert that
    /// does nothing when a racing first posting got there first (on PostgreSQL it waits for that one's commit),
    /// then moves it by the same guarded update, so two first postings never collide on the wallet's key.
    /// </summary>
    private async Task MoveWalletAsync(Guid customerId, decimal change, CancellationToken ct)
    {
        if (await GuardedMoveAsync(customerId, change, ct) > 0)
        {
            return;
        }

        // Nothing matched: a debit the balance does not cover (or of a wallet never credited), or a first credit.
        if (change < 0)
        {
            throw Wallet.InsufficientFunds(-change);
        }

        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "Wallets" ("Id", "CustomerId", "BalanceVnd", "Version") VALUES ({customerId}, {customerId}, {0L}, {0}) ON CONFLICT DO NOTHING""", ct);
        if (await GuardedMoveAsync(customerId, change, ct) == 0)
        {
            throw new InvalidOperationException($"The wallet of {customerId} could not be opened.");
        }
    }

    private Task<int> GuardedMoveAsync(Guid customerId, decimal change, CancellationToken ct) => change >= 0
        ? db.Wallets.Where(w => w.Id == customerId)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.BalanceVnd, w => w.BalanceVnd + change).SetProperty(w => w.Version, w => w.Version + 1), ct)
        : db.Wallets.Where(w => w.Id == customerId && w.BalanceVnd >= -change)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.BalanceVnd, w => w.BalanceVnd + change).SetProperty(w => w.Version, w => w.Version + 1), ct);

    /// <summary>Saved lines plus those posted earlier in this use case, so a later step sees the whole of it.</summary>
    private async Task<decimal> SumAsync(string accountKey, CancellationToken ct) =>
        await db.JournalLines.Where(l => l.AccountKey == accountKey).SumAsync(l => l.Amount, ct)
        + db.ChangeTracker.Entries<JournalLine>().Where(e => e.State == EntityState.Added && e.Entity.AccountKey == accountKey).Sum(e => e.Entity.Amount);
}
