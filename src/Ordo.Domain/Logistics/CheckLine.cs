namespace Ordo.Domain.Logistics;

/// <summary>
/// One order line as the checker counted it: what was expected, what was there, and of that what was the wrong item
/// or damaged. Missing and excess follow from the count.
/// </summary>
public sealed record CheckLine(Guid LineId, string Name, int Expected, int? Counted, int Wrong, int Damaged)
{
    public int Missing => Counted is { } counted ? Math.Max(Expected - counted, 0) : 0;

    public int Excess => Counted is { } counted ? Math.Max(counted - Expected, 0) : 0;

    public bool IsMismatch => Missing > 0 || Excess > 0 || Wrong > 0 || Damaged > 0;
}
