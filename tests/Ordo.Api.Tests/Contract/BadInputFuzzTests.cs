using System.Globalization;
using System.Net.Http.Headers;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Support;

namespace Ordo.Api.Tests.Contract;

/// <summary>
/// Every operation of the document receives bad input (see <see cref="FuzzCases"/>) from a caller the access table lets
/// in: no answer is a server error, and the database (row counts of every table, the trial balance, the wallets) is the
/// same afterwards. The cases come from a fixed seed, printed on failure; <c>ORDO_FUZZ_SEED</c> replays another.
/// </summary>
public abstract class BadInputFuzzTests(OrdoApp app) : ApiTest(app)
{
    public const string SeedVariable = "ORDO_FUZZ_SEED";
    private const int DefaultSeed = 20_261_201;

    /// <summary>Whom the fuzz sends an operation as: the first of these the access table lets past authorization.</summary>
    private static readonly Caller[] Preference =
    [
        Caller.Owner, Caller.Admin, Caller.CsManager, Caller.Accountant, Caller.Buyer, Caller.CsStaff, Caller.OrderManager,
        Caller.ForwardingManager, Caller.ChinaWarehouse, Caller.VietnamWarehouse, Caller.Delivery,
    ];

    [Fact]
    public async Task No_bad_input_gets_a_server_error_or_changes_anything()
    {
        var seed = Environment.GetEnvironmentVariable(SeedVariable) is { Length: > 0 } configured
            ? int.Parse(configured, CultureInfo.InvariantCulture)
            : DefaultSeed;
        using var document = await OpenApiOperation.LoadDocumentAsync(Anonymous);
        var cases = new FuzzCases(document.RootElement, new Random(seed));
        var world = await ContractWorld.CreateAsync(App, () => NewCustomerAsync());
        var operations = new List<(OpenApiOperation Operation, string Url)>();
        foreach (var operation in OpenApiOperation.All(document))
        {
            operations.Add((operation, await world.UrlAsync(operation.Path)));
        }

        var failures = new List<string>();
        var sent = 0;
        foreach (var (operation, url) in operations)
        {
            var caller = CallerOf(operation);
            var before = await DatabaseCensus.TakeAsync(App.Services);
            foreach (var fuzz in cases.For(operation, url))
            {
                using var request = new HttpRequestMessage(new HttpMethod(operation.Method.ToUpperInvariant()), new Uri(fuzz.Url, UriKind.Relative));
                if (fuzz.Body is not null)
                {
                    request.Content = new ByteArrayContent(fuzz.Body);
                    request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(fuzz.ContentType!);
                }

                using var response = await world.ClientOf(caller).SendAsync(request);
                sent++;
                if ((int)response.StatusCode >= 500)
                {
                    var body = await response.Content.ReadAsStringAsync();
                    failures.Add($"{operation.Name} as {caller}, {fuzz}: {(int)response.StatusCode} {body[..Math.Min(body.Length, 300)]}");
                }
            }

            var changes = before.Differences(await DatabaseCensus.TakeAsync(App.Services));
            if (changes.Count > 0)
            {
                failures.Add($"{operation.Name} as {caller}: bad input changed {string.Join("; ", changes)}");
            }
        }

        Assert.True(sent > operations.Count, $"Only {sent} cases for {operations.Count} operations");
        Assert.True(
            failures.Count == 0,
            $"Seed {seed} (replay: {SeedVariable}={seed}); {sent} cases over {operations.Count} operations; {failures.Count} failures:{Environment.NewLine}{string.Join(Environment.NewLine, failures)}");
    }

    private static Caller CallerOf(OpenApiOperation operation)
    {
        var rule = AccessTable.Rules.FirstOrDefault(r => r.OperationId == operation.OperationId);
        return rule is null ? Caller.Admin : Preference.FirstOrDefault(c => rule.Answers[c] == Answer.Allowed, Caller.Admin);
    }

    public sealed class OnSqlite(SqliteApp app) : BadInputFuzzTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : BadInputFuzzTests(app), IClassFixture<PostgresApp>;
}
