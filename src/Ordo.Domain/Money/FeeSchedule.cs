using Ordo.Domain.Common;

namespace Ordo.Domain.Money;

/// <summary>The fee tables an administrator sets (domain.md, "Charges of a purchase order").</summary>
public sealed record FeeSchedule(
    IReadOnlyList<FeeTier> ServiceFeeTiers,
    decimal MinimumServiceFeeVnd,
    decimal AdvancePercent,
    IReadOnlyList<FeeTier> InspectionTiers,
    IReadOnlyList<FeeTier> CheapItemInspectionTiers,
    decimal CheapItemThresholdCny,
    decimal WoodenCrateFeeVnd,
    decimal InsurancePercent)
{
    /// <summary>A sensible starting point, close to what Vietnamese agents publish.</summary>
    public static FeeSchedule Default { get; } = new(
        ServiceFeeTiers: [new(0m, 3m), new(2_000_000m, 2.5m), new(20_000_000m, 2m), new(100_000_000m, 1.5m)],
        MinimumServiceFeeVnd: 10_000m,
        AdvancePercent: 70m,
        InspectionTiers: [new(1m, 5_000m), new(3m, 3_500m), new(11m, 2_000m), new(101m, 1_500m)],
        CheapItemInspectionTiers: [new(1m, 1_500m), new(11m, 1_000m), new(101m, 700m)],
        CheapItemThresholdCny: 10m,
        WoodenCrateFeeVnd: 150_000m,
        InsurancePercent: 3m);

    public void Validate()
    {
        var check = new Check();
        CheckTiers(check, ServiceFeeTiers, "serviceFeeTiers", maxValue: 100m, valuesInDong: false);
        CheckTiers(check, InspectionTiers, "inspectionTiers", maxValue: 10_000_000m, valuesInDong: true);
        CheckTiers(check, CheapItemInspectionTiers, "cheapItemInspectionTiers", maxValue: 10_000_000m, valuesInDong: true);
        check.That(MinimumServiceFeeVnd >= 0, "minimumServiceFeeVnd", "must not be negative")
            .Decimals(MinimumServiceFeeVnd, "minimumServiceFeeVnd", 0)
            .That(AdvancePercent is > 0 and <= 100, "advancePercent", "must be above 0 and at most 100")
            .That(CheapItemThresholdCny >= 0, "cheapItemThresholdCny", "must not be negative")
            .That(WoodenCrateFeeVnd >= 0, "woodenCrateFeeVnd", "must not be negative")
            .Decimals(WoodenCrateFeeVnd, "woodenCrateFeeVnd", 0)
            .That(InsurancePercent is >= 0 and <= 100, "insurancePercent", "must be between 0 and 100")
            .ThrowIfAny();
    }

    /// <summary>The value of the last tier whose start is at or below <paramref name="amount"/>; 0 below the first.</summary>
    public static decimal Lookup(IReadOnlyList<FeeTier> tiers, decimal amount) =>
        tiers.Where(t => t.From <= amount).OrderBy(t => t.From).LastOrDefault()?.Value ?? 0m;

    /// <summary>Tiers start at a VND amount or an item count, both whole; inspection values are VND per item, whole dong.</summary>
    private static void CheckTiers(Check check, IReadOnlyList<FeeTier>? tiers, string field, decimal maxValue, bool valuesInDong)
    {
        // A client's JSON may leave a table out or send an empty tier: refused like any other bad field, never a crash.
        if (tiers is null || tiers.Count == 0)
        {
            check.Add(field, "must have at least one tier");
            return;
        }

        if (tiers.Any(t => t is null))
        {
            check.Add(field, "must not contain an empty tier");
            return;
        }

        check.That(tiers.Select(t => t.From).Distinct().Count() == tiers.Count, field, "must not start two tiers at the same value")
            .That(tiers.All(t => t.From >= 0), field, "tier starts must not be negative")
            .That(tiers.All(t => t.Value >= 0 && t.Value <= maxValue), field, $"tier values must be between 0 and {maxValue}")
            .That(tiers.All(t => decimal.Round(t.From) == t.From), field, "tier starts must be whole numbers")
            .That(!valuesInDong || tiers.All(t => decimal.Round(t.Value) == t.Value), field, "tier values must be whole dong");
    }
}
