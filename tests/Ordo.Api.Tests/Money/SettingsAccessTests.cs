using System.Net;
using Ordo.Api.Tests.Customers;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Support;
using Ordo.Application.Money;
using Ordo.Domain.Money;

namespace Ordo.Api.Tests.Money;

public abstract class SettingsAccessTests(OrdoApp app) : ApiTest(app)
{
    private static readonly string[] Reads = ["/api/settings/exchange-rates", "/api/settings/fees", "/api/settings/loyalty-tiers", "/api/settings/customer-groups"];

    public static TheoryData<string> SettingsReads => new(Reads);

    [Theory]
    [MemberData(nameof(SettingsReads))]
    public async Task A_customer_reads_none_of_the_settings(string url)
    {
        var customer = await NewCustomerAsync();

        var response = await customer.GetAsync(url);

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, MoneyErrors.RoleNotAllowed);
    }

    [Fact]
    public async Task A_customer_sees_their_own_tier_fee_group_and_rate_and_no_other_groups_rate()
    {
        var admin = await AdminAsync();
        var theirs = await admin.CreateGroupAsync(CustomerApi.Unique("Sỉ"));
        var other = await admin.CreateGroupAsync(CustomerApi.Unique("Khác"));
        await (await admin.PostAsync("/api/settings/exchange-rates", new MoneySettings.SetRateCommand(3_590m, null, theirs.Id))).ShouldHaveStatusAsync(HttpStatusCode.Created);
        await (await admin.PostAsync("/api/settings/exchange-rates", new MoneySettings.SetRateCommand(3_512m, null, other.Id))).ShouldHaveStatusAsync(HttpStatusCode.Created);
        var tier = await admin.CreateTierAsync(CustomerApi.Unique("Vàng"), discountPercent: 10m);
        var customer = await NewCustomerAsync();
        await admin.SetTermsAsync(customer.Id, tier.Id, 2.5m, theirs.Id);

        var response = await customer.GetAsync("/api/me/terms");
        var terms = await response.ReadAsync<CustomerOwnTerms.TermsDto>();

        Assert.Equal(new CustomerOwnTerms.TermsDto(tier.Name, 10m, null, 2.5m, theirs.Name, 3_590m), terms);
        var json = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(other.Name, json, StringComparison.Ordinal);
        Assert.DoesNotContain("3512", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_customer_without_agreed_terms_sees_the_general_rate()
    {
        var customer = await NewCustomerAsync();

        var terms = await customer.GetAsync<CustomerOwnTerms.TermsDto>("/api/me/terms");

        Assert.Equal(new CustomerOwnTerms.TermsDto(null, null, null, null, null, 3_650m), terms);
    }

    [Fact]
    public async Task Staff_who_search_customers_read_tiers_and_groups_but_only_the_admin_reads_rates_and_fees()
    {
        var manager = await CsManagerAsync();
        var buyer = await BuyerAsync();
        var admin = await AdminAsync();

        await (await manager.GetAsync("/api/settings/loyalty-tiers")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await manager.GetAsync("/api/settings/customer-groups")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await manager.GetAsync("/api/settings/exchange-rates")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, MoneyErrors.RoleNotAllowed);
        await (await manager.GetAsync("/api/settings/fees")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, MoneyErrors.RoleNotAllowed);
        await (await buyer.GetAsync("/api/settings/customer-groups")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, MoneyErrors.RoleNotAllowed);
        await (await manager.GetAsync("/api/me/terms")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, MoneyErrors.RoleNotAllowed);
        foreach (var url in Reads)
        {
            await (await admin.GetAsync(url)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        }
    }

    public sealed class OnSqlite(SqliteApp app) : SettingsAccessTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : SettingsAccessTests(app), IClassFixture<PostgresApp>;
}
