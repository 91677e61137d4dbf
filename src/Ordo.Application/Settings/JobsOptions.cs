namespace Ordo.Application.Settings;

/// <summary>The scheduled jobs (<c>Ordo:Jobs</c>): whether the scheduler runs, and each job's cron schedule (Quartz syntax, with seconds).</summary>
public sealed class JobsOptions
{
    public const string Section = "Ordo:Jobs";

    /// <summary>Runs the scheduler; off, no job runs (the tests run job bodies themselves).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Deletes the cart lines past <c>Ordo:Orders:CartLifetimeDays</c>; every 15 minutes by default.</summary>
    public string ExpireCartLines { get; set; } = "0 0/15 * * * ?";

    /// <summary>Deletes the Idempotency-Keys older than <c>Ordo:Idempotency:KeyLifetime</c>; hourly by default.</summary>
    public string PruneIdempotencyKeys { get; set; } = "0 30 * * * ?";

    /// <summary>Marks the orders past a buying deadline late and resolves those that moved on; every 5 minutes by default.</summary>
    public string MarkLateOrders { get; set; } = "0 0/5 * * * ?";

    /// <summary>Declares lost the parcels missing longer than <c>Ordo:Logistics:LostAfterDays</c>; hourly by default.</summary>
    public string MarkLostParcels { get; set; } = "0 10 * * * ?";

    /// <summary>Completes delivered orders unconfirmed after <c>Ordo:Logistics:AutoCompleteAfterDays</c>; hourly by default.</summary>
    public string CompleteDeliveredOrders { get; set; } = "0 20 * * * ?";
}
