namespace Ordo.Application.Common;

/// <summary>The thing asked for does not exist, or the caller may not know that it does (maps to 404).</summary>
public sealed class NotFoundException(string what, string key) : Exception($"{what} '{key}' was not found.")
{
    /// <summary>What was looked for (<c>Parcel</c>, <c>Order</c>…).</summary>
    public string What { get; } = what;

    /// <summary>The id or code that found nothing, as the caller gave it.</summary>
    public string Key { get; } = key;
}
