using System.Globalization;
using Ordo.Domain.Money;
using Cash = Ordo.Domain.Money.Money;

namespace Ordo.Domain.Tests.Money;

public class MoneyTests
{
    public static TheoryData<decimal, Currency, decimal> Rounding => new()
    {
        { 0.5m, Currency.VND, 1m },
        { -0.5m, Currency.VND, -1m },
        { 1.5m, Currency.VND, 2m },
        { 2.5m, Currency.VND, 3m },
        { -2.5m, Currency.VND, -3m },
        { 1_234.49m, Currency.VND, 1_234m },
        { 1_234.4999m, Currency.VND, 1_234m },
        { 1_234.51m, Currency.VND, 1_235m },
        { 999_999.5m, Currency.VND, 1_000_000m },
        { 2.345m, Currency.CNY, 2.35m },
        { -2.345m, Currency.CNY, -2.35m },
        { 2.344m, Currency.CNY, 2.34m },
        { 2.355m, Currency.CNY, 2.36m },
        { 0.005m, Currency.CNY, 0.01m },
        { -0.005m, Currency.CNY, -0.01m },
        { 0.0049m, Currency.CNY, 0m },
        { 89.5m, Currency.CNY, 89.5m },
    };

    public static TheoryData<decimal, Currency> TooManyDecimals => new()
    {
        { 0.5m, Currency.VND },
        { 1_000.01m, Currency.VND },
        { -1.1m, Currency.VND },
        { 0.001m, Currency.CNY },
        { 12.345m, Currency.CNY },
        { -0.125m, Currency.CNY },
    };

    public static TheoryData<decimal, Currency> ExactAmounts => new()
    {
        { 0m, Currency.VND },
        { 1_250_000m, Currency.VND },
        { 1_250_000.00m, Currency.VND },
        { -5_000m, Currency.VND },
        { 12.34m, Currency.CNY },
        { 12.3m, Currency.CNY },
        { 12.340m, Currency.CNY },
        { 7m, Currency.CNY },
    };

    public static TheoryData<decimal, decimal, Currency, decimal> Percents => new()
    {
        { 1_000_000m, 3m, Currency.VND, 30_000m },
        { 1_234_567m, 2.5m, Currency.VND, 30_864m },
        { 10m, 15m, Currency.VND, 2m },
        { 10m, 25m, Currency.VND, 3m },
        { -10m, 25m, Currency.VND, -3m },
        { 999m, 0.05m, Currency.VND, 0m },
        { 1_000m, 0.05m, Currency.VND, 1m },
        { 10.01m, 3m, Currency.CNY, 0.30m },
        { 12.35m, 10m, Currency.CNY, 1.24m },
        { 500m, 100m, Currency.VND, 500m },
        { 500m, 0m, Currency.VND, 0m },
    };

    [Theory]
    [MemberData(nameof(Rounding))]
    public void Rounding_goes_to_the_smallest_unit_of_the_currency_with_halves_away_from_zero(decimal amount, Currency currency, decimal expected)
    {
        var rounded = Cash.Round(amount, currency);

        Assert.Equal(new Cash(expected, currency), rounded);
    }

    [Theory]
    [InlineData(Currency.VND, 0)]
    [InlineData(Currency.CNY, 2)]
    public void Dong_has_no_minor_unit_and_yuan_has_two_decimals(Currency currency, int decimals) =>
        Assert.Equal(decimals, Cash.Decimals(currency));

    [Theory]
    [MemberData(nameof(TooManyDecimals))]
    public void An_amount_typed_with_more_decimals_than_its_currency_has_is_refused_naming_the_field(decimal amount, Currency currency)
    {
        var error = AssertInvalid(() => Cash.Exact(amount, currency, "amountVnd"), "amountVnd");

        Assert.Equal(
            currency == Currency.VND ? "must be a whole number of dong" : "must have at most 2 decimal places",
            Assert.Single(error.Errors["amountVnd"]));
    }

    [Theory]
    [MemberData(nameof(ExactAmounts))]
    public void An_amount_typed_within_its_currency_s_decimals_is_kept_as_typed(decimal amount, Currency currency) =>
        Assert.Equal(new Cash(amount, currency), Cash.Exact(amount, currency, "amount"));

    [Theory]
    [MemberData(nameof(Percents))]
    public void A_percent_of_an_amount_is_rounded_to_the_currency_s_unit(decimal amount, decimal percent, Currency currency, decimal expected) =>
        Assert.Equal(new Cash(expected, currency), new Cash(amount, currency).Percent(percent));

    [Fact]
    public void Amounts_of_one_currency_add_and_subtract()
    {
        var goods = Cash.Vnd(1_250_000m);
        var fee = Cash.Vnd(37_500m);

        Assert.Equal(Cash.Vnd(1_287_500m), goods + fee);
        Assert.Equal(Cash.Vnd(1_212_500m), goods - fee);
        Assert.Equal(Cash.Vnd(1_287_500m), goods.Add(fee));
        Assert.Equal(Cash.Vnd(1_212_500m), goods.Subtract(fee));
        Assert.Equal(Cash.Cny(12.5m), Cash.Cny(10.25m) + Cash.Cny(2.25m));
    }

    [Fact]
    public void Adding_dong_to_yuan_throws()
    {
        Assert.Throws<InvalidOperationException>(() => Cash.Vnd(1_000m) + Cash.Cny(1m));
        Assert.Throws<InvalidOperationException>(() => Cash.Cny(1m) + Cash.Vnd(1_000m));
        Assert.Throws<InvalidOperationException>(() => Cash.Vnd(1_000m).Add(Cash.Cny(1m)));
    }

    [Fact]
    public void Subtracting_yuan_from_dong_throws()
    {
        Assert.Throws<InvalidOperationException>(() => Cash.Vnd(1_000m) - Cash.Cny(1m));
        Assert.Throws<InvalidOperationException>(() => Cash.Vnd(1_000m).Subtract(Cash.Cny(1m)));
    }

    [Fact]
    public void Comparing_dong_with_yuan_throws()
    {
        var vnd = Cash.Vnd(1_000m);
        var cny = Cash.Cny(1m);

        Assert.Throws<InvalidOperationException>(() => vnd < cny);
        Assert.Throws<InvalidOperationException>(() => vnd > cny);
        Assert.Throws<InvalidOperationException>(() => vnd <= cny);
        Assert.Throws<InvalidOperationException>(() => vnd >= cny);
        Assert.Throws<InvalidOperationException>(() => vnd.CompareTo(cny));
        Assert.Throws<InvalidOperationException>(() => Cash.Max(vnd, cny));
        Assert.Throws<InvalidOperationException>(() => Cash.Min(vnd, cny));
    }

    [Fact]
    public void The_same_number_in_two_currencies_is_not_the_same_money() =>
        Assert.NotEqual(Cash.Vnd(100m), Cash.Cny(100m));

    [Fact]
    public void Equal_amounts_are_equal_whatever_their_trailing_zeros() =>
        Assert.Equal(Cash.Cny(12.5m), Cash.Cny(12.50m));

    [Fact]
    public void Amounts_of_one_currency_compare_by_value()
    {
        var small = Cash.Vnd(10_000m);
        var large = Cash.Vnd(25_000m);

        Assert.True(small < large);
        Assert.True(large > small);
        Assert.True(small <= Cash.Vnd(10_000m));
        Assert.True(small >= Cash.Vnd(10_000m));
        Assert.Equal(-1, small.CompareTo(large));
        Assert.Equal(0, small.CompareTo(Cash.Vnd(10_000m)));
    }

    [Fact]
    public void Max_and_min_pick_the_larger_and_the_smaller_amount()
    {
        var small = Cash.Vnd(-5_000m);
        var large = Cash.Vnd(10_000m);

        Assert.Equal(large, Cash.Max(small, large));
        Assert.Equal(large, Cash.Max(large, small));
        Assert.Equal(small, Cash.Min(small, large));
        Assert.Equal(small, Cash.Min(large, small));
        Assert.Equal(large, Cash.Max(large, Cash.Vnd(10_000m)));
    }

    [Theory]
    [InlineData(25_000, -25_000)]
    [InlineData(-25_000, 25_000)]
    [InlineData(0, 0)]
    public void Negating_flips_the_sign_and_keeps_the_currency(int amount, int expected)
    {
        Assert.Equal(Cash.Vnd(expected), Cash.Vnd(amount).Negate());
        Assert.Equal(Cash.Vnd(expected), -Cash.Vnd(amount));
        Assert.Equal(Cash.Cny(expected / 100m), Cash.Cny(amount / 100m).Negate());
    }

    [Theory]
    [InlineData(25_000, 25_000)]
    [InlineData(-25_000, 25_000)]
    [InlineData(0, 0)]
    public void The_absolute_value_is_never_negative_and_keeps_the_currency(int amount, int expected)
    {
        Assert.Equal(Cash.Vnd(expected), Cash.Vnd(amount).Abs());
        Assert.Equal(Cash.Cny(expected / 100m), Cash.Cny(amount / 100m).Abs());
    }

    [Theory]
    [InlineData(-1, false, true, false)]
    [InlineData(0, true, false, false)]
    [InlineData(1, false, false, true)]
    public void Sign_of_an_amount(int amount, bool isZero, bool isNegative, bool isPositive)
    {
        var money = Cash.Vnd(amount);

        Assert.Equal((isZero, isNegative, isPositive), (money.IsZero, money.IsNegative, money.IsPositive));
    }

    [Fact]
    public void Zero_is_zero_in_the_currency_asked_for()
    {
        Assert.Equal(new Cash(0m, Currency.VND), Cash.Zero(Currency.VND));
        Assert.Equal(new Cash(0m, Currency.CNY), Cash.Zero(Currency.CNY));
    }

    [Fact]
    public void Money_reads_as_amount_and_currency_whatever_the_culture()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("vi-VN");

            Assert.Equal("1250000 VND", Cash.Vnd(1_250_000m).ToString());
            Assert.Equal("-89.5 CNY", Cash.Cny(-89.50m).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }
}
