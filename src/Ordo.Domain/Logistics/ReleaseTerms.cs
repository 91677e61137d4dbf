namespace Ordo.Domain.Logistics;

/// <summary>
/// What a release needs to know of an order of its parcels: its customer, what it costs and what was paid, whether a
/// check (tally) it bought is still to be done, whether cash is already to be collected for it on another release.
/// </summary>
public sealed record ReleaseTerms(
    Guid OrderId, string OrderCode, Guid CustomerId, decimal TotalVnd, decimal PaidVnd, bool AwaitsCheck, bool CollectedOnAnotherRelease)
{
    public decimal DueVnd => TotalVnd - PaidVnd;
}
