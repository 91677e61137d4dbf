using Ordo.Application.Common.Outbox;
using Ordo.Domain.Orders.Events;

namespace Ordo.Api.Tests.Outbox;

public sealed class RecordingHandler(HandlerLog log) : IDomainEventHandler<OrderApproved>
{
    public Task HandleAsync(OrderApproved domainEvent, OutboxEventContext context, CancellationToken ct)
    {
        log.Recorded.Enqueue((context.EventId, domainEvent.OrderId));
        return Task.CompletedTask;
    }
}
