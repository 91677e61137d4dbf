using System.Globalization;
using System.Text.RegularExpressions;

namespace Ordo.Domain.Orders;

/// <summary>Readable order codes: <c>PO-2026-000123</c> (purchase), <c>SO-2026-000045</c> (shipping).</summary>
public static partial class OrderCode
{
    public static string Prefix(OrderKind kind) => kind == OrderKind.Purchase ? "PO" : "SO";

    public static string SequenceKey(OrderKind kind, int year) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix(kind)}-{year}");

    public static string Format(OrderKind kind, int year, long number)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(number);
        return string.Create(CultureInfo.InvariantCulture, $"{Prefix(kind)}-{year:D4}-{number:D6}");
    }

    public static bool LooksLikeCode(string value) => CodePattern().IsMatch(value.Trim());

    public static string Normalize(string value) => value.Trim().ToUpperInvariant();

    [GeneratedRegex(@"^(PO|SO)-\d{4}-\d{6,}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
