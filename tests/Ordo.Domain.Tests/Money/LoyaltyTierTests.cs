using Ordo.Domain.Money;

namespace Ordo.Domain.Tests.Money;

public class LoyaltyTierTests
{
    public static TheoryData<string?, decimal, decimal?, decimal, string> Refused => new()
    {
        { null, 5m, null, 0m, "name" },
        { "   ", 5m, null, 0m, "name" },
        { new string('V', 101), 5m, null, 0m, "name" },
        { "VIP 1", -0.01m, null, 0m, "serviceFeeDiscountPercent" },
        { "VIP 1", 100.01m, null, 0m, "serviceFeeDiscountPercent" },
        { "VIP 1", 5.005m, null, 0m, "serviceFeeDiscountPercent" },
        { "VIP 1", 5m, 0m, 0m, "advancePercent" },
        { "VIP 1", 5m, -10m, 0m, "advancePercent" },
        { "VIP 1", 5m, 100.5m, 0m, "advancePercent" },
        { "VIP 1", 5m, null, -1m, "minSpendVnd" },
        { "VIP 1", 5m, null, 50_000_000.5m, "minSpendVnd" },
    };

    public static TheoryData<decimal, decimal?, decimal> Accepted => new()
    {
        { 0m, null, 0m },
        { 5m, 50m, 50_000_000m },
        { 12.55m, 100m, 1_000_000_000m },
        { 100m, 0.5m, 0m },
    };

    public static TheoryData<string> NotAdmin => [Roles.CsManager, Roles.Accountant, Roles.OrderManager, Roles.Customer];

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_tier_is_refused_naming_the_value_at_fault(string? name, decimal discountPercent, decimal? advancePercent, decimal minSpendVnd, string field) =>
        AssertInvalid(() => LoyaltyTier.Create(Actors.Admin, name, discountPercent, advancePercent, minSpendVnd), field);

    [Theory]
    [MemberData(nameof(Accepted))]
    public void A_sensible_tier_is_kept(decimal discountPercent, decimal? advancePercent, decimal minSpendVnd)
    {
        var tier = LoyaltyTier.Create(Actors.Admin, "  VIP 3  ", discountPercent, advancePercent, minSpendVnd);

        Assert.Equal("VIP 3", tier.Name);
        Assert.Equal(discountPercent, tier.ServiceFeeDiscountPercent);
        Assert.Equal(advancePercent, tier.AdvancePercent);
        Assert.Equal(minSpendVnd, tier.MinSpendVnd);
    }

    [Fact]
    public void Every_broken_value_is_reported_at_once() =>
        AssertInvalid(() => LoyaltyTier.Create(Actors.Admin, "", 101m, 0m, -1m), "name", "serviceFeeDiscountPercent", "advancePercent", "minSpendVnd");

    [Fact]
    public void An_administrator_changes_a_tier()
    {
        var tier = LoyaltyTier.Create(Actors.Admin, "VIP 1", 3m, null, 10_000_000m);

        tier.Change(Actors.Admin, "VIP 2", 5m, 60m, 30_000_000m);

        Assert.Equal(("VIP 2", 5m, (decimal?)60m, 30_000_000m), (tier.Name, tier.ServiceFeeDiscountPercent, tier.AdvancePercent, tier.MinSpendVnd));
    }

    [Theory]
    [MemberData(nameof(NotAdmin))]
    public void Only_an_administrator_creates_or_changes_a_tier(string role)
    {
        var someone = Actors.Staff("Người khác", role);
        var tier = LoyaltyTier.Create(Actors.Admin, "VIP 1", 3m, null, 10_000_000m);

        AssertForbidden(() => LoyaltyTier.Create(someone, "VIP 9", 50m, null, 0m), MoneyErrors.RoleNotAllowed);
        AssertForbidden(() => tier.Change(someone, "VIP 1", 50m, null, 0m), MoneyErrors.RoleNotAllowed);
        Assert.Equal(3m, tier.ServiceFeeDiscountPercent);
    }

    [Fact]
    public void A_refused_change_leaves_the_tier_as_it_was()
    {
        var tier = LoyaltyTier.Create(Actors.Admin, "VIP 1", 3m, 60m, 10_000_000m);

        AssertInvalid(() => tier.Change(Actors.Admin, "VIP 1", 3m, 120m, 10_000_000m), "advancePercent");
        Assert.Equal(60m, tier.AdvancePercent);
    }
}
