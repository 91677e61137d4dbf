using Ordo.Domain.Money;
using Cash = Ordo.Domain.Money.Money;

namespace Ordo.Domain.Tests.Money;

public class ExchangeRateTests
{
    public static TheoryData<decimal> RefusedRates => [0m, -1m, -3_650m, 100_000.0001m, 100_001m, 3_650.12345m, 0.00001m, decimal.MaxValue];

    public static TheoryData<decimal> AcceptedRates => [0.0001m, 1m, 3_650m, 3_456.7891m, ExchangeRate.MaxVndPerCny];

    public static TheoryData<decimal, decimal, decimal> Conversions => new()
    {
        { 100m, 3_650m, 365_000m },
        { 12.34m, 3_456.78m, 42_657m },
        { 0.01m, 3_650m, 37m },
        { 0.01m, 3_450m, 35m },
        { 0.01m, 3_449.9999m, 34m },
        { 1.5m, 3_333m, 5_000m },
        { 1.49m, 3_333m, 4_966m },
        { -12.34m, 3_456.78m, -42_657m },
        { 0m, 3_650m, 0m },
    };

    [Theory]
    [MemberData(nameof(RefusedRates))]
    public void A_rate_that_is_not_positive_above_the_maximum_or_finer_than_four_decimals_is_refused_naming_the_field(decimal vndPerCny)
    {
        AssertInvalid(() => ExchangeRate.Of(vndPerCny), "vndPerCny");
        AssertInvalid(() => ExchangeRate.Of(vndPerCny, "rate"), "rate");
    }

    [Theory]
    [MemberData(nameof(AcceptedRates))]
    public void A_positive_rate_of_at_most_four_decimals_up_to_the_maximum_is_kept(decimal vndPerCny) =>
        Assert.Equal(vndPerCny, ExchangeRate.Of(vndPerCny).VndPerCny);

    [Theory]
    [MemberData(nameof(Conversions))]
    public void Yuan_convert_to_whole_dong_rounding_halves_away_from_zero(decimal cny, decimal vndPerCny, decimal expectedVnd) =>
        Assert.Equal(Cash.Vnd(expectedVnd), ExchangeRate.Of(vndPerCny).ToVnd(Cash.Cny(cny)));

    [Fact]
    public void Dong_cannot_be_converted_to_dong() =>
        Assert.Throws<InvalidOperationException>(() => ExchangeRate.Of(3_650m).ToVnd(Cash.Vnd(1_000m)));

    [Fact]
    public void An_administrator_sets_the_rate_with_who_and_when_and_it_takes_effect_now_unless_told_otherwise()
    {
        var change = ExchangeRateChange.Set(Actors.Admin, 3_650.5m, null, Clock.Now);

        Assert.Equal(ExchangeRate.Of(3_650.5m), change.Rate);
        Assert.Equal(Clock.Now, change.EffectiveFrom);
        Assert.Equal(Clock.Now, change.SetAt);
        Assert.Equal(Actors.Admin.UserId, change.SetById);
        Assert.Equal(Actors.Admin.Name, change.SetByName);
        Assert.Equal(Clock.Now.AddDays(1), ExchangeRateChange.Set(Actors.Admin, 3_650m, Clock.Now.AddDays(1), Clock.Now).EffectiveFrom);
    }

    [Theory]
    [InlineData(Roles.Accountant)]
    [InlineData(Roles.CsManager)]
    [InlineData(Roles.OrderManager)]
    [InlineData(Roles.Customer)]
    public void Only_an_administrator_sets_the_rate(string role) =>
        AssertForbidden(() => ExchangeRateChange.Set(Actors.Staff("Người khác", role), 3_650m, null, Clock.Now), MoneyErrors.RoleNotAllowed);

    [Fact]
    public void A_rate_setting_is_validated_like_any_rate() =>
        AssertInvalid(() => ExchangeRateChange.Set(Actors.Admin, 0m, null, Clock.Now), "vndPerCny");
}
