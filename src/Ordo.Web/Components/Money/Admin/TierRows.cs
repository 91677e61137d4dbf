namespace Ordo.Web.Components.Money.Admin;

/// <summary>One editable row of a fee table; the schedule itself is immutable.</summary>
public sealed class TierRow
{
    public decimal From { get; set; }

    public decimal Value { get; set; }
}
