using System.Net;
using Ordo.Api.Tests.Cart;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Orders;
using Ordo.Api.Tests.Support;
using Ordo.Application.Money;
using Ordo.Domain.Money;
using Ordo.Domain.Orders;

namespace Ordo.Api.Tests.Money;

/// <summary>Many deposits racing for one wallet: the wallet pays for exactly as many as it can afford and never goes below zero.</summary>
public abstract class ConcurrentDepositTests(OrdoApp app) : ApiTest(app)
{
    private const int Orders = 50;
    private const int Affordable = 10;
    private static readonly string[] LosingCodes = [MoneyErrors.InsufficientFunds, "concurrency"];

    [Fact]
    public async Task Fifty_simultaneous_deposits_against_a_wallet_that_affords_ten_pay_exactly_ten()
    {
        var customer = await NewCustomerAsync();
        var manager = await CsManagerAsync();
        var accountant = await App.DemoUserAsync("accountant@ordo.test");
        for (var i = 0; i < Orders; i++)
        {
            await customer.AddToCartAsync(CartLineRequest.From(new Shop("Taobao", $"tb-race-{i}", $"Shop {i}"), unitPriceCny: 10m));
        }

        var orderIds = (await customer.SubmitCartAsync()).Select(o => o.Id).ToArray();
        Assert.Equal(Orders, orderIds.Length);
        Assert.Equal(Orders, (await manager.ApproveManyAsync(orderIds)).Succeeded);
        var deposits = (await Task.WhenAll(orderIds.Select(id => customer.ChargesAsync(id)))).Select(c => c.DepositVnd).Distinct().ToArray();
        var deposit = Assert.Single(deposits);
        await customer.TopUpAsync(accountant, Affordable * deposit);

        // HttpClient and the test server take the fifty requests at once: they are really in flight together.
        var responses = await Task.WhenAll(orderIds.Select(id => customer.TryPayDepositAsync(id)));

        Assert.Equal(Affordable, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        var refused = responses.Where(r => r.StatusCode != HttpStatusCode.OK).ToArray();
        Assert.Equal(Orders - Affordable, refused.Length);
        foreach (var response in refused)
        {
            var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
            Assert.Contains(problem.Code, LosingCodes);
        }

        Assert.Equal(0m, await customer.BalanceAsync());
        var statement = await customer.GetAsync<WalletQueries.Statement>($"{MoneyApi.Statement}?pageSize=100");
        Assert.Equal(Affordable, statement.Lines.Count(l => l.Kind == JournalEntryKind.Deposit));
        Assert.All(statement.Lines, l => Assert.True(l.BalanceVnd >= 0, $"balance went to {l.BalanceVnd}"));
        var statuses = await Task.WhenAll(orderIds.Select(async id => (await customer.OrderAsync(id)).Status));
        Assert.Equal(Affordable, statuses.Count(s => s == OrderStatus.Deposited));
        Assert.Equal(Orders - Affordable, statuses.Count(s => s == OrderStatus.Approved));
        await accountant.BooksShouldBalanceAsync();
    }

    [Fact]
    public async Task Ten_simultaneous_payments_of_the_same_balance_pay_it_once_and_the_rest_leave_the_wallet_alone()
    {
        var customer = await NewCustomerAsync();
        var accountant = await App.DemoUserAsync("accountant@ordo.test");
        var orderId = await customer.ApprovedOrderAsync(await CsManagerAsync());
        var total = (await customer.ChargesAsync(orderId)).TotalVnd;
        await customer.TopUpAsync(accountant, total * 10);
        var due = (await customer.PayDepositAsync(orderId)).DueVnd;

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ =>
            customer.PostAsync($"/api/orders/{orderId}/payments", new OrderPayments.Command(null, PaymentMethod.Wallet, null))));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        foreach (var response in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        }

        var charges = await customer.ChargesAsync(orderId);
        Assert.Equal((total, 0m), (charges.PaidVnd, charges.DueVnd));
        Assert.Equal(total * 10 - total, await customer.BalanceAsync());
        Assert.True(due > 0);
        await accountant.BooksShouldBalanceAsync();
    }

    public sealed class OnSqlite(SqliteApp app) : ConcurrentDepositTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : ConcurrentDepositTests(app), IClassFixture<PostgresApp>;
}
