namespace Ordo.Domain.Money;

public enum ChargeKind
{
    /// <summary>An extra cost added to what the customer owes (with a reason).</summary>
    Supplementary,

    /// <summary>An amount taken off what the customer owes, e.g. a complaint refund.</summary>
    Credit,

    /// <summary>The international shipping fee of one parcel, charged when it is received in Vietnam (per kg, from the tariff).</summary>
    InternationalShipping,
}
