using Ordo.Application.Common.Outbox;
using Ordo.Domain.Orders.Events;

namespace Ordo.Api.Tests.Outbox;

public sealed class FailingHandler(HandlerLog log) : IDomainEventHandler<OrderApproved>
{
    public Task HandleAsync(OrderApproved domainEvent, OutboxEventContext context, CancellationToken ct)
    {
        if (log.BreakFor == domainEvent.OrderId)
        {
            log.Failed.Enqueue((context.EventId, domainEvent.OrderId));
            throw new InvalidOperationException("The warehouse system is down");
        }

        return Task.CompletedTask;
    }
}
