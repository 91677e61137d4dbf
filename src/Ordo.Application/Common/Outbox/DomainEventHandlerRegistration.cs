using Microsoft.Extensions.DependencyInjection;
using Ordo.Domain.Common;

namespace Ordo.Application.Common.Outbox;

public static class DomainEventHandlerRegistration
{
    /// <summary>Registers a handler of <typeparamref name="TEvent"/>. Its full type name identifies it in <c>ProcessedEvents</c>.</summary>
    public static IServiceCollection AddDomainEventHandler<TEvent, THandler>(this IServiceCollection services)
        where TEvent : IDomainEvent
        where THandler : class, IDomainEventHandler<TEvent>
    {
        services.AddScoped<IDomainEventHandler<TEvent>, THandler>();
        return services;
    }
}
