using Ordo.Domain.Common;

namespace Ordo.Domain.Money;

/// <summary>
/// What the agent agreed with one customer: a loyalty tier, a buying-fee percent that replaces the tiered
/// table, and a customer group (whose own exchange rate then applies). Each is optional.
/// </summary>
public sealed record CustomerTerms(Guid? LoyaltyTierId, decimal? ServiceFeePercent, Guid? CustomerGroupId)
{
    public static CustomerTerms None { get; } = new(null, null, null);

    /// <summary>Terms as an administrator sets them; a fee percent is 0–100 with at most two decimals.</summary>
    public static CustomerTerms Of(Guid? loyaltyTierId, decimal? serviceFeePercent, Guid? customerGroupId)
    {
        var check = new Check();
        if (serviceFeePercent is { } percent)
        {
            check.That(percent is >= 0 and <= 100, "serviceFeePercent", "must be between 0 and 100")
                .Decimals(percent, "serviceFeePercent", 2);
        }

        check.ThrowIfAny();
        return new CustomerTerms(loyaltyTierId, serviceFeePercent, customerGroupId);
    }
}
