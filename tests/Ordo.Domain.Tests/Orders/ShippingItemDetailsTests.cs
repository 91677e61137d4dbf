namespace Ordo.Domain.Tests.Orders;

public class ShippingItemDetailsTests
{
    public static TheoryData<decimal> InvalidDeclaredValues => [-0.01m, 1.001m, 100_000_000.01m];

    public static TheoryData<decimal> AcceptedDeclaredValues => [0m, 0.01m, 150.5m, 100_000_000m];

    [Fact]
    public void Create_trims_and_upper_cases_the_tracking_number_and_trims_the_description()
    {
        var item = ShippingItemDetails.Create("  yt7530000001-a ", "  Quần áo trẻ em ", 3, 150.50m);

        Assert.Equal(new ShippingItemDetails("YT7530000001-A", "Quần áo trẻ em", 3, 150.50m), item);
    }

    [Fact]
    public void A_valid_item_passes()
    {
        var check = Validate(" yt7530000001 ", "Quần áo", 1, 0m);

        Assert.False(check.HasErrors);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Tracking_number_is_required(string? trackingNumber) =>
        AssertInvalid(() => Validate(trackingNumber: trackingNumber).ThrowIfAny(), "trackingNumber");

    [Theory]
    [InlineData("YT 7530")]
    [InlineData("YT_7530")]
    [InlineData("YT#7530")]
    [InlineData("运单7530")]
    [InlineData("YT７５３０")]
    public void Tracking_number_may_contain_only_ascii_letters_digits_and_dashes(string trackingNumber) =>
        AssertInvalid(() => Validate(trackingNumber: trackingNumber).ThrowIfAny(), "trackingNumber");

    [Fact]
    public void Tracking_number_is_6_to_40_characters_as_every_tracking_number()
    {
        Assert.False(Validate(trackingNumber: new string('A', 40)).HasErrors);
        Assert.False(Validate(trackingNumber: new string('A', 6)).HasErrors);
        AssertInvalid(() => Validate(trackingNumber: new string('A', 41)).ThrowIfAny(), "trackingNumber");
        AssertInvalid(() => Validate(trackingNumber: "YT123").ThrowIfAny(), "trackingNumber");
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void Description_is_required(string? description) =>
        AssertInvalid(() => Validate(description: description).ThrowIfAny(), "description");

    [Fact]
    public void Description_is_at_most_500_characters()
    {
        Assert.False(Validate(description: new string('x', 500)).HasErrors);
        AssertInvalid(() => Validate(description: new string('x', 501)).ThrowIfAny(), "description");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(ProductDetails.MaxQuantity + 1)]
    public void Quantity_must_be_between_one_and_the_maximum(int quantity) =>
        AssertInvalid(() => Validate(quantity: quantity).ThrowIfAny(), "quantity");

    [Theory]
    [MemberData(nameof(InvalidDeclaredValues))]
    public void Declared_value_must_not_be_negative_too_large_or_below_the_fen(decimal value) =>
        AssertInvalid(() => Validate(declaredValueCny: value).ThrowIfAny(), "declaredValueCny");

    [Theory]
    [MemberData(nameof(AcceptedDeclaredValues))]
    public void Declared_value_may_be_zero_up_to_a_hundred_million(decimal value) =>
        Assert.False(Validate(declaredValueCny: value).HasErrors);

    [Fact]
    public void Every_broken_rule_is_reported_at_once_under_the_prefix()
    {
        var check = new Check();

        ShippingItemDetails.Validate(check, "items[1].", "YT 1", null, 0, -1m);

        AssertInvalid(check.ThrowIfAny, "items[1].trackingNumber", "items[1].description", "items[1].quantity", "items[1].declaredValueCny");
    }

    private static Check Validate(string? trackingNumber = "YT7530000001", string? description = "Quần áo", int quantity = 2, decimal declaredValueCny = 150m)
    {
        var check = new Check();
        ShippingItemDetails.Validate(check, string.Empty, trackingNumber, description, quantity, declaredValueCny);
        return check;
    }
}
