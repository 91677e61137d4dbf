using Ordo.Domain.Logistics;

namespace Ordo.Domain.Tests.Logistics;

/// <summary>The China scan warns when a box weighs more than the threshold away from what its customer or shop declared.</summary>
public sealed class ParcelWeightWarningTests
{
    [Theory]
    [InlineData(null, 2.5, 20, false)] // nothing declared: nothing to compare
    [InlineData(2.0, 2.4, 20, false)] // exactly 20 % heavier: still within
    [InlineData(2.0, 2.41, 20, true)] // just over 20 % heavier
    [InlineData(2.0, 1.6, 20, false)] // exactly 20 % lighter
    [InlineData(2.0, 1.59, 20, true)] // lighter than the threshold: goods may be missing
    [InlineData(1.0, 2.5, 20, true)]
    [InlineData(1.0, 1.45, 50, false)] // a looser threshold
    public void A_parcel_weighed_beyond_the_threshold_from_its_declared_weight_is_flagged(double? declared, double measured, double percent, bool flagged) =>
        Assert.Equal(flagged, ParcelWarnings.WeightDiffers(declared is { } d ? (decimal)d : null, (decimal)measured, (decimal)percent));

    [Fact]
    public void A_negative_threshold_is_a_configuration_error() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ParcelWarnings.WeightDiffers(1m, 1m, -1m));
}
