using Microsoft.Playwright;
using Ordo.Browser.Tests.Infrastructure;
using Ordo.Browser.Tests.Pages;

namespace Ordo.Browser.Tests.Orders;

[Collection(BrowserTestGroup.Name)]
public sealed class OrderApprovalFlowTests(BrowserFixture browser)
{
    private const string DemoPassword = "Demo@12345";

    [Theory]
    [InlineData("vi")]
    [InlineData("en")]
    public Task A_new_customer_submits_a_two_shop_cart_and_the_cs_manager_approves_one_order(string culture) =>
        browser.RunAsync($"approval-flow-{culture}", async page =>
        {
            var t = Texts.For(culture);
            var account = new AccountPages(page, t);
            var cart = new CartPage(page, t);
            var shell = new ShellPage(page, t);
            var orders = new OrderPages(page, t);
            var email = $"browser-{culture}-{Guid.NewGuid():N}@ordo.test";

            await account.OpenSignInAsync();
            await account.RegisterAsync("Hoàng Minh Thư", email, "0912 345 678", "Secret123");
            await Assertions.Expect(cart.Heading).ToBeVisibleAsync();

            await cart.AddLineAsync(new CartLine(
                "https://item.taobao.com/item.htm?id=7001", "tb-7001", "Shop Áo Len", "Áo len cổ lọ", "Màu: be; Size: M", 89, 2, "Gói kỹ"));
            await cart.AddLineAsync(new CartLine(
                "https://detail.tmall.com/item.htm?id=8002", "tm-8002", "Tmall Giày Chạy", "Giày chạy bộ", "Size: 42", 259, 1, "Hộp nguyên"));
            await Assertions.Expect(cart.ShopGroup("Shop Áo Len")).ToBeVisibleAsync();
            await Assertions.Expect(cart.ShopGroup("Tmall Giày Chạy")).ToBeVisibleAsync();

            var codes = await cart.SubmitAsync();
            Assert.Equal(2, codes.Count);
            Assert.All(codes, code => Assert.StartsWith("PO-", code, StringComparison.Ordinal));

            await shell.SignOutAsync();
            await account.SignInAsync("cs.manager@ordo.test", DemoPassword);
            await shell.OpenQueueAsync();
            await orders.FindInQueueAndOpenAsync(codes[0]);
            await orders.ApproveAsync("Phạm Quốc Bảo", "OK");

            var timeline = orders.Timeline;
            await Assertions.Expect(timeline).ToContainTextAsync(t.Submitted);
            await Assertions.Expect(timeline).ToContainTextAsync(t.ApprovedAction);
            await Assertions.Expect(timeline).ToContainTextAsync(t.Transition);
            await Assertions.Expect(timeline).ToContainTextAsync(t.CsAssigned);
            await Assertions.Expect(timeline).ToContainTextAsync($"{t.AssignedTo} Phạm Quốc Bảo");
            var entries = timeline.Locator("[data-action]");
            await Assertions.Expect(entries).ToHaveCountAsync(3);
            await Assertions.Expect(entries.Nth(0)).ToContainTextAsync(t.AwaitingApproval);
            await Assertions.Expect(entries.Nth(1)).ToContainTextAsync(t.Transition);
            await Assertions.Expect(entries.Nth(0)).ToContainTextAsync("Hoàng Minh Thư");
            await Assertions.Expect(entries.Nth(1)).ToContainTextAsync("Lê Thu Hà");
        });
}
