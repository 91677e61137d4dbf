namespace Ordo.Domain.Money;

/// <summary>What an order costs, line by line, in VND (with the CNY figures it came from).</summary>
public sealed record ChargeBreakdown(
    Money GoodsValueCny,
    decimal VndPerCny,
    Money GoodsValueVnd,
    decimal ServiceFeePercent,
    Money ServiceFeeBeforeDiscounts,
    Money LoyaltyDiscount,
    Money CodeDiscount,
    Money ServiceFee,
    Money ChinaShippingCny,
    Money ChinaShippingVnd,
    Money InternationalShipping,
    Money InspectionFee,
    Money WoodenCrateFee,
    Money InsuranceFee,
    Money Supplementary,
    Money Credits,
    Money Total,
    decimal AdvancePercent,
    Money Deposit,
    Money Paid,
    Money Due)
{
    /// <summary>The same charges once <paramref name="amount"/> more has been paid.</summary>
    public ChargeBreakdown AfterPaying(Money amount) => this with { Paid = Paid + amount, Due = Due - amount };
}
