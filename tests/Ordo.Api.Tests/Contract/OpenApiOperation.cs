using System.Net;
using System.Text.Json;
using Ordo.Api.Tests.Support;

namespace Ordo.Api.Tests.Contract;

/// <summary>One operation of the live OpenAPI document: its path template, method and JSON.</summary>
public sealed record OpenApiOperation(string Path, string Method, JsonElement Json)
{
    public static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    public string? OperationId => Json.TryGetProperty("operationId", out var id) ? id.GetString() : null;

    public string Name => OperationId ?? $"{Method.ToUpperInvariant()} {Path}";

    public bool HasBody => Json.TryGetProperty("requestBody", out _);

    /// <summary>The request body's media types (application/json, multipart/form-data).</summary>
    public IReadOnlyList<string> BodyMediaTypes =>
        Json.TryGetProperty("requestBody", out var body) && body.TryGetProperty("content", out var content)
            ? [.. content.EnumerateObject().Select(c => c.Name)]
            : [];

    /// <summary>The query parameters' names and schemas.</summary>
    public IReadOnlyList<(string Name, JsonElement Schema)> QueryParameters =>
        Json.TryGetProperty("parameters", out var parameters)
            ? [.. parameters.EnumerateArray()
                .Where(p => p.GetProperty("in").GetString() == "query")
                .Select(p => (p.GetProperty("name").GetString()!, p.TryGetProperty("schema", out var s) ? s : default))]
            : [];

    public override string ToString() => Name;

    /// <summary>The document as the running app serves it.</summary>
    public static async Task<JsonDocument> LoadDocumentAsync(HttpClient anonymous)
    {
        ArgumentNullException.ThrowIfNull(anonymous);
        var response = await anonymous.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Every operation, those that end the caller's own sessions (<see cref="AccessTable.EndsSessions"/>) last.</summary>
    public static IReadOnlyList<OpenApiOperation> All(JsonDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return [.. document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject()
                .Where(m => Methods.Contains(m.Name))
                .Select(m => new OpenApiOperation(path.Name, m.Name, m.Value.Clone())))
            .OrderBy(o => o.OperationId is { } id && AccessTable.EndsSessions.Contains(id))];
    }
}
