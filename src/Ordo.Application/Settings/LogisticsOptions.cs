using System.ComponentModel.DataAnnotations;

namespace Ordo.Application.Settings;

/// <summary>The <c>Ordo:Logistics</c> section: how the warehouses route parcels.</summary>
public sealed class LogisticsOptions
{
    /// <summary>
    /// The Vietnam warehouse a parcel travels to when its order names none (the code, e.g. <c>HN</c>); empty: the first
    /// open Vietnam warehouse by code.
    /// </summary>
    [MaxLength(16)]
    public string? DefaultDestination { get; set; }

    /// <summary>How long a parcel its shipment arrived without stays missing before it is declared lost.</summary>
    [Range(1, 365)]
    public int LostAfterDays { get; set; } = 7;

    /// <summary>Days after the last parcel's delivery when an order the customer has not confirmed is completed.</summary>
    [Range(1, 365)]
    public int AutoCompleteAfterDays { get; set; } = 7;

    /// <summary>
    /// How far (in % of the declared weight) a weighed parcel may be from the weight its customer or shop declared
    /// before the China scan warns and the parcel carries the warning.
    /// </summary>
    [Range(1, 1000)]
    public decimal WeightDifferencePercent { get; set; } = 20m;
}
