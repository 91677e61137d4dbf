using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Ordo.Domain.Common;

namespace Ordo.Application.Common.Outbox;

/// <summary>Resolves and calls the handlers of one event type, without reflection on every call.</summary>
internal abstract class HandlerInvoker
{
    private static readonly ConcurrentDictionary<Type, HandlerInvoker> Cache = new();

    public static HandlerInvoker For(Type eventType) =>
        Cache.GetOrAdd(eventType, t => (HandlerInvoker)Activator.CreateInstance(typeof(HandlerInvoker<>).MakeGenericType(t))!);

    /// <summary>The handlers of this event type in <paramref name="services"/>, in registration order.</summary>
    public abstract IReadOnlyList<object> Handlers(IServiceProvider services);

    public abstract Task InvokeAsync(object handler, IDomainEvent domainEvent, OutboxEventContext context, CancellationToken ct);
}

internal sealed class HandlerInvoker<TEvent> : HandlerInvoker
    where TEvent : IDomainEvent
{
    public override IReadOnlyList<object> Handlers(IServiceProvider services) =>
        [.. services.GetServices<IDomainEventHandler<TEvent>>().Cast<object>()];

    public override Task InvokeAsync(object handler, IDomainEvent domainEvent, OutboxEventContext context, CancellationToken ct) =>
        ((IDomainEventHandler<TEvent>)handler).HandleAsync((TEvent)domainEvent, context, ct);
}
