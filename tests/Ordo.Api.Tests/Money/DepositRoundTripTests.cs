using System.Net;
using System.Net.Http.Json;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Orders;
using Ordo.Api.Tests.Support;
using Ordo.Application.Money;
using Ordo.Domain.Money;
using Ordo.Domain.Orders;

namespace Ordo.Api.Tests.Money;

/// <summary>
/// What paying a deposit costs the database: the order is priced once and saved once, so the request's
/// commands stay a small fixed number (the bound is on round trips, never on time).
/// </summary>
public abstract class DepositRoundTripTests(OrdoApp app) : ApiTest(app)
{
    /// <summary>
    /// Sign-in check (1), the order (5, split: order, lines, items, history, charges), its pricing read once
    /// (4: paid, terms, rate, fees), the guarded wallet update (1). Before this, pricing was read three times and
    /// the ledger saved on its own: 17 commands on PostgreSQL, 22 on SQLite (before the order balance below).
    /// </summary>
    private const int MostCommandsBeforeTheSave = 11;

    /// <summary>As the save begins, the order's balance for the debts report: its row, the fee tables by moment, paid with this posting.</summary>
    private const int MostCommandsOfTheBalance = 3;

    /// <summary>The one save: PostgreSQL sends its statements as one batch; SQLite one by one (seven here).</summary>
    private int MostCommandsOfTheSave => App.Provider == "Postgres" ? 1 : 7;

    [Fact]
    public async Task Paying_a_deposit_from_the_wallet_prices_the_order_once_and_saves_once()
    {
        var customer = await NewCustomerAsync();
        var accountant = await App.DemoUserAsync("accountant@ordo.test");
        var orderId = await customer.ApprovedOrderAsync(await CsManagerAsync());
        await customer.TopUpAsync(accountant, 5_000_000m);
        var deposit = (await customer.ChargesAsync(orderId)).DepositVnd;
        var probe = Guid.NewGuid().ToString("N");

        var response = await SendProbedAsync(customer, probe, $"/api/orders/{orderId}/deposit", new PayDeposit.Command(PaymentMethod.Wallet, null));

        var paid = await response.ReadAsync<ChargesDto>();
        Assert.Equal((deposit, true), (paid.PaidVnd, paid.RateLocked));
        Assert.Equal(OrderStatus.Deposited, (await customer.OrderAsync(orderId)).Status);
        AssertAtMost(MostCommandsBeforeTheSave + MostCommandsOfTheBalance + MostCommandsOfTheSave, App.Commands.Of(probe));
    }

    [Fact]
    public async Task A_deposit_the_wallet_cannot_cover_stops_at_the_guarded_update_and_saves_nothing()
    {
        var customer = await NewCustomerAsync();
        var orderId = await customer.ApprovedOrderAsync(await CsManagerAsync());
        var wallet = await customer.SnapshotAsync(MoneyApi.Wallet);
        var probe = Guid.NewGuid().ToString("N");

        var response = await SendProbedAsync(customer, probe, $"/api/orders/{orderId}/deposit", new PayDeposit.Command(PaymentMethod.Wallet, null));

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, MoneyErrors.InsufficientFunds);
        Assert.Equal(OrderStatus.Approved, (await customer.OrderAsync(orderId)).Status);
        await customer.ShouldStillSeeAsync(wallet);
        AssertAtMost(MostCommandsBeforeTheSave, App.Commands.Of(probe));
    }

    private static void AssertAtMost(int most, IReadOnlyList<string> commands) =>
        Assert.True(
            commands.Count is > 0 && commands.Count <= most,
            $"{commands.Count} commands, at most {most} expected:\n{string.Join("\n---\n", commands)}");

    private static Task<HttpResponseMessage> SendProbedAsync(ApiUser user, string probe, string url, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body, body.GetType(), options: ApiJson.Options) };
        request.Headers.Add(CommandCounter.Header, probe);
        return user.Http.SendAsync(request);
    }

    public sealed class OnSqlite(SqliteApp app) : DepositRoundTripTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : DepositRoundTripTests(app), IClassFixture<PostgresApp>;
}
