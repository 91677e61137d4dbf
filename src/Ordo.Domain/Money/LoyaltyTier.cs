using Ordo.Domain.Common;
using Ordo.Domain.Identity;

namespace Ordo.Domain.Money;

/// <summary>A customer level (e.g. VIP 1..5): a discount on the service fee and, optionally, its own deposit %.</summary>
public sealed class LoyaltyTier : AggregateRoot
{
    private LoyaltyTier()
    {
        Name = string.Empty;
    }

    public string Name { get; private set; }

    public decimal ServiceFeeDiscountPercent { get; private set; }

    public decimal? AdvancePercent { get; private set; }

    /// <summary>Spend (VND) from which customers qualify; informational for staff choosing a tier.</summary>
    public decimal MinSpendVnd { get; private set; }

    public static LoyaltyTier Create(Actor actor, string? name, decimal discountPercent, decimal? advancePercent, decimal minSpendVnd)
    {
        var tier = new LoyaltyTier();
        tier.Change(actor, name, discountPercent, advancePercent, minSpendVnd);
        return tier;
    }

    public void Change(Actor actor, string? name, decimal discountPercent, decimal? advancePercent, decimal minSpendVnd)
    {
        MoneyRules.EnsureAdmin(actor, "loyalty tiers");
        new Check()
            .Required(name, "name", 100)
            .That(discountPercent is >= 0 and <= 100, "serviceFeeDiscountPercent", "must be between 0 and 100")
            .Decimals(discountPercent, "serviceFeeDiscountPercent", 2)
            .That(advancePercent is null or (> 0 and <= 100), "advancePercent", "must be above 0 and at most 100")
            .That(minSpendVnd >= 0, "minSpendVnd", "must not be negative")
            .Decimals(minSpendVnd, "minSpendVnd", 0)
            .ThrowIfAny();
        Name = name!.Trim();
        ServiceFeeDiscountPercent = discountPercent;
        AdvancePercent = advancePercent;
        MinSpendVnd = minSpendVnd;
    }
}
