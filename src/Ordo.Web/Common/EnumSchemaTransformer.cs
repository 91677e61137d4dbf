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
        else if (type.IsArray && EnumOf(type.GetElementType()!) is { } elementType)
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

    private static void Describe(OpenApiSchema schema, Type enumType)
    {
        schema.Type = JsonSchemaType.String;
        schema.Format = null;
        schema.Enum = [.. Enum.GetNames(enumType).Select(name => (JsonNode)JsonValue.Create(name))];
    }
}
