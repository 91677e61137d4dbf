using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Ordo.Application.Data;
using Ordo.Application.Settings;

namespace Ordo.Application.Orders;

/// <summary>The scheduled job's body: deletes every cart line untouched for <c>Ordo:Orders:CartLifetimeDays</c>.</summary>
public sealed class ExpireCartLines(OrdoDbContext db, TimeProvider clock, IOptions<OrdoOptions> options)
{
    /// <summary>Returns how many lines expired.</summary>
    public Task<int> RunAsync(CancellationToken ct) =>
        db.CartLines.Expired(clock.GetUtcNow(), TimeSpan.FromDays(options.Value.Orders.CartLifetimeDays)).ExecuteDeleteAsync(ct);
}
