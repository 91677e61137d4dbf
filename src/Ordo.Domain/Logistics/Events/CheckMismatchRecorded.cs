using Ordo.Domain.Common;

namespace Ordo.Domain.Logistics.Events;

/// <summary>A check found missing, excess, wrong or damaged goods: what the complaints feature opens a complaint from.</summary>
public sealed record CheckMismatchRecorded(
    Guid CheckId, string CheckCode, Guid OrderId, Guid CustomerId, int Missing, int Excess, int Wrong, int Damaged, string? Note, DateTimeOffset OccurredAt) : IDomainEvent;
