using Microsoft.EntityFrameworkCore;

namespace Ordo.Application.Data;

public static class OrdoTransactions
{
    /// <summary>
    /// Runs a use case in one transaction, so statements it runs at once (the ledger's guarded wallet updates)
    /// and its single save commit together or not at all. Inside a transaction someone else began (a request
    /// wrapped whole), it joins that one and leaves the commit to its owner.
    /// </summary>
    public static async Task<T> InTransactionAsync<T>(this OrdoDbContext db, Func<Task<T>> work, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(work);
        if (db.Database.CurrentTransaction is not null)
        {
            return await work();
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var result = await work();
        await tx.CommitAsync(ct);
        return result;
    }
}
