using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ordo.Api.Tests.Contract;

/// <summary>
/// Bad requests for one operation, made from its OpenAPI description with a seeded <see cref="Random"/>: malformed JSON,
/// wrong types, missing and huge fields, negative and enormous numbers, unknown enum values, bad ids, oversized pages
/// and nonsense query values. Every case is bad input, so none may change anything.
/// </summary>
internal sealed class FuzzCases(JsonElement document, Random random)
{
    private const string Json = "application/json";

    private static readonly string[] Malformed = ["{", "{\"a\":}", "[1, 2", "nul", "{\"a\": 1}}", "\"unterminated", "{'single': 'quotes'}", "{\"a\": NaN}"];

    public IEnumerable<FuzzCase> For(OpenApiOperation operation, string url)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(url);
        foreach (var bad in BadIds(operation, url))
        {
            yield return bad;
        }

        foreach (var bad in BadQueries(operation, url))
        {
            yield return bad;
        }

        if (operation.BodyMediaTypes.Contains("multipart/form-data"))
        {
            foreach (var bad in BadUploads(url))
            {
                yield return bad;
            }
        }
        else if (operation.BodyMediaTypes.Contains(Json))
        {
            foreach (var bad in BadBodies(operation, url))
            {
                yield return bad;
            }
        }
    }

    private static IEnumerable<FuzzCase> BadIds(OpenApiOperation operation, string url)
    {
        if (!operation.Path.Contains('{', StringComparison.Ordinal))
        {
            yield break;
        }

        var segments = operation.Path.Split('/');
        var actual = url.Split('?')[0].Split('/');
        var index = Array.FindIndex(segments, s => s.StartsWith('{'));
        foreach (var (what, value) in new[] { ("an unknown id", Guid.NewGuid().ToString()), ("an id that is no guid", "not-an-id"), ("a huge id", new string('9', 400)), ("an id with odd characters", "%E2%80%AE'%20;") })
        {
            var changed = (string[])actual.Clone();
            changed[index] = value;
            yield return new FuzzCase(what, string.Join('/', changed), operation.HasBody ? Json : null, operation.HasBody ? Encoding.UTF8.GetBytes("{}") : null);
        }
    }

    private IEnumerable<FuzzCase> BadQueries(OpenApiOperation operation, string url)
    {
        foreach (var (name, schema) in operation.QueryParameters)
        {
            foreach (var (what, value) in BadQueryValues(name, Resolve(schema)))
            {
                yield return new FuzzCase($"query {name}={Shorten(value)} ({what})", $"{url}?{name}={Uri.EscapeDataString(value)}", null, null);
            }
        }
    }

    private IEnumerable<(string What, string Value)> BadQueryValues(string name, JsonElement schema)
    {
        var types = Types(schema);
        if (types.Contains("integer") || types.Contains("number"))
        {
            yield return ("negative", "-1");
            yield return ("zero", "0");
            yield return ("enormous", name.Contains("size", StringComparison.OrdinalIgnoreCase) ? "100000" : "99999999999999999999");
            yield return ("not a number", "ten");
        }
        else if (IsEnum(schema) || (types.Contains("array") && schema.TryGetProperty("items", out var items) && IsEnum(Resolve(items))))
        {
            yield return ("unknown enum value", $"NoSuch{random.Next(1000)}");
            yield return ("enum by number", "999");
        }
        else if (Format(schema) == "uuid")
        {
            yield return ("no guid", "nope");
        }
        else if (Format(schema) == "date-time")
        {
            yield return ("no date", "yesterday");
            yield return ("year 10000", "10000-01-01T00:00:00Z");
        }
        else if (types.Contains("boolean"))
        {
            yield return ("no boolean", "perhaps");
        }
        else
        {
            yield return ("huge", new string('x', 5_000 + random.Next(5_000)));
            yield return ("control characters", "\u0000\u001f'\";--");
        }
    }

    private IEnumerable<FuzzCase> BadUploads(string url)
    {
        var garbage = new byte[512];
        random.NextBytes(garbage);
        yield return Upload("garbage named .xlsx", url, "statement.xlsx", garbage);
        yield return Upload("garbage named .csv", url, "statement.csv", Encoding.UTF8.GetBytes("\"unterminated,;;\n\u0000\u0001,,,\n" + new string(',', 2_000)));
        yield return Upload("an unknown file type", url, "statement.pdf", Encoding.UTF8.GetBytes("%PDF-1.7"));
        yield return Upload("an empty file", url, "statement.csv", []);
        yield return new FuzzCase("JSON instead of a form", url, Json, Encoding.UTF8.GetBytes("{}"));
    }

    private static FuzzCase Upload(string what, string url, string fileName, byte[] content)
    {
        var boundary = "fuzz-boundary";
        var head = Encoding.UTF8.GetBytes($"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{fileName}\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        var tail = Encoding.UTF8.GetBytes($"\r\n--{boundary}--\r\n");
        return new FuzzCase(what, url, $"multipart/form-data; boundary={boundary}", [.. head, .. content, .. tail]);
    }

    private IEnumerable<FuzzCase> BadBodies(OpenApiOperation operation, string url)
    {
        var body = operation.Json.GetProperty("requestBody");
        var schema = Resolve(body.GetProperty("content").GetProperty(Json).GetProperty("schema"));
        var required = body.TryGetProperty("required", out var r) && r.GetBoolean();

        yield return Raw("malformed JSON", url, Malformed[random.Next(Malformed.Length)]);
        yield return Raw("an array for the body", url, "[]");
        yield return Raw("a number for the body", url, "42");
        if (required)
        {
            yield return Raw("a null body", url, "null");
            yield return new FuzzCase("no body at all", url, Json, []);
        }

        if (!schema.TryGetProperty("properties", out var properties))
        {
            yield break;
        }

        foreach (var property in properties.EnumerateObject())
        {
            var propertySchema = Resolve(property.Value);
            foreach (var (what, value) in BadValues(propertySchema))
            {
                yield return Raw($"{property.Name}: {what}", url, new JsonObject { [property.Name] = value }.ToJsonString());
            }
        }
    }

    /// <summary>Values no client may send for a property of this schema.</summary>
    private IEnumerable<(string What, JsonNode? Value)> BadValues(JsonElement schema)
    {
        var types = Types(schema);
        if (IsEnum(schema))
        {
            yield return ("unknown enum value", $"NoSuch{random.Next(1000)}");
            yield return ("enum by number", 999);
        }
        else if (types.Contains("integer"))
        {
            yield return ("a string for a number", "twelve");
            yield return ("negative", -random.Next(1, 1_000_000));
            yield return ("enormous", JsonNode.Parse("1" + new string('0', 40)));
            yield return ("beyond int", 2_147_483_648L);
        }
        else if (types.Contains("number"))
        {
            yield return ("a string for a number", "twelve");
            yield return ("negative", -random.Next(1, 1_000_000));
            yield return ("enormous", JsonNode.Parse("1" + new string('0', 40)));
            yield return ("beyond every limit", JsonNode.Parse("1" + new string('0', 20)));
            yield return ("a fraction of a dong", JsonNode.Parse("0.0000001"));
        }
        else if (types.Contains("boolean"))
        {
            yield return ("a string for a boolean", "yes");
        }
        else if (types.Contains("array"))
        {
            yield return ("an object for an array", new JsonObject());
            yield return ("an array of nonsense", new JsonArray(1, "x", null, new JsonArray()));
            yield return ("a huge array", new JsonArray([.. Enumerable.Range(0, 5_000).Select(i => (JsonNode)JsonValue.Create(i))]));
        }
        else if (types.Contains("object") || schema.TryGetProperty("properties", out _))
        {
            yield return ("a string for an object", "object");
            yield return ("an array for an object", new JsonArray());
            yield return ("an empty object", new JsonObject());
        }
        else if (Format(schema) == "uuid")
        {
            yield return ("no guid", "not-a-guid");
            yield return ("an unknown guid", Guid.NewGuid().ToString());
        }
        else if (Format(schema) == "date-time")
        {
            yield return ("no date", "31/02/2026");
            yield return ("a number for a date", 20260101);
        }
        else if (types.Contains("string"))
        {
            yield return ("huge", new string('ư', 100_000 + random.Next(1_000)));
            yield return ("a number for a string", 12345);
            yield return ("an object for a string", new JsonObject { ["a"] = 1 });
            yield return ("control characters", "\u0000\u0001\u001b[31m'; DROP TABLE \"Orders\";--");
        }
    }

    private static FuzzCase Raw(string what, string url, string json) => new(what, url, Json, Encoding.UTF8.GetBytes(json));

    private JsonElement Resolve(JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return schema;
        }

        foreach (var keyword in new[] { "oneOf", "anyOf" })
        {
            if (schema.TryGetProperty(keyword, out var choices))
            {
                var real = choices.EnumerateArray().FirstOrDefault(c => !(c.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "null"));
                if (real.ValueKind == JsonValueKind.Object)
                {
                    return Resolve(real);
                }
            }
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            var node = document;
            foreach (var segment in reference.GetString()!.TrimStart('#', '/').Split('/'))
            {
                node = node.GetProperty(segment);
            }

            return Resolve(node);
        }

        return schema;
    }

    private static IReadOnlyList<string> Types(JsonElement schema) =>
        schema.ValueKind != JsonValueKind.Object || !schema.TryGetProperty("type", out var type) ? []
        : type.ValueKind == JsonValueKind.Array ? [.. type.EnumerateArray().Select(t => t.GetString()!)]
        : [type.GetString()!];

    private static string? Format(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("format", out var format) ? format.GetString() : null;

    private static bool IsEnum(JsonElement schema) => schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("enum", out _);

    private static string Shorten(string value) =>
        value.Length <= 24 ? value : string.Create(CultureInfo.InvariantCulture, $"{value[..10]}…({value.Length} chars)");
}
