using Microsoft.Playwright;
using Ordo.Application.Common;
using Ordo.Application.Logistics;
using Ordo.Application.Orders;
using Ordo.Browser.Tests.Accessibility;
using Ordo.Browser.Tests.Infrastructure;
using Ordo.Browser.Tests.Pages;
using Ordo.Domain.Orders;

namespace Ordo.Browser.Tests.Logistics;

/// <summary>The China warehouse's receiving screen, driven as a keyboard-wedge scanner and a clerk drive it: type and Enter, no mouse.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class ScanScreenTests(BrowserFixture browser)
{
    private sealed record ScanTexts(string Title, string Tracking, string Received, string Anonymous, string AlreadyReceived, string Crate, string LastScans,
        string Parcels, string InChina)
    {
        public static ScanTexts For(string culture) => culture == "vi"
            ? new("Nhận kiện hàng", "Mã vận đơn", "Đã nhận", "Kiện không chủ", "Đã nhận trước đó", "Có đóng gỗ", "Các lần quét gần đây",
                "Kiện hàng ở kho", "Ở kho Trung Quốc")
            : new("Receive parcels", "Tracking number", "Received", "Anonymous parcel", "Already received", "Wooden crate ordered", "Last scans",
                "Parcels in the warehouses", "In the China warehouse");
    }

    /// <summary>What a scanner and a clerk type: the number, then weight, length, width and height, each ended by Enter.</summary>
    private static async Task TypeAndEnterAsync(IPage page, params string[] values)
    {
        foreach (var value in values)
        {
            await page.Keyboard.TypeAsync(value);
            await page.Keyboard.PressAsync("Enter");
        }
    }

    private static string NewTrackingNumber() => $"YT{Random.Shared.NextInt64(1_000_000_000_000, 9_999_999_999_999)}";

    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    public Task A_clerk_receives_parcels_with_the_keyboard_alone_and_hears_and_sees_each_outcome(string culture) =>
        browser.RunAsync($"scan-screen-{culture}", async page =>
        {
            var t = Texts.For(culture);
            var s = ScanTexts.For(culture);
            var account = new AccountPages(page, t);
            using var api = new OrdoApi(browser.Server.BaseAddress);
            var customer = await api.NewCustomerAsync("Mã Quét Kho", culture);
            var number = NewTrackingNumber();
            var order = await customer.Api.PostAsync<OrderDetailsDto>("/api/orders",
                new CreateShippingOrder.Command([new CreateShippingOrder.Item(number, "Quần áo trẻ em", 2, 150m)], new OrderOptionsDto(false, true, false), null));
            var stray = NewTrackingNumber();

            await account.OpenSignInAsync();
            await account.SignInAsync("cn.warehouse@ordo.test", OrdoApi.DemoPassword);
            await page.GotoAsync("/warehouse/scan");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = s.Title, Exact = true })).ToBeVisibleAsync();
            await page.WaitUntilInteractiveAsync();
            var tracking = page.GetByLabel(s.Tracking, new() { Exact = true });
            await Assertions.Expect(tracking).ToBeFocusedAsync();

            // The scanner types the number and Enter; the clerk types weight and sides, each with Enter.
            await TypeAndEnterAsync(page, number.ToLowerInvariant(), "2.5", "40", "30", "20");

            var result = page.GetByRole(AriaRole.Status);
            await Assertions.Expect(result).ToContainTextAsync(s.Received);
            await Assertions.Expect(result).ToContainTextAsync(order.Code);
            await Assertions.Expect(result).ToContainTextAsync(s.Crate);
            await Assertions.Expect(tracking).ToBeFocusedAsync();
            await Assertions.Expect(tracking).ToHaveValueAsync("");
            var parcels = await customer.Api.GetAsync<PagedResult<ParcelDto>>($"/api/parcels?orderId={order.Id}");
            var parcel = Assert.Single(parcels.Items);
            Assert.Equal((number, 4.00m), (parcel.TrackingNumber, parcel.ChargeableWeightKg));
            await Assertions.Expect(result).ToContainTextAsync(parcel.Code);

            // The label the screen offers, as the clerk's browser fetches it: its barcode reads the parcel's code.
            var label = page.GetByRole(AriaRole.Link).Filter(new() { HasText = parcel.Code });
            var href = await label.GetAttributeAsync("href") ?? throw new InvalidOperationException("The label link has no address.");
            var pdf = await page.Context.APIRequest.GetAsync(href);
            Assert.Equal(("application/pdf", 200), (pdf.Headers["content-type"], pdf.Status));
            Assert.Equal(parcel.Code, await Ordo.Api.Tests.Logistics.LabelScan.ScanBarcodeAsync(await pdf.BodyAsync()));
            await tracking.FocusAsync();

            // The same box again, then a box no order expects.
            await Assertions.Expect(tracking).ToBeFocusedAsync();
            await TypeAndEnterAsync(page, number, "2.5", "40", "30", "20");

            await Assertions.Expect(result).ToContainTextAsync(s.AlreadyReceived);
            await Assertions.Expect(tracking).ToBeFocusedAsync();
            await TypeAndEnterAsync(page, stray, "0.8", "25", "20", "10");

            await Assertions.Expect(result).ToContainTextAsync(s.Anonymous);
            var last = page.GetByRole(AriaRole.Region, new() { Name = s.LastScans, Exact = true });
            await Assertions.Expect(last.GetByRole(AriaRole.Row)).ToHaveCountAsync(4);
            await Assertions.Expect(last.GetByText(stray, new() { Exact = true })).ToBeVisibleAsync();
            Assert.Single((await customer.Api.GetAsync<PagedResult<ParcelDto>>($"/api/parcels?orderId={order.Id}")).Items);

            // A bad weight is refused beside its field and the number stays to correct.
            await Assertions.Expect(tracking).ToBeFocusedAsync();
            await TypeAndEnterAsync(page, NewTrackingNumber(), "5000", "10", "10", "10");

            await Assertions.Expect(page.Locator("#scan-weight")).ToHaveAttributeAsync("aria-invalid", "true");
            await page.SettleAsync();
            Assert.DoesNotContain(await page.ViolationsAsync(), v => v.IsBlocking());

            // The customer finds the parcel on the order, where it is.
            await new ShellPage(page, t).SignOutAsync();
            await account.SignInAsync(customer.Email, customer.Password);
            await page.GotoAsync($"/orders/{order.Code}");
            var onOrder = page.GetByRole(AriaRole.Region, new() { Name = s.Parcels, Exact = true });
            await Assertions.Expect(onOrder.GetByText(parcel.Code, new() { Exact = true })).ToBeVisibleAsync();
            await Assertions.Expect(onOrder).ToContainTextAsync(s.InChina);
            await page.SettleAsync();
            Assert.DoesNotContain(await page.ViolationsAsync(), v => v.IsBlocking());
        });
}
