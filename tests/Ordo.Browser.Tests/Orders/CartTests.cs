using Microsoft.Playwright;
using Ordo.Browser.Tests.Infrastructure;
using Ordo.Browser.Tests.Pages;

namespace Ordo.Browser.Tests.Orders;

[Collection(BrowserTestGroup.Name)]
public sealed class CartTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("vi")]
    [InlineData("en")]
    public Task The_cart_shows_refusals_next_to_the_fields_and_lines_can_be_changed_and_removed(string culture) =>
        browser.RunAsync($"cart-{culture}", async page =>
        {
            var t = Texts.For(culture);
            var account = new AccountPages(page, t);
            var cart = new CartPage(page, t);
            await account.OpenSignInAsync();
            await account.RegisterAsync("Đinh Thu Trang", $"cart-{culture}-{Guid.NewGuid():N}@ordo.test", "0987 654 321", "Secret123");
            await Assertions.Expect(page.GetByText(t.EmptyCart)).ToBeVisibleAsync();

            var dialog = await cart.AddEmptyLineAsync();
            await Assertions.Expect(dialog.GetByText(t.Required).First).ToBeVisibleAsync();
            await Assertions.Expect(dialog.GetByText(t.GreaterThanZero)).ToBeVisibleAsync();
            await page.Keyboard.PressAsync("Escape");
            await Assertions.Expect(dialog).ToBeHiddenAsync();

            await cart.AddLineAsync(new CartLine(
                "https://detail.1688.com/offer/9003.html", "1688-9003", "Xưởng Ly Sứ", "Ly sứ in logo", "Màu: trắng", 12, 10, "In 2 mặt"));
            await cart.ChangeQuantityAsync("Ly sứ in logo", 25);
            await Assertions.Expect(cart.ShopGroup("Xưởng Ly Sứ").GetByRole(AriaRole.Row).Filter(new() { HasText = "Ly sứ in logo" }))
                .ToContainTextAsync("25");

            await cart.RemoveAsync("Ly sứ in logo");
            await Assertions.Expect(page.GetByText(t.EmptyCart)).ToBeVisibleAsync();
        });
}
