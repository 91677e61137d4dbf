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
    /// Whether the weighed box differs from the declared weight by more than <paramref name="thresholdPercent"/> of the
    /// declared weight, either way (a lighter box may have lost goods, a heavier one holds what was not declared).
    /// </summary>
    public static bool WeightDiffers(decimal? declaredKg, decimal measuredKg, decimal thresholdPercent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(thresholdPercent);
        return declaredKg is > 0 and var declared && Math.Abs(measuredKg - declared) * 100m > declared * thresholdPercent;
    }
}
