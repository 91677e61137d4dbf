namespace Ordo.Domain.Logistics;

/// <summary>A member of staff a run is given to, and whether they hold the delivery role.</summary>
public sealed record StaffDriver(Guid Id, string Name, bool IsDriver);
