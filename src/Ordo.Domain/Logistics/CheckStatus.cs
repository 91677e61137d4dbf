namespace Ordo.Domain.Logistics;

/// <summary>A check (tally) of an order's goods.</summary>
public enum CheckStatus
{
    /// <summary>Set by the forwarding manager; waits for a checker.</summary>
    Open,

    /// <summary>Every line as ordered.</summary>
    Passed,

    /// <summary>Missing, excess, wrong or damaged items: recorded for a complaint.</summary>
    Mismatch,
}
