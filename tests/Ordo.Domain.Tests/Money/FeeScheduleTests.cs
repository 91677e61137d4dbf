using Ordo.Domain.Money;

namespace Ordo.Domain.Tests.Money;

public class FeeScheduleTests
{
    private static readonly FeeSchedule Default = FeeSchedule.Default;

    private static readonly Dictionary<string, (FeeSchedule Schedule, string Field)> Broken = new()
    {
        ["no service-fee tiers"] = (Default with { ServiceFeeTiers = [] }, "serviceFeeTiers"),
        ["no inspection tiers"] = (Default with { InspectionTiers = [] }, "inspectionTiers"),
        ["no cheap-item inspection tiers"] = (Default with { CheapItemInspectionTiers = [] }, "cheapItemInspectionTiers"),
        ["two service-fee tiers starting at 2,000,000"] =
            (Default with { ServiceFeeTiers = [new(0m, 3m), new(2_000_000m, 2.5m), new(2_000_000m, 2m)] }, "serviceFeeTiers"),
        ["two inspection tiers starting at 3 items"] = (Default with { InspectionTiers = [new(1m, 5_000m), new(3m, 3_500m), new(3m, 3_000m)] }, "inspectionTiers"),
        ["two cheap-item tiers starting at 1 item"] = (Default with { CheapItemInspectionTiers = [new(1m, 1_500m), new(1m, 1_000m)] }, "cheapItemInspectionTiers"),
        ["a service-fee tier starting below zero"] = (Default with { ServiceFeeTiers = [new(-1m, 3m)] }, "serviceFeeTiers"),
        ["an inspection tier starting below zero"] = (Default with { InspectionTiers = [new(-1m, 5_000m)] }, "inspectionTiers"),
        ["a negative service-fee percent"] = (Default with { ServiceFeeTiers = [new(0m, -0.5m)] }, "serviceFeeTiers"),
        ["a service-fee percent above 100"] = (Default with { ServiceFeeTiers = [new(0m, 100.01m)] }, "serviceFeeTiers"),
        ["a negative inspection fee per item"] = (Default with { InspectionTiers = [new(1m, -5_000m)] }, "inspectionTiers"),
        ["a negative cheap-item inspection fee"] = (Default with { CheapItemInspectionTiers = [new(1m, -1m)] }, "cheapItemInspectionTiers"),
        ["an inspection fee per item above 10,000,000"] = (Default with { InspectionTiers = [new(1m, 10_000_001m)] }, "inspectionTiers"),
        ["a negative minimum service fee"] = (Default with { MinimumServiceFeeVnd = -1m }, "minimumServiceFeeVnd"),
        ["a negative cheap-item threshold"] = (Default with { CheapItemThresholdCny = -0.01m }, "cheapItemThresholdCny"),
        ["a negative wooden-crate fee"] = (Default with { WoodenCrateFeeVnd = -150_000m }, "woodenCrateFeeVnd"),
        ["a negative insurance percent"] = (Default with { InsurancePercent = -1m }, "insurancePercent"),
        ["an insurance percent above 100"] = (Default with { InsurancePercent = 100.5m }, "insurancePercent"),
        ["no advance at all"] = (Default with { AdvancePercent = 0m }, "advancePercent"),
        ["a negative advance"] = (Default with { AdvancePercent = -10m }, "advancePercent"),
        ["an advance above 100%"] = (Default with { AdvancePercent = 100.01m }, "advancePercent"),
        ["a minimum service fee in fractions of a dong"] = (Default with { MinimumServiceFeeVnd = 10_000.5m }, "minimumServiceFeeVnd"),
        ["a wooden-crate fee in fractions of a dong"] = (Default with { WoodenCrateFeeVnd = 150_000.5m }, "woodenCrateFeeVnd"),
        ["an inspection fee per item in fractions of a dong"] = (Default with { InspectionTiers = [new(1m, 3_500.5m)] }, "inspectionTiers"),
        ["a cheap-item inspection fee in fractions of a dong"] = (Default with { CheapItemInspectionTiers = [new(1m, 700.25m)] }, "cheapItemInspectionTiers"),
        ["a service-fee tier starting at a fraction of a dong"] =
            (Default with { ServiceFeeTiers = [new(0m, 3m), new(2_000_000.5m, 2.5m)] }, "serviceFeeTiers"),
        ["an inspection tier starting at a fraction of an item"] = (Default with { InspectionTiers = [new(1m, 5_000m), new(2.5m, 3_500m)] }, "inspectionTiers"),
    };

    private static readonly Dictionary<string, FeeSchedule> Accepted = new()
    {
        ["the default schedule"] = Default,
        ["one tier per table"] = Default with { ServiceFeeTiers = [new(0m, 3m)], InspectionTiers = [new(1m, 5_000m)], CheapItemInspectionTiers = [new(1m, 1_500m)] },
        ["tiers in any order"] = Default with { ServiceFeeTiers = [new(20_000_000m, 2m), new(0m, 3m), new(2_000_000m, 2.5m)] },
        ["free service and free inspection"] = Default with { ServiceFeeTiers = [new(0m, 0m)], InspectionTiers = [new(1m, 0m)], MinimumServiceFeeVnd = 0m },
        ["the whole price paid up front"] = Default with { AdvancePercent = 100m },
        ["an advance of a fraction of a percent"] = Default with { AdvancePercent = 0.5m },
        ["a service fee of 100%"] = Default with { ServiceFeeTiers = [new(0m, 100m)] },
        ["fractional percents"] = Default with { ServiceFeeTiers = [new(0m, 2.75m)], InsurancePercent = 0.35m },
        ["no insurance charge, no crate charge, no cheap items"] = Default with { InsurancePercent = 0m, WoodenCrateFeeVnd = 0m, CheapItemThresholdCny = 0m },
        ["a threshold in fen"] = Default with { CheapItemThresholdCny = 9.99m },
        ["the largest inspection fee per item"] = Default with { InspectionTiers = [new(1m, 10_000_000m)] },
    };

    public static TheoryData<string> BrokenSchedules => [.. Broken.Keys];

    public static TheoryData<string> AcceptedSchedules => [.. Accepted.Keys];

    [Theory]
    [MemberData(nameof(BrokenSchedules))]
    public void A_schedule_is_refused_naming_the_table_or_value_at_fault(string broken)
    {
        var (schedule, field) = Broken[broken];

        AssertInvalid(schedule.Validate, field);
    }

    [Theory]
    [MemberData(nameof(AcceptedSchedules))]
    public void A_sensible_schedule_is_accepted(string accepted)
    {
        var error = Record.Exception(Accepted[accepted].Validate);

        Assert.Null(error);
    }

    [Fact]
    public void Every_broken_value_is_reported_at_once()
    {
        var schedule = Default with { ServiceFeeTiers = [], AdvancePercent = 0m, WoodenCrateFeeVnd = -1m, InsurancePercent = 101m };

        AssertInvalid(schedule.Validate, "serviceFeeTiers", "advancePercent", "woodenCrateFeeVnd", "insurancePercent");
    }

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(0, 0)]
    [InlineData(2, 0)]
    [InlineData(3, 30)]
    [InlineData(10, 30)]
    [InlineData(11, 20)]
    [InlineData(1_000, 20)]
    public void A_tier_applies_from_its_start_up_to_the_next_one_and_nothing_applies_below_the_first(int amount, int expected)
    {
        IReadOnlyList<FeeTier> tiers = [new(11m, 20m), new(3m, 30m)];

        Assert.Equal(expected, FeeSchedule.Lookup(tiers, amount));
    }
}
