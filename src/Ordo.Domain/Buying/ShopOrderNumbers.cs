using Ordo.Domain.Common;

namespace Ordo.Domain.Buying;

/// <summary>The shop's order number(s) of a purchase: at least one, at most ten, each up to 64 characters, none twice.</summary>
public static class ShopOrderNumbers
{
    public const int Max = 10;
    public const int MaxLength = 64;

    /// <summary>The numbers trimmed; their broken rules go to <paramref name="check"/> under <paramref name="field"/>.</summary>
    public static List<string> Parse(IReadOnlyList<string>? numbers, Check check, string field = "shopOrderNumbers")
    {
        ArgumentNullException.ThrowIfNull(check);
        var trimmed = (numbers ?? []).Select(n => n?.Trim() ?? string.Empty).ToList();
        check.That(trimmed.Count > 0, field, "must list the shop's order number")
            .That(trimmed.Count <= Max, field, $"must list at most {Max} numbers")
            .That(trimmed.Distinct(StringComparer.OrdinalIgnoreCase).Count() == trimmed.Count, field, "must not list a number twice");
        for (var i = 0; i < trimmed.Count; i++)
        {
            check.Required(trimmed[i], $"{field}[{i}]", MaxLength);
        }

        return trimmed;
    }
}
