using Microsoft.EntityFrameworkCore;
using Ordo.Application.Data;
using Ordo.Domain.Money;

namespace Ordo.Application.Money;

/// <summary>
/// Posts journal entries. Each wallet an entry touches moves by one guarded UPDATE in the caller's
/// transaction: a debit only succeeds while the balance covers it, so concurrent payments can never
/// overdraw a wallet (the row lock serialises them on PostgreSQL, the write lock on SQLite).
/// </summary>
public sealed class Ledger(OrdoDbContext db)
{
    public async Task PostAsync(JournalEntry entry, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Post journal entries inside the use case's transaction (Ledger.InTransactionAsync).");
        }

        var wallets = entry.Lines.Where(l => l.AccountKind == LedgerAccountKind.CustomerWallet).Select(l => l.OwnerId!.Value).Distinct();
        foreach (var customerId in wallets)
        {
            var change = Wallet.ChangeBy(entry, customerId);
            if (!await db.Wallets.AnyAsync(w => w.Id == customerId, ct))
            {
                await OpenWalletAsync(customerId, ct);
            }

            var moved = change >= 0
                ? await db.Wallets.Where(w => w.Id == customerId)
                    .ExecuteUpdateAsync(s => s.SetProperty(w => w.BalanceVnd, w => w.BalanceVnd + change).SetProperty(w => w.Version, w => w.Version + 1), ct)
                : await db.Wallets.Where(w => w.Id == customerId && w.BalanceVnd >= -change)
                    .ExecuteUpdateAsync(s => s.SetProperty(w => w.BalanceVnd, w => w.BalanceVnd + change).SetProperty(w => w.Version, w => w.Version + 1), ct);
            if (moved == 0)
            {
                throw Wallet.InsufficientFunds(-change);
            }
        }

        db.JournalEntries.Add(entry);
    }

    /// <summary>
    /// Two first postings for one customer may both find no wallet: the loser's insert fails on the key, EF rolls
    /// that save back to its savepoint, and the posting goes on with the winner's wallet. What the use case changed
    /// before is saved first, so the lost save repeats none of it (nor its events).
    /// </summary>
    private async Task OpenWalletAsync(Guid customerId, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        var wallet = db.Wallets.Add(Wallet.Open(customerId));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            wallet.State = EntityState.Detached;
            if (!await db.Wallets.AnyAsync(w => w.Id == customerId, ct))
            {
                throw;
            }
        }
    }

    /// <summary>Runs a money use case in one transaction: ledger updates and the use case's save commit together.</summary>
    public async Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var result = await work();
        await tx.CommitAsync(ct);
        return result;
    }

    public async Task<decimal> WalletBalanceAsync(Guid customerId, CancellationToken ct) =>
        LedgerAccount.Wallet(customerId).BalanceOf(await SumAsync(LedgerAccount.Wallet(customerId).Key, ct)).Amount;

    /// <summary>What the customer has paid towards an order so far (deposit and payments, less refunds).</summary>
    public async Task<decimal> OrderPaidAsync(Guid orderId, CancellationToken ct) =>
        LedgerAccount.Order(orderId).BalanceOf(await SumAsync(LedgerAccount.Order(orderId).Key, ct)).Amount;

    /// <summary>Saved lines plus those posted earlier in this use case, so a later step sees the whole of it.</summary>
    private async Task<decimal> SumAsync(string accountKey, CancellationToken ct) =>
        await db.JournalLines.Where(l => l.AccountKey == accountKey).SumAsync(l => l.Amount, ct)
        + db.ChangeTracker.Entries<JournalLine>().Where(e => e.State == EntityState.Added && e.Entity.AccountKey == accountKey).Sum(e => e.Entity.Amount);
}
