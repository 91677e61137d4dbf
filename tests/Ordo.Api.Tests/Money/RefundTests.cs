using System.Net;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Notifications;
using Ordo.Api.Tests.Orders;
using Ordo.Api.Tests.Support;
using Ordo.Application.Money;
using Ordo.Application.Orders;
using Ordo.Domain.Money;
using Ordo.Domain.Notifications;
using Ordo.Domain.Orders;

namespace Ordo.Api.Tests.Money;

/// <summary>Orders closed without goods, or charged less than was paid: the money goes back to the wallet and the customer is told.</summary>
public abstract class RefundTests(OrdoApp app) : ApiTest(app)
{
    protected Task<ApiUser> AccountantAsync() => App.DemoUserAsync("accountant@ordo.test");

    private static Task<HttpResponseMessage> TryMarkOutOfStockAsync(ApiUser user, Guid orderId, string? reason, string? ifMatch = null) =>
        user.PostAsync($"{OrderApi.UrlOf(orderId)}/out-of-stock", new CloseOrder.Command(reason), ifMatch: ifMatch);

    private async Task<(ApiUser Customer, Guid OrderId, decimal Deposit)> DepositedOrderAsync(decimal walletVnd = 5_000_000m)
    {
        var customer = await NewCustomerAsync();
        var orderId = await customer.ApprovedOrderAsync(await CsManagerAsync());
        await customer.TopUpAsync(await AccountantAsync(), walletVnd);
        var deposit = (await customer.PayDepositAsync(orderId)).PaidVnd;
        return (customer, orderId, deposit);
    }

    [Fact]
    public async Task An_order_the_shop_cannot_supply_closes_and_everything_paid_returns_to_the_wallet()
    {
        var (customer, orderId, deposit) = await DepositedOrderAsync();
        Assert.Equal(5_000_000m - deposit, await customer.BalanceAsync());

        var order = await (await TryMarkOutOfStockAsync(await BuyerAsync(), orderId, "Shop báo hết tất cả các mẫu")).ReadAsync<OrderDetailsDto>();

        Assert.Equal(OrderStatus.OutOfStock, order.Status);
        Assert.Equal(
            [OrderHistoryAction.OutOfStock, OrderHistoryAction.Refunded],
            order.History.TakeLast(2).Select(h => h.Action));
        Assert.All(order.History.TakeLast(2), h => Assert.True(h.CustomerNotified));
        Assert.Equal(5_000_000m, await customer.BalanceAsync());
        var refund = (await customer.StatementAsync()).Lines[0];
        Assert.Equal((JournalEntryKind.Refund, deposit, 5_000_000m, orderId), (refund.Kind, refund.AmountVnd, refund.BalanceVnd, refund.OrderId));
        Assert.Equal("Shop báo hết tất cả các mẫu", refund.Memo);
        Assert.Equal("CK vi Ordo", (await customer.StatementAsync()).Lines[^1].Memo);
        Assert.Equal((0m, OrderStatus.OutOfStock), ((await customer.ChargesAsync(orderId)).PaidVnd, (await customer.OrderAsync(orderId)).Status));
        await (await AccountantAsync()).BooksShouldBalanceAsync();

        var inbox = await customer.NotificationsAsync();
        var told = inbox.Items.Where(n => n.OrderId == orderId).ToDictionary(n => n.Kind);
        Assert.Equal("Shop báo hết tất cả các mẫu", told[NotificationKind.OrderOutOfStock].Detail);
        Assert.Equal(deposit, told[NotificationKind.Refunded].AmountVnd);
    }

    [Fact]
    public async Task Only_buyers_and_the_customer_care_manager_may_mark_an_order_out_of_stock()
    {
        var (customer, orderId, _) = await DepositedOrderAsync();
        var order = await customer.SnapshotAsync(OrderApi.UrlOf(orderId));
        var wallet = await customer.SnapshotAsync(MoneyApi.Wallet);

        await (await TryMarkOutOfStockAsync(customer, orderId, "Tôi muốn hủy")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await TryMarkOutOfStockAsync(await CsStaffAsync(), orderId, "Hết hàng")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await TryMarkOutOfStockAsync(await AccountantAsync(), orderId, "Hết hàng")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        await customer.ShouldStillSeeAsync(order);
        await customer.ShouldStillSeeAsync(wallet);
    }

    [Fact]
    public async Task An_order_that_is_not_paid_for_cannot_be_out_of_stock_and_a_reason_is_required()
    {
        var customer = await NewCustomerAsync();
        var orderId = await customer.ApprovedOrderAsync(await CsManagerAsync());
        var (_, deposited, _) = await DepositedOrderAsync();
        var buyer = await BuyerAsync();
        var before = await buyer.SnapshotAsync(OrderApi.UrlOf(deposited));

        await (await TryMarkOutOfStockAsync(buyer, orderId, "Hết hàng")).ShouldBeProblemAsync(HttpStatusCode.Conflict, OrderErrors.IllegalTransition);
        await (await TryMarkOutOfStockAsync(buyer, deposited, "  ")).ShouldBeInvalidAsync("reason");
        await (await TryMarkOutOfStockAsync(buyer, deposited, "Hết hàng", ifMatch: "\"999\"")).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);

        await buyer.ShouldStillSeeAsync(before);
        Assert.Equal(OrderStatus.Approved, (await customer.OrderAsync(orderId)).Status);
    }

    [Fact]
    public async Task Staff_cancelling_a_deposited_order_refund_it_and_the_customer_is_told_both()
    {
        var (customer, orderId, deposit) = await DepositedOrderAsync();

        await (await (await CsManagerAsync()).TryCancelAsync(orderId, "Shop đóng cửa")).ShouldHaveStatusAsync(HttpStatusCode.OK);

        Assert.Equal(5_000_000m, await customer.BalanceAsync());
        var told = (await customer.NotificationsAsync()).Items.Where(n => n.OrderId == orderId).Select(n => (n.Kind, n.AmountVnd)).ToList();
        Assert.Contains((NotificationKind.OrderCancelled, null), told);
        Assert.Contains((NotificationKind.Refunded, (decimal?)deposit), told);
    }

    [Fact]
    public async Task A_credit_that_leaves_the_order_overpaid_returns_the_excess_and_the_customer_is_told()
    {
        var (customer, orderId, deposit) = await DepositedOrderAsync();
        var charges = await customer.ChargesAsync(orderId);
        var credit = charges.DueVnd + 30_000m;

        await (await (await CsManagerAsync()).PostAsync(MoneyApi.ChargesUrl(orderId), new OrderAdjustments.ChargeCommand(ChargeKind.Credit, credit, "Shop thiếu hàng, hoàn tiền")))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);

        Assert.Equal(5_000_000m - deposit + 30_000m, await customer.BalanceAsync());
        var told = (await customer.NotificationsAsync()).Items.Where(n => n.OrderId == orderId).ToList();
        Assert.Contains(told, n => n.Kind == NotificationKind.CreditAdded && n.AmountVnd == credit && n.Detail == "Shop thiếu hàng, hoàn tiền");
        Assert.Contains(told, n => n.Kind == NotificationKind.Refunded && n.AmountVnd == 30_000m);
        Assert.Equal(OrderHistoryAction.Refunded, (await customer.OrderAsync(orderId)).History[^1].Action);
        await (await AccountantAsync()).BooksShouldBalanceAsync();
    }

    [Fact]
    public async Task A_credit_larger_than_the_whole_order_returns_only_what_was_paid()
    {
        var (customer, orderId, deposit) = await DepositedOrderAsync();
        var charges = await customer.ChargesAsync(orderId);

        await (await (await CsManagerAsync()).PostAsync(MoneyApi.ChargesUrl(orderId), new OrderAdjustments.ChargeCommand(ChargeKind.Credit, charges.TotalVnd * 3, "Hoàn tiền toàn bộ")))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);

        Assert.Equal(5_000_000m, await customer.BalanceAsync());
        Assert.Equal(0m, (await customer.ChargesAsync(orderId)).PaidVnd);
        Assert.Contains((await customer.NotificationsAsync()).Items, n => n.Kind == NotificationKind.Refunded && n.AmountVnd == deposit);
        await (await AccountantAsync()).BooksShouldBalanceAsync();
    }

    [Fact]
    public async Task A_cancelled_order_takes_no_more_payments_and_the_wallet_keeps_its_money()
    {
        var (customer, orderId, _) = await DepositedOrderAsync();
        await (await (await CsManagerAsync()).TryCancelAsync(orderId, "Shop đóng cửa")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var wallet = await customer.SnapshotAsync(MoneyApi.Wallet);

        var paid = await customer.PostAsync($"/api/orders/{orderId}/payments", new OrderPayments.Command(10_000m, PaymentMethod.Wallet, null));
        var sent = await customer.PostAsync($"/api/orders/{orderId}/payments", new OrderPayments.Command(10_000m, PaymentMethod.BankTransfer, "CK"));

        await paid.ShouldBeProblemAsync(HttpStatusCode.Conflict, OrderErrors.Closed);
        await sent.ShouldBeProblemAsync(HttpStatusCode.Conflict, OrderErrors.Closed);
        await customer.ShouldStillSeeAsync(wallet);
    }

    public sealed class OnSqlite(SqliteApp app) : RefundTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : RefundTests(app), IClassFixture<PostgresApp>;
}
