namespace Ordo.Application.Common.Outbox;

/// <summary>Where an undelivered message stands: still being tried, or parked until an administrator retries it.</summary>
public enum OutboxMessageState
{
    Pending,
    Parked,
}
