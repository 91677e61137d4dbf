using Microsoft.Playwright;
using Ordo.Application.Money;
using Ordo.Browser.Tests.Infrastructure;
using Ordo.Browser.Tests.Pages;

namespace Ordo.Browser.Tests.Customers;

[Collection(BrowserTestGroup.Name)]
public sealed class WalletCorrectionTests(BrowserFixture browser)
{
    [Fact]
    public Task The_admin_adjusts_a_customers_wallet_with_a_reason_then_reverses_the_adjustment_and_nothing_is_edited() =>
        browser.RunAsync("wallet-correction-vi", async page =>
        {
            var t = Texts.For("vi");
            var m = MoneyTexts.For("vi");
            var c = CustomerTexts.For("vi");
            var customers = new CustomerPages(page, c);
            using var api = new OrdoApi(browser.Server.BaseAddress);
            var customer = await api.NewCustomerAsync("Phan Văn Điều Chỉnh", "vi");
            await api.TopUpAsync(customer, 500_000m);

            await new AccountPages(page, t).OpenSignInAsync();
            await new AccountPages(page, t).SignInAsync("admin@ordo.test", OrdoApi.DemoPassword);
            await customers.OpenFromNavAsync(c.Customers);
            await customers.SearchAsync(customer.CustomerCode);
            await customers.Row(customer.CustomerCode).GetByRole(AriaRole.Link, new() { Name = m.Vnd(500_000m) }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Ví của {customer.FullName}" })).ToBeVisibleAsync();
            await page.WaitUntilInteractiveAsync();
            var balance = page.GetByTestId("wallet-balance");
            await Assertions.Expect(balance).ToHaveTextAsync(m.Vnd(500_000m));

            await page.GetByRole(AriaRole.Button, new() { Name = "Điều chỉnh ví" }).ClickAsync();
            var dialog = page.GetByRole(AriaRole.Dialog);
            await dialog.GetByLabel(m.Amount).FillAsync("0");
            await dialog.GetByLabel(m.Reason).FillAsync("Bù phí ship nội địa");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Điều chỉnh ví" }).ClickAsync();
            await Assertions.Expect(dialog).ToContainTextAsync("không được bằng 0");
            await dialog.GetByLabel(m.Amount).FillAsync("-20000");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Điều chỉnh ví" }).ClickAsync();
            await Assertions.Expect(dialog).ToBeHiddenAsync();
            await Assertions.Expect(balance).ToHaveTextAsync(m.Vnd(480_000m));

            var statement = page.GetByRole(AriaRole.Region, new() { Name = m.Statement });
            var adjustment = statement.GetByRole(AriaRole.Row).Filter(new() { HasText = "Bù phí ship nội địa" });
            await Assertions.Expect(adjustment).ToContainTextAsync(m.SignedVnd(-20_000m));
            await adjustment.GetByRole(AriaRole.Button, new() { Name = "Đảo bút toán" }).ClickAsync();
            await dialog.GetByLabel(m.Reason).FillAsync("Nhập nhầm dấu");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Đảo bút toán" }).ClickAsync();
            await Assertions.Expect(dialog).ToBeHiddenAsync();
            await Assertions.Expect(balance).ToHaveTextAsync(m.Vnd(500_000m));
            var reversal = statement.GetByRole(AriaRole.Row).Filter(new() { HasText = "Nhập nhầm dấu" });
            await Assertions.Expect(reversal).ToContainTextAsync(m.SignedVnd(20_000m));
            await Assertions.Expect(adjustment).ToHaveCountAsync(1);

            var lines = (await customer.Api.GetAsync<WalletQueries.Statement>("/api/wallet/statement")).Lines;
            Assert.Equal([20_000m, -20_000m, 500_000m], lines.Select(l => l.AmountVnd));
            var accountant = await api.StaffAsync("accountant@ordo.test");
            var trial = await accountant.GetAsync<LedgerReports.TrialBalance>("/api/ledger/trial-balance");
            Assert.All(trial.SumOfLines, sum => Assert.Equal(0m, sum.Value));
        });
}
