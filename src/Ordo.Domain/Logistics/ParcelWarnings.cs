using Ordo.Domain.Orders;

namespace Ordo.Domain.Logistics;

/// <summary>What the warehouse must know of a parcel's order when it receives the box.</summary>
public static class ParcelWarnings
{
    /// <summary>The services the order bought (crate, check, insurance) and the customer's note, in that order.</summary>
    public static IEnumerable<ParcelWarning> ForOrder(OrderOptions options, string? note)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.WoodenCrate)
        {
            yield return ParcelWarning.WoodenCrate;
        }

        if (options.Inspection)
        {
            yield return ParcelWarning.Inspection;
        }

        if (options.Insurance)
        {
            yield return ParcelWarning.Insurance;
        }

        if (!string.IsNullOrWhiteSpace(note))
        {
            yield return ParcelWarning.HandlingNote;
        }
    }

    /// <summary>
    /// Whether what was measured (a weight, a volume) differs from what was declared by more than
    /// <paramref name="thresholdPercent"/> of the declared figure, either way (a lighter or smaller box may have lost
    /// goods, a heavier or larger one holds what was not declared). Nothing declared, nothing to compare.
    /// </summary>
    public static bool Differs(decimal? declared, decimal measured, decimal thresholdPercent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(thresholdPercent);
        return declared is > 0 and var figure && Math.Abs(measured - figure) * 100m > figure * thresholdPercent;
    }

    /// <summary>The warnings of a box measured against what was declared for it: <see cref="ParcelWarning.WeightDiffers"/>, <see cref="ParcelWarning.VolumeDiffers"/>.</summary>
    public static IEnumerable<ParcelWarning> AgainstDeclared(decimal? declaredKg, decimal? declaredM3, ParcelMeasurements measured, decimal thresholdPercent)
    {
        ArgumentNullException.ThrowIfNull(measured);
        if (Differs(declaredKg, measured.WeightKg, thresholdPercent))
        {
            yield return ParcelWarning.WeightDiffers;
        }

        if (Differs(declaredM3, measured.VolumeM3, thresholdPercent))
        {
            yield return ParcelWarning.VolumeDiffers;
        }
    }
}
