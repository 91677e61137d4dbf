using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ordo.Api.Tests.Support;

/// <summary>JSON as the API speaks it: camelCase, enums as strings. Null fields are left out of requests.</summary>
public static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
