namespace Ordo.Application.Money;

/// <summary>One use of a discount code, counted when the order's deposit was paid.</summary>
public sealed class DiscountRedemption
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid DiscountCodeId { get; init; }

    public Guid CustomerId { get; init; }

    public Guid OrderId { get; init; }

    public DateTimeOffset At { get; init; }
}
