using Ordo.Domain.Money;
using Cash = Ordo.Domain.Money.Money;

namespace Ordo.Domain.Tests.Money.Builders;

/// <summary>What decides a purchase order's charges, with nothing optional chosen; change only what the test is about.</summary>
public sealed class ACharge
{
    private readonly List<(decimal UnitPriceCny, int Quantity)> _items = [];
    private Cash _goods;
    private ExchangeRate _rate;
    private bool _inspection;
    private bool _woodenCrate;
    private bool _insurance;
    private Cash _chinaShipping = Cash.Zero(Currency.CNY);
    private Cash _internationalShipping = Cash.Zero(Currency.VND);
    private decimal? _customerServiceFeePercent;
    private decimal _loyaltyDiscountPercent;
    private decimal? _loyaltyAdvancePercent;
    private DiscountKind? _codeKind;
    private decimal _codeValue;
    private Cash? _supplementary;
    private Cash? _credits;
    private Cash? _paid;

    private ACharge(Cash goods, ExchangeRate rate)
    {
        _goods = goods;
        _rate = rate;
    }

    /// <summary>Goods bought in China for <paramref name="cny"/> yuan, priced at <paramref name="vndPerCny"/>.</summary>
    public static ACharge ForGoods(decimal cny, decimal vndPerCny = 3_650m) => new(Cash.Cny(cny), ExchangeRate.Of(vndPerCny));

    /// <summary>Goods worth the sum of the items added with <see cref="WithItem"/>.</summary>
    public static ACharge ForItems(decimal vndPerCny = 3_650m) => ForGoods(0m, vndPerCny);

    /// <summary>
    /// Goods whose value converts to exactly <paramref name="vnd"/> dong (at 100 VND per CNY every whole dong is a
    /// whole fen), so a tier boundary can be hit to the dong.
    /// </summary>
    public static ACharge ForGoodsWorthVnd(decimal vnd) => new(Cash.Cny(vnd / 100m), ExchangeRate.Of(100m));

    public ACharge AtRate(decimal vndPerCny)
    {
        _rate = ExchangeRate.Of(vndPerCny);
        return this;
    }

    public ACharge WithItem(decimal unitPriceCny, int quantity)
    {
        _items.Add((unitPriceCny, quantity));
        _goods += Cash.Cny(unitPriceCny * quantity);
        return this;
    }

    public ACharge WithInspection()
    {
        _inspection = true;
        return this;
    }

    public ACharge WithWoodenCrate()
    {
        _woodenCrate = true;
        return this;
    }

    public ACharge WithInsurance()
    {
        _insurance = true;
        return this;
    }

    public ACharge WithChinaShipping(decimal cny)
    {
        _chinaShipping = Cash.Cny(cny);
        return this;
    }

    public ACharge WithInternationalShipping(decimal vnd)
    {
        _internationalShipping = Cash.Vnd(vnd);
        return this;
    }

    public ACharge ForCustomerWithOwnServiceFee(decimal percent)
    {
        _customerServiceFeePercent = percent;
        return this;
    }

    public ACharge ForLoyaltyTier(decimal discountPercent, decimal? advancePercent = null)
    {
        _loyaltyDiscountPercent = discountPercent;
        _loyaltyAdvancePercent = advancePercent;
        return this;
    }

    public ACharge WithCode(DiscountKind kind, decimal value)
    {
        _codeKind = kind;
        _codeValue = value;
        return this;
    }

    public ACharge WithSupplementary(decimal vnd)
    {
        _supplementary = Cash.Vnd(vnd);
        return this;
    }

    public ACharge WithCredits(decimal vnd)
    {
        _credits = Cash.Vnd(vnd);
        return this;
    }

    public ACharge WithPaid(decimal vnd)
    {
        _paid = Cash.Vnd(vnd);
        return this;
    }

    public ChargeInput Build() => new(
        _goods, _rate, [.. _items], _inspection, _woodenCrate, _insurance, _chinaShipping, _internationalShipping,
        _customerServiceFeePercent, _loyaltyDiscountPercent, _loyaltyAdvancePercent, _codeKind, _codeValue,
        _supplementary, _credits, _paid);

    public ChargeBreakdown Calculate(FeeSchedule? schedule = null) =>
        ChargeCalculator.Calculate(Build(), schedule ?? FeeSchedule.Default);
}
