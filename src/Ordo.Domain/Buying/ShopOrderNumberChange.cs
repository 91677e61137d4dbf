using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Orders;

namespace Ordo.Domain.Buying;

/// <summary>
/// A buyer's request to change the shop order numbers of a purchase, and the order manager's decision. Numbers once
/// recorded are what the warehouse and the accountant match parcels and payments by, so changing them takes a second
/// person; every step is on the order's timeline. One request per order waits at a time.
/// </summary>
public sealed class ShopOrderNumberChange : AggregateRoot
{
    public const int MaxReasonLength = 500;

    private ShopOrderNumberChange()
    {
        OrderCode = Reason = RequestedByName = string.Empty;
        From = To = [];
    }

    public Guid OrderId { get; private init; }

    public string OrderCode { get; private init; }

    public List<string> From { get; private init; }

    public List<string> To { get; private init; }

    public string Reason { get; private init; }

    public ChangeStatus Status { get; private set; }

    public DateTimeOffset RequestedAt { get; private init; }

    public Guid RequestedById { get; private init; }

    public string RequestedByName { get; private init; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DecidedByName { get; private set; }

    public string? RefusalReason { get; private set; }

    /// <summary>The buyer asks for <paramref name="numbers"/> instead of the purchase's; refused while another request waits.</summary>
    public static ShopOrderNumberChange Request(
        Order order, ShopPurchase purchase, Actor actor, IReadOnlyList<string>? numbers, string? reason, bool anotherPending, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(purchase);
        ArgumentNullException.ThrowIfNull(actor);
        var check = new Check();
        var to = ShopOrderNumbers.Parse(numbers, check);
        check.Required(reason, "reason", MaxReasonLength)
            .That(to.Count == 0 || !to.SequenceEqual(purchase.ShopOrderNumbers, StringComparer.OrdinalIgnoreCase), "shopOrderNumbers", "must differ from the numbers recorded");
        check.ThrowIfAny();
        if (anotherPending)
        {
            throw new DomainException(OrderErrors.ChangePending, $"A change of order {order.Code}'s shop order numbers already waits for the order manager.");
        }

        // The order's rule (the buyer in charge, a bought order) and its timeline.
        order.RequestShopOrderNumberChange(actor, purchase.ShopOrderNumbers, to, reason!.Trim(), now);
        return new ShopOrderNumberChange
        {
            OrderId = order.Id,
            OrderCode = order.Code,
            From = [.. purchase.ShopOrderNumbers],
            To = to,
            Reason = reason!.Trim(),
            Status = ChangeStatus.Pending,
            RequestedAt = now,
            RequestedById = actor.UserId,
            RequestedByName = actor.Name,
        };
    }

    /// <summary>The order manager approves: the purchase takes the new numbers.</summary>
    public void Approve(Order order, ShopPurchase purchase, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(purchase);
        EnsurePending(order);
        order.DecideShopOrderNumberChange(actor, approved: true, To, null, now);
        purchase.ChangeShopOrderNumbers(To);
        Decide(ChangeStatus.Approved, actor, null, now);
    }

    /// <summary>The order manager refuses, with a reason the buyer reads; the numbers stay.</summary>
    public void Refuse(Order order, Actor actor, string? reason, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(order);
        EnsurePending(order);
        new Check().Required(reason, "reason", MaxReasonLength).ThrowIfAny();
        order.DecideShopOrderNumberChange(actor, approved: false, To, reason!.Trim(), now);
        Decide(ChangeStatus.Refused, actor, reason.Trim(), now);
    }

    private void EnsurePending(Order order)
    {
        if (order.Id != OrderId)
        {
            throw new ArgumentException("The change belongs to another order.", nameof(order));
        }

        if (Status != ChangeStatus.Pending)
        {
            throw new DomainException(OrderErrors.ChangeDecided, $"This change of order {OrderCode}'s shop order numbers was already {Status.ToString().ToLowerInvariant()}.");
        }
    }

    private void Decide(ChangeStatus status, Actor actor, string? reason, DateTimeOffset now)
    {
        Status = status;
        DecidedAt = now;
        DecidedByName = actor.Name;
        RefusalReason = reason;
    }
}
