using System.Net;
using System.Net.Http.Json;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Support;
using Ordo.Web.Identity;

namespace Ordo.Api.Tests.Identity;

public abstract class RegistrationTests(OrdoApp app) : ApiTest(app)
{
    [Fact]
    public async Task Registering_an_email_twice_is_refused_and_keeps_the_first_account()
    {
        var customer = await NewCustomerAsync("Lê Văn Đầu");
        var before = await customer.SnapshotAsync("/api/me");

        var response = await RegisterAsync(NewRegistration("Kẻ Mạo Danh") with { Email = customer.Email, Password = "Another-Passw0rd" });

        var reasons = (await response.ShouldBeInvalidAsync("email")).ShouldNameField("email");
        Assert.Equal(["is already registered"], reasons);
        await customer.ShouldStillSeeAsync(before);
        await (await RequestTokenAsync(customer.Email, "Another-Passw0rd")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid_credentials");
    }

    [Theory]
    [InlineData("password", "short")]
    [InlineData("password", "alllowercase1")]
    [InlineData("email", "not-an-email")]
    [InlineData("phone", "call me")]
    [InlineData("phone", "")]
    [InlineData("fullName", " ")]
    public async Task An_invalid_registration_names_the_field_and_opens_no_account(string field, string value)
    {
        var registration = NewRegistration();
        var invalid = field switch
        {
            "password" => registration with { Password = value },
            "email" => registration with { Email = value },
            "phone" => registration with { Phone = value },
            _ => registration with { FullName = value },
        };

        var response = await RegisterAsync(invalid);

        await response.ShouldBeInvalidAsync(field);
        await (await RequestTokenAsync(invalid.Email!, invalid.Password!)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid_credentials");
    }

    [Fact]
    public async Task A_registration_answers_with_the_new_account()
    {
        var registration = NewRegistration("Phạm Thu Trang");

        var response = await RegisterAsync(registration);

        var created = await response.ReadAsync<Application.Identity.RegisterCustomer.Result>(HttpStatusCode.Created);
        Assert.Equal(registration.Email, created.Email);
        Assert.Equal("Phạm Thu Trang", created.FullName);
        Assert.Equal("/api/me", response.Headers.Location?.OriginalString);
        var customer = await App.SignInAsync(registration.Email!, registration.Password!);
        Assert.Equal(created.Id, (await customer.GetAsync<AuthEndpoints.MeResponse>("/api/me")).Id);
    }

    private Task<HttpResponseMessage> RegisterAsync(Application.Identity.RegisterCustomer.Command registration) =>
        Anonymous.PostAsJsonAsync("/api/auth/register", registration, ApiJson.Options);

    private Task<HttpResponseMessage> RequestTokenAsync(string email, string password) =>
        Anonymous.PostAsJsonAsync("/api/auth/token", new { email, password });

    public sealed class OnSqlite(SqliteApp app) : RegistrationTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : RegistrationTests(app), IClassFixture<PostgresApp>;
}
