namespace Ordo.Domain.Logistics;

/// <summary>A release (export slip): out of the warehouse for delivery, on a driver's run, delivered.</summary>
public enum ReleaseStatus
{
    /// <summary>Released: waits for a delivery run (again, after a failed delivery).</summary>
    Released,

    /// <summary>On a driver's run.</summary>
    OnRun,

    Delivered,
}
