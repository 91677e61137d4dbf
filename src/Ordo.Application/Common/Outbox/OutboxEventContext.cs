namespace Ordo.Application.Common.Outbox;

/// <summary>What a handler may need besides the event: its outbox id (stable across redeliveries) and the attempt number.</summary>
public sealed record OutboxEventContext(Guid EventId, int Attempt);
