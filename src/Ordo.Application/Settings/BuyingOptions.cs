using System.ComponentModel.DataAnnotations;

namespace Ordo.Application.Settings;

/// <summary>The <c>Ordo:Buying</c> section: the buying department's limits and deadlines.</summary>
public sealed class BuyingOptions
{
    /// <summary>How many orders one buyer may have in Ordering at once when claiming them (assigned ones are not limited).</summary>
    [Range(1, 1000)]
    public int MaxOpenClaims { get; set; } = 20;

    /// <summary>Hours from the deposit within which the shop order should be placed.</summary>
    [Range(1, 24 * 30)]
    public int BuyingDeadlineHours { get; set; } = 24;

    /// <summary>Days from the shop order within which the shop's tracking number should be entered (domain.md, Configuration).</summary>
    [Range(1, 60)]
    public int TrackingDeadlineDays { get; set; } = 3;
}
