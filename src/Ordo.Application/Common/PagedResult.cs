namespace Ordo.Application.Common;

/// <summary>One page of a list and how many items the whole list holds.</summary>
/// <param name="TotalIsLowerBound">
/// True when the list stopped counting: there are at least <paramref name="Total"/> items (shown as "1,000+").
/// </param>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize, bool TotalIsLowerBound = false);
