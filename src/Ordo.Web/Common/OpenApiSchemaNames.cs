using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;

namespace Ordo.Web.Common;

/// <summary>
/// Names the OpenAPI schemas so that two types never share one. The framework names a schema after the bare type
/// name, so the many nested <c>Command</c> records (<c>CreateShippingOrder.Command</c>, <c>CloseOrder.Command</c>,
/// <c>RegisterCustomer.Command</c>…) collapsed into one schema and every operation documented the first one's body.
/// A nested type takes its declaring type's name in front (<c>CreateShippingOrderCommand</c>); a web endpoint class
/// drops its <c>Endpoints</c> suffix (<c>AuthTokenRequest</c>); generic types keep the framework's
/// <c>PagedResultOfOrderSummaryDto</c> form.
/// </summary>
internal static class OpenApiSchemaNames
{
    public static string? For(JsonTypeInfo type)
    {
        ArgumentNullException.ThrowIfNull(type);

        // Null means "inline" (strings, numbers, arrays, dictionaries): keep the framework's choice of what to inline.
        // A nullable enum shares its enum's schema; the reference to it says that null is allowed.
        return OpenApiOptions.CreateDefaultSchemaReferenceId(type) is null ? null : For(EnumSchemaTransformer.EnumOf(type.Type) ?? type.Type);
    }

    public static string For(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var name = type.IsGenericType
            ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}Of{string.Join("And", type.GetGenericArguments().Select(For))}"
            : type.Name;
        return type.DeclaringType is { } outer ? Outer(outer) + name : name;
    }

    private static string Outer(Type type)
    {
        var name = For(type);
        return name.EndsWith("Endpoints", StringComparison.Ordinal) ? name[..^"Endpoints".Length] : name;
    }
}
