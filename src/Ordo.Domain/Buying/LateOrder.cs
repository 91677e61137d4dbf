using Ordo.Domain.Common;
using Ordo.Domain.Identity;
using Ordo.Domain.Orders;

namespace Ordo.Domain.Buying;

/// <summary>
/// A purchase order that missed a buying deadline: the shop order not placed in time after the deposit, or the shop's
/// tracking number not entered in time after the shop order. Marked by the scheduled job, explained by its buyer (the
/// reason also goes on the order's timeline), resolved by the job once the order has moved past that step. One per
/// order and kind (the database holds the rule, so two runs of the job cannot mark an order twice).
/// </summary>
public sealed class LateOrder : AggregateRoot
{
    public const int MaxReasonTextLength = 500;

    private static readonly OrderStatus[] BuyingSteps = [OrderStatus.Deposited, OrderStatus.Ordering];
    private static readonly OrderStatus[] TrackingSteps = [OrderStatus.Ordered];

    private LateOrder()
    {
        OrderCode = string.Empty;
    }

    public Guid OrderId { get; private init; }

    public string OrderCode { get; private init; }

    public LateKind Kind { get; private init; }

    public DateTimeOffset DueAt { get; private init; }

    public DateTimeOffset MarkedAt { get; private init; }

    /// <summary>The buyer in charge when the order was marked (none while a deposited order waits for one).</summary>
    public Guid? BuyerId { get; private init; }

    public string? BuyerName { get; private init; }

    public LateReason? Reason { get; private set; }

    public string? ReasonText { get; private set; }

    public DateTimeOffset? ReasonGivenAt { get; private set; }

    public Guid? ReasonGivenById { get; private set; }

    public string? ReasonGivenByName { get; private set; }

    /// <summary>When the order moved past the step it was late in; null while it is still late.</summary>
    public DateTimeOffset? ResolvedAt { get; private set; }

    public bool IsOpen => ResolvedAt is null;

    /// <summary>The statuses an order is in while the deadline of <paramref name="kind"/> runs: past them it is no longer late.</summary>
    public static IReadOnlyList<OrderStatus> StepOf(LateKind kind) => kind switch
    {
        LateKind.Buying => BuyingSteps,
        LateKind.Tracking => TrackingSteps,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a late kind."),
    };

    /// <summary>The deadline an order in <paramref name="status"/> can be late for, or null (no other status can be late).</summary>
    public static LateKind? KindFor(OrderStatus status) =>
        BuyingSteps.Contains(status) ? LateKind.Buying : TrackingSteps.Contains(status) ? LateKind.Tracking : null;

    /// <summary>An order past its deadline of <paramref name="kind"/>, as the job found it (its code and buyer then).</summary>
    public static LateOrder Mark(Guid orderId, string orderCode, LateKind kind, DateTimeOffset dueAt, Guid? buyerId, string? buyerName, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderCode);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a late kind.");
        }

        if (dueAt > now)
        {
            throw new ArgumentException($"Order {orderCode} is due at {dueAt:u}; it is not late at {now:u}.", nameof(dueAt));
        }

        return new LateOrder
        {
            OrderId = orderId,
            OrderCode = orderCode,
            Kind = kind,
            DueAt = dueAt,
            MarkedAt = now,
            BuyerId = buyerId,
            BuyerName = buyerName,
        };
    }

    /// <summary>
    /// The refusal to explain a delay of <paramref name="order"/> when it has no open late record: the order's rule first
    /// (another buyer hears 403 whether or not the order is late), then 409.
    /// </summary>
    public static DomainException NoneOpen(Actor actor, Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return OrderRules.For(OrderAction.GiveLateReason).Refusal(order, actor)?.ToException()
               ?? new DomainException(OrderErrors.NotLate, $"Order {order.Code} is not late: there is no delay to explain.");
    }

    /// <summary>
    /// The buyer (or the order manager, or an admin) says why the order is late; a later reason replaces an earlier one,
    /// and each goes on the order's timeline. <see cref="LateReason.Other"/> needs the text; the others may add one.
    /// </summary>
    public void GiveReason(Actor actor, Order order, LateReason reason, string? text, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(order);
        if (order.Id != OrderId)
        {
            throw new ArgumentException($"This late record is of order {OrderCode}, not {order.Code}.", nameof(order));
        }

        order.EnsureAllowed(actor, OrderAction.GiveLateReason);
        var trimmed = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        var check = new Check().Defined(reason, "code").MaxLength(trimmed, "text", MaxReasonTextLength);
        if (reason == LateReason.Other)
        {
            check.That(trimmed is not null, "text", "is required when the reason is Other");
        }

        check.ThrowIfAny();
        if (!IsOpen || KindFor(order.Status) != Kind)
        {
            throw new DomainException(OrderErrors.NotLate, $"Order {OrderCode} is no longer late for its {Kind.ToString().ToLowerInvariant()} deadline.");
        }

        Reason = reason;
        ReasonText = trimmed;
        ReasonGivenAt = now;
        ReasonGivenById = actor.UserId;
        ReasonGivenByName = actor.Name;
        order.ExplainDelay(actor, Remark(Kind, reason, trimmed), now);
    }

    /// <summary>The timeline's words: fixed English, as every remark the system writes (the late page shows the reason in the reader's language).</summary>
    private static string Remark(LateKind kind, LateReason reason, string? text)
    {
        var why = reason switch
        {
            LateReason.ShopNotResponding => "Shop not responding",
            LateReason.PriceChanged => "Price changed",
            LateReason.WaitingForCustomer => "Waiting for the customer",
            _ => "Other",
        };
        var step = kind == LateKind.Buying ? "not bought in time" : "no tracking number in time";
        return text is null ? $"{why} ({step})" : $"{why} ({step}): {text}";
    }

    /// <summary>The order has moved past the step it was late in.</summary>
    public void Resolve(DateTimeOffset now)
    {
        if (!IsOpen)
        {
            throw new DomainException(OrderErrors.NotLate, $"The {Kind} delay of order {OrderCode} was already resolved at {ResolvedAt:u}.");
        }

        ResolvedAt = now;
    }

    /// <summary>
    /// The order is back in the step it was late in (a tracking number entered by mistake and taken back): the delay
    /// counts again from the same deadline, with the reason given before.
    /// </summary>
    public void Reopen()
    {
        if (IsOpen)
        {
            throw new DomainException(OrderErrors.NotLate, $"The {Kind} delay of order {OrderCode} is still open.");
        }

        ResolvedAt = null;
    }
}
