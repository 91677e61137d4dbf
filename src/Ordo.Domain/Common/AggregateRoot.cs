namespace Ordo.Domain.Common;

public abstract class AggregateRoot
{
    private readonly List<IDomainEvent> _events = [];

    public Guid Id { get; protected init; } = Guid.CreateVersion7();

    /// <summary>Optimistic concurrency token, bumped on every save of a changed aggregate.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<IDomainEvent> DomainEvents => _events;

    protected void Raise(IDomainEvent domainEvent) => _events.Add(domainEvent);

    public void ClearDomainEvents() => _events.Clear();

    public void BumpVersion() => Version++;
}
