namespace Ordo.Domain.Money;

/// <summary>
/// The fee engine (domain.md, "Charges of a purchase order"). Pure: same input, same result. Every
/// figure is rounded once, to whole dong, where it is computed.
/// </summary>
public static class ChargeCalculator
{
    public static ChargeBreakdown Calculate(ChargeInput input, FeeSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(schedule);
        var vnd = Money.Zero(Currency.VND);
        var goodsVnd = input.Rate.ToVnd(input.GoodsValue);

        // Service fee: the tier by goods value (or the customer's own rate), never below the minimum,
        // then the loyalty discount, then the discount code; a discount never makes it negative.
        var percent = input.CustomerServiceFeePercent ?? FeeSchedule.Lookup(schedule.ServiceFeeTiers, goodsVnd.Amount);
        var fee = Money.Max(goodsVnd.Percent(percent), Money.Vnd(schedule.MinimumServiceFeeVnd));
        if (goodsVnd.IsZero)
        {
            fee = vnd;
        }

        var loyalty = fee.Percent(input.LoyaltyDiscountPercent);
        var afterLoyalty = fee - loyalty;
        var code = input.CodeKind switch
        {
            DiscountKind.Percent => afterLoyalty.Percent(input.CodeValue),
            DiscountKind.FixedVnd => Money.Min(Money.Round(input.CodeValue, Currency.VND), afterLoyalty),
            _ => vnd,
        };
        var serviceFee = afterLoyalty - code;

        var chinaShippingVnd = input.Rate.ToVnd(input.ChinaShipping);
        var inspection = input.Inspection ? InspectionFee(input.Items, schedule) : vnd;
        var crate = input.WoodenCrate ? Money.Vnd(schedule.WoodenCrateFeeVnd) : vnd;
        var insurance = input.Insurance ? goodsVnd.Percent(schedule.InsurancePercent) : vnd;
        var supplementary = input.Supplementary ?? vnd;
        var credits = input.Credits ?? vnd;
        var total = goodsVnd + serviceFee + chinaShippingVnd + input.InternationalShipping + inspection + crate + insurance + supplementary - credits;
        var advance = input.LoyaltyAdvancePercent ?? schedule.AdvancePercent;
        var deposit = (goodsVnd + serviceFee).Percent(advance);
        var paid = input.Paid ?? vnd;
        return new ChargeBreakdown(
            input.GoodsValue, input.Rate.VndPerCny, goodsVnd, percent, fee, loyalty, code, serviceFee,
            input.ChinaShipping, chinaShippingVnd, input.InternationalShipping, inspection, crate, insurance,
            supplementary, credits, total, advance, deposit, paid, total - paid);
    }

    /// <summary>
    /// Tally fee per item, tiered by the number of items in the order; items under the cheap-item
    /// threshold have their own, lower tiers (as agents' price lists do).
    /// </summary>
    public static Money InspectionFee(IReadOnlyList<(decimal UnitPriceCny, int Quantity)> items, FeeSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(schedule);
        var cheap = items.Where(i => i.UnitPriceCny < schedule.CheapItemThresholdCny).Sum(i => i.Quantity);
        var regular = items.Where(i => i.UnitPriceCny >= schedule.CheapItemThresholdCny).Sum(i => i.Quantity);
        var fee = (regular * FeeSchedule.Lookup(schedule.InspectionTiers, regular))
                  + (cheap * FeeSchedule.Lookup(schedule.CheapItemInspectionTiers, cheap));
        return Money.Round(fee, Currency.VND);
    }
}
