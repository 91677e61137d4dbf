using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Ordo.Application.Data;
using Ordo.Application.Settings;
using Ordo.Domain.Identity;
using Ordo.Domain.Logistics;

namespace Ordo.Application.Logistics;

/// <summary>
/// The scheduled job's body: a parcel its shipment arrived without, and still not found after
/// <c>Ordo:Logistics:LostAfterDays</c>, is declared lost (its timeline says so). It can still turn up and be received.
/// </summary>
public sealed class MarkLostParcels(OrdoDbContext db, TimeProvider clock, IOptions<LogisticsOptions> options)
{
    private const int Batch = 500;

    /// <summary>Returns how many parcels it declared lost.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var cutoff = now.AddDays(-options.Value.LostAfterDays);
        var marked = 0;
        while (true)
        {
            var missing = await db.Parcels.Where(p => p.Status == ParcelStatus.Missing && p.MissingSince <= cutoff)
                .OrderBy(p => p.MissingSince).Take(Batch).ToListAsync(ct);
            foreach (var parcel in missing)
            {
                parcel.MarkLost(Actor.System, $"missing since {parcel.MissingSince:yyyy-MM-dd}", now);
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            marked += missing.Count;
            if (missing.Count < Batch)
            {
                return marked;
            }
        }
    }
}
