using Ordo.Domain.Common;

namespace Ordo.Domain.Orders;

/// <summary>
/// What a shop's tracking number (bill of lading, "mã vận đơn") may look like. Carriers in China write them in
/// letters, digits and hyphens (SF1234567890123, YT…, 7731…), 6 to 40 of them; a tracking number is compared
/// without case and surrounding blanks, so it is kept trimmed and upper-case.
/// </summary>
public static class TrackingNumbers
{
    public const int MinLength = 6;
    public const int MaxLength = 40;

    /// <summary>How a typed number compares: trimmed, upper-case (a number looked up, not checked).</summary>
    public static string Normalize(string? raw) => raw?.Trim().ToUpperInvariant() ?? string.Empty;

    /// <summary>The number as kept, or a problem detail on <paramref name="field"/>.</summary>
    public static string Parse(string? raw, string field = "trackingNumber")
    {
        Validate(new Check(), raw, field).ThrowIfAny();
        return Normalize(raw);
    }

    /// <summary>Adds to <paramref name="check"/> what is wrong with <paramref name="raw"/> as a tracking number, if anything.</summary>
    public static Check Validate(Check check, string? raw, string field)
    {
        ArgumentNullException.ThrowIfNull(check);
        var text = raw?.Trim() ?? string.Empty;
        return check
            .That(text.Length > 0, field, "is required")
            .That(text.Length == 0 || text.Length is >= MinLength and <= MaxLength, field, $"must be {MinLength} to {MaxLength} characters")
            .That(text.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'), field, "must hold only letters, digits and hyphens");
    }
}
