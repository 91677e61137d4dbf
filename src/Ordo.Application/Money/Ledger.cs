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
                db.Wallets.Add(Wallet.Open(customerId));
                await db.SaveChangesAsync(ct);
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

    /// <summary>Runs a money use case in one transaction (or the caller's): ledger updates and the use case's save commit together.</summary>
    public Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken ct) => db.InTransactionAsync(work, ct);

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
