using System.Net;
using Ordo.Api.Tests.Cart;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Orders;
using Ordo.Api.Tests.Support;
using Ordo.Application.Money;
using Ordo.Domain.Money;

namespace Ordo.Api.Tests.Money;

/// <summary>Requests that must be refused, each proving through the API that no money moved.</summary>
public abstract class MoneyRefusalTests(OrdoApp app) : ApiTest(app)
{
    private const string TrialBalance = "/api/ledger/trial-balance";

    protected Task<ApiUser> AccountantAsync() => App.DemoUserAsync("accountant@ordo.test");

    [Theory]
    [InlineData("0")]
    [InlineData("-50000")]
    [InlineData("1.5")]
    public async Task A_top_up_of_a_zero_negative_or_fractional_amount_is_refused(string amount)
    {
        var customer = await NewCustomerAsync();
        var before = await customer.SnapshotAsync(MoneyApi.Wallet);

        var response = await customer.TryRequestTopUpAsync($$"""{"amountVnd":{{amount}},"method":"BankTransfer","reference":"x"}""");

        await response.ShouldBeInvalidAsync("amountVnd");
        await customer.ShouldStillSeeAsync(before);
        Assert.Empty((await customer.TopUpsAsync()).Items);
    }

    [Fact]
    public async Task A_top_up_by_an_unknown_method_is_refused()
    {
        var customer = await NewCustomerAsync();

        var response = await customer.TryRequestTopUpAsync("""{"amountVnd":100000,"method":"Bitcoin"}""");

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Empty((await customer.TopUpsAsync()).Items);
    }

    [Fact]
    public async Task Fee_tables_sent_without_their_tiers_are_refused_naming_each_table()
    {
        var admin = await AdminAsync();
        var before = await admin.SnapshotAsync("/api/settings/fees");

        var response = await admin.PutAsync("/api/settings/fees", """{"schedule":{"serviceFeeTiers":[null],"advancePercent":70}}""");

        var problem = await response.ShouldBeInvalidAsync("serviceFeeTiers");
        problem.ShouldNameField("inspectionTiers");
        problem.ShouldNameField("cheapItemInspectionTiers");
        await admin.ShouldStillSeeAsync(before);
    }

    [Fact]
    public async Task Confirming_a_top_up_twice_credits_the_wallet_once()
    {
        var customer = await NewCustomerAsync();
        var accountant = await AccountantAsync();
        var topUp = await customer.TopUpAsync(accountant, 300_000m);
        var wallet = await customer.SnapshotAsync(MoneyApi.Statement);
        var ledger = await accountant.SnapshotAsync(TrialBalance);

        var again = await accountant.TryConfirmTopUpAsync(topUp.Id, 300_000m);

        await again.ShouldBeProblemAsync(HttpStatusCode.Conflict, MoneyErrors.AlreadyDecided);
        await customer.ShouldStillSeeAsync(wallet);
        await accountant.ShouldStillSeeAsync(ledger);
        Assert.Equal(300_000m, await customer.BalanceAsync());
    }

    [Fact]
    public async Task A_customer_cannot_confirm_their_own_top_up()
    {
        var customer = await NewCustomerAsync();
        var topUp = await customer.RequestTopUpAsync(1_000_000m);
        var before = await customer.SnapshotAsync(MoneyApi.Wallet);

        var response = await customer.TryConfirmTopUpAsync(topUp.Id, 1_000_000m);

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await customer.ShouldStillSeeAsync(before);
        Assert.Equal(TopUpStatus.Pending, Assert.Single((await customer.TopUpsAsync()).Items).Status);
    }

    [Fact]
    public async Task Paying_the_deposit_of_another_customers_order_is_not_found()
    {
        var owner = await NewCustomerAsync();
        var stranger = await NewCustomerAsync();
        var accountant = await AccountantAsync();
        var orderId = await owner.ApprovedOrderAsync(await CsManagerAsync());
        await stranger.TopUpAsync(accountant, 5_000_000m);
        var wallet = await stranger.SnapshotAsync(MoneyApi.Statement);
        var ledger = await accountant.SnapshotAsync(TrialBalance);

        var response = await stranger.TryPayDepositAsync(orderId);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await stranger.ShouldStillSeeAsync(wallet);
        await accountant.ShouldStillSeeAsync(ledger);
        Assert.Equal(0m, (await owner.ChargesAsync(orderId)).PaidVnd);
    }

    [Fact]
    public async Task Paying_the_deposit_of_a_submitted_or_cancelled_order_is_a_conflict()
    {
        var customer = await NewCustomerAsync();
        var accountant = await AccountantAsync();
        var submitted = (await customer.PlacePurchaseOrderAsync()).Id;
        var cancelled = await customer.ApprovedOrderAsync(await CsManagerAsync());
        await (await customer.TryCancelAsync(cancelled, "Không cần nữa")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await customer.TopUpAsync(accountant, 5_000_000m);
        var wallet = await customer.SnapshotAsync(MoneyApi.Statement);
        var ledger = await accountant.SnapshotAsync(TrialBalance);

        foreach (var orderId in new[] { submitted, cancelled })
        {
            var order = await customer.SnapshotAsync(OrderApi.UrlOf(orderId));

            await (await customer.TryPayDepositAsync(orderId)).ShouldBeProblemAsync(HttpStatusCode.Conflict);

            await customer.ShouldStillSeeAsync(order);
        }

        await customer.ShouldStillSeeAsync(wallet);
        await accountant.ShouldStillSeeAsync(ledger);
    }

    [Fact]
    public async Task Paying_a_deposit_the_wallet_cannot_cover_is_a_conflict()
    {
        var customer = await NewCustomerAsync();
        var accountant = await AccountantAsync();
        var orderId = await customer.ApprovedOrderAsync(await CsManagerAsync());
        var deposit = (await customer.ChargesAsync(orderId)).DepositVnd;
        await customer.TopUpAsync(accountant, deposit - 1_000m);
        var wallet = await customer.SnapshotAsync(MoneyApi.Statement);
        var order = await customer.SnapshotAsync(OrderApi.UrlOf(orderId));
        var ledger = await accountant.SnapshotAsync(TrialBalance);

        var response = await customer.TryPayDepositAsync(orderId);

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, MoneyErrors.InsufficientFunds);
        await customer.ShouldStillSeeAsync(wallet);
        await customer.ShouldStillSeeAsync(order);
        await accountant.ShouldStillSeeAsync(ledger);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3650")]
    public async Task An_exchange_rate_of_zero_or_less_is_refused(string rate)
    {
        var admin = await AdminAsync();
        var before = await admin.SnapshotAsync("/api/settings/exchange-rates");

        var response = await admin.PostAsync("/api/settings/exchange-rates", $$"""{"vndPerCny":{{rate}}}""");

        await response.ShouldBeInvalidAsync("vndPerCny");
        await admin.ShouldStillSeeAsync(before);
    }

    [Fact]
    public async Task Only_an_administrator_sets_the_exchange_rate()
    {
        var admin = await AdminAsync();
        var before = await admin.SnapshotAsync("/api/settings/exchange-rates");

        foreach (var user in new[] { await AccountantAsync(), await CsManagerAsync(), await NewCustomerAsync() })
        {
            var response = await user.PostAsync("/api/settings/exchange-rates", new MoneySettings.SetRateCommand(3_700m, null));
            await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        }

        await admin.ShouldStillSeeAsync(before);
    }

    [Fact]
    public async Task An_expired_discount_code_is_refused()
    {
        var admin = await AdminAsync();
        var customer = await NewCustomerAsync();
        var orderId = await customer.ApprovedOrderAsync(await CsManagerAsync());
        var now = App.Clock.GetUtcNow();
        var code = $"HET{Guid.NewGuid():N}"[..12];
        await (await admin.PostAsync("/api/settings/discount-codes", new MoneyAdministration.CodeCommand(code, DiscountKind.Percent, 10m, now.AddDays(-10), now.AddDays(-1), null, null)))
            .ShouldHaveStatusAsync(HttpStatusCode.Created);
        var charges = await customer.SnapshotAsync(MoneyApi.ChargesUrl(orderId));

        var response = await customer.PutAsync($"/api/orders/{orderId}/discount-code", new OrderAdjustments.CodeCommand(code));

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, DiscountCode.Invalid);
        await customer.ShouldStillSeeAsync(charges);
    }

    [Fact]
    public async Task A_discount_code_used_up_by_a_deposit_is_refused_on_the_next_order()
    {
        var admin = await AdminAsync();
        var accountant = await AccountantAsync();
        var manager = await CsManagerAsync();
        var customer = await NewCustomerAsync();
        var first = await customer.ApprovedOrderAsync(manager, unitPriceCny: 1_000m);
        var second = await customer.ApprovedOrderAsync(manager);
        var now = App.Clock.GetUtcNow();
        var code = $"MOT{Guid.NewGuid():N}"[..12];
        await (await admin.PostAsync("/api/settings/discount-codes", new MoneyAdministration.CodeCommand(code, DiscountKind.Percent, 50m, now.AddDays(-1), now.AddDays(30), 1, null)))
            .ShouldHaveStatusAsync(HttpStatusCode.Created);
        var full = await customer.ChargesAsync(first);
        var discounted = await (await customer.PutAsync($"/api/orders/{first}/discount-code", new OrderAdjustments.CodeCommand(code))).ReadAsync<ChargesDto>();
        Assert.True(discounted.CodeDiscountVnd > 0 && discounted.TotalVnd < full.TotalVnd, $"discount {discounted.CodeDiscountVnd}");
        await customer.TopUpAsync(accountant, 5_000_000m);
        await customer.PayDepositAsync(first);
        var charges = await customer.SnapshotAsync(MoneyApi.ChargesUrl(second));

        var response = await customer.PutAsync($"/api/orders/{second}/discount-code", new OrderAdjustments.CodeCommand(code));

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, DiscountCode.Invalid);
        await customer.ShouldStillSeeAsync(charges);
    }

    [Fact]
    public async Task A_replayed_top_up_confirm_and_deposit_answer_as_the_first_time_and_move_money_once()
    {
        var customer = await NewCustomerAsync();
        var accountant = await AccountantAsync();
        var orderId = await customer.ApprovedOrderAsync(await CsManagerAsync());
        var request = new TopUps.RequestCommand(2_000_000m, TopUpMethod.BankTransfer, "replay");

        var topUpKey = Guid.NewGuid().ToString();
        var first = await (await customer.TryRequestTopUpAsync(request, topUpKey)).ReadAsync<TopUpDto>(HttpStatusCode.Created);
        var replayed = await (await customer.TryRequestTopUpAsync(request, topUpKey)).ReadAsync<TopUpDto>(HttpStatusCode.Created);
        Assert.Equal(first.Id, replayed.Id);
        Assert.Single((await customer.TopUpsAsync()).Items);

        var confirmKey = Guid.NewGuid().ToString();
        var confirmed = await (await accountant.TryConfirmTopUpAsync(first.Id, 2_000_000m, confirmKey)).ReadAsync<TopUpDto>();
        var confirmedAgain = await (await accountant.TryConfirmTopUpAsync(first.Id, 2_000_000m, confirmKey)).ReadAsync<TopUpDto>();
        Assert.Equal(confirmed, confirmedAgain);
        Assert.Equal(2_000_000m, await customer.BalanceAsync());

        var depositKey = Guid.NewGuid().ToString();
        var paid = await (await customer.TryPayDepositAsync(orderId, depositKey)).ReadAsync<ChargesDto>();
        var paidAgain = await (await customer.TryPayDepositAsync(orderId, depositKey)).ReadAsync<ChargesDto>();
        Assert.Equal(paid.PaidVnd, paidAgain.PaidVnd);
        Assert.Equal(paid.DueVnd, paidAgain.DueVnd);
        Assert.Equal(2_000_000m - paid.DepositVnd, await customer.BalanceAsync());
        var statement = await customer.StatementAsync();
        Assert.Equal([JournalEntryKind.Deposit, JournalEntryKind.TopUp], statement.Lines.Select(l => l.Kind));
        await accountant.BooksShouldBalanceAsync();
    }

    public sealed class OnSqlite(SqliteApp app) : MoneyRefusalTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : MoneyRefusalTests(app), IClassFixture<PostgresApp>;
}
