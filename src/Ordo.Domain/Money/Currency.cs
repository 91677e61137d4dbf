namespace Ordo.Domain.Money;

public enum Currency
{
    /// <summary>Vietnamese dong: no minor unit, amounts are whole dong.</summary>
    VND,

    /// <summary>Chinese yuan: two decimals (fen).</summary>
    CNY,
}
