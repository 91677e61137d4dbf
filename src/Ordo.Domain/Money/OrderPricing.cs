namespace Ordo.Domain.Money;

/// <summary>
/// What an order is priced by, read once: the CNY→VND rate, the fee tables, the customer's terms, and what
/// has been paid towards it. Before the deposit these are today's; from the deposit on, the order's own.
/// </summary>
public sealed record OrderPricing(ExchangeRate Rate, FeeSchedule Fees, PricingTerms Terms, Money Paid);
