using System.Collections.Concurrent;
using Ordo.Domain.Orders.Events;

namespace Ordo.Api.Tests.Outbox;

/// <summary>What the test handlers saw, shared by every host of one test; and which order's approval should fail.</summary>
public sealed class HandlerLog
{
    public ConcurrentQueue<(Guid EventId, Guid OrderId)> Recorded { get; } = new();

    public ConcurrentQueue<(Guid EventId, Guid OrderId)> Failed { get; } = new();

    /// <summary>How long <see cref="RecordingHandler"/> works on each event, so that deliveries overlap with other claims.</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>While set, <see cref="FailingHandler"/> throws for this order's approval.</summary>
    public Guid? BreakFor { get; set; }

    public int RecordedFor(Guid orderId) => Recorded.Count(r => r.OrderId == orderId);

    public int FailedFor(Guid orderId) => Failed.Count(r => r.OrderId == orderId);
}
