using Microsoft.EntityFrameworkCore;
using Ordo.Application.Data;
using Ordo.Domain.Orders;

namespace Ordo.Application.Orders;

/// <summary>
/// Hands out order numbers per kind and year with one atomic upsert (the same SQL works on SQLite and
/// PostgreSQL), so two clerks submitting at once never get the same code. A failed save leaves a gap,
/// as database sequences do.
/// </summary>
public sealed class OrderCodeGenerator(OrdoDbContext db)
{
    public async Task<IReadOnlyList<string>> NextAsync(OrderKind kind, int year, int count, CancellationToken ct)
    {
        var last = await ReserveAsync(OrderCode.SequenceKey(kind, year), count, ct);
        return [.. Enumerable.Range(0, count).Select(i => OrderCode.Format(kind, year, last - count + 1 + i))];
    }

    /// <summary>
    /// A customer's code, <c>KH000123</c>: short enough to type into a bank transfer's message, so the
    /// bank statement import can tell whose money arrived.
    /// </summary>
    public async Task<string> NextCustomerCodeAsync(CancellationToken ct)
    {
        var number = await ReserveAsync("KH", 1, ct);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"KH{number:D6}");
    }

    private async Task<long> ReserveAsync(string key, int count, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        return (await db.Database.SqlQuery<long>(
                $"""
                 INSERT INTO "CodeSequences" ("Key", "Last") VALUES ({key}, {(long)count})
                 ON CONFLICT ("Key") DO UPDATE SET "Last" = "CodeSequences"."Last" + {(long)count}
                 RETURNING "Last" AS "Value"
                 """)
            .ToListAsync(ct))[0];
    }
}
