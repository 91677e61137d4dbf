namespace Ordo.Domain.Money;

public enum DiscountKind
{
    /// <summary>A percent off the service fee.</summary>
    Percent,

    /// <summary>A fixed VND amount off the service fee (never below zero).</summary>
    FixedVnd,
}
