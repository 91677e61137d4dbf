using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Ordo.Application.Data;
using Ordo.Domain.Money;
using Ordo.Domain.Orders;

namespace Ordo.Application.Money.Debts;

/// <summary>
/// Keeps <see cref="OrderBalance"/> true. On every save it finds the deposited purchase orders the save touches
/// (the order itself, its lines or charges, or a journal entry posted on it) and prices each by the fee engine, with
/// what the ledger says was paid counting the entries of this same save, so the balance row commits or rolls back
/// with the change that moved it. Before the deposit an order's price follows today's rate and terms and it is not a
/// debt yet. Every posting on an order also changes the order (its version), so two saves racing on one order meet
/// its concurrency token and the row never mixes them.
/// </summary>
public sealed class OrderBalanceProjection(OrdoDbContext db, OrderCharges charges, TimeProvider clock)
{
    /// <summary>The projection over one unit of work, priced by the same fee engine the use cases use.</summary>
    internal static OrderBalanceProjection Over(OrdoDbContext db, TimeProvider clock) =>
        new(db, new OrderCharges(db, new MoneySettings(db, clock), new Ledger(db)), clock);

    /// <summary>How many orders <see cref="CatchUpAsync"/> prices at a time.</summary>
    internal const int CatchUpBatch = 200;

    internal async Task RefreshChangedAsync(CancellationToken ct)
    {
        var touched = TouchedOrders();
        if (touched.Count == 0)
        {
            return;
        }

        var orders = new List<Order>();
        var tracked = new HashSet<Guid>();
        foreach (var entry in db.ChangeTracker.Entries<Order>().Where(e => touched.Contains(e.Entity.Id)).ToList())
        {
            tracked.Add(entry.Entity.Id);
            if (entry.State == EntityState.Deleted || entry.Entity.PricedAt is null || entry.Entity.VndPerCny is null || entry.Entity.Kind != OrderKind.Purchase)
            {
                continue;
            }

            // A use case that loaded the order alone (a status move) still prices it from all its lines and charges.
            foreach (var collection in new CollectionEntry[] { entry.Collection(nameof(Order.Lines)), entry.Collection(nameof(Order.Charges)) })
            {
                if (!collection.IsLoaded && entry.State != EntityState.Added)
                {
                    await collection.LoadAsync(ct);
                }
            }

            orders.Add(entry.Entity);
        }

        var untracked = touched.Where(id => !tracked.Contains(id)).ToList();
        if (untracked.Count > 0)
        {
            orders.AddRange(await PricedOrders().Where(o => untracked.Contains(o.Id)).ToListAsync(ct));
        }

        await WriteAsync(orders, ct);
    }

    /// <summary>
    /// Writes the rows of deposited orders that have none (a database from before the debts report kept them, or
    /// rows removed by hand), a batch at a time; returns how many it wrote.
    /// </summary>
    public async Task<int> CatchUpAsync(CancellationToken ct)
    {
        var written = 0;
        while (true)
        {
            var batch = await PricedOrders()
                .Where(o => !db.OrderBalances.Any(b => b.OrderId == o.Id))
                .OrderBy(o => o.Id).Take(CatchUpBatch).ToListAsync(ct);
            if (batch.Count == 0)
            {
                return written;
            }

            written += await db.InTransactionAsync(async () =>
            {
                await WriteAsync(batch, ct);
                await db.SaveChangesAsync(ct);
                return batch.Count;
            }, ct);
            db.ChangeTracker.Clear();
        }
    }

    private IQueryable<Order> PricedOrders() => db.Orders.AsNoTracking().Include(o => o.Lines).Include(o => o.Charges).AsSplitQuery()
        .Where(o => o.Kind == OrderKind.Purchase && o.PricedAt != null && o.VndPerCny != null);

    private async Task WriteAsync(List<Order> orders, CancellationToken ct)
    {
        if (orders.Count == 0)
        {
            return;
        }

        var ids = orders.Select(o => o.Id).ToList();
        var rows = await db.OrderBalances.Where(b => ids.Contains(b.OrderId)).ToDictionaryAsync(b => b.OrderId, ct);
        var breakdowns = await charges.CalculatePricedAsync(orders, ct);
        var now = clock.GetUtcNow();
        foreach (var order in orders)
        {
            var b = breakdowns[order.Id];
            if (!rows.TryGetValue(order.Id, out var row))
            {
                row = new OrderBalance { OrderId = order.Id };
                db.OrderBalances.Add(row);
            }

            row.CustomerId = order.CustomerId;
            row.TotalVnd = Dong(b.Total);
            row.PaidVnd = Dong(b.Paid);
            row.DueVnd = Dong(b.Due);
            row.IsOpen = !OrderLifecycle.IsTerminal(order.Status);
            row.UpdatedAt = now;
        }
    }

    /// <summary>The ids of the orders whose price or payments this save changes.</summary>
    private HashSet<Guid> TouchedOrders()
    {
        var ids = new HashSet<Guid>();
        foreach (var entry in db.ChangeTracker.Entries<Order>().Where(e => e.State is EntityState.Added or EntityState.Modified))
        {
            ids.Add(entry.Entity.Id);
        }

        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.Entity is OrderLine or OrderCharge && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            if (entry.Property("OrderId").CurrentValue is Guid id)
            {
                ids.Add(id);
            }
        }

        foreach (var entry in db.ChangeTracker.Entries<JournalEntry>().Where(e => e.State == EntityState.Added))
        {
            if (entry.Entity.OrderId is { } id)
            {
                ids.Add(id);
            }
        }

        return ids;
    }

    /// <summary>VND amounts are whole dong (<see cref="Domain.Money.Money.Round"/>); a fraction here would be a pricing bug, not a rounding choice.</summary>
    private static long Dong(Domain.Money.Money amount) => decimal.IsInteger(amount.Amount)
        ? (long)amount.Amount
        : throw new InvalidOperationException($"{amount.Amount} VND is not a whole number of dong.");
}
