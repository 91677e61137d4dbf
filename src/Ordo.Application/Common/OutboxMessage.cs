namespace Ordo.Application.Common;

/// <summary>
/// A domain event stored in the same transaction as the change that raised it, so later features
/// (tasks, notifications, webhooks) can react to it reliably, at least once. The outbox dispatcher
/// hands it to every handler of its type; a delivery that fails is retried later, and parked after
/// too many failures until an administrator retries it.
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

    /// <summary>After a failure, the message is not delivered again before this moment (exponential back-off).</summary>
    public DateTimeOffset? NextAttemptAt { get; set; }

    /// <summary>Set when the message failed too often: it waits for an administrator's retry.</summary>
    public DateTimeOffset? ParkedAt { get; set; }

    /// <summary>The lease of the dispatcher delivering it: another instance leaves it alone until then.</summary>
    public DateTimeOffset? LockedUntil { get; set; }

    /// <summary>The claim of the batch that holds the lease.</summary>
    public Guid? LockedBy { get; set; }
}
