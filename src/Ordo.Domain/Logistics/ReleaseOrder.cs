namespace Ordo.Domain.Logistics;

/// <summary>
/// An order whose parcels a release lets out: what it costs, what was paid when released, and what the driver
/// collects for it (cash on delivery; 0 when paid).
/// </summary>
public sealed record ReleaseOrder(Guid OrderId, string OrderCode, decimal TotalVnd, decimal PaidVnd, decimal ToCollectVnd);
