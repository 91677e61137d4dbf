using System.Net;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Support;

namespace Ordo.Api.Tests.Common;

public abstract class SecurityHeadersTests(OrdoApp app) : ApiTest(app)
{
    [Theory]
    [InlineData("/account/login")]
    [InlineData("/api/me")]
    [InlineData("/no-such-page")]
    public async Task Every_answer_forbids_sniffing_framing_and_foreign_scripts(string path)
    {
        using var response = await Anonymous.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("same-origin", Header(response, "Referrer-Policy"));
        var policy = Directives(Header(response, "Content-Security-Policy"));
        Assert.Equal("'self'", policy["script-src"]);
        Assert.Equal("'none'", policy["frame-ancestors"]);
        Assert.Equal("'self'", policy["connect-src"]);
        Assert.Equal("'self' 'unsafe-inline'", policy["style-src"]);
        Assert.Equal("'none'", policy["object-src"]);
    }

    [Fact]
    public async Task The_api_reference_has_its_own_policy_that_lets_its_inline_start_script_run()
    {
        using var response = await Anonymous.GetAsync(new Uri("/docs/", UriKind.Relative));

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var policy = Directives(Header(response, "Content-Security-Policy"));
        Assert.Equal("'self' 'unsafe-inline'", policy["script-src"]);
        Assert.Equal("'none'", policy["frame-ancestors"]);
    }

    [Fact]
    public async Task Strict_transport_security_is_sent_over_https_only()
    {
        using var https = new BrowserSession(App, "https://ordo.example");
        using var http = new BrowserSession(App, "http://ordo.example");

        using var secure = await https.GetAsync("/account/login");
        using var plain = await http.GetAsync("/account/login");

        Assert.StartsWith("max-age=31536000", Header(secure, "Strict-Transport-Security"), StringComparison.Ordinal);
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{response.RequestMessage?.RequestUri} answered without {name}");

    private static Dictionary<string, string> Directives(string policy) =>
        policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', 2))
            .ToDictionary(d => d[0], d => d.Length > 1 ? d[1] : string.Empty, StringComparer.Ordinal);

    public sealed class OnSqlite(SqliteApp app) : SecurityHeadersTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : SecurityHeadersTests(app), IClassFixture<PostgresApp>;
}
