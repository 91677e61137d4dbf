using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Support;
using Ordo.Application.Data;
using Ordo.Infrastructure.Demo;

namespace Ordo.Api.Tests.Identity;

/// <summary><c>--demo</c> seeds an empty database only: its own demo database starts again as it was, a real one is refused.</summary>
public abstract class DemoModeTests
{
    protected abstract OrdoApp NewApp(bool demo, OrdoApp? sharesDatabaseWith = null);

    [Fact]
    public async Task Demo_mode_refuses_a_database_with_real_accounts_and_adds_no_demo_account()
    {
        var real = NewApp(demo: false);
        try
        {
            await real.InitializeAsync();
            await RegisterAsync(real, "owner@example.com");
            var demo = NewApp(demo: true, sharesDatabaseWith: real);

            var refused = await Record.ExceptionAsync(demo.InitializeAsync);

            Assert.NotNull(refused);
            Assert.Contains(demo.Log.Lines, l => l.StartsWith("Critical", StringComparison.Ordinal) && l.Contains("Demo mode (--demo) refuses this database", StringComparison.Ordinal));
            Assert.Equal(["owner@example.com"], await EmailsAsync(real));
            await ((IAsyncLifetime)demo).DisposeAsync();
        }
        finally
        {
            await ((IAsyncLifetime)real).DisposeAsync();
        }
    }

    [Fact]
    public async Task Demo_mode_on_its_own_demo_database_starts_again_without_seeding_twice()
    {
        var first = NewApp(demo: true);
        try
        {
            await first.InitializeAsync();
            await RegisterAsync(first, "visitor@example.com");
            var before = await CountsAsync(first);
            var again = NewApp(demo: true, sharesDatabaseWith: first);

            await again.InitializeAsync();

            Assert.Equal(before, await CountsAsync(again));
            await again.IssueTokenAsync("admin@ordo.test", DemoAccounts.Password);
            await ((IAsyncLifetime)again).DisposeAsync();
        }
        finally
        {
            await ((IAsyncLifetime)first).DisposeAsync();
        }
    }

    [Fact]
    public async Task Every_page_warns_of_demo_data_while_the_demo_accounts_exist_even_started_without_demo_mode()
    {
        var demo = NewApp(demo: true);
        var plain = NewApp(demo: false);
        try
        {
            await demo.InitializeAsync();
            await plain.InitializeAsync();
            var sameDatabaseWithoutDemo = NewApp(demo: false, sharesDatabaseWith: demo);
            await sameDatabaseWithoutDemo.InitializeAsync();

            Assert.True(await ShowsBannerAsync(demo, "/account/login"));
            Assert.True(await ShowsBannerAsync(demo, "/account/register"));
            Assert.True(await ShowsBannerAsync(sameDatabaseWithoutDemo, "/account/login"));
            Assert.False(await ShowsBannerAsync(plain, "/account/login"));
            await ((IAsyncLifetime)sameDatabaseWithoutDemo).DisposeAsync();
        }
        finally
        {
            await ((IAsyncLifetime)demo).DisposeAsync();
            await ((IAsyncLifetime)plain).DisposeAsync();
        }
    }

    private static async Task RegisterAsync(OrdoApp app, string email)
    {
        var registration = ApiTestRegistration(email);
        using var response = await app.Anonymous.PostAsJsonAsync("/api/auth/register", registration, ApiJson.Options);
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
    }

    private static Ordo.Application.Identity.RegisterCustomer.Command ApiTestRegistration(string email) =>
        new(email, "0912 345 678", "Nguyễn Văn Chủ", ApiTest.Password);

    private static async Task<bool> ShowsBannerAsync(OrdoApp app, string page)
    {
        using var response = await app.Anonymous.GetAsync(new Uri(page, UriKind.Relative));
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadAsStringAsync()).Contains("data-testid=\"demo-banner\"", StringComparison.Ordinal);
    }

    private static async Task<List<string?>> EmailsAsync(OrdoApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OrdoDbContext>().Users.Select(u => u.Email).ToListAsync();
    }

    private static async Task<(int Users, int Orders)> CountsAsync(OrdoApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrdoDbContext>();
        return (await db.Users.CountAsync(), await db.Orders.CountAsync());
    }

    public sealed class OnSqlite : DemoModeTests
    {
        protected override OrdoApp NewApp(bool demo, OrdoApp? sharesDatabaseWith = null) => new SqliteApp { Demo = demo, SharesDatabaseWith = sharesDatabaseWith };
    }

    public sealed class OnPostgres : DemoModeTests
    {
        protected override OrdoApp NewApp(bool demo, OrdoApp? sharesDatabaseWith = null) => new PostgresApp { Demo = demo, SharesDatabaseWith = sharesDatabaseWith };
    }
}
