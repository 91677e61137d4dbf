using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Ordo.Application.Data;
using Ordo.Application.Settings;
using Ordo.Domain.Orders;

namespace Ordo.Application.Logistics;

/// <summary>
/// The scheduled job's body: an order with every parcel delivered that its customer has not confirmed within
/// <c>Ordo:Logistics:AutoCompleteAfterDays</c> is completed by Ordo.
/// </summary>
public sealed class CompleteDeliveredOrders(OrdoDbContext db, TimeProvider clock, IOptions<LogisticsOptions> options)
{
    private const int Batch = 200;

    /// <summary>Returns how many orders it completed.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var cutoff = now.AddDays(-options.Value.AutoCompleteAfterDays);
        var completed = 0;
        while (true)
        {
            var orders = await db.Orders.Include(o => o.History)
                .Where(o => o.Status == OrderStatus.Delivered && o.History.Any(h => h.To == OrderStatus.Delivered && h.At <= cutoff))
                .OrderBy(o => o.UpdatedAt).Take(Batch).AsSplitQuery().ToListAsync(ct);
            var done = orders.Count(o => o.CompleteUnconfirmed(cutoff, now));
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            completed += done;

            // An order delivered again after a failed run waits for its own days: a batch that left some is the last.
            if (orders.Count < Batch || done < orders.Count)
            {
                return completed;
            }
        }
    }
}
