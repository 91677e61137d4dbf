namespace Ordo.Domain.Orders;

/// <summary>One step of an order's timeline: who did what, when, from which status to which.</summary>
public sealed class OrderHistoryEntry
{
    private OrderHistoryEntry()
    {
        ByName = string.Empty;
    }

    internal OrderHistoryEntry(
        int sequence, OrderHistoryAction action, OrderStatus? from, OrderStatus to, DateTimeOffset at, Guid byUserId,
        string byName, string? remark, bool customerNotified)
    {
        Sequence = sequence;
        Action = action;
        From = from;
        To = to;
        At = at;
        ByUserId = byUserId;
        ByName = byName;
        Remark = remark;
        CustomerNotified = customerNotified;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();

    public Guid OrderId { get; private init; }

    /// <summary>
    /// The entry's place in the timeline, from 1. One action can write several entries at the same instant
    /// (approve, then assign CS staff), so the timeline is ordered by this, not by time.
    /// </summary>
    public int Sequence { get; private init; }

    public OrderHistoryAction Action { get; private init; }

    public OrderStatus? From { get; private init; }

    public OrderStatus To { get; private init; }

    public DateTimeOffset At { get; private init; }

    public Guid ByUserId { get; private init; }

    public string ByName { get; private init; }

    public string? Remark { get; private init; }

    public bool CustomerNotified { get; private init; }
}
