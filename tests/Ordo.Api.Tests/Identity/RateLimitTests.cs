using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Support;

namespace Ordo.Api.Tests.Identity;

/// <summary>
/// Sign-in, tokens and registration answer a limited number of attempts; the next hears 429 with Retry-After.
/// Each test runs a second host on the app's database with its own low limits (the shared host raises them).
/// </summary>
public abstract class RateLimitTests(OrdoApp app) : ApiTest(app)
{
    [Fact]
    public async Task Token_requests_beyond_the_limit_for_one_client_hear_429_with_retry_after()
    {
        await using var host = App.WithWebHostBuilder(b => b.UseSetting("Ordo:RateLimits:SignIn:PermitLimit", "3"));
        using var client = host.CreateClient();
        var customer = await NewCustomerAsync();
        for (var i = 0; i < 3; i++)
        {
            await (await TokenAsync(client, $"nobody-{i}-{Guid.NewGuid():N}@example.com", Password)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid_credentials");
        }

        var refused = await TokenAsync(client, customer.Email, Password);

        await refused.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "rate_limited");
        Assert.True(int.Parse(Assert.Single(refused.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture) > 0);
    }

    [Fact]
    public async Task Sign_in_attempts_at_one_account_are_limited_whoever_makes_them_and_others_still_sign_in()
    {
        await using var host = App.WithWebHostBuilder(b => b.UseSetting("Ordo:RateLimits:SignInPerAccount:PermitLimit", "2"));
        using var client = host.CreateClient();
        var target = await NewCustomerAsync();
        var other = NewRegistration();
        await (await Anonymous.PostAsJsonAsync("/api/auth/register", other, ApiJson.Options)).ShouldHaveStatusAsync(HttpStatusCode.Created);
        await (await TokenAsync(client, target.Email, "Wrong-passw0rd")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid_credentials");
        await (await TokenAsync(client, target.Email.ToUpperInvariant(), "Wrong-passw0rd")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid_credentials");

        var refused = await TokenAsync(client, target.Email, Password);
        var someoneElse = await TokenAsync(client, other.Email!, other.Password!);

        await refused.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "rate_limited");
        Assert.True(refused.Headers.Contains("Retry-After"));
        await someoneElse.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Registrations_beyond_the_limit_for_one_client_are_refused_and_open_no_account()
    {
        await using var host = App.WithWebHostBuilder(b => b.UseSetting("Ordo:RateLimits:Registration:PermitLimit", "2"));
        using var client = host.CreateClient();
        for (var i = 0; i < 2; i++)
        {
            await (await client.PostAsJsonAsync("/api/auth/register", NewRegistration(), ApiJson.Options)).ShouldHaveStatusAsync(HttpStatusCode.Created);
        }

        var registration = NewRegistration();
        var refused = await client.PostAsJsonAsync("/api/auth/register", registration, ApiJson.Options);

        await refused.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "rate_limited");
        Assert.True(refused.Headers.Contains("Retry-After"));
        await (await TokenAsync(Anonymous, registration.Email!, registration.Password!)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid_credentials");
    }

    private static Task<HttpResponseMessage> TokenAsync(HttpClient client, string email, string password) =>
        client.PostAsJsonAsync("/api/auth/token", new { email, password }, ApiJson.Options);

    public sealed class OnSqlite(SqliteApp app) : RateLimitTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : RateLimitTests(app), IClassFixture<PostgresApp>;
}
