using System.Net;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Support;
using Ordo.Application.Common;
using Ordo.Application.Money;
using Ordo.Domain.Money;

namespace Ordo.Api.Tests.Money;

/// <summary>What an order costs after staff charges, credits and the customer's terms, and how its balance gets paid.</summary>
public abstract class OrderChargesTests(OrdoApp app) : ApiTest(app)
{
    protected Task<ApiUser> AccountantAsync() => App.DemoUserAsync("accountant@ordo.test");

    private static Task<HttpResponseMessage> TryAddChargeAsync(ApiUser staff, Guid orderId, object body) =>
        staff.PostAsync(MoneyApi.ChargesUrl(orderId), body);

    private static Task<HttpResponseMessage> TryPayAsync(ApiUser user, Guid orderId, PaymentMethod method, decimal? amountVnd = null) =>
        user.PostAsync($"/api/orders/{orderId}/payments", new OrderPayments.Command(amountVnd, method, "CK so du"));

    /// <summary>An approved order whose deposit is paid from the wallet; the wallet keeps <paramref name="spareVnd"/> beyond the whole order.</summary>
    private async Task<(ApiUser Customer, Guid OrderId, ChargesDto Charges)> DepositedOrderAsync(decimal spareVnd = 0m)
    {
        var customer = await NewCustomerAsync();
        var orderId = await customer.ApprovedOrderAsync(await CsManagerAsync());
        var charges = await customer.ChargesAsync(orderId);
        await customer.TopUpAsync(await AccountantAsync(), charges.TotalVnd + spareVnd);
        return (customer, orderId, await customer.PayDepositAsync(orderId));
    }

    [Fact]
    public async Task A_credit_on_a_fully_paid_order_returns_the_excess_to_the_wallet()
    {
        var (customer, orderId, _) = await DepositedOrderAsync();
        await (await TryPayAsync(customer, orderId, PaymentMethod.Wallet)).ShouldHaveStatusAsync(HttpStatusCode.Created);
        Assert.Equal(0m, (await customer.ChargesAsync(orderId)).DueVnd);
        Assert.Equal(0m, await customer.BalanceAsync());

        var response = await TryAddChargeAsync(await CsManagerAsync(), orderId, new OrderAdjustments.ChargeCommand(ChargeKind.Credit, 15_000m, "Shop giảm giá"));

        var charges = await response.ReadAsync<ChargesDto>();
        Assert.Equal(15_000m, charges.CreditsVnd);
        Assert.Equal(0m, charges.DueVnd);
        Assert.Equal(15_000m, await customer.BalanceAsync());
        var refund = (await customer.StatementAsync()).Lines[0];
        Assert.Equal((JournalEntryKind.Refund, 15_000m, orderId), (refund.Kind, refund.AmountVnd, refund.OrderId));
        await (await AccountantAsync()).BooksShouldBalanceAsync();
    }

    [Fact]
    public async Task A_supplementary_charge_raises_what_is_due()
    {
        var (customer, orderId, before) = await DepositedOrderAsync();

        var charges = await (await TryAddChargeAsync(await CsManagerAsync(), orderId, new OrderAdjustments.ChargeCommand(ChargeKind.Supplementary, 40_000m, "Phí ship nội địa tăng")))
            .ReadAsync<ChargesDto>();

        Assert.Equal(40_000m, charges.SupplementaryVnd);
        Assert.Equal(before.DueVnd + 40_000m, charges.DueVnd);
        Assert.Equal(before.TotalVnd + 40_000m, charges.TotalVnd);
        Assert.Equal(charges, await customer.ChargesAsync(orderId) with { Charges = charges.Charges });
    }

    [Fact]
    public async Task A_staff_charge_without_a_reason_is_refused()
    {
        var (customer, orderId, _) = await DepositedOrderAsync();
        var charges = await customer.SnapshotAsync(MoneyApi.ChargesUrl(orderId));
        var wallet = await customer.SnapshotAsync(MoneyApi.Statement);

        var response = await TryAddChargeAsync(await CsManagerAsync(), orderId, new OrderAdjustments.ChargeCommand(ChargeKind.Credit, 10_000m, null));

        await response.ShouldBeInvalidAsync("reason");
        await customer.ShouldStillSeeAsync(charges);
        await customer.ShouldStillSeeAsync(wallet);
    }

    [Fact]
    public async Task Paying_the_balance_from_the_wallet_settles_the_order_at_once()
    {
        var (customer, orderId, deposited) = await DepositedOrderAsync(spareVnd: 1_000m);

        var payment = await (await TryPayAsync(customer, orderId, PaymentMethod.Wallet)).ReadAsync<PaymentDto>(HttpStatusCode.Created);

        Assert.Equal((deposited.DueVnd, PaymentStatus.Paid), (payment.AmountVnd, payment.Status));
        var charges = await customer.ChargesAsync(orderId);
        Assert.Equal((charges.TotalVnd, 0m), (charges.PaidVnd, charges.DueVnd));
        Assert.Equal(1_000m, await customer.BalanceAsync());
        await (await AccountantAsync()).BooksShouldBalanceAsync();
    }

    [Fact]
    public async Task A_balance_paid_by_transfer_counts_only_once_the_accountant_confirms_it()
    {
        var (customer, orderId, deposited) = await DepositedOrderAsync();
        var accountant = await AccountantAsync();
        var walletBefore = await customer.BalanceAsync();

        var payment = await (await TryPayAsync(customer, orderId, PaymentMethod.BankTransfer)).ReadAsync<PaymentDto>(HttpStatusCode.Created);

        Assert.Equal(PaymentStatus.Pending, payment.Status);
        Assert.Equal(deposited.DueVnd, (await customer.ChargesAsync(orderId)).DueVnd);
        var queue = await accountant.GetAsync<PagedResult<PaymentDto>>($"/api/payments?status=Pending&orderId={orderId}");
        Assert.Equal(payment.Id, Assert.Single(queue.Items).Id);

        var confirmed = await (await accountant.PostAsync($"/api/payments/{payment.Id}/confirm")).ReadAsync<PaymentDto>();

        Assert.Equal(PaymentStatus.Paid, confirmed.Status);
        Assert.Equal(0m, (await customer.ChargesAsync(orderId)).DueVnd);
        Assert.Equal(walletBefore, await customer.BalanceAsync());
        await accountant.BooksShouldBalanceAsync();
    }

    [Fact]
    public async Task Two_confirmed_transfers_for_the_same_balance_return_the_overpayment_to_the_wallet()
    {
        var (customer, orderId, deposited) = await DepositedOrderAsync();
        var accountant = await AccountantAsync();
        var walletBefore = await customer.BalanceAsync();
        var first = await (await TryPayAsync(customer, orderId, PaymentMethod.BankTransfer)).ReadAsync<PaymentDto>(HttpStatusCode.Created);
        var second = await (await TryPayAsync(customer, orderId, PaymentMethod.BankTransfer)).ReadAsync<PaymentDto>(HttpStatusCode.Created);

        await (await accountant.PostAsync($"/api/payments/{first.Id}/confirm")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await accountant.PostAsync($"/api/payments/{second.Id}/confirm")).ShouldHaveStatusAsync(HttpStatusCode.OK);

        var charges = await customer.ChargesAsync(orderId);
        Assert.Equal((charges.TotalVnd, 0m), (charges.PaidVnd, charges.DueVnd));
        Assert.Equal(walletBefore + deposited.DueVnd, await customer.BalanceAsync());
        Assert.Equal(JournalEntryKind.Refund, (await customer.StatementAsync()).Lines[0].Kind);
        await accountant.BooksShouldBalanceAsync();
    }

    [Fact]
    public async Task A_loyalty_tier_and_then_agreed_terms_lower_the_service_fee()
    {
        var admin = await AdminAsync();
        var customer = await NewCustomerAsync();
        var orderId = await customer.ApprovedOrderAsync(await CsManagerAsync(), unitPriceCny: 1_000m);
        var standard = await customer.ChargesAsync(orderId);
        Assert.True(standard.ServiceFeeVnd > 10_000m, $"fee {standard.ServiceFeeVnd} must be above the minimum for this test");

        var tier = await (await admin.PostAsync("/api/settings/loyalty-tiers", new MoneyAdministration.TierCommand($"Vàng {Guid.NewGuid():N}"[..20], 20m, null, 0m)))
            .ReadAsync<MoneyAdministration.TierDto>(HttpStatusCode.Created);
        await (await admin.PutAsync($"/api/customers/{customer.Id}/terms", new MoneyAdministration.CustomerTermsCommand(tier.Id, null))).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var loyal = await customer.ChargesAsync(orderId);

        Assert.Equal(standard.ServiceFeeBeforeDiscountsVnd * 0.2m, loyal.LoyaltyDiscountVnd);
        Assert.True(loyal.ServiceFeeVnd < standard.ServiceFeeVnd, $"{loyal.ServiceFeeVnd} < {standard.ServiceFeeVnd}");
        Assert.Equal(standard.TotalVnd - loyal.LoyaltyDiscountVnd, loyal.TotalVnd);

        await (await admin.PutAsync($"/api/customers/{customer.Id}/terms", new MoneyAdministration.CustomerTermsCommand(null, 1m))).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var agreed = await customer.ChargesAsync(orderId);

        Assert.Equal(1m, agreed.ServiceFeePercent);
        Assert.Equal(agreed.GoodsValueVnd * 0.01m, agreed.ServiceFeeVnd);
        Assert.True(agreed.ServiceFeeVnd < standard.ServiceFeeVnd);
    }

    [Fact]
    public async Task A_deposited_order_keeps_its_price_when_the_customers_terms_change_later()
    {
        var admin = await AdminAsync();
        var (customer, orderId, deposited) = await DepositedOrderAsync();

        await (await admin.PutAsync($"/api/customers/{customer.Id}/terms", new MoneyAdministration.CustomerTermsCommand(null, 1m))).ShouldHaveStatusAsync(HttpStatusCode.OK);

        var after = await customer.ChargesAsync(orderId);
        Assert.Equal(deposited with { Charges = after.Charges }, after);
        Assert.Equal(deposited.TotalVnd, after.TotalVnd);
        var newOrder = await customer.ApprovedOrderAsync(await CsManagerAsync());
        Assert.Equal(1m, (await customer.ChargesAsync(newOrder)).ServiceFeePercent);
    }

    public sealed class OnSqlite(SqliteApp app) : OrderChargesTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : OrderChargesTests(app), IClassFixture<PostgresApp>;
}
