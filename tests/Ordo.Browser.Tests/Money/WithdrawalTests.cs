using Microsoft.Playwright;
using Ordo.Browser.Tests.Infrastructure;
using Ordo.Browser.Tests.Pages;

namespace Ordo.Browser.Tests.Money;

[Collection(BrowserTestGroup.Name)]
public sealed class WithdrawalTests(BrowserFixture browser)
{
    [Fact]
    public Task A_customer_asks_for_two_withdrawals_the_accountant_pays_one_and_rejects_the_other_and_only_the_paid_one_leaves_the_wallet() =>
        browser.RunAsync("withdrawal-en", async page =>
        {
            var t = Texts.For("en");
            var m = MoneyTexts.For("en");
            var account = new AccountPages(page, t);
            var shell = new ShellPage(page, t);
            var money = new MoneyPages(page, m);
            var wallet = new WalletPage(page, m);
            using var api = new OrdoApi(browser.Server.BaseAddress);
            var customer = await api.NewCustomerAsync("Vương Thị Rút");
            await api.TopUpAsync(customer, 2_000_000m);
            var unique = Guid.NewGuid().ToString("N")[..10];
            var paidAccount = $"Vietcombank {unique}";
            var rejectedAccount = $"ACB {unique}";

            await account.OpenSignInAsync();
            await account.SignInAsync(customer.Email, customer.Password);
            await money.OpenFromNavAsync(m.Wallet);
            await Assertions.Expect(wallet.Balance).ToHaveTextAsync(m.Vnd(2_000_000m));
            await wallet.RequestWithdrawalAsync("500000", paidAccount);
            await wallet.RequestWithdrawalAsync("300000", rejectedAccount);
            await Assertions.Expect(wallet.Balance).ToHaveTextAsync(m.Vnd(2_000_000m));

            await shell.SignOutAsync();
            await account.SignInAsync("accountant@ordo.test", OrdoApi.DemoPassword);
            await money.OpenFromNavAsync(m.WithdrawalQueue);
            var accounting = new AccountingPages(page, m);
            await Assertions.Expect(accounting.WithdrawalRow(paidAccount)).ToContainTextAsync(m.Vnd(500_000m));
            await Assertions.Expect(accounting.WithdrawalRow(rejectedAccount)).ToContainTextAsync(m.Vnd(300_000m));
            await accounting.PayWithdrawalAsync(paidAccount);
            await accounting.RejectWithdrawalAsync(rejectedAccount, "Tên chủ tài khoản không khớp");

            await shell.SignOutAsync();
            await account.SignInAsync(customer.Email, customer.Password);
            await money.OpenFromNavAsync(m.Wallet);
            await Assertions.Expect(wallet.Balance).ToHaveTextAsync(m.Vnd(1_500_000m));
            await Assertions.Expect(wallet.Line(m.WithdrawalKind)).ToHaveCountAsync(1);
            await Assertions.Expect(wallet.Line(m.WithdrawalKind)).ToContainTextAsync(m.SignedVnd(-500_000m));
            await Assertions.Expect(wallet.Line(m.WithdrawalKind)).ToContainTextAsync(m.Vnd(1_500_000m));
        });
}
