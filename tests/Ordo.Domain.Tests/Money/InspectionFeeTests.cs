using Ordo.Domain.Money;
using Ordo.Domain.Tests.Money.Builders;
using Cash = Ordo.Domain.Money.Money;

namespace Ordo.Domain.Tests.Money;

/// <summary>
/// The tally fee of the default schedule, per item: 5,000 / 3,500 / 2,000 / 1,500 VND from 1 / 3 / 11 / 101 items,
/// and for items under 10 CNY 1,500 / 1,000 / 700 VND from 1 / 11 / 101 items.
/// </summary>
public class InspectionFeeTests
{
    /// <summary>Items at 10 CNY or more, items under 10 CNY → inspection fee (VND).</summary>
    public static TheoryData<int, int, decimal> InspectionFees => new()
    {
        { 0, 0, 0m },
        { 1, 0, 5_000m },
        { 2, 0, 10_000m },
        { 3, 0, 10_500m },
        { 10, 0, 35_000m },
        { 11, 0, 22_000m },
        { 100, 0, 200_000m },
        { 101, 0, 151_500m },
        { 0, 1, 1_500m },
        { 0, 10, 15_000m },
        { 0, 11, 11_000m },
        { 0, 100, 100_000m },
        { 0, 101, 70_700m },
        { 2, 10, 25_000m },
        { 10, 11, 46_000m },
        { 101, 101, 222_200m },
    };

    [Theory]
    [MemberData(nameof(InspectionFees))]
    public void Inspection_is_charged_per_item_by_item_count_with_separate_tiers_for_cheap_items(int regularItems, int cheapItems, decimal expectedFee)
    {
        var input = ACharge.ForItems().WithInspection();
        if (regularItems > 0)
        {
            input.WithItem(25m, regularItems);
        }

        if (cheapItems > 0)
        {
            input.WithItem(9.99m, cheapItems);
        }

        Assert.Equal(Cash.Vnd(expectedFee), input.Calculate().InspectionFee);
    }

    [Fact]
    public void Items_are_counted_by_quantity_across_lines()
    {
        var charges = ACharge.ForItems().WithItem(25m, 2).WithItem(30m, 1).WithItem(5m, 4).WithItem(8m, 7).WithInspection().Calculate();

        // 3 regular items at 3,500 and 11 cheap items at 1,000.
        Assert.Equal(Cash.Vnd(21_500m), charges.InspectionFee);
    }

    [Theory]
    [InlineData(9.99, 1_500)]
    [InlineData(10.00, 5_000)]
    [InlineData(10.01, 5_000)]
    public void An_item_is_cheap_only_under_the_threshold(double unitPriceCny, int expectedFee)
    {
        var charges = ACharge.ForItems().WithItem((decimal)unitPriceCny, 1).WithInspection().Calculate();

        Assert.Equal(Cash.Vnd(expectedFee), charges.InspectionFee);
    }

    [Fact]
    public void The_cheap_item_threshold_comes_from_the_schedule()
    {
        var schedule = FeeSchedule.Default with { CheapItemThresholdCny = 30m };

        var charges = ACharge.ForItems().WithItem(25m, 1).WithInspection().Calculate(schedule);

        Assert.Equal(Cash.Vnd(1_500m), charges.InspectionFee);
    }

    [Fact]
    public void Without_inspection_there_is_no_inspection_fee()
    {
        var charges = ACharge.ForItems().WithItem(25m, 5).WithItem(5m, 20).Calculate();

        Assert.Equal(Cash.Vnd(0m), charges.InspectionFee);
    }
}
