using System.Net;
using System.Net.Http.Json;
using Ordo.Api.Tests.Hosting;
using Ordo.Application.Identity;

namespace Ordo.Api.Tests.Support;

/// <summary>
/// Base of every API test class. Each feature's tests are written once, in an abstract class, and run
/// on both databases by its two nested classes <c>OnSqlite</c> and <c>OnPostgres</c>.
/// </summary>
public abstract class ApiTest(OrdoApp app)
{
    public const string Password = "Passw0rd!";

    protected OrdoApp App { get; } = app;

    protected HttpClient Anonymous => App.Anonymous;

    protected Task<ApiUser> CsManagerAsync() => App.DemoUserAsync("cs.manager@ordo.test");

    protected Task<ApiUser> CsStaffAsync() => App.DemoUserAsync("cs@ordo.test");

    protected Task<ApiUser> BuyerAsync() => App.DemoUserAsync("buyer@ordo.test");

    protected Task<ApiUser> AdminAsync() => App.DemoUserAsync("admin@ordo.test");

    /// <summary>A customer of this test alone, so tests never see each other's carts and orders.</summary>
    protected async Task<ApiUser> NewCustomerAsync(string? fullName = null)
    {
        var registration = NewRegistration(fullName);
        var response = await Anonymous.PostAsJsonAsync("/api/auth/register", registration, ApiJson.Options);
        var registered = await response.ReadAsync<RegisterCustomer.Result>(HttpStatusCode.Created);
        var customer = await App.SignInAsync(registration.Email!, registration.Password!);
        Assert.Equal(registered.Id, customer.Id);
        return customer;
    }

    /// <summary>A customer of this test alone, with the customer code (<c>KH000123</c>) a bank transfer's message carries.</summary>
    protected async Task<(ApiUser Customer, string Code)> NewCustomerWithCodeAsync()
    {
        var registration = NewRegistration();
        var registered = await (await Anonymous.PostAsJsonAsync("/api/auth/register", registration, ApiJson.Options)).ReadAsync<RegisterCustomer.Result>(HttpStatusCode.Created);
        Assert.Matches(@"^KH\d{6}$", registered.CustomerCode);
        return (await App.SignInAsync(registration.Email!, registration.Password!), registered.CustomerCode);
    }

    protected static RegisterCustomer.Command NewRegistration(string? fullName = null) => new(
        Email: $"customer-{Guid.NewGuid():N}@example.com",
        Phone: "0912 345 678",
        FullName: fullName ?? "Nguyễn Văn Test",
        Password: Password);

    /// <summary>The id of the demo customer-care staff member, as the assignable-staff list shows it.</summary>
    protected async Task<Guid> CsStaffIdAsync()
    {
        var manager = await CsManagerAsync();
        var staff = await manager.GetAsync<IReadOnlyList<StaffRefDtoWithRoles>>("/api/staff/assignable");
        return staff.Single(s => s.Email == "cs@ordo.test").Id;
    }
}
