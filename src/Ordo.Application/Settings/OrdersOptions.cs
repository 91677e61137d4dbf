using System.ComponentModel.DataAnnotations;

namespace Ordo.Application.Settings;

public sealed class OrdersOptions
{
    /// <summary>Days a cart line lives untouched before it expires.</summary>
    [Range(1, 365)]
    public int CartLifetimeDays { get; set; } = 30;

    [Range(5, 200)]
    public int DefaultPageSize { get; set; } = 20;

    [Range(10, 500)]
    public int MaxPageSize { get; set; } = 100;

    /// <summary>
    /// The order list counts matching orders up to this many; beyond it the total says "at least" (1,000+)
    /// rather than counting a million rows for every page. Counting is most of what a list page costs the
    /// database: 1,000 keeps a page under a millisecond of it (10,000 took four), and is 50 pages of 20.
    /// </summary>
    [Range(1, 10_000_000)]
    public int CountLimit { get; set; } = 1_000;

    /// <summary>
    /// SQLite only: a search term found in at least this many orders is common, and is matched by walking the newest
    /// orders rather than through the full-text index (reading every match of a word in most titles costs more than
    /// finding a page of them).
    /// </summary>
    [Range(1, 1_000_000)]
    public int FullTextCommonFrom { get; set; } = 2_000;

    [Range(1, 500)]
    public int MaxCartLines { get; set; } = 200;
}
