namespace Ordo.Domain.Logistics;

/// <summary>One line of a parcel's own timeline: what happened, where, who did it.</summary>
public sealed record ParcelHistoryEntry(
    int Sequence, ParcelAction Action, ParcelStatus Status, string WarehouseCode, DateTimeOffset At, Guid ActorId, string ActorName, string? Remark);
