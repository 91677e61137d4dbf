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
}
