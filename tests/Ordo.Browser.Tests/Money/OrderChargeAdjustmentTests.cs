using Microsoft.Playwright;
using Ordo.Browser.Tests.Infrastructure;
using Ordo.Browser.Tests.Pages;

namespace Ordo.Browser.Tests.Money;

[Collection(BrowserTestGroup.Name)]
public sealed class OrderChargeAdjustmentTests(BrowserFixture browser)
{
    private const decimal TopUp = 1_000_000m;
    private const decimal Supplementary = 30_000m;
    private const decimal Excess = 50_000m;

    [Fact]
    public Task Staff_add_a_charge_and_a_credit_with_reasons_and_the_credit_that_overpays_the_order_returns_to_the_wallet() =>
        browser.RunAsync("order-charges-en", async page =>
        {
            var t = Texts.For("en");
            var m = MoneyTexts.For("en");
            var account = new AccountPages(page, t);
            var charges = new ChargesPanel(page, m);
            var timeline = new OrderPages(page, t).Timeline;
            using var api = new OrdoApi(browser.Server.BaseAddress);
            var customer = await api.NewCustomerAsync("Lý Văn Phụ Phí");
            var (order, deposited) = await api.DepositedOrderAsync(customer, unitPriceCny: 100m, topUpVnd: TopUp);
            var credit = deposited.DueVnd + Supplementary + Excess;

            await account.OpenSignInAsync();
            await account.SignInAsync("cs.manager@ordo.test", OrdoApi.DemoPassword);
            await charges.OpenAsync(order.Code);
            await Assertions.Expect(charges.Total).ToHaveTextAsync(m.Vnd(deposited.TotalVnd));

            await charges.AddChargeAsync(credit: false, "30000", "Gia cố thùng carton");
            await Assertions.Expect(charges.Line("Gia cố thùng carton")).ToContainTextAsync($"{m.Supplementary}: Gia cố thùng carton");
            await Assertions.Expect(charges.Line("Gia cố thùng carton")).ToContainTextAsync(m.SignedVnd(Supplementary));
            await Assertions.Expect(charges.Total).ToHaveTextAsync(m.Vnd(deposited.TotalVnd + Supplementary));
            await Assertions.Expect(charges.Due).ToHaveTextAsync(m.Vnd(deposited.DueVnd + Supplementary));

            await charges.AddChargeAsync(credit: true, credit.ToString(System.Globalization.CultureInfo.InvariantCulture), "Shop giao thiếu hàng");
            await Assertions.Expect(charges.Line("Shop giao thiếu hàng")).ToContainTextAsync($"{m.Credit}: Shop giao thiếu hàng");
            await Assertions.Expect(charges.Line("Shop giao thiếu hàng")).ToContainTextAsync(m.SignedVnd(-credit));
            await Assertions.Expect(charges.Due).ToHaveTextAsync(m.Vnd(0));
            await Assertions.Expect(charges.Paid).ToHaveTextAsync(m.Vnd(deposited.DepositVnd - Excess));

            var added = timeline.Locator("[data-action=ChargeAdded]");
            await Assertions.Expect(added).ToHaveCountAsync(2);
            await Assertions.Expect(added.Filter(new() { HasText = "Gia cố thùng carton" })).ToContainTextAsync(m.ChargeAdded);
            await Assertions.Expect(added.Filter(new() { HasText = "Gia cố thùng carton" })).ToContainTextAsync("+30000 VND");
            await Assertions.Expect(added.Filter(new() { HasText = "Shop giao thiếu hàng" })).ToContainTextAsync($"-{credit:0} VND");

            await new ShellPage(page, t).SignOutAsync();
            await account.SignInAsync(customer.Email, customer.Password);
            await new MoneyPages(page, m).OpenFromNavAsync(m.Wallet);
            var wallet = new WalletPage(page, m);
            await Assertions.Expect(wallet.Balance).ToHaveTextAsync(m.Vnd(TopUp - deposited.DepositVnd + Excess));
            var refund = wallet.OrderLine(order.Code).Filter(new() { HasText = m.RefundKind });
            await Assertions.Expect(refund).ToContainTextAsync(m.SignedVnd(Excess));
        });
}
