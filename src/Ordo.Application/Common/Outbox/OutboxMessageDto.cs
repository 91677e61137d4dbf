namespace Ordo.Application.Common.Outbox;

public sealed record OutboxMessageDto(
    Guid Id,
    string Type,
    DateTimeOffset OccurredAt,
    OutboxMessageState State,
    int Attempts,
    string? LastError,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset? ParkedAt);
