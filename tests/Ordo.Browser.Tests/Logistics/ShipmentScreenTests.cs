using Microsoft.Playwright;
using Ordo.Application.Logistics;
using Ordo.Browser.Tests.Accessibility;
using Ordo.Browser.Tests.Infrastructure;
using Ordo.Browser.Tests.Pages;
using Ordo.Domain.Logistics;

namespace Ordo.Browser.Tests.Logistics;

/// <summary>The China warehouse packs a bag for Vietnam with its scanner, takes a wrong parcel out again and dispatches the bag.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class ShipmentScreenTests(BrowserFixture browser)
{
    private sealed record ShipmentTexts(string Title, string Open, string ParcelCode, string Remove, string Dispatch, string Dispatched, string AlreadyPacked,
        string NotFound)
    {
        public static ShipmentTexts For(string culture) => culture == "vi"
            ? new("Bao hàng gửi về Việt Nam", "Mở bao", "Mã kiện", "Xóa", "Xuất bao", "Đã xuất đi", "Kiện này đã được đóng vào một bao.", "không còn tồn tại")
            : new("Shipments", "Open", "Parcel code", "Remove", "Dispatch", "Dispatched", "This parcel is already packed in a shipment.", "no longer exists");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    public Task The_china_warehouse_scans_parcels_into_a_shipment_takes_one_out_and_dispatches_it(string culture) =>
        browser.RunAsync($"shipment-{culture}", async page =>
        {
            var t = Texts.For(culture);
            var s = ShipmentTexts.For(culture);
            using var api = new OrdoApi(browser.Server.BaseAddress);
            var (warehouse, first, second) = await ChinaParcels.TwoReceivedAsync(api, "Chủ Bao Hàng", culture);

            var account = new AccountPages(page, t);
            await account.OpenSignInAsync();
            await account.SignInAsync("cn.warehouse@ordo.test", OrdoApi.DemoPassword);
            await page.GotoAsync("/warehouse/shipments");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = s.Title, Level = 1 })).ToBeVisibleAsync();
            await page.WaitUntilInteractiveAsync();

            // Keyboard only: choose the destination, Enter in the note opens the bag, and the parcel code then has the focus.
            await page.Locator("#shipment-destination").SelectOptionAsync(first.Destination);
            await page.Locator("#shipment-note").FillAsync("Bao 1 · xe tối");
            await page.Keyboard.PressAsync("Enter");
            var parcelCode = page.GetByLabel(s.ParcelCode, new() { Exact = true });
            await Assertions.Expect(parcelCode).ToBeFocusedAsync();
            var bag = page.GetByRole(AriaRole.Region).Filter(new() { Has = page.Locator("#shipment-selected-title") });
            var code = (await page.Locator("#shipment-selected-title .ordo-code").InnerTextAsync()).Trim();

            foreach (var parcel in new[] { first, second })
            {
                await page.Keyboard.TypeAsync(parcel.Code.ToLowerInvariant());
                await page.Keyboard.PressAsync("Enter");
                await Assertions.Expect(bag.GetByRole(AriaRole.Row).Filter(new() { HasText = parcel.Code })).ToBeVisibleAsync();
                await Assertions.Expect(parcelCode).ToBeFocusedAsync();
                await Assertions.Expect(parcelCode).ToHaveValueAsync(string.Empty);
            }

            // The same parcel again is refused, and so is a code no parcel has; the bag still holds two.
            await page.Keyboard.TypeAsync(first.Code);
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync(s.AlreadyPacked);
            await parcelCode.FillAsync("KHONG-CO-KIEN-NAY");
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync(s.NotFound, new() { IgnoreCase = true });
            Assert.Equal(2, (await warehouse.GetAsync<ShipmentDto>($"/api/shipments/{code}")).ParcelCount);

            await page.SettleAsync();
            Assert.DoesNotContain(await page.ViolationsAsync(), v => v.IsBlocking());

            // The second box was for another bag: out it comes, then the bag leaves with one parcel and its weight.
            await bag.GetByRole(AriaRole.Button, new() { Name = $"{s.Remove} {second.Code}", Exact = true }).ClickAsync();
            await Assertions.Expect(bag.GetByRole(AriaRole.Row).Filter(new() { HasText = second.Code })).ToHaveCountAsync(0);
            await bag.GetByRole(AriaRole.Button, new() { Name = s.Dispatch, Exact = true }).ClickAsync();
            await Assertions.Expect(bag).ToContainTextAsync(s.Dispatched);
            await Assertions.Expect(bag.GetByRole(AriaRole.Button, new() { Name = s.Dispatch, Exact = true })).ToHaveCountAsync(0);

            var sent = await warehouse.GetAsync<ShipmentDto>($"/api/shipments/{code}");
            Assert.Equal((ShipmentStatus.Dispatched, 1, first.WeightKg, "Bao 1 · xe tối"), (sent.Status, sent.ParcelCount, sent.TotalWeightKg, sent.Note));
            Assert.Equal(ParcelStatus.InTransit, (await warehouse.GetAsync<ParcelDto>($"/api/parcels/{first.Code}")).Status);
            var left = await warehouse.GetAsync<ParcelDto>($"/api/parcels/{second.Code}");
            Assert.Equal((ParcelStatus.InChinaWarehouse, null), (left.Status, left.ShipmentCode));
        });
}
