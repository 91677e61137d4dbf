using Microsoft.Playwright;
using Ordo.Application.Logistics;
using Ordo.Application.Orders;
using Ordo.Browser.Tests.Accessibility;
using Ordo.Browser.Tests.Infrastructure;
using Ordo.Browser.Tests.Pages;
using Ordo.Domain.Logistics;

namespace Ordo.Browser.Tests.Logistics;

/// <summary>The forwarding manager sets a check for an order that bought inspection; the Vietnam checker counts it with a photo.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class CheckScreenTests(BrowserFixture browser)
{
    private sealed record CheckTexts(string Title, string Order, string Create, string Damaged, string AddPhotos, string Record, string Mismatch, string NoInspection)
    {
        public static CheckTexts For(string culture) => culture == "vi"
            ? new("Kiểm đếm hàng", "Đơn hàng", "Tạo phiếu kiểm", "Hư hỏng: Ấm trà", "Thêm ảnh", "Lưu kết quả kiểm", "Sai lệch", "không đăng ký kiểm hàng")
            : new("Checks of the goods", "Order", "Set the check", "Damaged: Ấm trà", "Add photos", "Record the count", "Mismatch", "did not buy");

        public string CountOf(string check) => Title == "Kiểm đếm hàng" ? $"Kiểm {check}" : $"Count {check}";
    }

    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    public Task The_forwarding_manager_sets_a_check_and_the_checker_records_a_damaged_item_with_a_photo(string culture) =>
        browser.RunAsync($"checks-{culture}", async page =>
        {
            var t = Texts.For(culture);
            var c = CheckTexts.For(culture);
            using var api = new OrdoApi(browser.Server.BaseAddress);
            var customer = await api.NewCustomerAsync("Vũ Thị Kiểm", culture);
            var inspected = await customer.Api.PostAsync<OrderDetailsDto>("/api/orders", new CreateShippingOrder.Command(
                [new CreateShippingOrder.Item($"ZTCHK{Random.Shared.NextInt64(100_000_000, 999_999_999)}", "Ấm trà", 2, 250m)], new OrderOptionsDto(true, false, false), null));
            var plain = await customer.Api.PostAsync<OrderDetailsDto>("/api/orders", new CreateShippingOrder.Command(
                [new CreateShippingOrder.Item($"ZTCHK{Random.Shared.NextInt64(100_000_000, 999_999_999)}", "Chén", 1, 50m)], new OrderOptionsDto(false, false, false), null));
            var account = new AccountPages(page, t);

            await account.OpenAsAsync("forwarding.manager@ordo.test", OrdoApi.DemoPassword, "/warehouse/checks", c.Title);

            // An order without inspection is refused; the inspected one gets its check, waiting to be counted.
            var order = page.GetByLabel(c.Order, new() { Exact = true });
            await order.FillAsync(plain.Code);
            await page.GetByRole(AriaRole.Button, new() { Name = c.Create, Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Alert).First).ToContainTextAsync(c.NoInspection, new() { IgnoreCase = true });
            await order.FillAsync(inspected.Code.ToLowerInvariant());
            await page.GetByRole(AriaRole.Button, new() { Name = c.Create, Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = inspected.Code })).ToHaveCountAsync(1);
            var forwarding = await api.StaffAsync("forwarding.manager@ordo.test");
            var check = Assert.Single((await forwarding.GetAsync<Ordo.Application.Common.PagedResult<GoodsChecks.CheckDto>>($"/api/checks?orderId={inspected.Id}")).Items);
            Assert.Equal(0, (await forwarding.GetAsync<Ordo.Application.Common.PagedResult<GoodsChecks.CheckDto>>($"/api/checks?orderId={plain.Id}")).Total);

            // The checker counts both teapots, one of them damaged, with a photo.
            await account.OpenAsAsync("vn.warehouse@ordo.test", OrdoApi.DemoPassword, "/warehouse/checks", c.Title);
            await page.GetByRole(AriaRole.Button, new() { Name = c.CountOf(check.Code), Exact = true }).ClickAsync();
            await page.GetByLabel(c.Damaged, new() { Exact = true }).FillAsync("1");
            await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "am-tra-vo.png", MimeType = "image/png", Buffer = ParcelClaimScreenTests.Png });
            await Assertions.Expect(page.Locator("#check-photo-count")).ToContainTextAsync("1");
            await page.SettleAsync();
            Assert.DoesNotContain(await page.ViolationsAsync(), v => v.IsBlocking());
            await page.GetByRole(AriaRole.Button, new() { Name = c.Record, Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = c.Record, Exact = true })).ToHaveCountAsync(0);

            var recorded = await forwarding.GetAsync<GoodsChecks.CheckDto>($"/api/checks/{check.Id}");
            Assert.Equal(CheckStatus.Mismatch, recorded.Status);
            var line = Assert.Single(recorded.Lines);
            Assert.Equal((2, 1, 0), (line.Counted, line.Damaged, line.Missing));
            Assert.Single(recorded.PhotoIds);
        });
}
