using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Support;
using Ordo.Application.Data;

namespace Ordo.Api.Tests.Identity;

/// <summary>
/// Requests do not read the account each time: its state is remembered a few seconds. A change made here still
/// ends sessions at once; a change made by another instance (here: straight in the database) within those seconds.
/// </summary>
public abstract class AccountStateCacheTests(OrdoApp app) : ApiTest(app)
{
    [Fact]
    public async Task Disabling_an_account_here_ends_its_sessions_at_once_even_just_after_it_was_checked()
    {
        var customer = await NewCustomerAsync();
        var session = await App.WithTokenOfAsync(customer.Email, Password);
        await (await session.GetAsync("/api/me")).ShouldHaveStatusAsync(HttpStatusCode.OK);

        await (await (await AdminAsync()).PostAsync($"/api/customers/{customer.Id}/disable")).ShouldHaveStatusAsync(HttpStatusCode.OK);

        await (await session.GetAsync("/api/me")).ShouldHaveStatusAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Signing_out_here_ends_the_token_at_once_even_just_after_it_was_checked()
    {
        var customer = await NewCustomerAsync();
        var other = await App.WithTokenOfAsync(customer.Email, Password);
        await (await other.GetAsync("/api/me")).ShouldHaveStatusAsync(HttpStatusCode.OK);

        await (await customer.PostAsync("/api/auth/signout")).ShouldHaveStatusAsync(HttpStatusCode.NoContent);

        await (await other.GetAsync("/api/me")).ShouldHaveStatusAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_change_made_elsewhere_ends_the_session_once_the_remembered_state_expires()
    {
        var customer = await NewCustomerAsync();
        var session = await App.WithTokenOfAsync(customer.Email, Password);
        await (await session.GetAsync("/api/me")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await using (var scope = App.Services.CreateAsyncScope())
        {
            // Another instance disables the account: this instance's save pipeline never hears of it.
            var db = scope.ServiceProvider.GetRequiredService<OrdoDbContext>();
            Assert.Equal(1, await db.Users.Where(u => u.Id == customer.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.IsDisabled, true)));
        }

        App.Clock.Advance(TimeSpan.FromSeconds(6));

        await (await session.GetAsync("/api/me")).ShouldHaveStatusAsync(HttpStatusCode.Unauthorized);
    }

    public sealed class OnSqlite(SqliteApp app) : AccountStateCacheTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : AccountStateCacheTests(app), IClassFixture<PostgresApp>;
}
