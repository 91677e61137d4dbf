using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Support;

namespace Ordo.Api.Tests.Contract;

/// <summary>
/// The document describes the bodies the handlers really bind and return: for every endpoint the API explorer knows,
/// the request body's and each success response's schema has the CLR type's JSON properties, all the way down, and no
/// schema name stands for two types (nested <c>Command</c> records once collapsed into the registration form).
/// </summary>
public abstract partial class OpenApiSchemaTests(OrdoApp app) : ApiTest(app)
{
    [Fact]
    public async Task Each_operation_documents_the_body_its_handler_binds_and_the_types_it_returns()
    {
        using var document = await OpenApiOperation.LoadDocumentAsync(Anonymous);
        var comparer = new SchemaComparer(document.RootElement, JsonOptions());
        var endpoints = ApiDescriptions();
        Assert.NotEmpty(endpoints);

        foreach (var endpoint in endpoints)
        {
            var path = "/" + Constraint().Replace(endpoint.RelativePath!, "{$1}").TrimEnd('/');
            var method = endpoint.HttpMethod!.ToLowerInvariant();
            var where = $"{endpoint.HttpMethod} {path}";
            Assert.True(document.RootElement.GetProperty("paths").TryGetProperty(path, out var item), $"{where} is an endpoint but its path is not in the document");
            Assert.True(item.TryGetProperty(method, out var operation), $"{where} is an endpoint but not in the document");

            var body = endpoint.ParameterDescriptions.FirstOrDefault(p => p.Source == BindingSource.Body);
            if (body is not null)
            {
                // JSON, or the multipart form a file upload declares (Accepts<TForm>).
                foreach (var media in operation.GetProperty("requestBody").GetProperty("content").EnumerateObject())
                {
                    comparer.Compare(media.Value.GetProperty("schema"), body.Type, $"{where} request body {media.Name}");
                }
            }

            foreach (var response in endpoint.SupportedResponseTypes.Where(r => r.StatusCode is >= 200 and < 300 && r.Type is not null && r.Type != typeof(void)))
            {
                var documented = operation.GetProperty("responses").GetProperty(response.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture));
                Assert.True(documented.TryGetProperty("content", out var content), $"{where} {response.StatusCode} documents no content but returns {response.Type!.Name}");
                foreach (var media in content.EnumerateObject())
                {
                    comparer.Compare(media.Value.GetProperty("schema"), response.Type!, $"{where} {response.StatusCode} {media.Name}");
                }
            }
        }

        Assert.True(comparer.Mismatches.Count == 0, string.Join(Environment.NewLine, comparer.Mismatches.Distinct()));
    }

    private List<ApiDescription> ApiDescriptions() =>
        [.. App.Services.GetRequiredService<IApiDescriptionGroupCollectionProvider>().ApiDescriptionGroups.Items
            .SelectMany(g => g.Items)
            .Where(d => d.RelativePath is not null && d.HttpMethod is not null)];

    private JsonSerializerOptions JsonOptions()
    {
        var configured = App.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        return new JsonSerializerOptions(configured) { TypeInfoResolver = configured.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver() };
    }

    /// <summary>"api/orders/{id:guid}" → "api/orders/{id}", as the document writes paths.</summary>
    [GeneratedRegex(@"\{([^}:=?]+)[^}]*\}")]
    private static partial Regex Constraint();

    /// <summary>Walks a schema and a CLR type side by side.</summary>
    private sealed class SchemaComparer(JsonElement root, JsonSerializerOptions json)
    {
        private readonly Dictionary<string, Type> _typeOfSchema = new(StringComparer.Ordinal);
        private readonly HashSet<(string, Type)> _compared = [];

        public List<string> Mismatches { get; } = [];

        public void Compare(JsonElement schema, Type type, string where)
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            schema = NonNull(schema);
            if (schema.TryGetProperty("$ref", out var reference))
            {
                var name = reference.GetString()!;
                if (_typeOfSchema.TryGetValue(name, out var other) && other != type)
                {
                    Mismatches.Add($"{where}: schema {name} stands for both {other.FullName} and {type.FullName}");
                    return;
                }

                _typeOfSchema[name] = type;
                if (!_compared.Add((name, type)))
                {
                    return;
                }

                schema = Resolve(name);
            }

            if (type == typeof(Stream) || type == typeof(byte[]) || typeof(Microsoft.AspNetCore.Http.IFormFile).IsAssignableFrom(type))
            {
                Expect(schema.TryGetProperty("format", out var format) && format.GetString() == "binary", where, "a file should be a binary string");
                return;
            }

            if (IsScalar(type))
            {
                return;
            }

            if (ElementOf(type) is { } element)
            {
                Expect(Types(schema).Contains("array"), where, $"{type.Name} should be an array");
                if (schema.TryGetProperty("items", out var items))
                {
                    Compare(items, element, where + "[]");
                }
                else
                {
                    Mismatches.Add($"{where}: an array of {element.Name} documents no items");
                }

                return;
            }

            var info = json.GetTypeInfo(type);
            if (info.Kind != JsonTypeInfoKind.Object)
            {
                return;
            }

            var expected = info.Properties.Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
            var documented = schema.TryGetProperty("properties", out var properties)
                ? properties.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList()
                : [];
            if (!expected.SequenceEqual(documented))
            {
                Mismatches.Add($"{where}: {type.FullName} has [{string.Join(", ", expected)}] but the schema documents [{string.Join(", ", documented)}]");
                return;
            }

            foreach (var property in info.Properties)
            {
                Compare(properties.GetProperty(property.Name), property.PropertyType, $"{where}.{property.Name}");
            }
        }

        private void Expect(bool condition, string where, string what)
        {
            if (!condition)
            {
                Mismatches.Add($"{where}: {what}");
            }
        }

        private JsonElement Resolve(string reference)
        {
            var node = root;
            foreach (var segment in reference.TrimStart('#', '/').Split('/'))
            {
                node = node.GetProperty(segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
            }

            return node;
        }

        /// <summary><c>{"oneOf": [{"type": "null"}, X]}</c> → X.</summary>
        private static JsonElement NonNull(JsonElement schema)
        {
            foreach (var keyword in new[] { "oneOf", "anyOf" })
            {
                if (schema.TryGetProperty(keyword, out var choices))
                {
                    var real = choices.EnumerateArray().Where(c => !(c.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "null")).ToList();
                    if (real.Count == 1)
                    {
                        return real[0];
                    }
                }
            }

            return schema;
        }

        private static IReadOnlyList<string> Types(JsonElement schema) =>
            !schema.TryGetProperty("type", out var type) ? []
            : type.ValueKind == JsonValueKind.Array ? [.. type.EnumerateArray().Select(t => t.GetString()!)]
            : [type.GetString()!];

        private static bool IsScalar(Type type) =>
            type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(Guid)
            || type == typeof(DateTimeOffset) || type == typeof(DateTime) || type == typeof(DateOnly) || type == typeof(TimeSpan)
            || type == typeof(Uri) || type == typeof(object) || type == typeof(JsonElement);

        private static Type? ElementOf(Type type)
        {
            if (type.IsArray)
            {
                return type.GetElementType();
            }

            if (type.IsGenericType && type.GetInterfaces().Append(type).Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDictionary<,>) || i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>)))
            {
                return null;
            }

            return typeof(IEnumerable).IsAssignableFrom(type)
                ? type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0]
                : null;
        }
    }

    public sealed class OnSqlite(SqliteApp app) : OpenApiSchemaTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : OpenApiSchemaTests(app), IClassFixture<PostgresApp>;
}
