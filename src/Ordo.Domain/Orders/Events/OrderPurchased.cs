using Ordo.Domain.Common;

namespace Ordo.Domain.Orders.Events;

/// <summary>
/// The shop order is placed: <paramref name="ShortLines"/> lines came short, and the shop's prices added
/// <paramref name="PriceIncreaseCny"/> to what the customer pays (0 when none was higher than the cart's),
/// <paramref name="PriceIncreaseVnd"/> at the order's rate.
/// </summary>
public sealed record OrderPurchased(
    Guid OrderId, string Code, Guid CustomerId, int ShortLines, decimal PriceIncreaseCny, decimal PriceIncreaseVnd, decimal GoodsValueCny,
    Guid ByUserId, DateTimeOffset OccurredAt) : IDomainEvent;
