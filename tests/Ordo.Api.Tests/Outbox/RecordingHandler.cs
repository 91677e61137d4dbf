using Ordo.Application.Common.Outbox;
using Ordo.Domain.Orders.Events;

namespace Ordo.Api.Tests.Outbox;

public sealed class RecordingHandler(HandlerLog log) : IDomainEventHandler<OrderApproved>
{
    public async Task HandleAsync(OrderApproved domainEvent, OutboxEventContext context, CancellationToken ct)
    {
        await Task.Delay(log.Delay, ct);
        log.Recorded.Enqueue((context.EventId, domainEvent.OrderId));
    }
}
