using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Ordo.Application.Data;
using Ordo.Application.Settings;

namespace Ordo.Application.Common;

/// <summary>The scheduled job's body: deletes Idempotency-Keys (and their stored answers) older than <see cref="IdempotencyOptions.KeyLifetime"/>.</summary>
public sealed class PruneIdempotencyKeys(OrdoDbContext db, TimeProvider clock, IOptions<IdempotencyOptions> options)
{
    /// <summary>Returns how many keys were deleted.</summary>
    public Task<int> RunAsync(CancellationToken ct)
    {
        var cutoff = clock.GetUtcNow() - options.Value.KeyLifetime;
        return db.IdempotencyRecords.Where(r => r.CreatedAt <= cutoff).ExecuteDeleteAsync(ct);
    }
}
