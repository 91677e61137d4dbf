using System.Text.Json;
using System.Text.RegularExpressions;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Support;

namespace Ordo.Api.Tests.Contract;

/// <summary>
/// The rules of Spectral's <c>spectral:oas</c> set that generated clients depend on, checked on the live document so a
/// new endpoint cannot forget them: a unique operationId (it becomes the client's method name), a description, no two
/// paths that differ only in a parameter's name, a documented success response, and tags that are declared.
/// </summary>
public abstract partial class OpenApiLintTests(OrdoApp app) : ApiTest(app)
{
    [Fact]
    public async Task Every_operation_has_a_unique_PascalCase_operationId()
    {
        var operations = await OperationsAsync();

        var missing = operations.Where(o => string.IsNullOrWhiteSpace(o.OperationId)).Select(o => o.Name).ToList();
        Assert.True(missing.Count == 0, $"Give these operations a name (.WithName(\"DoSomething\")): {string.Join(", ", missing)}");
        var duplicates = operations.GroupBy(o => o.OperationId, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(duplicates.Count == 0, $"operationIds used twice: {string.Join(", ", duplicates)}");
        var notPascal = operations.Where(o => !PascalCase().IsMatch(o.OperationId!)).Select(o => o.OperationId).ToList();
        Assert.True(notPascal.Count == 0, $"operationIds not in PascalCase: {string.Join(", ", notPascal)}");
    }

    [Fact]
    public async Task Every_operation_has_a_summary_and_a_description()
    {
        var operations = await OperationsAsync();

        var bare = operations.Where(o => !HasText(o.Json, "description") || !HasText(o.Json, "summary")).Select(o => o.Name).ToList();
        Assert.True(bare.Count == 0, $"Describe these operations (.WithSummary, .WithDescription: who may call it, what it changes): {string.Join(", ", bare)}");
    }

    [Fact]
    public async Task No_two_paths_differ_only_in_a_parameter_name()
    {
        using var document = await DocumentAsync();

        var equivalent = document.RootElement.GetProperty("paths").EnumerateObject()
            .GroupBy(p => Parameter().Replace(p.Name, "{}"), StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => string.Join(" = ", g.Select(p => p.Name)))
            .ToList();
        Assert.True(equivalent.Count == 0, $"Equivalent paths (name the parameter the same way): {string.Join("; ", equivalent)}");
    }

    [Fact]
    public async Task Every_path_parameter_is_declared()
    {
        var operations = await OperationsAsync();

        var undeclared = (from operation in operations
                          from name in Parameter().Matches(operation.Path).Select(m => m.Value.Trim('{', '}'))
                          where !operation.Json.TryGetProperty("parameters", out var parameters)
                                || !parameters.EnumerateArray().Any(p => p.GetProperty("in").GetString() == "path" && p.GetProperty("name").GetString() == name)
                          select $"{operation.Name} {{{name}}}").ToList();
        Assert.True(undeclared.Count == 0, $"Path parameters without a declaration: {string.Join(", ", undeclared)}");
    }

    [Fact]
    public async Task Every_operation_documents_a_success_response_with_its_content()
    {
        var operations = await OperationsAsync();

        var withoutSuccess = operations
            .Where(o => !o.Json.GetProperty("responses").EnumerateObject().Any(r => r.Name.StartsWith('2')))
            .Select(o => o.Name).ToList();
        Assert.True(withoutSuccess.Count == 0, $"No 2xx response documented (.Produces<T>(200, contentType) for a file): {string.Join(", ", withoutSuccess)}");
        var withoutSchema = (from operation in operations
                             from response in operation.Json.GetProperty("responses").EnumerateObject()
                             where response.Name.StartsWith('2') && response.Value.TryGetProperty("content", out _)
                             from media in response.Value.GetProperty("content").EnumerateObject()
                             where !media.Value.TryGetProperty("schema", out _)
                             select $"{operation.Name} {response.Name} {media.Name}").ToList();
        Assert.True(withoutSchema.Count == 0, $"Success content without a schema: {string.Join(", ", withoutSchema)}");
    }

    [Fact]
    public async Task Every_operation_has_a_declared_tag()
    {
        using var document = await DocumentAsync();
        var operations = OpenApiOperation.All(document);

        var declared = document.RootElement.TryGetProperty("tags", out var tags)
            ? tags.EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToHashSet(StringComparer.Ordinal)
            : [];
        var untagged = operations.Where(o => !o.Json.TryGetProperty("tags", out var t) || t.GetArrayLength() == 0).Select(o => o.Name).ToList();
        Assert.True(untagged.Count == 0, $"Operations without a tag (.WithTags on the feature's group): {string.Join(", ", untagged)}");
        var undeclared = operations.SelectMany(o => o.Json.GetProperty("tags").EnumerateArray().Select(t => t.GetString()))
            .Where(t => !declared.Contains(t)).Distinct().ToList();
        Assert.True(undeclared.Count == 0, $"Tags used but not declared: {string.Join(", ", undeclared)}");
    }

    [Fact]
    public async Task The_server_address_has_no_trailing_slash()
    {
        using var document = await DocumentAsync();

        foreach (var server in document.RootElement.TryGetProperty("servers", out var servers) ? servers.EnumerateArray() : default)
        {
            Assert.False(server.GetProperty("url").GetString()!.EndsWith('/'), server.GetProperty("url").GetString());
        }
    }

    private Task<JsonDocument> DocumentAsync() => OpenApiOperation.LoadDocumentAsync(Anonymous);

    private async Task<IReadOnlyList<OpenApiOperation>> OperationsAsync()
    {
        using var document = await DocumentAsync();
        var operations = OpenApiOperation.All(document);
        Assert.NotEmpty(operations);
        return operations;
    }

    private static bool HasText(JsonElement operation, string property) =>
        operation.TryGetProperty(property, out var value) && !string.IsNullOrWhiteSpace(value.GetString());

    [GeneratedRegex("^[A-Z][A-Za-z0-9]+$")]
    private static partial Regex PascalCase();

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();

    public sealed class OnSqlite(SqliteApp app) : OpenApiLintTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : OpenApiLintTests(app), IClassFixture<PostgresApp>;
}
