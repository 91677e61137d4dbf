using Ordo.Domain.Money;
using Ordo.Domain.Tests.Money.Builders;
using Cash = Ordo.Domain.Money.Money;

namespace Ordo.Domain.Tests.Money;

/// <summary>Everything but the service fee and inspection (see <see cref="ServiceFeeTests"/>, <see cref="InspectionFeeTests"/>), on the default schedule.</summary>
public class ChargeCalculatorTests
{
    /// <summary>Goods (VND), the loyalty tier's own advance % (null: the schedule's 70%) → advance %, deposit.</summary>
    public static TheoryData<decimal, decimal?, decimal, decimal> Deposits => new()
    {
        { 10_000_000m, null, 70m, 7_175_000m },
        { 10_000_000m, 50m, 50m, 5_125_000m },
        { 10_000_000m, 100m, 100m, 10_250_000m },
        { 1_234_567m, null, 70m, 890_123m },
        { 1_234_567m, 33.33m, 33.33m, 423_826m },
        { 100_000m, null, 70m, 77_000m },
        { 1m, null, 70m, 7_001m },
        { 0m, null, 70m, 0m },
    };

    /// <summary>Total, paid → due.</summary>
    public static TheoryData<decimal, decimal> Payments => new()
    {
        { 0m, 10_400_000m },
        { 7_175_000m, 3_225_000m },
        { 10_400_000m, 0m },
        { 10_500_000m, -100_000m },
    };

    [Theory]
    [MemberData(nameof(Deposits))]
    public void The_deposit_is_the_advance_percent_of_goods_and_service_fee_rounded_to_the_dong(
        decimal goodsVnd, decimal? loyaltyAdvancePercent, decimal expectedAdvance, decimal expectedDeposit)
    {
        var charges = ACharge.ForGoodsWorthVnd(goodsVnd).ForLoyaltyTier(0m, loyaltyAdvancePercent).Calculate();

        Assert.Equal(expectedAdvance, charges.AdvancePercent);
        Assert.Equal(Cash.Vnd(expectedDeposit), charges.Deposit);
        Assert.Equal((charges.GoodsValueVnd + charges.ServiceFee).Percent(expectedAdvance), charges.Deposit);
    }

    [Fact]
    public void The_schedule_s_advance_percent_applies_when_the_loyalty_tier_has_none()
    {
        var schedule = FeeSchedule.Default with { AdvancePercent = 80m };

        var charges = ACharge.ForGoodsWorthVnd(10_000_000m).Calculate(schedule);

        Assert.Equal(80m, charges.AdvancePercent);
        Assert.Equal(Cash.Vnd(8_200_000m), charges.Deposit);
    }

    [Fact]
    public void A_loyalty_tier_s_advance_percent_overrides_the_schedule_s()
    {
        var schedule = FeeSchedule.Default with { AdvancePercent = 80m };

        var charges = ACharge.ForGoodsWorthVnd(10_000_000m).ForLoyaltyTier(5m, advancePercent: 50m).Calculate(schedule);

        Assert.Equal(50m, charges.AdvancePercent);
        Assert.Equal(Cash.Vnd(5_118_750m), charges.Deposit);
    }

    [Fact]
    public void The_deposit_is_taken_on_the_service_fee_after_discounts()
    {
        var charges = ACharge.ForGoodsWorthVnd(10_000_000m).WithCode(DiscountKind.FixedVnd, 50_000m).Calculate();

        Assert.Equal(Cash.Vnd(200_000m), charges.ServiceFee);
        Assert.Equal(Cash.Vnd(7_140_000m), charges.Deposit);
    }

    [Fact]
    public void Shipping_and_optional_services_are_not_part_of_the_deposit()
    {
        var plain = ACharge.ForGoodsWorthVnd(10_000_000m).Calculate();
        var withEverything = ACharge.ForGoodsWorthVnd(10_000_000m)
            .WithChinaShipping(25m).WithInternationalShipping(300_000m).WithWoodenCrate().WithInsurance()
            .WithSupplementary(80_000m).WithCredits(20_000m).Calculate();

        Assert.Equal(plain.Deposit, withEverything.Deposit);
        Assert.True(withEverything.Total > plain.Total);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(10_000_000)]
    [InlineData(500_000_000)]
    public void A_wooden_crate_is_a_flat_fee_whatever_the_goods(int goodsVnd)
    {
        Assert.Equal(Cash.Vnd(150_000m), ACharge.ForGoodsWorthVnd(goodsVnd).WithWoodenCrate().Calculate().WoodenCrateFee);
        Assert.Equal(Cash.Vnd(0m), ACharge.ForGoodsWorthVnd(goodsVnd).Calculate().WoodenCrateFee);
    }

    [Fact]
    public void The_wooden_crate_fee_comes_from_the_schedule()
    {
        var schedule = FeeSchedule.Default with { WoodenCrateFeeVnd = 200_000m };

        Assert.Equal(Cash.Vnd(200_000m), ACharge.ForGoodsWorthVnd(1_000_000m).WithWoodenCrate().Calculate(schedule).WoodenCrateFee);
    }

    [Theory]
    [InlineData(10_000_000, 300_000)]
    [InlineData(1_234_567, 37_037)]
    [InlineData(50, 2)]
    [InlineData(0, 0)]
    public void Insurance_is_a_percent_of_the_goods_value_rounded_to_the_dong(int goodsVnd, int expectedFee)
    {
        Assert.Equal(Cash.Vnd(expectedFee), ACharge.ForGoodsWorthVnd(goodsVnd).WithInsurance().Calculate().InsuranceFee);
        Assert.Equal(Cash.Vnd(0m), ACharge.ForGoodsWorthVnd(goodsVnd).Calculate().InsuranceFee);
    }

    [Fact]
    public void China_shipping_is_converted_at_the_order_s_rate()
    {
        var charges = ACharge.ForGoods(100m, vndPerCny: 3_650.5m).WithChinaShipping(35.5m).Calculate();

        Assert.Equal(Cash.Cny(35.5m), charges.ChinaShippingCny);
        Assert.Equal(Cash.Vnd(129_593m), charges.ChinaShippingVnd);
        Assert.Equal(3_650.5m, charges.VndPerCny);
    }

    [Fact]
    public void Supplementary_charges_add_to_the_total_and_credits_come_off_it()
    {
        var plain = ACharge.ForGoodsWorthVnd(10_000_000m).Calculate();
        var charges = ACharge.ForGoodsWorthVnd(10_000_000m).WithSupplementary(80_000m).WithCredits(30_000m).Calculate();

        Assert.Equal(Cash.Vnd(80_000m), charges.Supplementary);
        Assert.Equal(Cash.Vnd(30_000m), charges.Credits);
        Assert.Equal(plain.Total + Cash.Vnd(50_000m), charges.Total);
    }

    [Fact]
    public void A_credit_larger_than_everything_else_makes_the_total_negative_for_the_refund_to_follow()
    {
        var charges = ACharge.ForGoodsWorthVnd(1_000_000m).WithCredits(2_000_000m).Calculate();

        Assert.Equal(Cash.Vnd(-970_000m), charges.Total);
        Assert.Equal(Cash.Vnd(-970_000m), charges.Due);
    }

    [Theory]
    [MemberData(nameof(Payments))]
    public void What_is_due_is_the_total_less_what_was_paid(decimal paid, decimal expectedDue)
    {
        var charges = ACharge.ForGoodsWorthVnd(10_000_000m).WithSupplementary(150_000m).WithPaid(paid).Calculate();

        Assert.Equal(Cash.Vnd(10_400_000m), charges.Total);
        Assert.Equal(Cash.Vnd(paid), charges.Paid);
        Assert.Equal(Cash.Vnd(expectedDue), charges.Due);
    }

    [Fact]
    public void Nothing_optional_nothing_paid_the_total_is_goods_and_service_fee_and_all_of_it_is_due()
    {
        var charges = ACharge.ForGoodsWorthVnd(10_000_000m).Calculate();

        Assert.Equal(Cash.Vnd(10_250_000m), charges.Total);
        Assert.Equal(Cash.Vnd(0m), charges.Paid);
        Assert.Equal(Cash.Vnd(10_250_000m), charges.Due);
        Assert.Equal(Cash.Vnd(0m), charges.InspectionFee + charges.WoodenCrateFee + charges.InsuranceFee + charges.Supplementary + charges.Credits);
    }

    [Fact]
    public void A_whole_order_adds_up_line_by_line()
    {
        // 5 × 120 CNY and 20 × 8.50 CNY = 770 CNY at 3,650.5 VND per CNY; VIP discount 5%, a 10% code.
        var charges = ACharge.ForItems(vndPerCny: 3_650.5m)
            .WithItem(120m, 5).WithItem(8.50m, 20)
            .ForLoyaltyTier(5m).WithCode(DiscountKind.Percent, 10m)
            .WithChinaShipping(35.5m).WithInternationalShipping(245_000m)
            .WithInspection().WithWoodenCrate().WithInsurance()
            .WithSupplementary(50_000m).WithCredits(30_000m).WithPaid(2_009_677m)
            .Calculate();

        Assert.Equal(
            new ChargeBreakdown(
                GoodsValueCny: Cash.Cny(770m),
                VndPerCny: 3_650.5m,
                GoodsValueVnd: Cash.Vnd(2_810_885m),
                ServiceFeePercent: 2.5m,
                ServiceFeeBeforeDiscounts: Cash.Vnd(70_272m),
                LoyaltyDiscount: Cash.Vnd(3_514m),
                CodeDiscount: Cash.Vnd(6_676m),
                ServiceFee: Cash.Vnd(60_082m),
                ChinaShippingCny: Cash.Cny(35.5m),
                ChinaShippingVnd: Cash.Vnd(129_593m),
                InternationalShipping: Cash.Vnd(245_000m),
                InspectionFee: Cash.Vnd(37_500m),
                WoodenCrateFee: Cash.Vnd(150_000m),
                InsuranceFee: Cash.Vnd(84_327m),
                Supplementary: Cash.Vnd(50_000m),
                Credits: Cash.Vnd(30_000m),
                Total: Cash.Vnd(3_537_387m),
                AdvancePercent: 70m,
                Deposit: Cash.Vnd(2_009_677m),
                Paid: Cash.Vnd(2_009_677m),
                Due: Cash.Vnd(1_527_710m)),
            charges);
    }

    [Fact]
    public void Every_figure_in_dong_is_whole_dong_whatever_the_rate_and_percents()
    {
        var random = new Random(20260314);
        for (var i = 0; i < 500; i++)
        {
            var input = ACharge.ForItems(vndPerCny: random.Next(30_000_000, 40_000_000) / 10_000m)
                .WithItem(random.Next(1, 100_000) / 100m, random.Next(1, 50))
                .WithItem(random.Next(1, 1_000) / 100m, random.Next(1, 200))
                .WithChinaShipping(random.Next(0, 10_000) / 100m)
                .ForLoyaltyTier(random.Next(0, 10_000) / 100m, random.Next(2) == 0 ? null : random.Next(1, 10_000) / 100m)
                .WithCode(DiscountKind.Percent, random.Next(0, 10_001) / 100m)
                .WithInspection().WithWoodenCrate().WithInsurance();
            if (random.Next(2) == 0)
            {
                input.WithCode(DiscountKind.FixedVnd, random.Next(0, 500_000));
            }

            var schedule = FeeSchedule.Default with { InsurancePercent = random.Next(0, 1_000) / 100m };

            var charges = input.Calculate(schedule);

            var inDong = new[]
            {
                charges.GoodsValueVnd, charges.ServiceFeeBeforeDiscounts, charges.LoyaltyDiscount, charges.CodeDiscount,
                charges.ServiceFee, charges.ChinaShippingVnd, charges.InspectionFee, charges.WoodenCrateFee,
                charges.InsuranceFee, charges.Total, charges.Deposit, charges.Due,
            };
            Assert.All(inDong, m => Assert.Equal(Currency.VND, m.Currency));
            Assert.All(inDong, m => Assert.Equal(decimal.Round(m.Amount), m.Amount));
            Assert.False(charges.ServiceFee.IsNegative);
        }
    }

    [Fact]
    public void The_calculation_is_pure_the_same_input_gives_the_same_charges()
    {
        var input = ACharge.ForItems().WithItem(25m, 3).WithInspection().WithInsurance().ForLoyaltyTier(5m).Build();

        Assert.Equal(ChargeCalculator.Calculate(input, FeeSchedule.Default), ChargeCalculator.Calculate(input, FeeSchedule.Default));
    }
}
