using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Ordo.Application.Data;
using Ordo.Domain.Orders;

namespace Ordo.Application.Orders;

/// <summary>
/// Hands out order numbers per kind and year with one atomic upsert (the same SQL works on SQLite and
/// PostgreSQL), so two clerks submitting at once never get the same code. A failed save leaves a gap,
/// as database sequences do.
/// </summary>
public sealed class OrderCodeGenerator(OrdoDbContext db, CodeBlocks blocks)
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

    /// <summary>
    /// A parcel's code, <c>PK-2026-000123</c>: printed as a barcode on its label and scanned at every step. The China
    /// warehouse receives a box a second at each station, so the numbers are reserved <see cref="CodeBlocks.Size"/> at
    /// a time and handed out from memory (<see cref="CodeBlocks"/>): a restart leaves a gap, as a sequence's cache does.
    /// </summary>
    public async Task<string> NextParcelCodeAsync(int year, CancellationToken ct)
    {
        var key = string.Create(CultureInfo.InvariantCulture, $"PK-{year}");
        // Only a reservation committed at once may be kept for later: on SQLite inside a transaction it would be
        // rolled back with it while the memory still held its numbers.
        var number = db.Database.CurrentTransaction is not null && db.IsSqlite
            ? await ReserveAsync(key, 1, ct)
            : await blocks.NextAsync(key, count => ReserveAsync(key, count, ct), ct);
        return string.Create(CultureInfo.InvariantCulture, $"PK-{year}-{number:D6}");
    }

    /// <summary>
    /// A warehouse document's code in its yearly series, <c>{prefix}-2026-000123</c>: shipments (BG, bao hàng), releases
    /// (XK, xuất kho), delivery runs (GH, giao hàng), delivery requests (YC), checks (KT, kiểm tra), stocktakes (KK).
    /// </summary>
    public async Task<string> NextYearlyCodeAsync(string prefix, int year, CancellationToken ct)
    {
        var number = await ReserveAsync(string.Create(CultureInfo.InvariantCulture, $"{prefix}-{year}"), 1, ct);
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}-{year}-{number:D6}");
    }

    /// <summary>
    /// Inside the request's transaction (an Idempotency-Key makes one) the upsert's row lock would be held until that
    /// transaction commits, and every order of the same series would queue behind it. On PostgreSQL the number is
    /// therefore taken on a connection of its own and committed at once, like a sequence's <c>nextval</c>. SQLite has a
    /// single writer: a second connection would wait for the write lock this very transaction holds, so there the
    /// number is taken in the transaction.
    /// </summary>
    private async Task<long> ReserveAsync(string key, int count, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        if (db.Database.CurrentTransaction is null || db.IsSqlite)
        {
            return await db.WithCommandAsync(ReserveSql, command => ReserveAsync(command, key, count, ct), ct);
        }

        var factory = DbProviderFactories.GetFactory(db.Database.GetDbConnection())
                      ?? throw new InvalidOperationException("The database provider offers no connection factory.");
        await using var own = factory.CreateConnection() ?? throw new InvalidOperationException("The database provider made no connection.");
        own.ConnectionString = db.Database.GetConnectionString();
        await own.OpenAsync(ct);
        await using var autonomous = own.CreateCommand();
        autonomous.CommandText = ReserveSql;
        return await ReserveAsync(autonomous, key, count, ct);
    }

    /// <summary>One atomic upsert; the same SQL on SQLite and PostgreSQL.</summary>
    private const string ReserveSql = """
        INSERT INTO "CodeSequences" ("Key", "Last") VALUES (@key, @count)
        ON CONFLICT ("Key") DO UPDATE SET "Last" = "CodeSequences"."Last" + @count
        RETURNING "Last"
        """;

    private static async Task<long> ReserveAsync(DbCommand command, string key, int count, CancellationToken ct)
    {
        command.AddParameter("@key", key);
        command.AddParameter("@count", (long)count);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }
}

/// <summary>
/// Numbers of a code series reserved in blocks of <see cref="Size"/> and handed out one by one from memory, for the
/// series taken many times a second (parcel codes). One reservation at a time per series; the numbers stay unique
/// across instances because each block is reserved by the database's atomic upsert. A process that stops loses what
/// is left of its blocks: the series has gaps, never repeats.
/// </summary>
public sealed class CodeBlocks
{
    public const int Size = 20;

    private readonly ConcurrentDictionary<string, Series> _series = new(StringComparer.Ordinal);

    public async Task<long> NextAsync(string key, Func<int, Task<long>> reserve, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reserve);
        var series = _series.GetOrAdd(key, _ => new Series());
        await series.Gate.WaitAsync(ct);
        try
        {
            if (series.Next > series.Last)
            {
                // The upsert answers the last number of the block it added.
                series.Last = await reserve(Size);
                series.Next = series.Last - Size + 1;
            }

            return series.Next++;
        }
        finally
        {
            series.Gate.Release();
        }
    }

    private sealed class Series
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public long Next { get; set; } = 1;

        public long Last { get; set; }
    }
}
