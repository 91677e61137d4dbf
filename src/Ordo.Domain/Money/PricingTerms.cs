namespace Ordo.Domain.Money;

/// <summary>
/// The customer's terms that price an order: their agreed buying-fee percent (null: the tiered table), their
/// loyalty discount on the service fee, and their loyalty deposit percent (null: the table's).
/// </summary>
public sealed record PricingTerms(decimal? ServiceFeePercent, decimal LoyaltyDiscountPercent, decimal? LoyaltyAdvancePercent)
{
    public static PricingTerms None { get; } = new(null, 0m, null);
}
