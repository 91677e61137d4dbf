using System.Threading.RateLimiting;

namespace Ordo.Web.Identity;

/// <summary>At most <see cref="PermitLimit"/> requests per <see cref="Window"/> (a fixed window; nothing is queued).</summary>
internal sealed class RateLimitWindow
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; }

    public FixedWindowRateLimiterOptions ToLimiter() => new() { PermitLimit = PermitLimit, Window = Window, QueueLimit = 0, AutoReplenishment = true };
}
