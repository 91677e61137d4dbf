using System.Net;
using Ordo.Api.Tests.Cart;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Orders;
using Ordo.Api.Tests.Support;
using Ordo.Application.Money;
using Ordo.Domain.Money;
using Ordo.Domain.Orders;

namespace Ordo.Api.Tests.Money;

/// <summary>The money path of an order from the wallet top-up to the deposit, and back on cancellation.</summary>
public abstract class DepositFlowTests(OrdoApp app) : ApiTest(app)
{
    protected Task<ApiUser> AccountantAsync() => App.DemoUserAsync("accountant@ordo.test");

    [Fact]
    public async Task A_confirmed_bank_top_up_pays_the_deposit_of_an_approved_order_and_the_books_balance()
    {
        var customer = await NewCustomerAsync();
        var accountant = await AccountantAsync();
        var manager = await CsManagerAsync();

        var requested = await customer.RequestTopUpAsync(20_000_000m, "NAP 20TR");
        Assert.Equal(TopUpStatus.Pending, requested.Status);
        Assert.Equal(0m, await customer.BalanceAsync());
        var queue = await accountant.TopUpsAsync("status=Pending&pageSize=200");
        Assert.Contains(queue.Items, t => t.Id == requested.Id && t.AmountVnd == 20_000_000m);
        var confirmed = await (await accountant.TryConfirmTopUpAsync(requested.Id, 20_000_000m)).ReadAsync<TopUpDto>();
        Assert.Equal(TopUpStatus.Confirmed, confirmed.Status);
        Assert.Equal(20_000_000m, await customer.BalanceAsync());

        var order = await customer.PlacePurchaseOrderAsync(CartLineRequest.From(Shop.Uniqlo, unitPriceCny: 100m, quantity: 2));
        await manager.ApproveAsync(order.Id);
        var charges = await customer.ChargesAsync(order.Id);
        Assert.Equal(200m, charges.GoodsValueCny);
        Assert.Equal(3_650m, charges.VndPerCny);
        Assert.Equal(730_000m, charges.GoodsValueVnd);
        Assert.True(charges.DepositVnd > 0 && charges.DepositVnd <= charges.TotalVnd, $"deposit {charges.DepositVnd} of {charges.TotalVnd}");
        Assert.Equal(0m, charges.PaidVnd);
        Assert.Equal(charges.TotalVnd, charges.DueVnd);

        var paid = await customer.PayDepositAsync(order.Id);

        Assert.Equal(charges.DepositVnd, paid.PaidVnd);
        Assert.Equal(charges.TotalVnd - charges.DepositVnd, paid.DueVnd);
        Assert.Equal(OrderStatus.Deposited, (await customer.OrderAsync(order.Id)).Status);
        Assert.Equal(20_000_000m - charges.DepositVnd, await customer.BalanceAsync());

        var statement = await customer.StatementAsync();
        Assert.Equal(2, statement.Lines.Count);
        var (deposit, topUp) = (statement.Lines[0], statement.Lines[1]);
        Assert.Equal((JournalEntryKind.TopUp, 20_000_000m, 20_000_000m), (topUp.Kind, topUp.AmountVnd, topUp.BalanceVnd));
        Assert.Equal((JournalEntryKind.Deposit, -charges.DepositVnd, 20_000_000m - charges.DepositVnd), (deposit.Kind, deposit.AmountVnd, deposit.BalanceVnd));
        Assert.Equal(order.Id, deposit.OrderId);
        Assert.Equal(20_000_000m - charges.DepositVnd, statement.ClosingBalanceVnd);

        var book = await accountant.GetAsync<LedgerReports.MoneyBook>("/api/money-books/vn");
        Assert.Contains(book.Lines, l => l.Kind == JournalEntryKind.TopUp && l.In == 20_000_000m);
        await accountant.BooksShouldBalanceAsync();
    }

    [Fact]
    public async Task Cancelling_a_deposited_order_returns_the_whole_deposit_to_the_wallet()
    {
        var customer = await NewCustomerAsync();
        var accountant = await AccountantAsync();
        var orderId = await customer.ApprovedOrderAsync(await CsManagerAsync());
        await customer.TopUpAsync(accountant, 5_000_000m);
        var deposit = (await customer.PayDepositAsync(orderId)).PaidVnd;
        Assert.Equal(5_000_000m - deposit, await customer.BalanceAsync());

        await (await customer.TryCancelAsync(orderId, "Đổi ý, không mua nữa")).ShouldHaveStatusAsync(HttpStatusCode.OK);

        Assert.Equal(5_000_000m, await customer.BalanceAsync());
        var refund = (await customer.StatementAsync()).Lines[0];
        Assert.Equal((JournalEntryKind.Refund, deposit, 5_000_000m, orderId), (refund.Kind, refund.AmountVnd, refund.BalanceVnd, refund.OrderId));
        Assert.Equal(0m, (await customer.ChargesAsync(orderId)).PaidVnd);
        await accountant.BooksShouldBalanceAsync();
    }

    public sealed class OnSqlite(SqliteApp app) : DepositFlowTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : DepositFlowTests(app), IClassFixture<PostgresApp>;
}
