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
        Assert.Equal(flagged, ParcelWarnings.Differs(declared is { } d ? (decimal)d : null, (decimal)measured, (decimal)percent));

    [Fact]
    public void A_box_is_measured_against_the_declared_weight_and_volume_each_on_its_own()
    {
        var box = ParcelMeasurements.Parse(2m, 50m, 40m, 30m); // 0.06 m³

        Assert.Empty(ParcelWarnings.AgainstDeclared(null, null, box, 20m));
        Assert.Empty(ParcelWarnings.AgainstDeclared(2.2m, 0.055m, box, 20m));
        Assert.Equal([ParcelWarning.VolumeDiffers], ParcelWarnings.AgainstDeclared(2m, 0.04m, box, 20m));
        Assert.Equal([ParcelWarning.WeightDiffers, ParcelWarning.VolumeDiffers], ParcelWarnings.AgainstDeclared(1m, 0.1m, box, 20m));
    }

    [Theory]
    [InlineData(0.0, null, "declaredWeightKg")]
    [InlineData(1000.01, null, "declaredWeightKg")]
    [InlineData(2.001, null, "declaredWeightKg")]
    [InlineData(null, 0.0, "declaredVolumeM3")]
    [InlineData(null, 125.0001, "declaredVolumeM3")]
    [InlineData(null, 0.00001, "declaredVolumeM3")]
    public void A_declaration_out_of_range_is_refused_at_its_field(double? kg, double? m3, string field) =>
        Support.DomainAssert.AssertInvalid(() => Ordo.Domain.Orders.ParcelDeclaration.Parse(kg is { } k ? (decimal)k : null, m3 is { } v ? (decimal)v : null), field);

    [Fact]
    public void A_negative_threshold_is_a_configuration_error() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ParcelWarnings.Differs(1m, 1m, -1m));
}
