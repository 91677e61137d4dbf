using Microsoft.Playwright;
using Ordo.Application.Logistics;
using Ordo.Browser.Tests.Accessibility;
using Ordo.Browser.Tests.Infrastructure;
using Ordo.Browser.Tests.Pages;
using Ordo.Domain.Logistics;

namespace Ordo.Browser.Tests.Logistics;

/// <summary>The Vietnam warehouse counts its shelves with the scanner, closes the count and declares lost the parcel nobody found.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class StocktakeScreenTests(BrowserFixture browser)
{
    private sealed record StocktakeTexts(string Title, string Start, string ParcelCode, string Shelf, string Close, string MarkLost, string DeclaredLost,
        string Unknown, string Counted, string AlreadyCounted)
    {
        public static StocktakeTexts For(string culture) => culture == "vi"
            ? new("Kiểm kê kho", "Bắt đầu kiểm kê", "Mã kiện", "Kệ", "Kết thúc kiểm kê", "Báo mất", "Đã báo mất", "không có kiện nào mang mã này", "Đã đếm", "đã được đếm rồi")
            : new("Stocktake", "Start the count", "Parcel code", "Shelf", "Close the count", "Declare lost", "Declared lost", "no parcel has this code", "counted", "was already counted");

        public string Choose(string code) => Title == "Stocktake" ? $"Choose {code}" : $"Chọn {code}";
    }

    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    public Task The_vietnam_warehouse_counts_its_shelves_by_keyboard_and_declares_lost_the_parcel_nobody_found(string culture) =>
        browser.RunAsync($"stocktake-{culture}", async page =>
        {
            var t = Texts.For(culture);
            var s = StocktakeTexts.For(culture);
            using var api = new OrdoApi(browser.Server.BaseAddress);
            var customer = await api.NewCustomerAsync("Đếm Kệ Hàng", culture);
            var (vietnam, here, gone) = await ChinaParcels.TwoInVietnamAsync(api, customer);

            await new AccountPages(page, t).OpenAsAsync("vn.warehouse@ordo.test", OrdoApi.DemoPassword, "/warehouse/stocktakes", s.Title);
            await page.Locator("#stocktake-warehouse").SelectOptionAsync(here.Destination);
            await page.GetByRole(AriaRole.Button, new() { Name = s.Start, Exact = true }).ClickAsync();
            var count = page.GetByRole(AriaRole.Region).Filter(new() { Has = page.Locator("#stocktake-selected-title") });
            var parcelCode = page.GetByLabel(s.ParcelCode, new() { Exact = true });
            await Assertions.Expect(parcelCode).ToBeFocusedAsync();
            var said = count.GetByRole(AriaRole.Status);

            // Keyboard only: the label, Enter, the shelf, Enter; the shelf stays, so the next label's Enter counts at once.
            await page.Keyboard.TypeAsync(here.Code.ToLowerInvariant());
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(page.GetByLabel(s.Shelf, new() { Exact = true })).ToBeFocusedAsync();
            await page.Keyboard.TypeAsync("B-02");
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(said).ToHaveAttributeAsync("data-outcome", nameof(StocktakeScanOutcome.Counted));
            await Assertions.Expect(said).ToContainTextAsync(s.Counted);
            await Assertions.Expect(parcelCode).ToBeFocusedAsync();
            await page.Keyboard.TypeAsync(here.Code);
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(said).ToHaveAttributeAsync("data-outcome", nameof(StocktakeScanOutcome.AlreadyCounted));
            await Assertions.Expect(said).ToContainTextAsync(s.AlreadyCounted);
            var stray = $"PK-1999-{Random.Shared.Next(100_000, 999_999)}";
            await page.Keyboard.TypeAsync(stray);
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(said).ToHaveAttributeAsync("data-outcome", nameof(StocktakeScanOutcome.Unknown));
            await Assertions.Expect(said).ToContainTextAsync(s.Unknown);
            await Assertions.Expect(count.GetByRole(AriaRole.Row).Filter(new() { HasText = stray })).ToBeVisibleAsync();

            // A label that is no parcel's code at all is refused at its field, and nothing is listed for it.
            await page.Keyboard.TypeAsync("<b>x</b>");
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(parcelCode).ToHaveAttributeAsync("aria-invalid", "true");
            await Assertions.Expect(count.GetByRole(AriaRole.Row).Filter(new() { HasText = "<b>x</b>" })).ToHaveCountAsync(0);

            await page.SettleAsync();
            Assert.DoesNotContain(await page.ViolationsAsync(), v => v.IsBlocking());

            // Closed, the parcel nobody scanned is chosen and declared lost; the one counted stays on its shelf.
            await count.GetByRole(AriaRole.Button, new() { Name = s.Close, Exact = true }).ClickAsync();
            var choose = page.GetByRole(AriaRole.Checkbox, new() { Name = s.Choose(gone.Code), Exact = true });
            await choose.CheckAsync();
            await count.GetByRole(AriaRole.Button, new() { Name = $"{s.MarkLost} (1)", Exact = true }).ClickAsync();
            await Assertions.Expect(count.GetByRole(AriaRole.Row).Filter(new() { HasText = gone.Code })).ToContainTextAsync(s.DeclaredLost);
            await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = s.Choose(gone.Code), Exact = true })).ToHaveCountAsync(0);
            await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = s.Choose(here.Code), Exact = true })).ToHaveCountAsync(0);

            await page.SettleAsync();
            Assert.DoesNotContain(await page.ViolationsAsync(), v => v.IsBlocking());
            Assert.Equal(ParcelStatus.Lost, (await vietnam.GetAsync<ParcelDto>($"/api/parcels/{gone.Code}")).Status);
            Assert.Equal((ParcelStatus.InVietnamWarehouse, "B-02"), ((await vietnam.GetAsync<ParcelDto>($"/api/parcels/{here.Code}")).Status,
                (await vietnam.GetAsync<ParcelDto>($"/api/parcels/{here.Code}")).Shelf));
        });
}
