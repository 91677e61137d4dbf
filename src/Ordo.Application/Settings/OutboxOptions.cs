using System.ComponentModel.DataAnnotations;

namespace Ordo.Application.Settings;

/// <summary>How the outbox dispatcher delivers domain events (<c>Ordo:Outbox</c>).</summary>
public sealed class OutboxOptions
{
    public const string Section = "Ordo:Outbox";

    /// <summary>Runs the background dispatcher; off, messages wait until something dispatches them (tests do it by hand).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the dispatcher looks for due messages when nothing woke it.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long the dispatcher waits, once woken by a save, before it claims: the saves that follow within it go out
    /// in the same batch (one claim for a warehouse's scans of the moment instead of one per scan).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:05")]
    public TimeSpan Linger { get; set; } = TimeSpan.FromMilliseconds(50);

    [Range(1, 1000)]
    public int BatchSize { get; set; } = 50;

    /// <summary>Failed deliveries before a message is parked for an administrator.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after the first failure; each further failure doubles it, up to <see cref="MaxRetryDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a claimed batch belongs to one dispatcher; after that another instance may take it over.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);
}
