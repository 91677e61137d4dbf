using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Support;
using Ordo.Application.Identity;
using Ordo.Domain.Identity;
using Xunit.Sdk;

namespace Ordo.Api.Tests.Identity;

/// <summary>A fresh install without <c>Ordo:Admin</c>: the first administrator comes from /setup, for the holder of the logged token only.</summary>
public abstract partial class SetupTests
{
    /// <summary>A fresh install of this test's own: no demo data, no administrator.</summary>
    protected abstract OrdoApp NewInstall();

    [Fact]
    public Task Setup_without_the_token_creates_no_administrator() => OnFreshInstallAsync(async app =>
    {
        using var response = await SetUpAsync(app, token: null, "boss@example.com");

        await ShouldBeRefusedAsync(response, app, "boss@example.com");
    });

    [Fact]
    public Task Setup_with_a_wrong_token_creates_no_administrator() => OnFreshInstallAsync(async app =>
    {
        using var response = await SetUpAsync(app, new string('0', 32), "boss@example.com");

        await ShouldBeRefusedAsync(response, app, "boss@example.com");
    });

    [Fact]
    public Task Two_setups_at_once_with_the_token_create_exactly_one_administrator() => OnFreshInstallAsync(async app =>
    {
        var token = LoggedToken(app);

        var responses = await Task.WhenAll(
            Enumerable.Range(1, 4).Select(i => SetUpAsync(app, token, $"boss{i}@example.com")));

        // A setup that made the administrator is sent to sign in as them; one that came after the page closed is
        // sent to the bare sign-in page (that one is a redirect too: it is not a second success).
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect && r.Headers.Location?.OriginalString.Contains("email=", StringComparison.Ordinal) == true);
        Assert.Single(await AdministratorsAsync(app));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    });

    [Fact]
    public Task After_setup_the_page_is_closed_even_to_the_token() => OnFreshInstallAsync(async app =>
    {
        var token = LoggedToken(app);
        using var first = await SetUpAsync(app, token, "boss@example.com");
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        await app.IssueTokenAsync("boss@example.com", ApiTest.Password);

        using var second = await SetUpAsync(app, token, "intruder@example.com");
        using var browser = new BrowserSession(app);
        using var page = await browser.GetAsync("/setup");

        Assert.Equal(["boss@example.com"], (await AdministratorsAsync(app)).Select(a => a.Email));
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/account/login", new Uri(new Uri("http://localhost"), page.Headers.Location!).AbsolutePath);
    });

    private async Task OnFreshInstallAsync(Func<OrdoApp, Task> test)
    {
        var app = NewInstall();
        try
        {
            await app.InitializeAsync();
            await test(app);
        }
        finally
        {
            await ((IAsyncLifetime)app).DisposeAsync();
        }
    }

    /// <summary>What the operator copies from the server log.</summary>
    private static string LoggedToken(OrdoApp app)
    {
        var line = Assert.Single(app.Log.Lines, l => l.Contains("setup token", StringComparison.Ordinal));
        return TokenInLog().Match(line) is { Success: true } match ? match.Value : throw new XunitException($"No token in: {line}");
    }

    private static async Task<HttpResponseMessage> SetUpAsync(OrdoApp app, string? token, string email)
    {
        // The antiforgery token of any page will do: a closed setup page redirects, and the post must still be refused.
        using var browser = new BrowserSession(app);
        return await browser.PostFormAsync("/account/login", "/setup",
        [
            new("_handler", "setup"),
            new("Input.SetupToken", token ?? string.Empty),
            new("Input.FullName", "Chủ cửa hàng"),
            new("Input.Email", email),
            new("Input.Password", ApiTest.Password),
        ]);
    }

    private static async Task ShouldBeRefusedAsync(HttpResponseMessage response, OrdoApp app, string email)
    {
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        Assert.Contains("setupToken-error", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await AdministratorsAsync(app));
        await using var scope = app.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email));
    }

    private static async Task<IList<AppUser>> AdministratorsAsync(OrdoApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().GetUsersInRoleAsync(Roles.Admin);
    }

    [GeneratedRegex("[0-9a-f]{32}")]
    private static partial Regex TokenInLog();

    public sealed class OnSqlite : SetupTests
    {
        protected override OrdoApp NewInstall() => new SqliteApp { Demo = false };
    }

    public sealed class OnPostgres : SetupTests
    {
        protected override OrdoApp NewInstall() => new PostgresApp { Demo = false };
    }
}
