using Microsoft.Playwright;
using Ordo.Browser.Tests.Infrastructure;
using Ordo.Browser.Tests.Pages;

namespace Ordo.Browser.Tests.Orders;

[Collection(BrowserTestGroup.Name)]
public sealed class OutOfStockTests(BrowserFixture browser)
{
    private const decimal TopUp = 1_000_000m;

    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    public Task A_buyer_marks_a_deposited_order_out_of_stock_and_the_customer_finds_the_refund_under_the_bell(string culture) =>
        browser.RunAsync($"out-of-stock-{culture}", async page =>
        {
            var t = Texts.For(culture);
            var m = MoneyTexts.For(culture);
            var n = NotificationTexts.For(culture);
            var account = new AccountPages(page, t);
            var shell = new ShellPage(page, t);
            var orders = new OrderPages(page, t);
            var bell = new NotificationPages(page, n);
            using var api = new OrdoApi(browser.Server.BaseAddress);
            var customer = await api.NewCustomerAsync("Lê Hết Hàng", culture);
            var (order, deposited) = await api.DepositedOrderAsync(customer, unitPriceCny: 80m, topUpVnd: TopUp);

            await account.OpenSignInAsync();
            await account.SignInAsync("buyer@ordo.test", OrdoApi.DemoPassword);
            await page.GotoAsync($"/orders/{order.Code}");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = order.Code, Exact = true })).ToBeVisibleAsync();
            await page.WaitUntilInteractiveAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = n.OutOfStockAction, Exact = true }).ClickAsync();
            var dialog = page.GetByRole(AriaRole.Dialog);
            await dialog.GetByLabel(n.Reason).FillAsync("Shop báo hết tất cả các mẫu");
            await dialog.GetByRole(AriaRole.Button, new() { Name = n.OutOfStockAction, Exact = true }).ClickAsync();
            await Assertions.Expect(dialog).ToBeHiddenAsync();
            await Assertions.Expect(orders.Timeline).ToContainTextAsync(n.RefundedEntry);
            await Assertions.Expect(orders.Timeline).ToContainTextAsync("Shop báo hết tất cả các mẫu");
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = n.OutOfStockAction, Exact = true })).ToHaveCountAsync(0);

            await shell.SignOutAsync();
            await account.SignInAsync(customer.Email, customer.Password);
            // Approved, top-up confirmed, out of stock, refunded: four things the customer did not do themselves.
            await bell.ShouldShowUnreadAsync(4);
            await bell.OpenBellAsync();
            var refund = n.Refunded(order.Code, m.Vnd(deposited.DepositVnd));
            await Assertions.Expect(bell.Menu).ToContainTextAsync(n.OutOfStock(order.Code));
            await bell.Menu.GetByText(refund).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = order.Code, Exact = true })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText(n.OutOfStockStatus, new() { Exact = true }).First).ToBeVisibleAsync();
            await bell.ShouldShowUnreadAsync(3);

            await bell.OpenPageAsync();
            await Assertions.Expect(page.GetByText(refund)).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText("Shop báo hết tất cả các mẫu").First).ToBeVisibleAsync();
            var markAll = page.Locator(".ordo-page-header").GetByRole(AriaRole.Button, new() { Name = n.MarkAllRead, Exact = true });
            await markAll.ClickAsync();
            await Assertions.Expect(markAll).ToBeDisabledAsync();
            await bell.ShouldShowUnreadAsync(0);

            var wallet = await customer.Api.GetAsync<Ordo.Application.Money.WalletQueries.WalletDto>("/api/wallet");
            Assert.Equal(TopUp, wallet.BalanceVnd);
        });
}
