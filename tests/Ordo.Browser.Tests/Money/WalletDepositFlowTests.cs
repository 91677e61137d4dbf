using Microsoft.Playwright;
using Ordo.Browser.Tests.Infrastructure;
using Ordo.Browser.Tests.Pages;

namespace Ordo.Browser.Tests.Money;

[Collection(BrowserTestGroup.Name)]
public sealed class WalletDepositFlowTests(BrowserFixture browser)
{
    private const string DemoPassword = "Demo@12345";

    [Theory]
    [InlineData("vi")]
    [InlineData("en")]
    public Task A_customer_tops_up_by_transfer_the_accountant_confirms_and_the_customer_pays_the_deposit(string culture) =>
        browser.RunAsync($"wallet-deposit-{culture}", async page =>
        {
            var t = Texts.For(culture);
            var m = MoneyTexts.For(culture);
            var account = new AccountPages(page, t);
            var cart = new CartPage(page, t);
            var shell = new ShellPage(page, t);
            var orders = new OrderPages(page, t);
            var money = new MoneyPages(page, m);
            var suffix = Guid.NewGuid().ToString("N")[..6];
            var name = $"Trần Văn Ví {suffix}";
            var email = $"wallet-{culture}-{suffix}@ordo.test";

            await account.OpenSignInAsync();
            await account.RegisterAsync(name, email, "0912 345 678", "Secret123");
            await Assertions.Expect(cart.Heading).ToBeVisibleAsync();
            await cart.AddLineAsync(new CartLine("https://item.taobao.com/item.htm?id=9001", "tb-9001", "Shop Túi", "Túi xách", "Màu: đen", 120, 1, "Gói kỹ"));
            await cart.AddLineAsync(new CartLine("https://detail.tmall.com/item.htm?id=9002", "tm-9002", "Tmall Mũ", "Mũ len", "Size: L", 45, 2, "Hộp"));
            var code = (await cart.SubmitAsync())[0];

            await money.OpenFromNavAsync(m.Wallet);
            await money.RequestTopUpAsync("20000000", $"FT{suffix}");
            await Assertions.Expect(page.GetByTestId("wallet-pending")).ToHaveTextAsync(m.TwentyMillion);

            await shell.SignOutAsync();
            await account.SignInAsync("accountant@ordo.test", DemoPassword);
            await money.OpenFromNavAsync(m.TopUpQueue);
            await money.ConfirmTopUpAsync(name);

            await shell.SignOutAsync();
            await account.SignInAsync("cs.manager@ordo.test", DemoPassword);
            await shell.OpenQueueAsync();
            await orders.FindInQueueAndOpenAsync(code);
            await orders.ApproveAsync("Phạm Quốc Bảo", "OK");

            await shell.SignOutAsync();
            await account.SignInAsync(email, "Secret123");
            await page.GotoAsync($"/orders/{code}");
            await Assertions.Expect(money.Charges).ToBeVisibleAsync();
            await Assertions.Expect(money.Charges.GetByTestId("charges-total")).ToContainTextAsync("₫");
            await money.PayDepositAsync();
            await Assertions.Expect(page.GetByText(m.DepositPaidStatus, new() { Exact = true }).First).ToBeVisibleAsync();

            await money.OpenFromNavAsync(m.Wallet);
            var line = money.Statement.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = code }) });
            await Assertions.Expect(line).ToContainTextAsync(m.DepositKind);
            await Assertions.Expect(money.Statement).ToContainTextAsync(m.TwentyMillion);
        });
}
