using Ordo.Domain.Orders;

namespace Ordo.Application.Orders;

/// <summary>The one query for lines past their lifetime, used by the cart on touch and by the scheduled expiry job.</summary>
internal static class ExpiredCartLines
{
    public static IQueryable<CartLine> Expired(this IQueryable<CartLine> lines, DateTimeOffset now, TimeSpan lifetime)
    {
        var cutoff = CartLine.ExpiryCutoff(now, lifetime);
        return lines.Where(l => l.UpdatedAt <= cutoff);
    }
}
