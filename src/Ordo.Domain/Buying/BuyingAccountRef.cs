namespace Ordo.Domain.Buying;

/// <summary>The marketplace account a purchase was made with, as the purchase keeps it (its name as it was then).</summary>
public sealed record BuyingAccountRef(Guid Id, string Name);
