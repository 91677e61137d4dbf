using System.Globalization;

namespace Ordo.Web.Components.Customers;

/// <summary>How a customer's terms read on screen.</summary>
public static class CustomerLabels
{
    /// <summary>"1.5 %" in the page's culture, or a dash when the tiered table applies.</summary>
    public static string Percent(decimal? percent) =>
        percent is { } value ? $"{value.ToString("0.##", CultureInfo.CurrentCulture)} %" : "—";
}
