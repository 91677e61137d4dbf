using System.Net;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Support;

namespace Ordo.Api.Tests.Common;

public abstract class CultureSwitchTests(OrdoApp app) : ApiTest(app)
{
    private static readonly KeyValuePair<string, string>[] English = [new("culture", "en"), new("redirectUri", "/account/register")];

    [Fact]
    public async Task A_link_cannot_switch_the_language()
    {
        using var browser = new BrowserSession(App);

        using var response = await browser.GetAsync("/culture/set?culture=en&redirectUri=%2F");

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed });
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        using var browser = new BrowserSession(App);

        using var response = await browser.PostAsync("/culture/set", English);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task The_switch_on_a_page_remembers_the_language_and_goes_back()
    {
        using var browser = new BrowserSession(App);

        using var response = await browser.PostFormAsync("/account/login", "/culture/set", English);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/register", response.Headers.Location?.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=c%3Den", StringComparison.Ordinal));
        using var register = await browser.GetAsync("/account/register");
        Assert.Contains("<html lang=\"en\">", await register.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public sealed class OnSqlite(SqliteApp app) : CultureSwitchTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : CultureSwitchTests(app), IClassFixture<PostgresApp>;
}
