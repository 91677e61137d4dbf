using Microsoft.Playwright;
using Ordo.Application.Buying;
using Ordo.Browser.Tests.Infrastructure;
using Ordo.Browser.Tests.Pages;
using Ordo.Domain.Buying;

namespace Ordo.Browser.Tests.Buying;

[Collection(BrowserTestGroup.Name)]
public sealed class BuyingAccountTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("vi")]
    [InlineData("en")]
    public Task The_admin_adds_an_account_for_the_buyer_then_moves_it_to_a_bank_card_and_retires_it(string culture) =>
        browser.RunAsync($"buying-accounts-{culture}", async page =>
        {
            var t = BuyingTexts.For(culture);
            var accounts = new BuyingAccountsPage(page, t);
            var login = $"tb_{Guid.NewGuid().ToString("N")[..10]}";
            var account = new AccountPages(page, Texts.For(culture));
            await account.OpenSignInAsync();
            await account.SignInAsync("admin@ordo.test", OrdoApi.DemoPassword);
            await accounts.OpenFromNavAsync();

            await accounts.OpenNewAsync();
            await accounts.ClickSaveAsync();
            await Assertions.Expect(accounts.Dialog.GetByText(t.Required).First).ToBeVisibleAsync();
            await accounts.FillAsync(t.AccountName, login);
            await accounts.FillAsync(t.PaymentAccount, "muahang@example.cn");
            await accounts.TickAsync(t.Staff, "Đỗ Mai Linh");
            await accounts.SaveAsync();

            var row = accounts.Row(login);
            await Assertions.Expect(row).ToContainTextAsync("Taobao");
            await Assertions.Expect(row).ToContainTextAsync("Alipay · muahang@example.cn");
            await Assertions.Expect(row).ToContainTextAsync("Đỗ Mai Linh");
            await Assertions.Expect(row).ToContainTextAsync(t.Active);

            await accounts.OpenEditAsync(login);
            await accounts.ChooseAsync(t.PaymentKind, t.BankCard);
            await accounts.FillAsync(t.PaymentAccount, "Vietcombank •••• 1234");
            await accounts.Dialog.GetByLabel(t.Active).UncheckAsync();
            await accounts.SaveAsync();

            await Assertions.Expect(row).ToContainTextAsync($"{t.BankCard} · Vietcombank •••• 1234");
            await Assertions.Expect(row).ToContainTextAsync(t.Inactive);
            using var api = new OrdoApi(browser.Server.BaseAddress);
            var admin = await api.StaffAsync("admin@ordo.test");
            var saved = (await admin.GetAsync<IReadOnlyList<BuyingAccounts.AccountDto>>("/api/settings/buying-accounts")).Single(a => a.AccountName == login);
            Assert.Equal((PaymentKind.BankCard, false, 1), (saved.PaymentKind, saved.IsActive, saved.Version));
            Assert.Equal("Đỗ Mai Linh", Assert.Single(saved.AssignedStaff).Name);
        });
}
