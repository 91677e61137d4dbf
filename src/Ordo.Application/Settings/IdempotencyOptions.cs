namespace Ordo.Application.Settings;

/// <summary>How long an Idempotency-Key is kept, and when a request that never finished may be retried.</summary>
public sealed class IdempotencyOptions
{
    public const string Section = "Ordo:Idempotency";

    /// <summary>A key and its stored answer are kept this long; the scheduled prune job deletes older ones.</summary>
    public TimeSpan KeyLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>A key still in progress after this long is taken to belong to a request that died, and may be retried.</summary>
    public TimeSpan InProgressTimeout { get; set; } = TimeSpan.FromMinutes(1);
}
