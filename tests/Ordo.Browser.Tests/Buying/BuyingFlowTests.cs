using Microsoft.Playwright;
using Ordo.Browser.Tests.Accessibility;
using Ordo.Browser.Tests.Infrastructure;
using Ordo.Browser.Tests.Pages;

namespace Ordo.Browser.Tests.Buying;

[Collection(BrowserTestGroup.Name)]
public sealed class BuyingFlowTests(BrowserFixture browser)
{
    private const decimal TopUp = 5_000_000m;

    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    public Task The_order_manager_assigns_the_buyer_who_records_a_shortage_and_a_tracking_number_and_the_customer_finds_the_refund_under_the_bell(string culture) =>
        browser.RunAsync($"buying-flow-{culture}", async page =>
        {
            var t = Texts.For(culture);
            var m = MoneyTexts.For(culture);
            var n = NotificationTexts.For(culture);
            var b = BuyingDeskTexts.For(culture);
            var account = new AccountPages(page, t);
            var shell = new ShellPage(page, t);
            var orders = new OrderPages(page, t);
            var bell = new NotificationPages(page, n);
            using var api = new OrdoApi(browser.Server.BaseAddress);
            var customer = await api.NewCustomerAsync("Trần Thiếu Hàng", culture);
            // Ten jackets at ¥80: the shop has three, at ¥85.
            var (order, deposited) = await api.DepositedOrderAsync(customer, unitPriceCny: 80m, topUpVnd: TopUp, quantity: 10);

            // The order manager finds it on the buying desk and assigns the buyer.
            await account.OpenSignInAsync();
            await account.SignInAsync("order.manager@ordo.test", OrdoApi.DemoPassword);
            await page.GotoAsync("/buying");
            await page.WaitUntilInteractiveAsync();
            var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = order.Code });
            await Assertions.Expect(row).ToBeVisibleAsync();
            await row.GetByRole(AriaRole.Checkbox).CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = b.AssignSelectedOne, Exact = true }).ClickAsync();
            var dialog = page.GetByRole(AriaRole.Dialog);
            await dialog.GetByLabel(b.Buyer).ClickAsync();
            await page.GetByRole(AriaRole.Option).Filter(new() { HasText = "Đỗ Mai Linh" }).ClickAsync();
            await dialog.GetByRole(AriaRole.Button, new() { Name = b.AssignSelectedOne, Exact = true }).ClickAsync();
            await Assertions.Expect(dialog).ToBeHiddenAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(order.Code);
            await shell.SignOutAsync();

            // The buyer records the purchase: a shortage and a higher price.
            await account.SignInAsync("buyer@ordo.test", OrdoApi.DemoPassword);
            await page.GotoAsync($"/orders/{order.Code}");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = order.Code, Exact = true })).ToBeVisibleAsync();
            await page.WaitUntilInteractiveAsync();
            await Assertions.Expect(page.GetByText(b.OrderingStatus, new() { Exact = true }).First).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = b.RecordPurchase, Exact = true }).ClickAsync();
            dialog = page.GetByRole(AriaRole.Dialog);
            await dialog.GetByLabel(b.ShopOrderNumbers).FillAsync("3342198765");
            await dialog.GetByLabel(b.PriceOf("Áo khoác gió")).FillAsync("85");
            await dialog.GetByLabel(b.QuantityOf("Áo khoác gió")).FillAsync("3");
            await page.SettleAsync();
            Assert.DoesNotContain(await page.ViolationsAsync(), v => v.IsBlocking());
            await dialog.GetByRole(AriaRole.Button, new() { Name = b.RecordPurchase, Exact = true }).ClickAsync();
            await Assertions.Expect(dialog).ToBeHiddenAsync();
            await Assertions.Expect(orders.Timeline).ToContainTextAsync(b.PurchasedEntry);
            await Assertions.Expect(orders.Timeline).ToContainTextAsync(b.RefundedEntry);

            // Unique across the server's runs: a tracking number belongs to one order only.
            var tracking = $"SF{Random.Shared.NextInt64(1_000_000_000, 9_999_999_999)}";
            await page.GetByRole(AriaRole.Textbox, new() { Name = b.TrackingNumber, Exact = true }).FillAsync(tracking.ToLowerInvariant());
            // With what the shop's shipping notice declares: the China scan compares the box with it.
            await page.GetByLabel(culture == "vi" ? "Cân nặng khai báo" : "Declared weight", new() { Exact = true }).FillAsync("1.5");
            // A number field takes the browser's own decimal point, whatever the page's language.
            await page.GetByLabel(culture == "vi" ? "Thể tích khai báo" : "Declared volume", new() { Exact = true }).FillAsync("0.012");
            await page.GetByRole(AriaRole.Button, new() { Name = b.AddTrackingNumber, Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.List, new() { Name = b.TrackingNumbers }).GetByText(tracking, new() { Exact = true })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.List, new() { Name = b.TrackingNumbers }).GetByRole(AriaRole.Listitem)
                .Filter(new() { HasText = tracking })).ToContainTextAsync(culture == "vi" ? "0,012 m³" : "0.012 m³");
            await Assertions.Expect(page.GetByText(b.ShopShippedStatus, new() { Exact = true }).First).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = b.CostsTitle, Exact = true })).ToBeVisibleAsync();

            // The shop split the order: the buyer asks to change its number, the order manager approves.
            await page.GetByRole(AriaRole.Button, new() { Name = b.AskChange, Exact = true }).ClickAsync();
            dialog = page.GetByRole(AriaRole.Dialog);
            await dialog.GetByLabel(b.ShopOrderNumbers).FillAsync("3342198799");
            await dialog.GetByLabel(b.Reason).FillAsync("Shop tách đơn");
            await dialog.GetByRole(AriaRole.Button, new() { Name = b.AskChange, Exact = true }).ClickAsync();
            await Assertions.Expect(dialog).ToBeHiddenAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "3342198799" })).ToBeVisibleAsync();
            await shell.SignOutAsync();
            await account.SignInAsync("order.manager@ordo.test", OrdoApi.DemoPassword);
            await page.GotoAsync($"/orders/{order.Code}");
            await page.WaitUntilInteractiveAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = b.ApproveChange, Exact = true }).ClickAsync();
            await Assertions.Expect(orders.Timeline).ToContainTextAsync(b.NumbersChangedEntry);
            await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = b.BuyingTitle }).GetByText("3342198799", new() { Exact = true })).ToBeVisibleAsync();
            await shell.SignOutAsync();

            // The customer is told: the refund of the shortage is under the bell.
            var charges = await customer.Api.GetAsync<Ordo.Application.Money.ChargesDto>($"/api/orders/{order.Id}/charges");
            var refund = deposited.PaidVnd - charges.PaidVnd;
            Assert.True(refund > 0);
            await account.SignInAsync(customer.Email, customer.Password);
            await bell.OpenBellAsync();
            await bell.Menu.GetByText(n.Refunded(order.Code, m.Vnd(refund))).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = order.Code, Exact = true })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.List, new() { Name = b.TrackingNumbers }).GetByText(tracking, new() { Exact = true })).ToBeVisibleAsync();
            var wallet = await customer.Api.GetAsync<Ordo.Application.Money.WalletQueries.WalletDto>("/api/wallet");
            Assert.Equal(TopUp - deposited.PaidVnd + refund, wallet.BalanceVnd);
        });
}
