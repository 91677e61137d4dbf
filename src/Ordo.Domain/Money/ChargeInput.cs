namespace Ordo.Domain.Money;

/// <summary>Everything that decides what a purchase order costs the customer.</summary>
public sealed record ChargeInput(
    Money GoodsValue,
    ExchangeRate Rate,
    IReadOnlyList<(decimal UnitPriceCny, int Quantity)> Items,
    bool Inspection,
    bool WoodenCrate,
    bool Insurance,
    Money ChinaShipping,
    Money InternationalShipping,
    decimal? CustomerServiceFeePercent = null,
    decimal LoyaltyDiscountPercent = 0m,
    decimal? LoyaltyAdvancePercent = null,
    DiscountKind? CodeKind = null,
    decimal CodeValue = 0m,
    Money? Supplementary = null,
    Money? Credits = null,
    Money? Paid = null);
