using System.Globalization;

namespace Ordo.Web.Components.Shared;

/// <summary>Dates in the business's time zone and money, both in the page's culture.</summary>
public static class Formats
{
    // The agent works in Vietnam: every time on screen is Vietnam time, whatever the server's zone.
    private static readonly TimeZoneInfo Zone = FindZone();

    public static DateTimeOffset Local(DateTimeOffset value) => TimeZoneInfo.ConvertTime(value, Zone);

    public static string DateTime(DateTimeOffset value) => Local(value).ToString("g", CultureInfo.CurrentCulture);

    public static string Date(DateTimeOffset value) => Local(value).ToString("d", CultureInfo.CurrentCulture);

    /// <summary>CNY with two decimals and the yuan sign where the culture puts a currency sign.</summary>
    public static string Cny(decimal value)
    {
        var format = (NumberFormatInfo)CultureInfo.CurrentCulture.NumberFormat.Clone();
        format.CurrencySymbol = "¥";
        format.CurrencyDecimalDigits = 2;
        return value.ToString("C2", format);
    }

    /// <summary>VND has no minor unit: no decimals, the dong sign where the culture puts a currency sign.</summary>
    public static string Vnd(decimal value)
    {
        var format = (NumberFormatInfo)CultureInfo.CurrentCulture.NumberFormat.Clone();
        format.CurrencySymbol = "₫";
        format.CurrencyDecimalDigits = 0;
        return value.ToString("C0", format);
    }

    /// <summary>A signed VND amount for statements: "+1.250.000 ₫" or "-1.250.000 ₫".</summary>
    public static string SignedVnd(decimal value) => value > 0 ? $"+{Vnd(value)}" : value < 0 ? $"-{Vnd(-value)}" : Vnd(0);

    public static string Number(int value) => value.ToString("N0", CultureInfo.CurrentCulture);

    /// <summary>A measure such as centimetres: as many decimals as it has, none when it is whole (40, 12,5).</summary>
    public static string Measure(decimal value) => value.ToString("0.##", CultureInfo.CurrentCulture);

    /// <summary>A volume in m³, to the 0.1 litre (a shoebox is 0.012 m³).</summary>
    public static string Volume(decimal m3) => m3.ToString("0.####", CultureInfo.CurrentCulture) + " m³";

    /// <summary>A weight in kg, to 10 g.</summary>
    public static string Kg(decimal value) => value.ToString("N2", CultureInfo.CurrentCulture);

    /// <summary>
    /// The start of a calendar day in Vietnam time, for date filters. Only the calendar date counts: a
    /// <see cref="DateTimeKind.Local"/> day (<c>DateTime.Today</c>) on a server outside Vietnam would
    /// otherwise make <see cref="DateTimeOffset"/> refuse the Vietnam offset.
    /// </summary>
    public static DateTimeOffset StartOfDay(DateTime day)
    {
        var date = System.DateTime.SpecifyKind(day.Date, DateTimeKind.Unspecified);
        return new(date, Zone.GetUtcOffset(date));
    }

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("ICT", TimeSpan.FromHours(7), "Indochina Time", "Indochina Time");
        }
    }
}
