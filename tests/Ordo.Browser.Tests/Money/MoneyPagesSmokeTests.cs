using Microsoft.Playwright;
using Ordo.Browser.Tests.Infrastructure;
using Ordo.Browser.Tests.Pages;

namespace Ordo.Browser.Tests.Money;

[Collection(BrowserTestGroup.Name)]
public sealed class MoneyPagesSmokeTests(BrowserFixture browser)
{
    private static readonly string[] Pages = ["Top-up queue", "Payments queue", "Withdrawals", "Money books", "Debts", "Trial balance", "Money settings"];

    [Fact]
    public Task The_admin_opens_every_accounting_page_and_the_money_settings() =>
        browser.RunAsync("money-pages-en", async page =>
        {
            var t = Texts.For("en");
            var account = new AccountPages(page, t);
            await account.OpenSignInAsync();
            await account.SignInAsync("admin@ordo.test", "Demo@12345");
            var money = new MoneyPages(page, MoneyTexts.For("en"));
            foreach (var name in Pages)
            {
                await money.OpenFromNavAsync(name);
                await Assertions.Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "error" })).ToHaveCountAsync(0);
            }

            await money.OpenFromNavAsync("Trial balance");
            await Assertions.Expect(page.GetByTestId("sum-VND")).ToContainTextAsync("the lines sum to zero");
            await money.OpenFromNavAsync("Money settings");
            await Assertions.Expect(page.GetByText("1 ¥ = ₫3,650")).ToBeVisibleAsync();
        });
}
