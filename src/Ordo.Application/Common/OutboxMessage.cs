namespace Ordo.Application.Common;

/// <summary>
/// A domain event stored in the same transaction as the change that raised it, so later features
/// (tasks, notifications, webhooks) can react to it reliably, at least once.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Type { get; init; }

    public required string Payload { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    public DateTimeOffset? ProcessedAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}
