namespace Ordo.Domain.Logistics;

/// <summary>What the agent pays its freight carrier per kg of chargeable weight to <paramref name="Destination"/> (null: any).</summary>
public sealed record FreightCost(string? Destination, decimal PerKgVnd);
