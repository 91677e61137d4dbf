namespace Ordo.Domain.Tests.Orders;

public class OrderCodeTests
{
    [Theory]
    [InlineData(OrderKind.Purchase, 2026, 123, "PO-2026-000123")]
    [InlineData(OrderKind.Shipping, 2026, 45, "SO-2026-000045")]
    [InlineData(OrderKind.Purchase, 2027, 1, "PO-2027-000001")]
    [InlineData(OrderKind.Purchase, 2026, 999_999, "PO-2026-999999")]
    [InlineData(OrderKind.Shipping, 2026, 1_234_567, "SO-2026-1234567")]
    public void Format_pads_the_number_to_at_least_six_digits(OrderKind kind, int year, long number, string expected) =>
        Assert.Equal(expected, OrderCode.Format(kind, year, number));

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    [InlineData(long.MinValue)]
    public void Format_refuses_a_number_that_is_not_positive(long number) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => OrderCode.Format(OrderKind.Purchase, 2026, number));

    [Theory]
    [InlineData(OrderKind.Purchase, "PO-2026")]
    [InlineData(OrderKind.Shipping, "SO-2026")]
    public void Each_kind_and_year_has_its_own_sequence(OrderKind kind, string expected) =>
        Assert.Equal(expected, OrderCode.SequenceKey(kind, 2026));

    [Theory]
    [InlineData("PO-2026-000123")]
    [InlineData("SO-2026-000045")]
    [InlineData("po-2026-000123")]
    [InlineData("  SO-2026-000045\t")]
    [InlineData("PO-2026-1234567")]
    public void LooksLikeCode_recognises_codes(string value) => Assert.True(OrderCode.LooksLikeCode(value));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("PO-2026-12345")]
    [InlineData("XO-2026-000123")]
    [InlineData("PO-26-000123")]
    [InlineData("PO2026000123")]
    [InlineData("PO-2026-00012A")]
    [InlineData("PO-2026-000123-1")]
    [InlineData("áo khoác")]
    public void LooksLikeCode_refuses_anything_else(string value) => Assert.False(OrderCode.LooksLikeCode(value));

    [Theory]
    [InlineData(" po-2026-000123 ", "PO-2026-000123")]
    [InlineData("so-2026-000045", "SO-2026-000045")]
    [InlineData("PO-2026-000123", "PO-2026-000123")]
    public void Normalize_trims_and_upper_cases(string value, string expected) =>
        Assert.Equal(expected, OrderCode.Normalize(value));

    [Fact]
    public void A_formatted_code_looks_like_a_code_and_is_already_normal()
    {
        var code = OrderCode.Format(OrderKind.Shipping, 2026, 7);

        Assert.True(OrderCode.LooksLikeCode(code));
        Assert.Equal(code, OrderCode.Normalize(code));
    }
}
