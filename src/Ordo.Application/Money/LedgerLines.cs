using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Ordo.Application.Data;
using Ordo.Domain.Money;

namespace Ordo.Application.Money;

/// <summary>
/// Reads the lines of some ledger accounts for a period with their running sum, counted, summed and paged by the
/// database: never a whole account in memory. The order is stable on both providers: the entry's instant kept on
/// the line (UTC ticks on SQLite), then the line's id: the lines' own index, so a page or a batch is an index range.
/// A line's running sum is the closing sum less the database's sum of the lines after it, then walked line by line;
/// the sums are exact decimals (EF's own aggregate on SQLite).
/// </summary>
public sealed class LedgerLines(OrdoDbContext db)
{
    /// <summary>The period's sums and count, without its lines.</summary>
    public async Task<LedgerPage> PeriodAsync(IReadOnlyCollection<string> accountKeys, DateTimeOffset? from, DateTimeOffset? to, CancellationToken ct)
    {
        var all = Rows(accountKeys);
        var period = InPeriod(all, from, to);
        var opening = from is null ? 0m : await all.Where(r => r.At < from).SumAsync(r => r.Amount, ct);
        var sums = await period.GroupBy(r => 1)
            .Select(g => new { Count = g.Count(), Debits = g.Sum(r => r.Amount > 0 ? r.Amount : 0m), Credits = -g.Sum(r => r.Amount < 0 ? r.Amount : 0m) })
            .FirstOrDefaultAsync(ct);
        return sums is null
            ? new LedgerPage(opening, opening, 0m, 0m, 0, [])
            : new LedgerPage(opening, opening + sums.Debits - sums.Credits, sums.Debits, sums.Credits, sums.Count, []);
    }

    /// <summary>The period's sums and count, and one page of its lines, newest first, each with its running sum.</summary>
    public async Task<LedgerPage> NewestFirstAsync(
        IReadOnlyCollection<string> accountKeys, DateTimeOffset? from, DateTimeOffset? to, int page, int pageSize, CancellationToken ct)
    {
        var totals = await PeriodAsync(accountKeys, from, to, ct);
        var period = InPeriod(Rows(accountKeys), from, to);
        var rows = await period.OrderByDescending(r => r.At).ThenByDescending(r => r.LineId)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        if (rows.Count == 0)
        {
            return totals;
        }

        var newest = rows[0];
        var sum = totals.ClosingSum - await After(period, newest.At, newest.LineId).SumAsync(r => r.Amount, ct);
        var lines = new List<LedgerLine>(rows.Count);
        foreach (var row in rows)
        {
            lines.Add(row.WithSum(sum));
            sum -= row.Amount;
        }

        return totals with { Lines = lines };
    }

    /// <summary>
    /// Every line of the period, oldest first, read in batches of <paramref name="batchSize"/> after the last one
    /// read (keyset), starting from <paramref name="openingSum"/>; at most <paramref name="limit"/> lines, so
    /// that lines posted while it streams do not stretch a period counted before.
    /// </summary>
    public async IAsyncEnumerable<IReadOnlyList<LedgerLine>> OldestFirstAsync(
        IReadOnlyCollection<string> accountKeys, DateTimeOffset? from, DateTimeOffset? to, decimal openingSum, int limit, int batchSize,
        [EnumeratorCancellation] CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var period = InPeriod(Rows(accountKeys), from, to);
        var sum = openingSum;
        var left = limit;
        Row? last = null;
        while (left > 0)
        {
            var next = last is null ? period : After(period, last.At, last.LineId);
            var rows = await next.OrderBy(r => r.At).ThenBy(r => r.LineId).Take(Math.Min(batchSize, left)).ToListAsync(ct);
            if (rows.Count == 0)
            {
                yield break;
            }

            var batch = new List<LedgerLine>(rows.Count);
            foreach (var row in rows)
            {
                sum += row.Amount;
                batch.Add(row.WithSum(sum));
            }

            yield return batch;
            left -= rows.Count;
            last = rows[^1];
        }
    }

    private IQueryable<Row> Rows(IReadOnlyCollection<string> accountKeys) =>
        from l in db.JournalLines.AsNoTracking()
        join e in db.JournalEntries.AsNoTracking() on l.EntryId equals e.Id
        where accountKeys.Contains(l.AccountKey)
        select new Row
        {
            LineId = l.Id, EntryId = e.Id, At = l.OccurredAt, Kind = e.Kind, Description = e.Description, Memo = e.Memo, OrderId = e.OrderId,
            Account = l.AccountKind, Amount = l.Amount,
        };

    private static IQueryable<Row> InPeriod(IQueryable<Row> rows, DateTimeOffset? from, DateTimeOffset? to)
    {
        if (from is { } start)
        {
            rows = rows.Where(r => r.At >= start);
        }

        return to is { } end ? rows.Where(r => r.At <= end) : rows;
    }

    private static IQueryable<Row> After(IQueryable<Row> rows, DateTimeOffset at, Guid lineId) =>
        rows.Where(r => r.At > at || (r.At == at && r.LineId.CompareTo(lineId) > 0));

    private sealed class Row
    {
        public Guid LineId { get; init; }

        public Guid EntryId { get; init; }

        public DateTimeOffset At { get; init; }

        public JournalEntryKind Kind { get; init; }

        public required string Description { get; init; }

        public string? Memo { get; init; }

        public Guid? OrderId { get; init; }

        public LedgerAccountKind Account { get; init; }

        public decimal Amount { get; init; }

        public LedgerLine WithSum(decimal sum) => new(LineId, EntryId, At, Kind, Description, Memo, OrderId, Account, Amount, sum);
    }
}
