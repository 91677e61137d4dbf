using System.Collections.Frozen;
using System.Text.Json;
using Ordo.Domain.Common;

namespace Ordo.Application.Common.Outbox;

/// <summary>How an event is written to the outbox (its type's short name and its JSON) and read back.</summary>
public static class DomainEventTypes
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly FrozenDictionary<string, Type> ByName = typeof(IDomainEvent).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IDomainEvent).IsAssignableFrom(t))
        .ToFrozenDictionary(t => t.Name, StringComparer.Ordinal);

    public static string NameOf(IDomainEvent domainEvent)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        return domainEvent.GetType().Name;
    }

    public static string Serialize(IDomainEvent domainEvent)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        return JsonSerializer.Serialize(domainEvent, domainEvent.GetType(), Json);
    }

    /// <summary>The event an outbox message holds; throws when its type is unknown or its payload does not fit.</summary>
    public static IDomainEvent Deserialize(string name, string payload)
    {
        var type = ByName.GetValueOrDefault(name) ?? throw new InvalidOperationException($"No domain event type is named '{name}'.");
        return (IDomainEvent)(JsonSerializer.Deserialize(payload, type, Json) ?? throw new InvalidOperationException("The payload is empty."));
    }
}
