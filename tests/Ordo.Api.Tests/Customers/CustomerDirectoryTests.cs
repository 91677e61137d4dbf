using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Money;
using Ordo.Api.Tests.Support;
using Ordo.Application.Identity;

namespace Ordo.Api.Tests.Customers;

/// <summary>Staff find customers by code, name, e-mail or phone, filter them by group and tier, and page through them.</summary>
public abstract class CustomerDirectoryTests(OrdoApp app) : ApiTest(app)
{
    protected Task<ApiUser> AccountantAsync() => App.DemoUserAsync("accountant@ordo.test");

    /// <summary>A customer registered with a name and phone of this test alone (not signed in: the directory is what is tested).</summary>
    private async Task<RegisterCustomer.Result> RegisterAsync(string? fullName = null, string? phone = null)
    {
        var registration = NewRegistration(fullName ?? CustomerApi.Unique("Khách")) with
        {
            Phone = phone ?? "09" + Random.Shared.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture),
        };
        var response = await Anonymous.PostAsJsonAsync("/api/auth/register", registration, ApiJson.Options);
        return await response.ReadAsync<RegisterCustomer.Result>(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_customer_is_found_by_their_code_in_any_case()
    {
        var admin = await AdminAsync();
        var customer = await RegisterAsync();
        Assert.Matches("^KH[0-9]{6}$", customer.CustomerCode);

        foreach (var q in new[] { customer.CustomerCode, customer.CustomerCode.ToLowerInvariant() })
        {
            var found = await admin.SearchCustomersAsync($"q={q}");

            var row = Assert.Single(found.Items);
            Assert.Equal(customer.Id, row.Id);
            Assert.Equal(customer.CustomerCode, row.Code);
            Assert.Equal(customer.FullName, row.Name);
            Assert.Equal(customer.Email, row.Email);
            Assert.True(row.IsActive);
            Assert.Equal(0m, row.WalletBalanceVnd);
            Assert.Null(row.Group);
            Assert.Null(row.LoyaltyTier);
            Assert.Null(row.ServiceFeePercent);
        }
    }

    [Fact]
    public async Task A_customer_is_found_by_part_of_their_name_e_mail_or_phone()
    {
        var manager = await CsManagerAsync();
        var token = Guid.NewGuid().ToString("N")[..10];
        var digits = Random.Shared.Next(100_000, 999_999).ToString(CultureInfo.InvariantCulture);
        var customer = await RegisterAsync($"Trịnh Hoài {token}", $"0987 {digits[..3]} {digits[3..]}");

        foreach (var q in new[] { $"hoài {token}", token.ToUpperInvariant(), customer.Email[..20].ToUpperInvariant(), $"0987{digits}", $"0987.{digits[..3]}" })
        {
            var found = await manager.SearchCustomersAsync($"q={Uri.EscapeDataString(q)}&pageSize=100");

            Assert.Contains(found.Items, c => c.Id == customer.Id);
        }

        Assert.Empty((await manager.SearchCustomersAsync($"q=nobody-{token}")).Items);
    }

    [Fact]
    public async Task Customers_are_filtered_by_group_and_by_loyalty_tier()
    {
        var admin = await AdminAsync();
        var group = await admin.CreateGroupAsync(CustomerApi.Unique("Sỉ"));
        var tier = await admin.CreateTierAsync(CustomerApi.Unique("Bạc"));
        var wholesale = await RegisterAsync();
        var loyal = await RegisterAsync();
        var both = await RegisterAsync();
        await admin.SetTermsAsync(wholesale.Id, customerGroupId: group.Id);
        await admin.SetTermsAsync(loyal.Id, loyaltyTierId: tier.Id);
        await admin.SetTermsAsync(both.Id, loyaltyTierId: tier.Id, customerGroupId: group.Id);

        var inGroup = await admin.SearchCustomersAsync($"groupId={group.Id}");
        var inTier = await admin.SearchCustomersAsync($"loyaltyTierId={tier.Id}");
        var inBoth = await admin.SearchCustomersAsync($"groupId={group.Id}&loyaltyTierId={tier.Id}");

        Assert.Equal(new[] { wholesale.Id, both.Id }.Order(), inGroup.Items.Select(c => c.Id).Order());
        Assert.All(inGroup.Items, c => Assert.Equal(group.Name, c.Group!.Name));
        Assert.Equal(new[] { loyal.Id, both.Id }.Order(), inTier.Items.Select(c => c.Id).Order());
        Assert.All(inTier.Items, c => Assert.Equal(tier.Name, c.LoyaltyTier!.Name));
        Assert.Equal(both.Id, Assert.Single(inBoth.Items).Id);
        Assert.Equal(2, (await admin.GroupsAsync()).Single(g => g.Id == group.Id).Customers);
    }

    [Fact]
    public async Task The_directory_pages_through_the_matches_without_repeating_one()
    {
        var admin = await AdminAsync();
        var group = await admin.CreateGroupAsync(CustomerApi.Unique("Trang"));
        var customers = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var customer = await RegisterAsync();
            await admin.SetTermsAsync(customer.Id, customerGroupId: group.Id);
            customers.Add(customer.Id);
        }

        var first = await admin.SearchCustomersAsync($"groupId={group.Id}&sort=code&pageSize=2&page=1");
        var second = await admin.SearchCustomersAsync($"groupId={group.Id}&sort=code&pageSize=2&page=2");

        Assert.Equal((3, 2, 1), (first.Total, first.Items.Count, first.Page));
        Assert.Equal((3, 1, 2), (second.Total, second.Items.Count, second.Page));
        var codes = first.Items.Concat(second.Items).Select(c => c.Code!).ToList();
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
        Assert.Equal(customers.Order(), first.Items.Concat(second.Items).Select(c => c.Id).Order());
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=201", "pageSize")]
    [InlineData("sort=phone", "sort")]
    public async Task Paging_or_sorting_outside_the_rules_is_refused_with_the_field(string query, string field)
    {
        var admin = await AdminAsync();

        var response = await admin.GetAsync($"{CustomerApi.Directory}?{query}");

        await response.ShouldBeInvalidAsync(field);
    }

    [Fact]
    public async Task A_customer_or_other_staff_may_not_browse_customers_but_a_CS_manager_and_an_accountant_may()
    {
        var customer = await NewCustomerAsync();

        foreach (var user in new[] { customer, await BuyerAsync(), await CsStaffAsync() })
        {
            await (await user.GetAsync(CustomerApi.Directory)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "customers.role_not_allowed");
            await (await user.GetAsync(CustomerApi.UrlOf(customer.Id))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
            await (await user.GetAsync(CustomerApi.HistoryUrl(customer.Id))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        }

        foreach (var user in new[] { await CsManagerAsync(), await AccountantAsync(), await AdminAsync() })
        {
            Assert.Equal(customer.Id, (await user.CustomerAsync(customer.Id)).Id);
        }

        await (await Anonymous.GetAsync(CustomerApi.Directory)).ShouldHaveStatusAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_unknown_id_or_a_staff_members_id_is_not_found()
    {
        var admin = await AdminAsync();
        var buyer = await BuyerAsync();

        foreach (var id in new[] { Guid.NewGuid(), buyer.Id })
        {
            await (await admin.GetAsync(CustomerApi.UrlOf(id))).ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
            await (await admin.GetAsync(CustomerApi.HistoryUrl(id))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
            await (await admin.TrySetTermsAsync(id, new { serviceFeePercent = 2 })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        }
    }

    [Fact]
    public async Task The_wallet_balance_shows_what_was_topped_up()
    {
        var admin = await AdminAsync();
        var customer = await NewCustomerAsync();
        await customer.TopUpAsync(await AccountantAsync(), 750_000m);

        var row = await admin.CustomerAsync(customer.Id);
        var listed = Assert.Single((await admin.SearchCustomersAsync($"q={row.Code}")).Items);

        Assert.Equal(750_000m, row.WalletBalanceVnd);
        Assert.Equal(row, listed);
    }

    public sealed class OnSqlite(SqliteApp app) : CustomerDirectoryTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : CustomerDirectoryTests(app), IClassFixture<PostgresApp>;
}
