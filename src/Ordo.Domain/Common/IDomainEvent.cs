namespace Ordo.Domain.Common;

public interface IDomainEvent
{
    DateTimeOffset OccurredAt { get; }
}
