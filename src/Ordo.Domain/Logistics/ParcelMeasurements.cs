using Ordo.Domain.Common;

namespace Ordo.Domain.Logistics;

/// <summary>
/// What the warehouse measured: the weight in kg and the box's sides in cm. Freight is charged on the chargeable weight,
/// the larger of the actual weight and the volumetric one (L×W×H / 6000), rounded up to the next 10 g.
/// </summary>
public sealed record ParcelMeasurements(decimal WeightKg, decimal LengthCm, decimal WidthCm, decimal HeightCm)
{
    public const decimal MaxWeightKg = 1000m;
    public const decimal MaxSideCm = 500m;
    public const decimal VolumetricDivisor = 6000m;

    /// <summary>L×W×H in m³, to compare with a shop's declared volume.</summary>
    public decimal VolumeM3 => LengthCm * WidthCm * HeightCm / 1_000_000m;

    public decimal VolumetricWeightKg => LengthCm * WidthCm * HeightCm / VolumetricDivisor;

    public decimal ChargeableWeightKg => Math.Ceiling(Math.Max(WeightKg, VolumetricWeightKg) * 100m) / 100m;

    /// <summary>The measurements, or problem details naming each field that is wrong.</summary>
    public static ParcelMeasurements Parse(decimal? weightKg, decimal? lengthCm, decimal? widthCm, decimal? heightCm)
    {
        var check = new Check()
            .That(weightKg is not null, "weightKg", "is required")
            .That(weightKg is null or > 0, "weightKg", "must be greater than zero")
            .That(weightKg is null or <= MaxWeightKg, "weightKg", $"must be at most {MaxWeightKg} kg")
            .Decimals(weightKg ?? 0, "weightKg", 3);
        Side(check, lengthCm, "lengthCm");
        Side(check, widthCm, "widthCm");
        Side(check, heightCm, "heightCm");
        check.ThrowIfAny();
        return new ParcelMeasurements(weightKg!.Value, lengthCm!.Value, widthCm!.Value, heightCm!.Value);
    }

    private static void Side(Check check, decimal? cm, string field) => check
        .That(cm is not null, field, "is required")
        .That(cm is null or > 0, field, "must be greater than zero")
        .That(cm is null or <= MaxSideCm, field, $"must be at most {MaxSideCm} cm")
        .Decimals(cm ?? 0, field, 1);
}
