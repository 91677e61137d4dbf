using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Ordo.Web.Common;

/// <summary>
/// Documents an enum as the strings <see cref="EnumJsonConverter"/> reads and writes: the framework cannot see
/// through a custom converter and would otherwise describe it (and an array of it, as in <c>?status=…&amp;status=…</c>)
/// as "any value".
/// </summary>
internal sealed class EnumSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if (EnumOf(type) is { } enumType)
        {
            Describe(schema, enumType);
        }
        else if (ElementOf(type) is { } element && EnumOf(element) is { } elementType)
        {
            var items = new OpenApiSchema();
            Describe(items, elementType);
            schema.Items = items;
        }

        return Task.CompletedTask;
    }

    /// <summary>The enum <paramref name="type"/> is, or is the nullable form of; null for any other type.</summary>
    public static Type? EnumOf(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying.IsEnum ? underlying : null;
    }

    /// <summary>The element type of an array or a list (<c>IReadOnlyList&lt;T&gt;</c>, <c>List&lt;T&gt;</c>…); null otherwise.</summary>
    private static Type? ElementOf(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        if (type == typeof(string))
        {
            return null;
        }

        return type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>) ? type.GetGenericArguments()[0]
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
    }

    private static void Describe(OpenApiSchema schema, Type enumType)
    {
        schema.Type = JsonSchemaType.String;
        schema.Format = null;
        schema.Enum = [.. Enum.GetNames(enumType).Select(name => (JsonNode)JsonValue.Create(name))];
    }
}
