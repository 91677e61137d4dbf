using System.Net;
using System.Text;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Support;

namespace Ordo.Api.Tests.Contract;

/// <summary>
/// Every operation of the OpenAPI document, called by every <see cref="Caller"/>, answers as <see cref="AccessTable"/>
/// declares. An operation missing from the table fails the test, so each new endpoint states who may call it.
/// </summary>
public abstract class AuthorizationMatrixTests(OrdoApp app) : ApiTest(app)
{
    [Fact]
    public async Task Every_operation_answers_each_caller_as_the_access_table_declares()
    {
        using var document = await OpenApiOperation.LoadDocumentAsync(Anonymous);
        var operations = OpenApiOperation.All(document);
        var rules = AccessTable.Rules.ToDictionary(r => r.OperationId, StringComparer.Ordinal);
        var world = await ContractWorld.CreateAsync(App, () => NewCustomerAsync());

        var undeclared = operations.Where(o => o.OperationId is null || !rules.ContainsKey(o.OperationId)).Select(o => o.Name).ToList();
        var stale = rules.Keys.Except(operations.Select(o => o.OperationId ?? string.Empty)).ToList();
        var failures = new List<string>();
        var observedRows = new List<string>();
        var cells = 0;
        foreach (var operation in operations)
        {
            var rule = operation.OperationId is { } id && rules.TryGetValue(id, out var declared) ? declared : null;
            var expected = rule?.Answers;
            var url = await world.UrlAsync(operation.Path) + (rule?.Query is { } query ? "?" + world.Fill(query) : string.Empty);

            // Refusals first, while the resource is as it was made: a caller who gets in may move it on (approve it,
            // cancel it), and a later refusal must not depend on that.
            var observed = new Dictionary<Caller, (Answer Answer, int Status)>();
            foreach (var caller in Enum.GetValues<Caller>().OrderBy(c => expected is null ? 0 : (int)Order(expected[c])))
            {
                using var response = await world.ClientOf(caller).SendAsync(Request(operation, url, rule?.Body is { } body ? world.Fill(body) : null));
                observed[caller] = (Classify(response.StatusCode), (int)response.StatusCode);
                cells++;
                if (expected is not null && expected[caller] != observed[caller].Answer)
                {
                    failures.Add($"{operation.Name} as {caller}: expected {AccessRule.Token(expected[caller])}, got {(int)response.StatusCode} ({operation.Method.ToUpperInvariant()} {url})");
                }
            }

            observedRows.Add($"{operation.Name}: {string.Join(" ", Enum.GetValues<Caller>().Select(c => observed[c].Status is >= 200 and < 300 ? "ok" : observed[c].Status.ToString(System.Globalization.CultureInfo.InvariantCulture)))}");
        }

        Assert.True(cells > 0);
        Assert.True(
            undeclared.Count == 0 && stale.Count == 0 && failures.Count == 0,
            Report(undeclared, stale, failures, observedRows));
    }

    /// <summary>The minimal request: <c>{}</c> (or the row's body) as JSON, an empty form for a file upload.</summary>
    private static HttpRequestMessage Request(OpenApiOperation operation, string url, string? body)
    {
        var request = new HttpRequestMessage(new HttpMethod(operation.Method.ToUpperInvariant()), new Uri(url, UriKind.Relative));
        if (operation.BodyMediaTypes.Contains("multipart/form-data"))
        {
            request.Content = new MultipartFormDataContent();
        }
        else if (operation.HasBody)
        {
            request.Content = new StringContent(body ?? "{}", Encoding.UTF8, "application/json");
        }

        return request;
    }

    public static Answer Classify(HttpStatusCode status) => (int)status switch
    {
        >= 200 and < 300 or 400 or 409 or 422 => Answer.Allowed,
        401 => Answer.Unauthorized,
        403 => Answer.Forbidden,
        404 => Answer.NotFound,
        _ => Answer.Unexpected,
    };

    private static int Order(Answer answer) => answer switch
    {
        Answer.Unauthorized => 0,
        Answer.NotFound => 1,
        Answer.Forbidden => 2,
        _ => 3,
    };

    private static string Report(List<string> undeclared, List<string> stale, List<string> failures, List<string> observedRows) =>
        string.Join(Environment.NewLine, [
            .. undeclared.Select(name => $"{name} is not in AccessTable: declare who may call it (one row per operationId)."),
            .. stale.Select(name => $"AccessTable declares {name}, which the document does not have."),
            .. failures,
            $"Observed ({string.Join(" ", Enum.GetValues<Caller>())}):",
            .. observedRows,
        ]);

    public sealed class OnSqlite(SqliteApp app) : AuthorizationMatrixTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : AuthorizationMatrixTests(app), IClassFixture<PostgresApp>;
}
