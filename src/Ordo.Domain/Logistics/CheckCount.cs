namespace Ordo.Domain.Logistics;

/// <summary>What a checker enters for one order line.</summary>
public sealed record CheckCount(Guid LineId, int? Counted, int? Wrong, int? Damaged);
