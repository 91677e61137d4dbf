using Microsoft.EntityFrameworkCore;

namespace Ordo.Application.Data;

/// <summary>
/// One transaction around a use case, or a savepoint inside the caller's when one is open (the API's
/// idempotency middleware runs the whole request in a transaction, so the key, the work and its answer
/// commit together). Either way a failure undoes the use case's own writes and nothing else.
/// </summary>
public static class Transactions
{
    private const string Savepoint = "use_case";

    public static async Task<T> InTransactionAsync<T>(this OrdoDbContext db, Func<Task<T>> work, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(work);
        if (db.Database.CurrentTransaction is { } outer)
        {
            await outer.CreateSavepointAsync(Savepoint, ct);
            T joined;
            try
            {
                joined = await work();
            }
            catch
            {
                await outer.RollbackToSavepointAsync(Savepoint, CancellationToken.None);
                throw;
            }

            await outer.ReleaseSavepointAsync(Savepoint, ct);
            return joined;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var result = await work();
        await transaction.CommitAsync(ct);
        return result;
    }
}
