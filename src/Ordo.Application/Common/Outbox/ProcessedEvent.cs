namespace Ordo.Application.Common.Outbox;

/// <summary>
/// One handler's work for one event, written in the same transaction as that work: a redelivered
/// event skips the handlers that have already done theirs.
/// </summary>
public sealed class ProcessedEvent
{
    public required Guid EventId { get; init; }

    public required string Handler { get; init; }

    public DateTimeOffset ProcessedAt { get; init; }
}
