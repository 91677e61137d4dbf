using Microsoft.Playwright;

namespace Ordo.Browser.Tests.Pages;

/// <summary>The words of the notification bell and page, and of closing an order as out of stock, in each language.</summary>
public sealed record NotificationTexts(
    string Bell, string SeeAll, string MarkAllRead, string OutOfStockAction, string OutOfStockStatus, string RefundedEntry,
    string Reason, string Title)
{
    public static NotificationTexts For(string culture) => culture switch
    {
        "vi" => new("Thông báo", "Xem tất cả thông báo", "Đánh dấu tất cả đã đọc", "Báo hết hàng", "Hết hàng", "Hoàn tiền về ví", "Lý do", "Thông báo"),
        _ => new("Notifications", "See all notifications", "Mark all as read", "Mark out of stock", "Out of stock", "Refunded to wallet", "Reason", "Notifications"),
    };

    /// <summary>What the bell says of an order the shop could not supply, and of its refund.</summary>
    public string OutOfStock(string code) => Bell == "Thông báo" ? $"Đơn {code} hết hàng tại shop và đã đóng." : $"Order {code} is out of stock at the shop and was closed.";

    public string Refunded(string code, string amount) => Bell == "Thông báo" ? $"{amount} của đơn {code} đã được hoàn về ví của bạn." : $"{amount} from order {code} went back to your wallet.";
}

/// <summary>The bell in the top bar and the notifications page.</summary>
public sealed class NotificationPages(IPage page, NotificationTexts n)
{
    /// <summary>The bell in the top bar: it carries the unread count; its button, named for notifications, opens the menu.</summary>
    public ILocator Bell => page.Locator(".ordo-bell[data-unread]");

    public ILocator BellButton => Bell.GetByRole(AriaRole.Button, new() { Name = n.Bell, Exact = true });

    /// <summary>The bell's open list (MudBlazor's menu popover carries no menu role, so it is found by its class).</summary>
    public ILocator Menu => page.Locator(".ordo-notify-list");

    /// <summary>The unread count the bell shows (0 when it shows none).</summary>
    public async Task ShouldShowUnreadAsync(int count) =>
        await Assertions.Expect(Bell).ToHaveAttributeAsync("data-unread", count.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public async Task OpenBellAsync()
    {
        await page.WaitUntilInteractiveAsync();
        await BellButton.ClickAsync();
        await Assertions.Expect(Menu).ToBeVisibleAsync();
    }

    public async Task OpenPageAsync()
    {
        await page.GotoAsync("/notifications");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = n.Title, Exact = true })).ToBeVisibleAsync();
        await page.WaitUntilInteractiveAsync();
    }
}
