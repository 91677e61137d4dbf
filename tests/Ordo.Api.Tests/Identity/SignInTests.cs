using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Support;
using Ordo.Application.Identity;
using Ordo.Domain.Identity;
using Ordo.Web.Identity;

namespace Ordo.Api.Tests.Identity;

public abstract class SignInTests(OrdoApp app) : ApiTest(app)
{
    [Fact]
    public async Task A_new_customer_registers_gets_a_token_and_sees_who_they_are()
    {
        var registration = NewRegistration("Trần Thị Mai");

        var registered = await Anonymous.PostAsJsonAsync("/api/auth/register", registration, ApiJson.Options);
        await registered.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var token = await App.IssueTokenAsync(registration.Email!, registration.Password!);
        using var me = new HttpRequestMessage(HttpMethod.Get, "/api/me") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken) } };
        var profile = await (await Anonymous.SendAsync(me)).ReadAsync<AuthEndpoints.MeResponse>();

        Assert.Equal(registration.Email, profile.Email);
        Assert.Equal("Trần Thị Mai", profile.FullName);
        Assert.Equal("0912 345 678", profile.Phone);
        Assert.Equal(["Customer"], profile.Roles);
        Assert.True(token.ExpiresAt > App.Clock.GetUtcNow());
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_problem()
    {
        var customer = await NewCustomerAsync();

        var response = await RequestTokenAsync(customer.Email, "Wrong-passw0rd");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid_credentials");
        Assert.DoesNotContain("Wrong-passw0rd", problem.Detail ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_email_a_disabled_account_and_a_wrong_password_hear_the_same_answer()
    {
        var customer = await NewCustomerAsync();
        var admin = await AdminAsync();
        var staff = new StaffAdministration.CreateCommand($"staff-{Guid.NewGuid():N}@ordo.test", "Lê Văn Nghỉ", "0987 654 321", Password, [Roles.CsStaff], Department.CustomerCare);
        var created = await (await admin.PostAsync("/api/staff", staff)).ReadAsync<StaffDto>(HttpStatusCode.Created);
        await (await admin.PutAsync($"/api/staff/{created.Id}", new StaffAdministration.UpdateCommand(null, null, null, null, IsDisabled: true))).ShouldHaveStatusAsync(HttpStatusCode.OK);

        var answers = new[]
        {
            await RequestTokenAsync($"nobody-{Guid.NewGuid():N}@example.com", Password),
            await RequestTokenAsync(staff.Email!, Password),
            await RequestTokenAsync(customer.Email, "Wrong-passw0rd"),
        };

        var problems = new List<Problem>();
        foreach (var answer in answers)
        {
            problems.Add(await answer.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid_credentials"));
        }

        Assert.Single(problems.Distinct());
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var customer = await NewCustomerAsync();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await (await RequestTokenAsync(customer.Email, "Wrong-passw0rd")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid_credentials");
        }

        await (await RequestTokenAsync(customer.Email, "Wrong-passw0rd")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "locked_out");
        await (await RequestTokenAsync(customer.Email, Password)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "locked_out");
    }

    [Fact]
    public async Task A_token_request_without_email_and_password_names_both_fields()
    {
        var response = await Anonymous.PostAsJsonAsync("/api/auth/token", new { email = " " });

        var problem = await response.ShouldBeInvalidAsync("email");
        problem.ShouldNameField("password");
    }

    [Theory]
    [InlineData("GET", "/api/me")]
    [InlineData("GET", "/api/orders")]
    [InlineData("GET", "/api/cart/lines")]
    [InlineData("POST", "/api/cart/submit")]
    [InlineData("GET", "/api/staff")]
    public async Task The_API_refuses_a_request_without_a_token(string method, string url)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);

        var response = await Anonymous.SendAsync(request);

        await response.ShouldHaveStatusAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_API_refuses_a_forged_token()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/me") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", "not-a-real-token") } };

        var response = await Anonymous.SendAsync(request);

        await response.ShouldHaveStatusAsync(HttpStatusCode.Unauthorized);
    }

    private Task<HttpResponseMessage> RequestTokenAsync(string email, string password) =>
        Anonymous.PostAsJsonAsync("/api/auth/token", new { email, password });

    public sealed class OnSqlite(SqliteApp app) : SignInTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : SignInTests(app), IClassFixture<PostgresApp>;
}
