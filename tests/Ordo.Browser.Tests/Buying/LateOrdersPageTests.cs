using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Playwright;
using Ordo.Browser.Tests.Infrastructure;
using Ordo.Browser.Tests.Pages;

namespace Ordo.Browser.Tests.Buying;

[Collection(BrowserTestGroup.Name)]
public sealed class LateOrdersPageTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("vi")]
    [InlineData("en")]
    public Task The_order_manager_sees_a_late_order_gives_its_reason_and_finds_it_on_the_order(string culture) =>
        browser.RunAsync($"late-orders-{culture}", async page =>
        {
            var t = Texts.For(culture);
            var b = LateTexts.For(culture);
            using var api = new OrdoApi(browser.Server.BaseAddress);
            var customer = await api.NewCustomerAsync($"Khách Trễ Hạn {culture}", culture);
            var (order, _) = await api.DepositedOrderAsync(customer, unitPriceCny: 120m, topUpVnd: 2_000_000m);
            await DepositedTwoDaysAgoAsync(order.Id);
            await WaitUntilLateAsync(await api.StaffAsync("order.manager@ordo.test"), order.Id);

            var account = new AccountPages(page, t);
            await account.OpenSignInAsync();
            await account.SignInAsync("order.manager@ordo.test", OrdoApi.DemoPassword);
            await new MoneyPages(page, MoneyTexts.For(culture)).OpenFromNavAsync(b.LateOrders);
            var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = order.Code });
            await Assertions.Expect(row).ToContainTextAsync(customer.FullName);
            await Assertions.Expect(row).ToContainTextAsync(b.NotBoughtInTime);

            await page.WaitUntilInteractiveAsync();
            await row.GetByRole(AriaRole.Button, new() { Name = b.GiveReason }).ClickAsync();
            var dialog = page.GetByRole(AriaRole.Dialog);
            await dialog.GetByLabel(b.Reason).ClickAsync();
            var option = page.GetByRole(AriaRole.Option, new() { Name = b.ShopNotResponding, Exact = true });
            await option.ClickAsync();
            await Assertions.Expect(option).ToBeHiddenAsync();
            await dialog.GetByLabel(b.Details).FillAsync("Shop chưa trả lời tin nhắn từ hôm qua");
            await dialog.GetByRole(AriaRole.Button, new() { Name = b.Save, Exact = true }).ClickAsync();
            await Assertions.Expect(dialog).ToBeHiddenAsync();
            await Assertions.Expect(row).ToContainTextAsync(b.ShopNotResponding);
            await Assertions.Expect(row).ToContainTextAsync("Shop chưa trả lời tin nhắn từ hôm qua");

            await row.GetByRole(AriaRole.Link, new() { Name = order.Code }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = order.Code, Exact = true })).ToBeVisibleAsync();
            var banner = page.Locator(".mud-alert", new() { HasText = b.LateChip });
            await Assertions.Expect(banner).ToContainTextAsync(b.ShopNotResponding);
            await Assertions.Expect(banner).ToContainTextAsync("Shop chưa trả lời tin nhắn từ hôm qua");
        });

    /// <summary>The server runs on the real clock: the deposit is moved two days back, past the 24-hour buying deadline.</summary>
    private async Task DepositedTwoDaysAgoAsync(Guid orderId)
    {
        // SQLite keeps instants as EF's binary DateTimeOffset (UTC ticks and offset in one integer).
        var binary = new DateTimeOffsetToBinaryConverter();
        await using var db = new SqliteConnection($"Data Source={browser.Server.DatabasePath};Pooling=false");
        await db.OpenAsync();
        await using var read = db.CreateCommand();
        read.CommandText = """SELECT "PricedAt" FROM "Orders" WHERE "Id" = $id""";
        read.Parameters.AddWithValue("$id", orderId.ToString().ToUpperInvariant());
        var pricedAt = (DateTimeOffset)binary.ConvertFromProvider((long)(await read.ExecuteScalarAsync())!)!;
        await using var write = db.CreateCommand();
        write.CommandText = """UPDATE "Orders" SET "PricedAt" = $at WHERE "Id" = $id""";
        write.Parameters.AddWithValue("$at", (long)binary.ConvertToProvider(pricedAt.AddDays(-2))!);
        write.Parameters.AddWithValue("$id", orderId.ToString().ToUpperInvariant());
        Assert.Equal(1, await write.ExecuteNonQueryAsync());
    }

    /// <summary>The job runs every two seconds on the test server; the order manager's list shows the order once it has.</summary>
    private static async Task WaitUntilLateAsync(ApiUser manager, Guid orderId)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var late = await manager.GetAsync<JsonElement>("/api/orders/late?reason=buying&pageSize=200");
            if (late.GetProperty("items").EnumerateArray().Any(r => r.GetProperty("orderId").GetGuid() == orderId))
            {
                return;
            }

            await Task.Delay(500, timeout.Token);
        }
    }
}
