using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Ordo.Application.Common;
using Ordo.Application.Data;
using Ordo.Application.Settings;
using Ordo.Domain.Buying;
using Ordo.Domain.Orders;

namespace Ordo.Application.Buying;

/// <summary>
/// The scheduled job's body: marks late every purchase order past a buying deadline (<c>Ordo:Buying:BuyingDeadlineHours</c>
/// after the deposit while it waits to be bought, <c>TrackingDeadlineDays</c> after the shop order while it waits for a
/// tracking number), and resolves the delays of orders that have moved past that step. Safe to run twice at once: the
/// unique (order, kind) index decides, and an insert it refuses is skipped, not an error.
/// </summary>
public sealed class MarkLateOrders(OrdoDbContext db, TimeProvider clock, IOptions<OrdoOptions> options)
{
    /// <summary>Rows per insert: 9 parameters each stays far below either database's limit.</summary>
    private const int Batch = 200;

    private const string InsertHead = """
        INSERT INTO "LateOrders" ("Id", "OrderId", "OrderCode", "Kind", "DueAt", "MarkedAt", "BuyerId", "BuyerName", "Version") VALUES
        """;

    // Both databases read the same upsert clause; a row another run inserted first (committed or not yet) is skipped.
    private const string InsertTail = """ ON CONFLICT ("OrderId", "Kind") DO NOTHING""";

    private sealed record Candidate(Guid Id, string Code, DateTimeOffset? PricedAt, DateTimeOffset? OrderedAt, Guid? BuyerId, string? BuyerName)
    {
        public DateTimeOffset Start(LateKind kind) => (kind == LateKind.Buying ? PricedAt : OrderedAt)!.Value;
    }

    /// <summary>Returns how many late records it opened, resolved or reopened.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var deadlines = options.Value.Buying;
        var changed = await SettleAsync(now, ct);
        changed += await MarkAsync(LateKind.Buying, TimeSpan.FromHours(deadlines.BuyingDeadlineHours), now, ct);
        changed += await MarkAsync(LateKind.Tracking, TimeSpan.FromDays(deadlines.TrackingDeadlineDays), now, ct);
        return changed;
    }

    /// <summary>
    /// Resolves the open delays of orders past their step and reopens those of orders back in it (a tracking number
    /// taken back), in one save. A run that meets another's changes (or a reason given meanwhile) leaves them to the next run.
    /// </summary>
    private async Task<int> SettleAsync(DateTimeOffset now, CancellationToken ct)
    {
        var changed = 0;
        foreach (var kind in Enum.GetValues<LateKind>())
        {
            var step = LateOrder.StepOf(kind);
            var moved = await db.LateOrders
                .Where(l => l.Kind == kind && l.ResolvedAt == null && db.Orders.Any(o => o.Id == l.OrderId && !step.Contains(o.Status)))
                .ToListAsync(ct);
            var back = await db.LateOrders
                .Where(l => l.Kind == kind && l.ResolvedAt != null && db.Orders.Any(o => o.Id == l.OrderId && step.Contains(o.Status)))
                .ToListAsync(ct);
            moved.ForEach(l => l.Resolve(now));
            back.ForEach(l => l.Reopen());
            changed += moved.Count + back.Count;
        }

        if (changed == 0)
        {
            return 0;
        }

        try
        {
            await db.SaveChangesAsync(ct);
            return changed;
        }
        catch (ConcurrencyConflictException)
        {
            db.ChangeTracker.Clear();
            return 0;
        }
    }

    private async Task<int> MarkAsync(LateKind kind, TimeSpan deadline, DateTimeOffset now, CancellationToken ct)
    {
        var step = LateOrder.StepOf(kind);
        var cutoff = now - deadline;
        var due = kind == LateKind.Buying
            ? db.Orders.Where(o => o.Kind == OrderKind.Purchase && step.Contains(o.Status) && o.PricedAt <= cutoff)
            : db.Orders.Where(o => o.Kind == OrderKind.Purchase && step.Contains(o.Status) && o.OrderedAt <= cutoff);
        var marked = 0;
        while (true)
        {
            var candidates = await due.AsNoTracking()
                .Where(o => !db.LateOrders.Any(l => l.OrderId == o.Id && l.Kind == kind))
                .OrderBy(o => o.Id)
                .Take(Batch)
                .Select(o => new Candidate(o.Id, o.Code, o.PricedAt, o.OrderedAt, o.BuyerId, o.BuyerName))
                .ToListAsync(ct);
            if (candidates.Count == 0)
            {
                return marked;
            }

            var late = candidates.Select(c => LateOrder.Mark(c.Id, c.Code, kind, c.Start(kind) + deadline, c.BuyerId, c.BuyerName, now)).ToList();
            marked += await InsertAsync(late, ct);
            if (candidates.Count < Batch)
            {
                return marked;
            }
        }
    }

    /// <summary>One statement for the batch; returns the rows it inserted (those another run had not).</summary>
    private Task<int> InsertAsync(List<LateOrder> late, CancellationToken ct)
    {
        var sql = new StringBuilder(InsertHead);
        for (var i = 0; i < late.Count; i++)
        {
            sql.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? " " : ", ")}(@id{i}, @order{i}, @code{i}, @kind{i}, @due{i}, @marked{i}, @buyer{i}, @buyerName{i}, 0)");
        }

        sql.Append(InsertTail);
        return db.WithCommandAsync(sql.ToString(), command =>
        {
            for (var i = 0; i < late.Count; i++)
            {
                var row = late[i];
                command.AddMapped<LateOrder>(db, $"@id{i}", nameof(LateOrder.Id), row.Id);
                command.AddMapped<LateOrder>(db, $"@order{i}", nameof(LateOrder.OrderId), row.OrderId);
                command.AddMapped<LateOrder>(db, $"@code{i}", nameof(LateOrder.OrderCode), row.OrderCode);
                command.AddMapped<LateOrder>(db, $"@kind{i}", nameof(LateOrder.Kind), row.Kind);
                command.AddMapped<LateOrder>(db, $"@due{i}", nameof(LateOrder.DueAt), row.DueAt);
                command.AddMapped<LateOrder>(db, $"@marked{i}", nameof(LateOrder.MarkedAt), row.MarkedAt);
                command.AddMapped<LateOrder>(db, $"@buyer{i}", nameof(LateOrder.BuyerId), row.BuyerId);
                command.AddMapped<LateOrder>(db, $"@buyerName{i}", nameof(LateOrder.BuyerName), row.BuyerName);
            }

            return command.ExecuteNonQueryAsync(ct);
        }, ct);
    }
}
