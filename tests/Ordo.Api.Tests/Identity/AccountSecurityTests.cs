using System.Net;
using System.Net.Http.Json;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Support;
using Ordo.Application.Customers;
using Ordo.Application.Identity;
using Ordo.Domain.Identity;
using Ordo.Web.Identity;

namespace Ordo.Api.Tests.Identity;

public abstract class AccountSecurityTests(OrdoApp app) : ApiTest(app)
{
    private const string NewPassword = "N3w-passw0rd";

    [Fact]
    public async Task A_customer_changes_their_password_and_signs_in_with_the_new_one_only()
    {
        var customer = await NewCustomerAsync();
        var session = await App.WithTokenOfAsync(customer.Email, Password);
        var otherSession = await App.WithTokenOfAsync(customer.Email, Password);

        var changed = await session.PostAsync("/api/me/password", new AccountSecurity.ChangePasswordCommand(Password, NewPassword));

        await changed.ShouldHaveStatusAsync(HttpStatusCode.NoContent);
        await (await session.GetAsync("/api/me")).ShouldHaveStatusAsync(HttpStatusCode.Unauthorized);
        await (await otherSession.GetAsync("/api/me")).ShouldHaveStatusAsync(HttpStatusCode.Unauthorized);
        await (await TokenRequestAsync(customer.Email, Password)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid_credentials");
        var renewed = await App.WithTokenOfAsync(customer.Email, NewPassword);
        await (await renewed.GetAsync("/api/orders")).ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_wrong_current_password_is_a_field_error_and_changes_nothing()
    {
        var customer = await NewCustomerAsync();
        var session = await App.WithTokenOfAsync(customer.Email, Password);

        var response = await session.PostAsync("/api/me/password", new AccountSecurity.ChangePasswordCommand("Wr0ng-password", NewPassword));

        var problem = await response.ShouldBeInvalidAsync("currentPassword");
        Assert.Equal(["is wrong"], problem.ShouldNameField("currentPassword"));
        await (await session.GetAsync("/api/me")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await TokenRequestAsync(customer.Email, NewPassword)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid_credentials");
    }

    [Fact]
    public async Task A_new_password_breaking_the_rules_or_missing_fields_are_named()
    {
        var customer = await NewCustomerAsync();

        var weak = await customer.PostAsync("/api/me/password", new AccountSecurity.ChangePasswordCommand(Password, "short"));
        var empty = await customer.PostAsync("/api/me/password", new AccountSecurity.ChangePasswordCommand(null, null));
        var same = await customer.PostAsync("/api/me/password", new AccountSecurity.ChangePasswordCommand(Password, Password));

        await weak.ShouldBeInvalidAsync("newPassword");
        (await empty.ShouldBeInvalidAsync("currentPassword")).ShouldNameField("newPassword");
        await same.ShouldBeInvalidAsync("newPassword");
        await (await TokenRequestAsync(customer.Email, Password)).ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Signing_out_ends_this_token_and_every_other_token_of_the_account()
    {
        var customer = await NewCustomerAsync();
        var session = await App.WithTokenOfAsync(customer.Email, Password);
        var otherSession = await App.WithTokenOfAsync(customer.Email, Password);
        await (await otherSession.GetAsync("/api/me")).ShouldHaveStatusAsync(HttpStatusCode.OK);

        await (await session.PostAsync("/api/auth/signout")).ShouldHaveStatusAsync(HttpStatusCode.NoContent);

        await (await session.GetAsync("/api/me")).ShouldHaveStatusAsync(HttpStatusCode.Unauthorized);
        await (await otherSession.GetAsync("/api/orders")).ShouldHaveStatusAsync(HttpStatusCode.Unauthorized);
        var again = await App.WithTokenOfAsync(customer.Email, Password);
        await (await again.GetAsync("/api/me")).ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task After_an_admin_reset_the_account_must_choose_a_new_password_before_anything_else()
    {
        var admin = await AdminAsync();
        var customer = await NewCustomerAsync();
        var oldSession = await App.WithTokenOfAsync(customer.Email, Password);
        const string temporary = "Temp0rary-pass";

        var reset = await (await admin.PostAsync($"/api/accounts/{customer.Id}/password-reset", new AccountSecurity.ResetPasswordCommand(temporary)))
            .ReadAsync<AccountSecurity.ResetPasswordResult>();

        Assert.True(reset.MustChangePassword);
        Assert.Null(reset.GeneratedPassword);
        await (await oldSession.GetAsync("/api/me")).ShouldHaveStatusAsync(HttpStatusCode.Unauthorized);
        await (await TokenRequestAsync(customer.Email, Password)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid_credentials");
        var session = await App.WithTokenOfAsync(customer.Email, temporary);
        var me = await session.GetAsync<AuthEndpoints.MeResponse>("/api/me");
        Assert.True(me.MustChangePassword);
        var refused = await session.GetAsync("/api/orders");
        await refused.ShouldBeProblemAsync(HttpStatusCode.Forbidden, PasswordChangeGate.Code);
        await (await session.PostAsync("/api/cart/lines", new { })).ShouldBeProblemAsync(HttpStatusCode.Forbidden, PasswordChangeGate.Code);

        await (await session.PostAsync("/api/me/password", new AccountSecurity.ChangePasswordCommand(temporary, NewPassword))).ShouldHaveStatusAsync(HttpStatusCode.NoContent);

        var renewed = await App.WithTokenOfAsync(customer.Email, NewPassword);
        Assert.False((await renewed.GetAsync<AuthEndpoints.MeResponse>("/api/me")).MustChangePassword);
        await (await renewed.GetAsync("/api/orders")).ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_admin_reset_without_a_password_generates_one_that_signs_in()
    {
        var admin = await AdminAsync();
        var staff = await (await admin.PostAsync("/api/staff", new StaffAdministration.CreateCommand(
            $"staff-{Guid.NewGuid():N}@ordo.test", "Lê Văn Reset", null, Password, [Roles.CsStaff], Department.CustomerCare))).ReadAsync<StaffDto>(HttpStatusCode.Created);

        var reset = await (await admin.PostAsync($"/api/accounts/{staff.Id}/password-reset")).ReadAsync<AccountSecurity.ResetPasswordResult>();

        Assert.NotNull(reset.GeneratedPassword);
        var session = await App.WithTokenOfAsync(staff.Email, reset.GeneratedPassword);
        Assert.True((await session.GetAsync<AuthEndpoints.MeResponse>("/api/me")).MustChangePassword);
        await (await session.GetAsync("/api/staff/assignable")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, PasswordChangeGate.Code);
    }

    [Fact]
    public async Task Only_an_admin_resets_a_password_and_a_weak_temporary_one_is_refused()
    {
        var admin = await AdminAsync();
        var customer = await NewCustomerAsync();

        await (await (await CsManagerAsync()).PostAsync($"/api/accounts/{customer.Id}/password-reset")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, AccountSecurity.AdminOnly);
        await (await customer.PostAsync($"/api/accounts/{customer.Id}/password-reset")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, AccountSecurity.AdminOnly);
        await (await admin.PostAsync($"/api/accounts/{customer.Id}/password-reset", new AccountSecurity.ResetPasswordCommand("weak"))).ShouldBeInvalidAsync("temporaryPassword");
        await (await admin.PostAsync($"/api/accounts/{Guid.NewGuid()}/password-reset")).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        await (await TokenRequestAsync(customer.Email, Password)).ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_admin_disables_a_customer_whose_sessions_end_and_who_cannot_sign_in_until_enabled()
    {
        var admin = await AdminAsync();
        var customer = await NewCustomerAsync();
        var session = await App.WithTokenOfAsync(customer.Email, Password);

        var disabled = await (await admin.PostAsync($"/api/customers/{customer.Id}/disable")).ReadAsync<CustomerDirectory.CustomerDto>();

        Assert.False(disabled.IsActive);
        await (await session.GetAsync("/api/me")).ShouldHaveStatusAsync(HttpStatusCode.Unauthorized);
        await (await TokenRequestAsync(customer.Email, Password)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid_credentials");

        var enabled = await (await admin.PostAsync($"/api/customers/{customer.Id}/enable")).ReadAsync<CustomerDirectory.CustomerDto>();

        Assert.True(enabled.IsActive);
        await (await TokenRequestAsync(customer.Email, Password)).ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Only_an_admin_disables_a_customer_and_the_customer_route_does_not_reach_staff()
    {
        var admin = await AdminAsync();
        var customer = await NewCustomerAsync();
        var manager = await CsManagerAsync();

        await (await manager.PostAsync($"/api/customers/{customer.Id}/disable")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, AccountSecurity.AdminOnly);
        await (await customer.PostAsync($"/api/customers/{customer.Id}/disable")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, AccountSecurity.AdminOnly);
        await (await admin.PostAsync($"/api/customers/{manager.Id}/disable")).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        await (await TokenRequestAsync(customer.Email, Password)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await manager.GetAsync("/api/me")).ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    private Task<HttpResponseMessage> TokenRequestAsync(string email, string password) =>
        Anonymous.PostAsJsonAsync("/api/auth/token", new { email, password });

    public sealed class OnSqlite(SqliteApp app) : AccountSecurityTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : AccountSecurityTests(app), IClassFixture<PostgresApp>;
}
