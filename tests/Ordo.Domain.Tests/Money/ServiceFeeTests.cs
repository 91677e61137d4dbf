using Ordo.Domain.Money;
using Ordo.Domain.Tests.Money.Builders;
using Cash = Ordo.Domain.Money.Money;

namespace Ordo.Domain.Tests.Money;

/// <summary>The service fee of the default schedule: 3% / 2.5% / 2% / 1.5% from 0 / 2M / 20M / 100M VND, at least 10,000 VND.</summary>
public class ServiceFeeTests
{
    public static TheoryData<decimal, decimal> TierByGoodsValue => new()
    {
        { 0m, 3m },
        { 1m, 3m },
        { 1_999_999m, 3m },
        { 2_000_000m, 2.5m },
        { 2_000_001m, 2.5m },
        { 19_999_999m, 2.5m },
        { 20_000_000m, 2m },
        { 99_999_999m, 2m },
        { 100_000_000m, 1.5m },
        { 5_000_000_000m, 1.5m },
    };

    public static TheoryData<decimal, decimal> FeeByGoodsValue => new()
    {
        { 1m, 10_000m },
        { 100_000m, 10_000m },
        { 333_333m, 10_000m },
        { 400_000m, 12_000m },
        { 1_000_000m, 30_000m },
        { 1_999_999m, 60_000m },
        { 2_000_000m, 50_000m },
        { 19_999_999m, 500_000m },
        { 20_000_000m, 400_000m },
        { 99_999_999m, 2_000_000m },
        { 100_000_000m, 1_500_000m },
        { 123_456_789m, 1_851_852m },
    };

    public static TheoryData<decimal, decimal, decimal> TierAfterConversion => new()
    {
        { 547.94m, 1_999_981m, 3m },
        { 547.95m, 2_000_018m, 2.5m },
        { 5_479.45m, 19_999_993m, 2.5m },
        { 5_479.46m, 20_000_029m, 2m },
    };

    /// <summary>Goods (VND), the customer's own percent → service fee.</summary>
    public static TheoryData<decimal, decimal, decimal> OwnPercents => new()
    {
        { 50_000_000m, 1m, 500_000m },
        { 50_000_000m, 2.75m, 1_375_000m },
        { 1_000_000m, 5m, 50_000m },
        { 1_234_567m, 0.5m, 10_000m },
        { 500_000m, 1m, 10_000m },
    };

    /// <summary>Goods (VND), loyalty discount %, code kind, code value → fee before discounts, loyalty discount, code discount, fee.</summary>
    public static TheoryData<decimal, decimal, DiscountKind?, decimal, decimal, decimal, decimal, decimal> Discounts => new()
    {
        { 10_000_000m, 0m, null, 0m, 250_000m, 0m, 0m, 250_000m },
        { 10_000_000m, 10m, null, 0m, 250_000m, 25_000m, 0m, 225_000m },
        { 2_345_678m, 7.5m, null, 0m, 58_642m, 4_398m, 0m, 54_244m },
        { 100_000m, 50m, null, 0m, 10_000m, 5_000m, 0m, 5_000m },
        { 10_000_000m, 100m, null, 0m, 250_000m, 250_000m, 0m, 0m },
        { 10_000_000m, 0m, DiscountKind.Percent, 20m, 250_000m, 0m, 50_000m, 200_000m },
        { 10_000_000m, 10m, DiscountKind.Percent, 20m, 250_000m, 25_000m, 45_000m, 180_000m },
        { 1_234_567m, 0m, DiscountKind.Percent, 15m, 37_037m, 0m, 5_556m, 31_481m },
        { 10_000_000m, 0m, DiscountKind.Percent, 100m, 250_000m, 0m, 250_000m, 0m },
        { 10_000_000m, 0m, DiscountKind.FixedVnd, 30_000m, 250_000m, 0m, 30_000m, 220_000m },
        { 10_000_000m, 10m, DiscountKind.FixedVnd, 30_000m, 250_000m, 25_000m, 30_000m, 195_000m },
        { 10_000_000m, 10m, DiscountKind.FixedVnd, 225_000m, 250_000m, 25_000m, 225_000m, 0m },
        { 10_000_000m, 10m, DiscountKind.FixedVnd, 500_000m, 250_000m, 25_000m, 225_000m, 0m },
        { 10_000_000m, 100m, DiscountKind.FixedVnd, 50_000m, 250_000m, 250_000m, 0m, 0m },
    };

    [Theory]
    [MemberData(nameof(TierByGoodsValue))]
    public void The_service_fee_percent_is_the_tier_the_goods_value_falls_in(decimal goodsVnd, decimal expectedPercent)
    {
        var charges = ACharge.ForGoodsWorthVnd(goodsVnd).Calculate();

        Assert.Equal(Cash.Vnd(goodsVnd), charges.GoodsValueVnd);
        Assert.Equal(expectedPercent, charges.ServiceFeePercent);
    }

    [Theory]
    [MemberData(nameof(FeeByGoodsValue))]
    public void The_service_fee_is_the_tier_percent_of_the_goods_value_never_below_the_minimum(decimal goodsVnd, decimal expectedFee)
    {
        var charges = ACharge.ForGoodsWorthVnd(goodsVnd).Calculate();

        Assert.Equal(Cash.Vnd(expectedFee), charges.ServiceFeeBeforeDiscounts);
        Assert.Equal(Cash.Vnd(expectedFee), charges.ServiceFee);
    }

    [Fact]
    public void The_minimum_service_fee_comes_from_the_schedule()
    {
        var schedule = FeeSchedule.Default with { MinimumServiceFeeVnd = 25_000m };

        Assert.Equal(Cash.Vnd(25_000m), ACharge.ForGoodsWorthVnd(500_000m).Calculate(schedule).ServiceFee);
        Assert.Equal(Cash.Vnd(30_000m), ACharge.ForGoodsWorthVnd(1_000_000m).Calculate(schedule).ServiceFee);
    }

    [Fact]
    public void An_order_without_goods_pays_no_service_fee_not_even_the_minimum()
    {
        var charges = ACharge.ForGoods(0m).ForLoyaltyTier(10m).WithCode(DiscountKind.FixedVnd, 50_000m).Calculate();

        Assert.Equal(Cash.Vnd(0m), charges.GoodsValueVnd);
        Assert.Equal(Cash.Vnd(0m), charges.ServiceFeeBeforeDiscounts);
        Assert.Equal(Cash.Vnd(0m), charges.LoyaltyDiscount);
        Assert.Equal(Cash.Vnd(0m), charges.CodeDiscount);
        Assert.Equal(Cash.Vnd(0m), charges.ServiceFee);
        Assert.Equal(Cash.Vnd(0m), charges.Deposit);
    }

    [Theory]
    [MemberData(nameof(TierAfterConversion))]
    public void The_tier_is_looked_up_on_the_goods_value_in_dong_at_the_order_s_rate(decimal goodsCny, decimal expectedGoodsVnd, decimal expectedPercent)
    {
        var charges = ACharge.ForGoods(goodsCny, vndPerCny: 3_650m).Calculate();

        Assert.Equal(Cash.Vnd(expectedGoodsVnd), charges.GoodsValueVnd);
        Assert.Equal(expectedPercent, charges.ServiceFeePercent);
    }

    [Theory]
    [MemberData(nameof(OwnPercents))]
    public void A_customer_s_own_service_fee_percent_replaces_the_table_but_not_the_minimum(decimal goodsVnd, decimal ownPercent, decimal expectedFee)
    {
        var charges = ACharge.ForGoodsWorthVnd(goodsVnd).ForCustomerWithOwnServiceFee(ownPercent).Calculate();

        Assert.Equal(ownPercent, charges.ServiceFeePercent);
        Assert.Equal(Cash.Vnd(expectedFee), charges.ServiceFee);
    }

    [Fact]
    public void A_customer_s_own_percent_is_still_reduced_by_the_loyalty_discount()
    {
        var charges = ACharge.ForGoodsWorthVnd(50_000_000m).ForCustomerWithOwnServiceFee(1m).ForLoyaltyTier(10m).Calculate();

        Assert.Equal(Cash.Vnd(500_000m), charges.ServiceFeeBeforeDiscounts);
        Assert.Equal(Cash.Vnd(50_000m), charges.LoyaltyDiscount);
        Assert.Equal(Cash.Vnd(450_000m), charges.ServiceFee);
    }

    [Theory]
    [MemberData(nameof(Discounts))]
    public void The_loyalty_discount_comes_off_the_service_fee_first_then_the_discount_code(
        decimal goodsVnd, decimal loyaltyPercent, DiscountKind? codeKind, decimal codeValue,
        decimal expectedBefore, decimal expectedLoyalty, decimal expectedCode, decimal expectedFee)
    {
        var input = ACharge.ForGoodsWorthVnd(goodsVnd).ForLoyaltyTier(loyaltyPercent);
        if (codeKind is { } kind)
        {
            input.WithCode(kind, codeValue);
        }

        var charges = input.Calculate();

        Assert.Equal(Cash.Vnd(expectedBefore), charges.ServiceFeeBeforeDiscounts);
        Assert.Equal(Cash.Vnd(expectedLoyalty), charges.LoyaltyDiscount);
        Assert.Equal(Cash.Vnd(expectedCode), charges.CodeDiscount);
        Assert.Equal(Cash.Vnd(expectedFee), charges.ServiceFee);
        Assert.Equal(charges.ServiceFeeBeforeDiscounts - charges.LoyaltyDiscount - charges.CodeDiscount, charges.ServiceFee);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(9_999)]
    [InlineData(10_000)]
    [InlineData(10_001)]
    [InlineData(224_999)]
    [InlineData(225_000)]
    [InlineData(225_001)]
    [InlineData(1_000_000_000)]
    public void A_fixed_code_never_makes_the_service_fee_negative(int codeVnd)
    {
        foreach (var goodsVnd in new[] { 1m, 100_000m, 10_000_000m, 250_000_000m })
        {
            var charges = ACharge.ForGoodsWorthVnd(goodsVnd).ForLoyaltyTier(10m).WithCode(DiscountKind.FixedVnd, codeVnd).Calculate();

            Assert.False(charges.ServiceFee.IsNegative, $"goods {goodsVnd}, code {codeVnd}: {charges.ServiceFee}");
            Assert.False(charges.CodeDiscount.IsNegative);
            Assert.True(charges.CodeDiscount <= charges.ServiceFeeBeforeDiscounts - charges.LoyaltyDiscount);
        }
    }

    [Fact]
    public void A_fixed_code_is_taken_off_after_the_loyalty_discount_so_the_customer_gets_all_of_it()
    {
        // 250,000 fee, 20% loyalty = 50,000, then the full 100,000 of the code: 100,000 left.
        // Taken before loyalty it would leave (250,000 − 100,000) × 80% = 120,000.
        var charges = ACharge.ForGoodsWorthVnd(10_000_000m).ForLoyaltyTier(20m).WithCode(DiscountKind.FixedVnd, 100_000m).Calculate();

        Assert.Equal(Cash.Vnd(100_000m), charges.ServiceFee);
    }

    [Fact]
    public void A_percent_code_is_a_percent_of_the_fee_left_after_the_loyalty_discount()
    {
        var charges = ACharge.ForGoodsWorthVnd(10_000_000m).ForLoyaltyTier(20m).WithCode(DiscountKind.Percent, 50m).Calculate();

        Assert.Equal(Cash.Vnd(100_000m), charges.CodeDiscount);
        Assert.Equal(Cash.Vnd(100_000m), charges.ServiceFee);
    }
}
