namespace Ordo.Domain.Money;

/// <summary>
/// One row of a tiered table: applies from <see cref="From"/> (inclusive) up to the next row's start.
/// <see cref="Value"/> is a percent (service fee) or an amount per item in VND (inspection).
/// </summary>
public sealed record FeeTier(decimal From, decimal Value);
