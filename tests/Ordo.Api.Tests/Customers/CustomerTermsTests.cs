using System.Net;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Support;
using Ordo.Application.Money;

namespace Ordo.Api.Tests.Customers;

/// <summary>An admin changes a customer's terms; the directory shows them and the history keeps who changed what, when.</summary>
public abstract class CustomerTermsTests(OrdoApp app) : ApiTest(app)
{
    [Fact]
    public async Task Changed_terms_show_in_the_directory()
    {
        var admin = await AdminAsync();
        var customer = await NewCustomerAsync();
        var tier = await admin.CreateTierAsync(CustomerApi.Unique("Vàng"));
        var group = await admin.CreateGroupAsync(CustomerApi.Unique("Buôn"));

        var response = await admin.TrySetTermsAsync(customer.Id, new MoneyAdministration.CustomerTermsCommand(tier.Id, 1.5m, group.Id));
        var terms = await response.ReadAsync<MoneyAdministration.CustomerTermsDto>();
        var row = await (await CsManagerAsync()).CustomerAsync(customer.Id);

        Assert.Equal((tier.Id, 1.5m, group.Id, 1), (terms.LoyaltyTierId!.Value, terms.ServiceFeePercent!.Value, terms.CustomerGroupId!.Value, terms.TermsVersion));
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        Assert.Equal(new(tier.Id, tier.Name), row.LoyaltyTier);
        Assert.Equal(new(group.Id, group.Name), row.Group);
        Assert.Equal(1.5m, row.ServiceFeePercent);
        Assert.Equal(1, row.TermsVersion);
        Assert.Contains((await admin.SearchCustomersAsync($"q={row.Code}")).Items, c => c == row);
    }

    [Fact]
    public async Task Every_change_of_terms_is_kept_with_who_made_it_when_and_what_it_was_before()
    {
        var admin = await AdminAsync();
        var customer = await NewCustomerAsync();
        var tier = await admin.CreateTierAsync(CustomerApi.Unique("Kim cương"));
        var group = await admin.CreateGroupAsync(CustomerApi.Unique("Đại lý"));
        var start = App.Clock.GetUtcNow();

        await admin.SetTermsAsync(customer.Id, loyaltyTierId: tier.Id);
        await admin.SetTermsAsync(customer.Id, loyaltyTierId: tier.Id, serviceFeePercent: 2.25m, customerGroupId: group.Id);
        await admin.SetTermsAsync(customer.Id, loyaltyTierId: tier.Id, serviceFeePercent: 2.25m, customerGroupId: group.Id);
        var history = await (await App.DemoUserAsync("accountant@ordo.test")).TermsHistoryAsync(customer.Id);

        Assert.Equal([2, 1], history.Select(h => h.Version));
        var (latest, first) = (history[0], history[1]);
        Assert.All(history, h => Assert.Equal("Quản trị viên", h.ChangedBy));
        Assert.InRange(first.ChangedAt, start, latest.ChangedAt);
        Assert.InRange(latest.ChangedAt, first.ChangedAt, App.Clock.GetUtcNow());
        Assert.Equal((null, tier.Name, null, null, null, null), (first.PreviousLoyaltyTier?.Name, first.LoyaltyTier?.Name, first.PreviousServiceFeePercent, first.ServiceFeePercent, first.PreviousGroup, first.Group));
        Assert.Equal((tier.Name, tier.Name, null, 2.25m, null, group.Name), (latest.PreviousLoyaltyTier?.Name, latest.LoyaltyTier?.Name, latest.PreviousServiceFeePercent, latest.ServiceFeePercent, latest.PreviousGroup?.Name, latest.Group?.Name));
        Assert.Equal(2, (await admin.CustomerAsync(customer.Id)).TermsVersion);
    }

    [Theory]
    [InlineData("120")]
    [InlineData("-1")]
    [InlineData("1.255")]
    public async Task A_service_fee_percent_outside_0_to_100_or_with_more_than_two_decimals_is_refused_with_the_field(string percent)
    {
        var admin = await AdminAsync();
        var customer = await NewCustomerAsync();
        var before = await admin.SnapshotAsync(CustomerApi.UrlOf(customer.Id));

        var response = await admin.TrySetTermsAsync(customer.Id, $$"""{"serviceFeePercent":{{percent}}}""");

        await response.ShouldBeInvalidAsync("serviceFeePercent");
        await admin.ShouldStillSeeAsync(before);
        Assert.Empty(await admin.TermsHistoryAsync(customer.Id));
    }

    [Fact]
    public async Task An_unknown_tier_or_group_is_refused_with_its_field()
    {
        var admin = await AdminAsync();
        var customer = await NewCustomerAsync();
        var before = await admin.SnapshotAsync(CustomerApi.UrlOf(customer.Id));

        var response = await admin.TrySetTermsAsync(customer.Id, new MoneyAdministration.CustomerTermsCommand(Guid.NewGuid(), 3m, Guid.NewGuid()));

        var problem = await response.ShouldBeInvalidAsync("loyaltyTierId");
        problem.ShouldNameField("customerGroupId");
        await admin.ShouldStillSeeAsync(before);
    }

    [Fact]
    public async Task Only_an_administrator_changes_terms()
    {
        var admin = await AdminAsync();
        var customer = await NewCustomerAsync();
        var before = await admin.SnapshotAsync(CustomerApi.UrlOf(customer.Id));

        foreach (var user in new[] { customer, await CsManagerAsync(), await App.DemoUserAsync("accountant@ordo.test") })
        {
            var response = await user.TrySetTermsAsync(customer.Id, new MoneyAdministration.CustomerTermsCommand(null, 0m));
            await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        }

        await admin.ShouldStillSeeAsync(before);
        Assert.Empty(await admin.TermsHistoryAsync(customer.Id));
    }

    [Fact]
    public async Task An_edit_based_on_stale_terms_is_refused_and_changes_nothing()
    {
        var admin = await AdminAsync();
        var customer = await NewCustomerAsync();
        var read = await admin.GetAsync(CustomerApi.UrlOf(customer.Id));
        var etag = read.Headers.ETag?.Tag;
        Assert.Equal("\"0\"", etag);
        var changed = await admin.TrySetTermsAsync(customer.Id, new MoneyAdministration.CustomerTermsCommand(null, 4m), etag);
        Assert.Equal("\"1\"", changed.Headers.ETag?.Tag);
        var after = await admin.SnapshotAsync(CustomerApi.UrlOf(customer.Id));

        var stale = await admin.TrySetTermsAsync(customer.Id, new MoneyAdministration.CustomerTermsCommand(null, 9m), etag);

        await stale.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed, "stale_version");
        await admin.ShouldStillSeeAsync(after);
        Assert.Equal(4m, Assert.Single(await admin.TermsHistoryAsync(customer.Id)).ServiceFeePercent);
    }

    [Fact]
    public async Task A_group_shows_its_own_rate_and_the_rate_history_names_the_group()
    {
        var admin = await AdminAsync();
        var group = await admin.CreateGroupAsync(CustomerApi.Unique("Tỷ giá"));
        Assert.Null(group.VndPerCny);

        var response = await admin.PostAsync("/api/settings/exchange-rates", new MoneySettings.SetRateCommand(3_590m, null, group.Id));
        var set = await response.ReadAsync<MoneySettings.ExchangeRateDto>(HttpStatusCode.Created);
        var history = await admin.GetAsync<IReadOnlyList<MoneySettings.ExchangeRateDto>>("/api/settings/exchange-rates");

        Assert.Equal(group.Name, set.CustomerGroupName);
        Assert.Equal(3_590m, (await admin.GroupsAsync()).Single(g => g.Id == group.Id).VndPerCny);
        Assert.Equal(group.Name, history.Single(r => r.Id == set.Id).CustomerGroupName);
        Assert.Contains(history, r => r.CustomerGroupId is null && r.CustomerGroupName is null);
    }

    public sealed class OnSqlite(SqliteApp app) : CustomerTermsTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : CustomerTermsTests(app), IClassFixture<PostgresApp>;
}
