using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Support;
using Ordo.Application.Identity;
using Ordo.Domain.Identity;
using Ordo.Web.Identity;

namespace Ordo.Api.Tests.Identity;

public abstract class StaffAdministrationTests(OrdoApp app) : ApiTest(app)
{
    [Fact]
    public async Task An_admin_creates_a_staff_member_who_signs_in_with_their_roles()
    {
        var admin = await AdminAsync();
        var command = NewStaff(Roles.CsStaff, Roles.OrderingStaff);

        var created = await (await admin.PostAsync("/api/staff", command)).ReadAsync<StaffDto>(HttpStatusCode.Created);

        Assert.Equal([Roles.CsStaff, Roles.OrderingStaff], created.Roles);
        Assert.Equal(Department.CustomerCare, created.Department);
        Assert.False(created.IsDisabled);
        var staff = await App.SignInAsync(command.Email!, command.Password!);
        var me = await staff.GetAsync<AuthEndpoints.MeResponse>("/api/me");
        Assert.Equal(created.Id, me.Id);
        Assert.Equal([Roles.CsStaff, Roles.OrderingStaff], me.Roles);
        Assert.Equal("CustomerCare", me.Department);
    }

    [Fact]
    public async Task Only_an_admin_may_create_staff()
    {
        var admin = await AdminAsync();
        var before = await admin.SnapshotAsync("/api/staff");
        var command = NewStaff(Roles.CsStaff);

        await (await (await CsManagerAsync()).PostAsync("/api/staff", command)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "staff.admin_only");
        await (await (await NewCustomerAsync()).PostAsync("/api/staff", command)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "staff.admin_only");

        await admin.ShouldStillSeeAsync(before);
    }

    [Theory]
    [InlineData("Wizard")]
    [InlineData(Roles.Customer)]
    [InlineData("csstaff")]
    public async Task A_role_that_is_not_a_staff_role_is_refused_and_creates_nobody(string role)
    {
        var admin = await AdminAsync();
        var before = await admin.SnapshotAsync("/api/staff");

        var response = await admin.PostAsync("/api/staff", NewStaff(Roles.CsStaff, role));

        await response.ShouldBeInvalidAsync("roles");
        await admin.ShouldStillSeeAsync(before);
    }

    [Fact]
    public async Task A_staff_member_without_roles_is_refused()
    {
        var admin = await AdminAsync();
        var before = await admin.SnapshotAsync("/api/staff");

        var response = await admin.PostAsync("/api/staff", NewStaff());

        await response.ShouldBeInvalidAsync("roles");
        await admin.ShouldStillSeeAsync(before);
    }

    [Fact]
    public async Task A_disabled_staff_members_token_stops_working_at_once()
    {
        var admin = await AdminAsync();
        var command = NewStaff(Roles.CsStaff);
        var created = await (await admin.PostAsync("/api/staff", command)).ReadAsync<StaffDto>(HttpStatusCode.Created);
        var token = await App.IssueTokenAsync(command.Email!, command.Password!);
        await (await MeAsync(token.AccessToken)).ShouldHaveStatusAsync(HttpStatusCode.OK);

        var disabled = await (await admin.PutAsync($"/api/staff/{created.Id}", new StaffAdministration.UpdateCommand(null, null, null, null, IsDisabled: true)))
            .ReadAsync<StaffDto>();

        Assert.True(disabled.IsDisabled);
        await (await MeAsync(token.AccessToken)).ShouldHaveStatusAsync(HttpStatusCode.Unauthorized);
        var signIn = await Anonymous.PostAsJsonAsync("/api/auth/token", new { email = command.Email, password = command.Password });
        await signIn.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "invalid_credentials");
    }

    [Fact]
    public async Task Renaming_a_staff_member_keeps_their_sessions_and_changing_their_roles_ends_them()
    {
        var admin = await AdminAsync();
        var command = NewStaff(Roles.CsStaff);
        var created = await (await admin.PostAsync("/api/staff", command)).ReadAsync<StaffDto>(HttpStatusCode.Created);
        var token = await App.IssueTokenAsync(command.Email!, command.Password!);

        await (await admin.PutAsync($"/api/staff/{created.Id}", new StaffAdministration.UpdateCommand("Hoàng Minh Đổi Tên", "0987 000 111", null, null, null)))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await admin.PutAsync($"/api/staff/{created.Id}", new StaffAdministration.UpdateCommand(null, null, [Roles.CsStaff], null, false)))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await MeAsync(token.AccessToken)).ShouldHaveStatusAsync(HttpStatusCode.OK);

        await (await admin.PutAsync($"/api/staff/{created.Id}", new StaffAdministration.UpdateCommand(null, null, [Roles.OrderingStaff], null, null)))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await MeAsync(token.AccessToken)).ShouldHaveStatusAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Customers_may_not_list_assignable_staff()
    {
        var customer = await NewCustomerAsync();

        var response = await customer.GetAsync("/api/staff/assignable");

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    private async Task<HttpResponseMessage> MeAsync(string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/me") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };
        return await Anonymous.SendAsync(request);
    }

    private static StaffAdministration.CreateCommand NewStaff(params string[] roles) => new(
        $"staff-{Guid.NewGuid():N}@ordo.test", "Hoàng Minh Staff", "0987 654 321", Password, roles, Department.CustomerCare);

    public sealed class OnSqlite(SqliteApp app) : StaffAdministrationTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : StaffAdministrationTests(app), IClassFixture<PostgresApp>;
}
