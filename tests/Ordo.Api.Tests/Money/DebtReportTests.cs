using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Orders;
using Ordo.Api.Tests.Support;
using Ordo.Application.Common;
using Ordo.Application.Data;
using Ordo.Application.Money;
using Ordo.Application.Money.Debts;
using Ordo.Domain.Money;

namespace Ordo.Api.Tests.Money;

/// <summary>The accountant's debts: what deposited, open orders and their customers still owe, read and paged by the database.</summary>
public abstract class DebtReportTests(OrdoApp app) : ApiTest(app)
{
    private Task<ApiUser> AccountantAsync() => App.DemoUserAsync("accountant@ordo.test");

    private static string OrdersOf(Guid customerId, int page = 1, int pageSize = 50) =>
        $"/api/debts/orders?customerId={customerId}&page={page}&pageSize={pageSize}";

    private static Task<PagedResult<DebtReports.OrderDebt>> DebtsOfAsync(ApiUser accountant, Guid customerId, int page = 1, int pageSize = 50) =>
        accountant.GetAsync<PagedResult<DebtReports.OrderDebt>>(OrdersOf(customerId, page, pageSize));

    /// <summary>An approved order of <paramref name="customer"/> whose deposit is paid from a wallet topped up with the whole order.</summary>
    private async Task<Guid> DepositedOrderAsync(ApiUser customer, decimal unitPriceCny = 49.90m)
    {
        var orderId = await customer.ApprovedOrderAsync(await CsManagerAsync(), unitPriceCny);
        await customer.TopUpAsync(await AccountantAsync(), (await customer.ChargesAsync(orderId)).TotalVnd);
        await customer.PayDepositAsync(orderId);
        return orderId;
    }

    [Fact]
    public async Task An_order_becomes_a_debt_at_its_deposit_and_owes_what_its_charges_say_is_due()
    {
        var customer = await NewCustomerAsync();
        var accountant = await AccountantAsync();
        var orderId = await customer.ApprovedOrderAsync(await CsManagerAsync());
        Assert.Empty((await DebtsOfAsync(accountant, customer.Id)).Items);

        await customer.TopUpAsync(accountant, (await customer.ChargesAsync(orderId)).TotalVnd);
        var charges = await customer.PayDepositAsync(orderId);

        var debt = Assert.Single((await DebtsOfAsync(accountant, customer.Id)).Items);
        Assert.Equal((orderId, charges.TotalVnd, charges.PaidVnd, charges.DueVnd), (debt.OrderId, debt.TotalVnd, debt.PaidVnd, debt.DueVnd));
        Assert.True(debt.DueVnd > 0);
        Assert.Equal(Ordo.Domain.Orders.OrderStatus.Deposited, debt.Status);
    }

    [Fact]
    public async Task A_supplementary_charge_raises_the_debt_and_paying_the_balance_clears_it()
    {
        var customer = await NewCustomerAsync();
        var accountant = await AccountantAsync();
        var orderId = await DepositedOrderAsync(customer);
        var before = Assert.Single((await DebtsOfAsync(accountant, customer.Id)).Items).DueVnd;

        await (await (await CsManagerAsync()).PostAsync(MoneyApi.ChargesUrl(orderId), new OrderAdjustments.ChargeCommand(ChargeKind.Supplementary, 40_000m, "Phí ship nội địa tăng")))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);
        Assert.Equal(before + 40_000m, Assert.Single((await DebtsOfAsync(accountant, customer.Id)).Items).DueVnd);

        await customer.TopUpAsync(accountant, 40_000m);
        await (await customer.PostAsync($"/api/orders/{orderId}/payments", new OrderPayments.Command(null, PaymentMethod.Wallet, null)))
            .ShouldHaveStatusAsync(HttpStatusCode.Created);

        Assert.Empty((await DebtsOfAsync(accountant, customer.Id)).Items);
        Assert.Equal(0m, (await customer.ChargesAsync(orderId)).DueVnd);
    }

    [Fact]
    public async Task A_cancelled_order_is_no_longer_a_debt()
    {
        var customer = await NewCustomerAsync();
        var accountant = await AccountantAsync();
        var kept = await DepositedOrderAsync(customer);
        var cancelled = await DepositedOrderAsync(customer, unitPriceCny: 120m);
        Assert.Equal(2, (await DebtsOfAsync(accountant, customer.Id)).Total);

        await (await customer.TryCancelAsync(cancelled, "Đổi ý")).ShouldHaveStatusAsync(HttpStatusCode.OK);

        var left = await DebtsOfAsync(accountant, customer.Id);
        Assert.Equal(kept, Assert.Single(left.Items).OrderId);
        Assert.Equal(1, left.Total);
    }

    [Fact]
    public async Task One_customers_orders_come_largest_debt_first_a_page_at_a_time()
    {
        var customer = await NewCustomerAsync();
        var accountant = await AccountantAsync();
        foreach (var price in new[] { 30m, 300m, 90m })
        {
            await DepositedOrderAsync(customer, price);
        }

        var pages = new List<DebtReports.OrderDebt>();
        for (var page = 1; page <= 3; page++)
        {
            var result = await DebtsOfAsync(accountant, customer.Id, page, pageSize: 1);
            Assert.Equal(3, result.Total);
            pages.Add(Assert.Single(result.Items));
        }

        Assert.Empty((await DebtsOfAsync(accountant, customer.Id, page: 4, pageSize: 1)).Items);
        Assert.Equal(3, pages.Select(p => p.OrderId).Distinct().Count());
        Assert.Equal(pages.OrderByDescending(p => p.DueVnd).Select(p => p.DueVnd), pages.Select(p => p.DueVnd));
    }

    [Fact]
    public async Task Customers_are_listed_largest_debt_first_and_the_summary_adds_up_over_every_page()
    {
        var small = await NewCustomerAsync();
        var large = await NewCustomerAsync();
        var accountant = await AccountantAsync();
        await DepositedOrderAsync(small, 20m);
        await DepositedOrderAsync(large, 400m);
        await DepositedOrderAsync(large, 250m);
        var largeDue = (await DebtsOfAsync(accountant, large.Id)).Items.Sum(d => d.DueVnd);

        var first = await accountant.GetAsync<DebtReports.DebtSummary>("/api/debts?page=1&pageSize=7");
        var customers = new List<DebtReports.CustomerDebt>(first.ByCustomer.Items);
        for (var page = 2; (page - 1) * 7 < first.Customers; page++)
        {
            customers.AddRange((await accountant.GetAsync<DebtReports.DebtSummary>($"/api/debts?page={page}&pageSize=7")).ByCustomer.Items);
        }

        Assert.Equal(first.Customers, customers.Count);
        Assert.Equal(first.Customers, customers.Select(c => c.CustomerId).Distinct().Count());
        Assert.Equal(first.TotalDueVnd, customers.Sum(c => c.DueVnd));
        Assert.Equal(first.Orders, customers.Sum(c => c.Orders));
        Assert.Equal(customers.OrderByDescending(c => c.DueVnd).Select(c => c.DueVnd), customers.Select(c => c.DueVnd));
        var mine = customers.Single(c => c.CustomerId == large.Id);
        Assert.Equal((2, largeDue, "Nguyễn Văn Test"), (mine.Orders, mine.DueVnd, mine.CustomerName));
        Assert.Matches(@"^KH\d{6}$", mine.CustomerCode);
        Assert.True(customers.IndexOf(mine) < customers.FindIndex(c => c.CustomerId == small.Id));
    }

    [Fact]
    public async Task Every_open_debt_agrees_with_its_orders_charges()
    {
        var customer = await NewCustomerAsync();
        await DepositedOrderAsync(customer);
        var accountant = await AccountantAsync();

        var debts = await accountant.GetAsync<PagedResult<DebtReports.OrderDebt>>("/api/debts/orders?pageSize=200");

        Assert.NotEmpty(debts.Items);
        foreach (var debt in debts.Items)
        {
            var charges = await accountant.ChargesAsync(debt.OrderId);
            Assert.Equal((debt.Code, charges.TotalVnd, charges.PaidVnd, charges.DueVnd), (charges.Code, debt.TotalVnd, debt.PaidVnd, debt.DueVnd));
        }
    }

    [Fact]
    public async Task Balances_a_database_lacks_are_written_again_when_Ordo_starts()
    {
        var customer = await NewCustomerAsync();
        var accountant = await AccountantAsync();
        await DepositedOrderAsync(customer, 75m);
        await DepositedOrderAsync(customer, 15m);
        var before = await DebtsOfAsync(accountant, customer.Id);

        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OrdoDbContext>();
            Assert.Equal(2, await db.OrderBalances.Where(b => b.CustomerId == customer.Id).ExecuteDeleteAsync());
        }

        Assert.Empty((await DebtsOfAsync(accountant, customer.Id)).Items);
        await using (var scope = App.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<OrderBalanceProjection>().CatchUpAsync(CancellationToken.None) >= 2);
        }

        Assert.Equal(before.Items, (await DebtsOfAsync(accountant, customer.Id)).Items);
    }

    [Theory]
    [InlineData("/api/debts?pageSize=0", "pageSize")]
    [InlineData("/api/debts?pageSize=201", "pageSize")]
    [InlineData("/api/debts/orders?page=0", "page")]
    public async Task A_page_out_of_range_is_refused(string url, string field)
    {
        var accountant = await AccountantAsync();

        await (await accountant.GetAsync(url)).ShouldBeInvalidAsync(field);
    }

    public sealed class OnSqlite(SqliteApp app) : DebtReportTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : DebtReportTests(app), IClassFixture<PostgresApp>;
}
