using Ordo.Domain.Common;
using Ordo.Domain.Logistics;

namespace Ordo.Domain.Orders;

/// <summary>
/// What the shop says of the parcel under a tracking number (its shipping notice: weight, volume): the China warehouse
/// compares the box with it when it arrives. Either may be missing.
/// </summary>
public sealed record ParcelDeclaration(decimal? WeightKg, decimal? VolumeM3)
{
    /// <summary>The largest box the warehouse measures: 500 cm a side.</summary>
    public static readonly decimal MaxVolumeM3 = ParcelMeasurements.MaxSideCm * ParcelMeasurements.MaxSideCm * ParcelMeasurements.MaxSideCm / 1_000_000m;

    public static ParcelDeclaration None { get; } = new(null, null);

    /// <summary>Checks a declaration as entered: 0 &lt; kg ≤ 1000 (two decimals), 0 &lt; m³ ≤ 125 (four decimals); each bad field named.</summary>
    public static ParcelDeclaration Parse(decimal? weightKg, decimal? volumeM3, string prefix = "")
    {
        Validate(new Check(), weightKg, volumeM3, prefix).ThrowIfAny();
        return weightKg is null && volumeM3 is null ? None : new ParcelDeclaration(weightKg, volumeM3);
    }

    /// <summary>The same checks added to <paramref name="check"/>, for a form that validates more fields with them (a shipping order's parcel).</summary>
    public static Check Validate(Check check, decimal? weightKg, decimal? volumeM3, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(check);
        if (weightKg is { } kg)
        {
            check.That(kg is > 0 and <= ParcelMeasurements.MaxWeightKg, prefix + "declaredWeightKg", $"must be above 0 and at most {ParcelMeasurements.MaxWeightKg:0} kg")
                .Decimals(kg, prefix + "declaredWeightKg", 2);
        }

        if (volumeM3 is { } m3)
        {
            check.That(m3 > 0 && m3 <= MaxVolumeM3, prefix + "declaredVolumeM3", $"must be above 0 and at most {MaxVolumeM3:0} m³")
                .Decimals(m3, prefix + "declaredVolumeM3", 4);
        }

        return check;
    }
}
