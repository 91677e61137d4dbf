using System.Net;
using Ordo.Api.Tests.Customers;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Money;
using Ordo.Api.Tests.Support;
using Ordo.Application.Customers;
using Ordo.Application.Money;

namespace Ordo.Api.Tests.Common;

/// <summary>What ordinary people send (a Vietnamese offset, a far page, two clicks at once) gets a clean answer, never a 500.</summary>
public abstract class OrdinaryInputTests(OrdoApp app) : ApiTest(app)
{
    [Fact]
    public async Task Instants_typed_with_the_Vietnamese_offset_are_kept_as_the_same_moment()
    {
        var admin = await AdminAsync();
        var now = App.Clock.GetUtcNow();
        var validFrom = now.AddDays(-1).ToOffset(TimeSpan.FromHours(7));
        var validTo = now.AddDays(30).ToOffset(TimeSpan.FromHours(7));
        var group = await admin.CreateGroupAsync(CustomerApi.Unique("Múi giờ"));

        var code = await (await admin.PostAsync("/api/settings/discount-codes", new MoneyAdministration.CodeCommand(
            $"VN{Guid.NewGuid():N}"[..12].ToUpperInvariant(), Domain.Money.DiscountKind.Percent, 5m, validFrom, validTo, null, null)))
            .ReadAsync<MoneyAdministration.CodeDto>(HttpStatusCode.Created);
        var rate = await (await admin.PostAsync("/api/settings/exchange-rates", new MoneySettings.SetRateCommand(3_601m, now.AddHours(-1).ToOffset(TimeSpan.FromHours(7)), group.Id)))
            .ReadAsync<MoneySettings.ExchangeRateDto>(HttpStatusCode.Created);

        Assert.Equal(validFrom, code.ValidFrom);
        Assert.Equal(validTo, code.ValidTo);
        Assert.Equal(now.AddHours(-1), rate.EffectiveFrom);
        Assert.Equal(3_601m, (await admin.GroupsAsync()).Single(g => g.Id == group.Id).VndPerCny);
    }

    [Fact]
    public async Task Period_filters_with_the_Vietnamese_offset_are_answered()
    {
        var customer = await NewCustomerAsync();
        var accountant = await App.DemoUserAsync("accountant@ordo.test");
        await customer.TopUpAsync(accountant, 100_000m);
        var from = Uri.EscapeDataString(App.Clock.GetUtcNow().AddDays(-1).ToOffset(TimeSpan.FromHours(7)).ToString("O"));
        var to = Uri.EscapeDataString(App.Clock.GetUtcNow().AddDays(1).ToOffset(TimeSpan.FromHours(7)).ToString("O"));

        var orders = await customer.GetAsync($"/api/orders?from={from}&to={to}");
        var statement = await customer.GetAsync<WalletQueries.Statement>($"{MoneyApi.Statement}?from={from}&to={to}");
        var book = await accountant.GetAsync($"/api/money-books/vn?from={from}&to={to}");

        await orders.ShouldHaveStatusAsync(HttpStatusCode.OK);
        await book.ShouldHaveStatusAsync(HttpStatusCode.OK);
        Assert.Equal(100_000m, Assert.Single(statement.Lines).AmountVnd);
    }

    [Theory]
    [InlineData("customer", "/api/orders?page=2147483647&pageSize=100")]
    [InlineData("customer", "/api/notifications?page=2147483647&pageSize=100")]
    [InlineData("customer", "/api/wallet/statement?page=2147483647&pageSize=1000")]
    [InlineData("customer", "/api/top-ups?page=2147483647&pageSize=200")]
    [InlineData("customer", "/api/withdrawals?page=2147483647&pageSize=200")]
    [InlineData("admin", "/api/customers?page=2147483647&pageSize=200")]
    public async Task A_page_too_far_to_skip_to_is_a_field_error(string who, string url)
    {
        var user = who == "admin" ? await AdminAsync() : await NewCustomerAsync();

        var response = await user.GetAsync(url);

        await response.ShouldBeInvalidAsync("page");
    }

    [Fact]
    public async Task Simultaneous_first_top_ups_of_a_new_customer_all_reach_the_wallet()
    {
        const int TopUps = 8;
        var customer = await NewCustomerAsync();
        var accountant = await App.DemoUserAsync("accountant@ordo.test");
        var requested = new List<Application.Money.TopUpDto>();
        for (var i = 1; i <= TopUps; i++)
        {
            requested.Add(await customer.RequestTopUpAsync(i * 10_000m));
        }

        var responses = await Task.WhenAll(requested.Select(t => accountant.TryConfirmTopUpAsync(t.Id, t.AmountVnd)));

        foreach (var response in responses)
        {
            await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        }

        Assert.Equal(requested.Sum(t => t.AmountVnd), await customer.BalanceAsync());
        await accountant.BooksShouldBalanceAsync();
    }

    [Fact]
    public async Task Admins_saving_the_same_customers_terms_at_once_hear_a_conflict_never_a_500()
    {
        const int Admins = 8;
        var admin = await AdminAsync();
        var customer = await NewCustomerAsync();

        var responses = await Task.WhenAll(Enumerable.Range(1, Admins).Select(i =>
            admin.TrySetTermsAsync(customer.Id, new MoneyAdministration.CustomerTermsCommand(null, i, null))));

        var saved = responses.Count(r => r.StatusCode == HttpStatusCode.OK);
        Assert.InRange(saved, 1, Admins);
        foreach (var response in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "concurrency");
        }

        var history = await admin.TermsHistoryAsync(customer.Id);
        Assert.Equal(history.Count, history.Select(h => h.Version).Distinct().Count());
        var now = await admin.GetAsync<CustomerDirectory.CustomerDto>($"/api/customers/{customer.Id}");
        Assert.Equal(history.Max(h => h.Version), now.TermsVersion);
    }

    public sealed class OnSqlite(SqliteApp app) : OrdinaryInputTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : OrdinaryInputTests(app), IClassFixture<PostgresApp>;
}
