using System.Diagnostics.CodeAnalysis;
using Ordo.Domain.Common;

namespace Ordo.Application.Common.Outbox;

/// <summary>
/// Reacts to a domain event after the change that raised it was committed. Registered in DI as
/// <c>services.AddDomainEventHandler&lt;TEvent, THandler&gt;()</c>; resolved in a scope of its own, whose
/// <see cref="Data.OrdoDbContext"/> is inside a transaction that also records the event as handled, so the
/// handler's changes and that record commit together. Delivery is at least once: a handler that saves nothing
/// in the database must itself tolerate being called again.
/// </summary>
[SuppressMessage("Naming", "CA1711", Justification = "A handler of domain events, not a .NET event delegate; the name every outbox reader knows.")]
public interface IDomainEventHandler<in TEvent>
    where TEvent : IDomainEvent
{
    Task HandleAsync(TEvent domainEvent, OutboxEventContext context, CancellationToken ct);
}
