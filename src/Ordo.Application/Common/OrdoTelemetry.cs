using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Ordo.Application.Common;

/// <summary>
/// Ordo's own traces and metrics (the outbox dispatcher and the scheduled jobs). Exported over OTLP when
/// an endpoint is configured; without a listener they cost next to nothing.
/// </summary>
public static class OrdoTelemetry
{
    public const string Name = "Ordo";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    public static readonly Counter<long> EventsDispatched = Meter.CreateCounter<long>("ordo.outbox.dispatched", "{event}", "Outbox messages every handler has handled");

    public static readonly Counter<long> DispatchFailures = Meter.CreateCounter<long>("ordo.outbox.failures", "{event}", "Deliveries in which a handler failed");

    public static readonly Counter<long> EventsParked = Meter.CreateCounter<long>("ordo.outbox.parked", "{event}", "Outbox messages parked after too many failures");

    public static readonly Counter<long> JobRuns = Meter.CreateCounter<long>("ordo.jobs.runs", "{run}", "Scheduled job runs, by job and outcome");
}
