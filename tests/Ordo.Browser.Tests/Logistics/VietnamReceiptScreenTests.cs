using Microsoft.Playwright;
using Ordo.Application.Logistics;
using Ordo.Browser.Tests.Accessibility;
using Ordo.Browser.Tests.Infrastructure;
using Ordo.Browser.Tests.Pages;
using Ordo.Domain.Logistics;

namespace Ordo.Browser.Tests.Logistics;

/// <summary>The Vietnam warehouse unloads a bag from China with its scanner: the bag's code, each parcel and its shelf, and what did not come.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class VietnamReceiptScreenTests(BrowserFixture browser)
{
    private sealed record ReceiptTexts(string Title, string ShipmentCode, string ParcelCode, string Shelf, string Received, string Finish, string Missing,
        string AlreadyReceived)
    {
        public static ReceiptTexts For(string culture) => culture == "vi"
            ? new("Nhận hàng từ Trung Quốc", "Mã bao", "Mã kiện", "Kệ", "Đã nhận", "Dỡ xong", "Không thấy", "Bao này đã được nhận rồi.")
            : new("Receive from China", "Shipment code", "Parcel code", "Shelf", "Received", "Finish unloading", "Not found", "This shipment has already been received.");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    public Task The_vietnam_warehouse_scans_a_shipment_in_shelves_its_parcels_and_the_one_not_found_is_flagged_missing(string culture) =>
        browser.RunAsync($"vn-receipt-{culture}", async page =>
        {
            var t = Texts.For(culture);
            var r = ReceiptTexts.For(culture);
            using var api = new OrdoApi(browser.Server.BaseAddress);
            var (china, came, lost) = await ChinaParcels.TwoReceivedAsync(api, "Chủ Hàng Về", culture);
            var parcels = new[] { came, lost };
            var shipment = await china.PostAsync<ShipmentDto>("/api/shipments", new Shipments.OpenCommand(came.Destination));
            foreach (var parcel in parcels)
            {
                await china.PostAsync<ShipmentDto>($"/api/shipments/{shipment.Id}/parcels", new Shipments.ParcelCommand(parcel.Code));
            }

            await china.PostAsync<ShipmentDto>($"/api/shipments/{shipment.Id}/dispatch");

            var account = new AccountPages(page, t);
            await account.OpenSignInAsync();
            await account.SignInAsync("vn.warehouse@ordo.test", OrdoApi.DemoPassword);
            await page.GotoAsync("/warehouse/receive");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = r.Title, Level = 1 })).ToBeVisibleAsync();
            await page.WaitUntilInteractiveAsync();
            await page.Locator("#receipt-warehouse").SelectOptionAsync(came.Destination);

            // Keyboard only: the bag's code and Enter; then the parcel code, Enter, its shelf, Enter.
            await page.GetByLabel(r.ShipmentCode, new() { Exact = true }).FocusAsync();
            await page.Keyboard.TypeAsync(shipment.Code.ToLowerInvariant());
            await page.Keyboard.PressAsync("Enter");
            var bag = page.GetByRole(AriaRole.Region).Filter(new() { Has = page.Locator("#receipt-shipment-title") });
            await Assertions.Expect(bag).ToContainTextAsync(shipment.Code);
            var parcelCode = page.GetByLabel(r.ParcelCode, new() { Exact = true });
            await Assertions.Expect(parcelCode).ToBeFocusedAsync();
            await page.Keyboard.TypeAsync(came.Code);
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(page.GetByLabel(r.Shelf, new() { Exact = true })).ToBeFocusedAsync();
            await page.Keyboard.TypeAsync("A-01");
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(bag.GetByRole(AriaRole.Row).Filter(new() { HasText = came.Code })).ToContainTextAsync(r.Received);
            await Assertions.Expect(parcelCode).ToBeFocusedAsync();

            // The same bag scanned again is refused; nothing changes.
            await page.GetByLabel(r.ShipmentCode, new() { Exact = true }).FillAsync(shipment.Code);
            await page.GetByLabel(r.ShipmentCode, new() { Exact = true }).PressAsync("Enter");
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync(r.AlreadyReceived);

            await page.SettleAsync();
            Assert.DoesNotContain(await page.ViolationsAsync(), v => v.IsBlocking());

            // Unloading done: the parcel never scanned is flagged missing.
            await bag.GetByRole(AriaRole.Button, new() { Name = r.Finish, Exact = true }).ClickAsync();
            await Assertions.Expect(bag.GetByRole(AriaRole.Row).Filter(new() { HasText = lost.Code })).ToContainTextAsync(r.Missing);
            var shelved = await china.GetAsync<ParcelDto>($"/api/parcels/{came.Code}");
            Assert.Equal((ParcelStatus.InVietnamWarehouse, "A-01"), (shelved.Status, shelved.Shelf));
            Assert.Equal(ParcelStatus.Missing, (await china.GetAsync<ParcelDto>($"/api/parcels/{lost.Code}")).Status);
            var unloaded = await china.GetAsync<ShipmentDto>($"/api/shipments/{shipment.Code}");
            Assert.Equal((ShipmentStatus.Received, 1, 1), (unloaded.Status, unloaded.ReceivedCount, unloaded.MissingCount));
        });
}
