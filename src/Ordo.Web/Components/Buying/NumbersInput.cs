namespace Ordo.Web.Components.Buying;

/// <summary>Shop order numbers as a buyer types them: one per line, or separated by commas or semicolons.</summary>
public static class NumbersInput
{
    public static IReadOnlyList<string> Split(string? typed) =>
        (typed ?? string.Empty).Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
