using Ordo.Application.Money;
using Ordo.Browser.Tests.Infrastructure;
using Ordo.Browser.Tests.Pages;
using Ordo.Domain.Money;
using Microsoft.Playwright;

namespace Ordo.Browser.Tests.Money;

[Collection(BrowserTestGroup.Name)]
public sealed class BalancePaymentTests(BrowserFixture browser)
{
    private const decimal TopUp = 1_000_000m;
    private const decimal Transfer = 50_000m;

    [Fact]
    public Task The_customer_pays_part_of_the_balance_by_transfer_the_accountant_confirms_it_and_the_rest_is_paid_from_the_wallet() =>
        browser.RunAsync("balance-payment-vi", async page =>
        {
            var t = Texts.For("vi");
            var m = MoneyTexts.For("vi");
            var account = new AccountPages(page, t);
            var shell = new ShellPage(page, t);
            var charges = new ChargesPanel(page, m);
            using var api = new OrdoApi(browser.Server.BaseAddress);
            var customer = await api.NewCustomerAsync("Nguyễn Thị Thanh Toán", "vi");
            var (order, deposited) = await api.DepositedOrderAsync(customer, unitPriceCny: 100m, topUpVnd: TopUp);

            await account.OpenSignInAsync();
            await account.SignInAsync(customer.Email, customer.Password);
            await charges.OpenAsync(order.Code);
            await charges.SendTransferAsync(Transfer.ToString("0", System.Globalization.CultureInfo.InvariantCulture), "FT-CK-50K");
            await Assertions.Expect(charges.Due).ToHaveTextAsync(m.Vnd(deposited.DueVnd));
            var pending = Assert.Single((await customer.Api.GetAsync<Ordo.Application.Common.PagedResult<PaymentDto>>($"/api/payments?orderId={order.Id}")).Items);
            Assert.Equal((Transfer, PaymentMethod.BankTransfer, PaymentStatus.Pending, "FT-CK-50K"), (pending.AmountVnd, pending.Method, pending.Status, pending.Reference));

            await shell.SignOutAsync();
            await account.SignInAsync("accountant@ordo.test", OrdoApi.DemoPassword);
            await new MoneyPages(page, m).OpenFromNavAsync(m.PaymentsQueue);
            var accounting = new AccountingPages(page, m);
            var row = accounting.PaymentRow(order.Code);
            await Assertions.Expect(row).ToContainTextAsync(customer.FullName);
            await Assertions.Expect(row).ToContainTextAsync(m.BankTransfer);
            await Assertions.Expect(row).ToContainTextAsync("FT-CK-50K");
            await Assertions.Expect(row).ToContainTextAsync(m.Vnd(Transfer));
            await accounting.ConfirmPaymentAsync(order.Code);

            await shell.SignOutAsync();
            await account.SignInAsync(customer.Email, customer.Password);
            await charges.OpenAsync(order.Code);
            var rest = deposited.DueVnd - Transfer;
            await Assertions.Expect(charges.Paid).ToHaveTextAsync(m.Vnd(deposited.DepositVnd + Transfer));
            await Assertions.Expect(charges.Due).ToHaveTextAsync(m.Vnd(rest));

            await charges.PayBalanceAsync(due: m.Vnd(rest), walletBalance: m.Vnd(TopUp - deposited.DepositVnd));

            await Assertions.Expect(charges.Due).ToHaveTextAsync(m.Vnd(0));
            await Assertions.Expect(charges.Paid).ToHaveTextAsync(m.Vnd(deposited.TotalVnd));
            await Assertions.Expect(charges.PayBalanceButton).ToHaveCountAsync(0);
            var now = await customer.ChargesAsync(order.Id);
            Assert.Equal((0m, deposited.TotalVnd), (now.DueVnd, now.PaidVnd));

            await new MoneyPages(page, m).OpenFromNavAsync(m.Wallet);
            var wallet = new WalletPage(page, m);
            await Assertions.Expect(wallet.Balance).ToHaveTextAsync(m.Vnd(TopUp - deposited.DepositVnd - rest));
            var payment = wallet.OrderLine(order.Code).Filter(new() { HasText = m.OrderPaymentKind });
            await Assertions.Expect(payment).ToContainTextAsync(m.SignedVnd(-rest));
        });
}
