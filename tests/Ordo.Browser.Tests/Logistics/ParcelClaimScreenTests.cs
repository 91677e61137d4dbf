using Microsoft.Playwright;
using Ordo.Application.Logistics;
using Ordo.Application.Orders;
using Ordo.Browser.Tests.Accessibility;
using Ordo.Browser.Tests.Infrastructure;
using Ordo.Browser.Tests.Pages;

namespace Ordo.Browser.Tests.Logistics;

/// <summary>A customer claims a box that came without an order, with a photo; the warehouse sees the photo and confirms.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class ParcelClaimScreenTests(BrowserFixture browser)
{
    private sealed record ClaimTexts(string Title, string Tracking, string Search, string Description, string Submit, string Mine, string Pending,
        string Queue, string Confirm, string Confirmed)
    {
        public static ClaimTexts For(string culture) => culture == "vi"
            ? new("Nhận kiện hàng", "Mã vận đơn", "Tìm", "Mô tả hàng", "Gửi yêu cầu", "Yêu cầu của tôi", "Chờ kho xác nhận",
                "Yêu cầu nhận kiện", "Xác nhận", "Đã xác nhận")
            : new("Claim a parcel", "Tracking number", "Search", "Description", "Send the claim", "My claims", "Waiting for the warehouse",
                "Parcel claims", "Confirm", "Confirmed");
    }

    /// <summary>A picture of the goods: one transparent pixel is a real PNG.</summary>
    internal static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    public Task A_customer_claims_an_anonymous_parcel_with_a_photo_and_the_warehouse_confirms_it_onto_their_order(string culture) =>
        browser.RunAsync($"parcel-claim-{culture}", async page =>
        {
            var t = Texts.For(culture);
            var c = ClaimTexts.For(culture);
            var account = new AccountPages(page, t);
            using var api = new OrdoApi(browser.Server.BaseAddress);
            var customer = await api.NewCustomerAsync("Chủ Kiện Lạc", culture);
            var order = await customer.Api.PostAsync<OrderDetailsDto>("/api/orders",
                new CreateShippingOrder.Command([new CreateShippingOrder.Item($"YT{Random.Shared.NextInt64(1_000_000_000_000, 9_999_999_999_999)}", "Giày", 1, 300m)],
                    new OrderOptionsDto(false, false, false), null));
            var number = $"JT{Random.Shared.NextInt64(1_000_000_000_000, 9_999_999_999_999)}";
            using var warehouse = await api.StaffAsync("cn.warehouse@ordo.test");
            var stray = (await warehouse.PostAsync<ScanParcel.Result>("/api/warehouses/GZ/scan", new ScanParcel.Command(number, 0.9m, 30m, 20m, 10m))).Parcel;

            await account.OpenSignInAsync();
            await account.SignInAsync(customer.Email, customer.Password);
            await page.GotoAsync("/parcels/claims");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = c.Title, Exact = true })).ToBeVisibleAsync();
            await page.WaitUntilInteractiveAsync();

            // The number the shop gave, Enter: the one parcel under it is chosen and the open order offered.
            await page.GetByLabel(c.Tracking, new() { Exact = true }).FillAsync(number.ToLowerInvariant());
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(page.GetByText(stray.Code, new() { Exact = true }).First).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText(order.Code, new() { Exact = false }).First).ToBeVisibleAsync();
            await page.GetByLabel(c.Description, new() { Exact = true }).FillAsync("Giày thể thao trắng, size 42");
            await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
            {
                Name = "giay.png", MimeType = "image/png", Buffer = Png,
            });
            await Assertions.Expect(page.GetByText("giay.png", new() { Exact = true })).ToBeVisibleAsync();
            await page.SettleAsync();
            Assert.DoesNotContain(await page.ViolationsAsync(), v => v.IsBlocking());
            await page.GetByRole(AriaRole.Button, new() { Name = c.Submit, Exact = true }).ClickAsync();

            var mine = page.GetByRole(AriaRole.Region, new() { Name = c.Mine, Exact = true });
            await Assertions.Expect(mine.GetByText(stray.Code, new() { Exact = true })).ToBeVisibleAsync();
            await Assertions.Expect(mine).ToContainTextAsync(c.Pending);
            var claim = Assert.Single((await customer.Api.GetAsync<Ordo.Application.Common.PagedResult<ParcelClaimDto>>("/api/parcel-claims")).Items);
            Assert.Equal((order.Id, "Giày thể thao trắng, size 42"), (claim.OrderId, claim.Description));

            // The warehouse sees the claim with its photo and confirms it.
            await new ShellPage(page, t).SignOutAsync();
            await account.SignInAsync("cn.warehouse@ordo.test", OrdoApi.DemoPassword);
            await page.GotoAsync("/warehouse/parcel-claims");
            var queue = page.GetByRole(AriaRole.Region, new() { Name = c.Queue, Exact = true });
            var row = queue.GetByRole(AriaRole.Row).Filter(new() { HasText = claim.Code });
            await Assertions.Expect(row).ToBeVisibleAsync();
            await page.WaitUntilInteractiveAsync();
            var photo = row.GetByRole(AriaRole.Img);
            await Assertions.Expect(photo).ToBeVisibleAsync();
            Assert.True(await photo.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "the claim's photo loads for the warehouse");
            await page.SettleAsync();
            Assert.DoesNotContain(await page.ViolationsAsync(), v => v.IsBlocking());
            await row.GetByRole(AriaRole.Button, new() { Name = $"{c.Confirm} {claim.Code}", Exact = true }).ClickAsync();

            // Confirmed claims leave the pending queue; the parcel now belongs to the order.
            await Assertions.Expect(row).ToHaveCountAsync(0);
            var parcel = await customer.Api.GetAsync<ParcelDto>($"/api/parcels/{stray.Code}");
            Assert.Equal(order.Id, parcel.OrderId);
            await page.Locator(".mud-chip").Filter(new() { HasText = c.Confirmed }).ClickAsync();
            await Assertions.Expect(queue.GetByRole(AriaRole.Row).Filter(new() { HasText = claim.Code })).ToBeVisibleAsync();
        });
}
