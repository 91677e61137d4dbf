namespace Ordo.Domain.Logistics;

/// <summary>One line of a shipment's own timeline.</summary>
public sealed record ShipmentHistoryEntry(int Sequence, ShipmentStatus Status, string Action, DateTimeOffset At, Guid ActorId, string ActorName, string? Remark);
