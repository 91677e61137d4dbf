using Microsoft.Playwright;
using Ordo.Application.Common;
using Ordo.Application.Logistics;
using Ordo.Browser.Tests.Accessibility;
using Ordo.Browser.Tests.Infrastructure;
using Ordo.Browser.Tests.Pages;
using Ordo.Domain.Logistics;

namespace Ordo.Browser.Tests.Logistics;

/// <summary>
/// The last mile on screen: the customer asks for delivery of their parcels waiting in Vietnam; the forwarding manager
/// may not release them unpaid, releases them for cash on delivery and puts the slip on a driver's run; the driver
/// delivers and collects the cash, and the accountant takes it in.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class LastMileScreenTests(BrowserFixture browser)
{
    private sealed record LastMileTexts(
        string AskTitle, string Address, string Phone, string Ask, string Waiting, string NoneWaiting, string Releases, string Unpaid, string Driver,
        string PlanRun, string Runs, string Delivered, string DeliveryDone)
    {
        public static LastMileTexts For(string culture) => culture == "vi"
            ? new("Yêu cầu giao hàng", "Địa chỉ", "Số điện thoại", "Gửi yêu cầu giao", "Chờ kho xử lý", "Không có kiện nào của bạn đang chờ ở kho Việt Nam",
                "Xuất kho và giao hàng", "Đơn còn nợ", "Tài xế", "Lập chuyến giao", "Chuyến giao hàng", "Đã giao", "Đã giao")
            : new("Ask for delivery", "Address", "Phone", "Ask for delivery", "Waiting for the warehouse", "No parcel of yours is waiting in Vietnam",
                "Releases and delivery", "still owes its balance", "Driver", "Plan a delivery run", "Delivery runs", "Delivered", "Delivered");

        public string Choose(string parcel) => AskTitle == "Ask for delivery" ? $"Deliver parcel {parcel}" : $"Giao kiện {parcel}";

        public string Release(string request) => AskTitle == "Ask for delivery" ? $"Release {request}" : $"Xuất kho {request}";

        public string ReleaseCod(string request) => AskTitle == "Ask for delivery" ? $"Release {request} for cash on delivery" : $"Xuất kho {request} thu hộ";

        public string PutOnRun(string release) => AskTitle == "Ask for delivery" ? $"Put {release} on the run" : $"Xếp {release} vào chuyến";

        public string DeliveredOf(string release) => AskTitle == "Ask for delivery" ? $"Delivered {release}" : $"Đã giao {release}";

        public string TakeIn(string run) => AskTitle == "Ask for delivery" ? $"Take in the cash of run {run}" : $"Nhận tiền của chuyến {run}";
    }

    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    public Task A_delivery_request_is_released_cash_on_delivery_delivered_by_the_driver_and_its_cash_taken_in(string culture) =>
        browser.RunAsync($"last-mile-{culture}", async page =>
        {
            var t = Texts.For(culture);
            var m = LastMileTexts.For(culture);
            using var api = new OrdoApi(browser.Server.BaseAddress);
            var customer = await api.NewCustomerAsync("Phan Văn Nhận", culture);
            var (_, first, second) = await ChinaParcels.TwoInVietnamAsync(api, customer);
            var account = new AccountPages(page, t);

            // The customer chooses both parcels and where to bring them; they are then no longer offered.
            await account.OpenAsAsync(customer.Email, customer.Password, "/parcels/delivery", m.AskTitle);
            await page.SettleAsync();
            Assert.DoesNotContain(await page.ViolationsAsync(), v => v.IsBlocking());
            await page.GetByLabel(m.Choose(first.Code)).CheckAsync();
            await page.GetByLabel(m.Choose(second.Code)).CheckAsync();
            await page.GetByLabel(m.Address, new() { Exact = true }).FillAsync("12 Hàng Bạc, Hoàn Kiếm, Hà Nội");
            await page.GetByLabel(m.Phone, new() { Exact = true }).FillAsync("0901 234 567");
            await page.GetByRole(AriaRole.Button, new() { Name = m.Ask, Exact = true }).ClickAsync();
            var requested = page.GetByRole(AriaRole.Row).Filter(new() { HasText = first.Code }).Filter(new() { HasText = m.Waiting });
            await Assertions.Expect(requested).ToHaveCountAsync(1);
            await Assertions.Expect(page.GetByText(m.NoneWaiting)).ToBeVisibleAsync();
            var request = Assert.Single((await customer.Api.GetAsync<PagedResult<DeliveryRequestDto>>("/api/delivery-requests")).Items);
            Assert.Equal(new[] { first.Code, second.Code }.Order(StringComparer.Ordinal), request.ParcelCodes.Order(StringComparer.Ordinal));
            Assert.Equal("0901 234 567", request.Phone);

            // The forwarding manager: not released while the order owes the international fee; released cash on delivery.
            await account.OpenAsAsync("forwarding.manager@ordo.test", OrdoApi.DemoPassword, "/warehouse/releases", m.Releases);
            await page.GetByRole(AriaRole.Button, new() { Name = m.Release(request.Code), Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Alert).First).ToContainTextAsync(m.Unpaid);
            Assert.Equal(0, (await customer.Api.GetAsync<PagedResult<ReleaseDto>>("/api/releases")).Total);

            await page.GetByRole(AriaRole.Button, new() { Name = m.ReleaseCod(request.Code), Exact = true }).ClickAsync();
            var release = await WaitForAsync(async () => (await customer.Api.GetAsync<PagedResult<ReleaseDto>>("/api/releases")).Items.SingleOrDefault());
            Assert.True(release.CashOnDelivery && release.ToCollectVnd > 0, $"{release.Code} collects {release.ToCollectVnd}");
            var put = page.GetByLabel(m.PutOnRun(release.Code), new() { Exact = true });
            await Assertions.Expect(put).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = m.Release(request.Code), Exact = true })).ToHaveCountAsync(0);
            await page.SettleAsync();
            Assert.DoesNotContain(await page.ViolationsAsync(), v => v.IsBlocking());

            await put.CheckAsync();
            await page.GetByLabel(m.Driver, new() { Exact = true }).ClickAsync();
            var driverOption = page.GetByRole(AriaRole.Option, new() { Name = "Đặng Văn Hùng", Exact = true });
            await driverOption.ClickAsync();
            await Assertions.Expect(driverOption).ToBeHiddenAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = m.PlanRun, Exact = true }).ClickAsync();
            await Assertions.Expect(put).ToHaveCountAsync(0);
            var driver = await api.StaffAsync("delivery@ordo.test");
            var run = (await driver.GetAsync<PagedResult<DeliveryRunDto>>("/api/delivery-runs")).Items.Single(r => r.Deliveries.Any(d => d.ReleaseId == release.Id));

            // The driver delivers, collecting what the slip says (the amount is there already).
            await account.OpenAsAsync("delivery@ordo.test", OrdoApi.DemoPassword, "/delivery", m.Runs);
            var stop = page.GetByRole(AriaRole.Row).Filter(new() { HasText = release.Code });
            await page.SettleAsync();
            Assert.DoesNotContain(await page.ViolationsAsync(), v => v.IsBlocking());
            await stop.GetByRole(AriaRole.Button, new() { Name = m.DeliveredOf(release.Code), Exact = true }).ClickAsync();
            await Assertions.Expect(stop.GetByRole(AriaRole.Button, new() { Name = m.DeliveredOf(release.Code), Exact = true })).ToHaveCountAsync(0);
            var delivered = await driver.GetAsync<DeliveryRunDto>($"/api/delivery-runs/{run.Id}");
            var delivery = delivered.Deliveries.Single(d => d.ReleaseId == release.Id);
            Assert.Equal((DeliveryStatus.Delivered, release.ToCollectVnd), (delivery.Status, delivery.CollectedVnd));
            Assert.Equal(ParcelStatus.Delivered, (await customer.Api.GetAsync<ParcelDto>($"/api/parcels/{first.Code}")).Status);

            // The accountant takes in what the driver holds.
            await account.OpenAsAsync("accountant@ordo.test", OrdoApi.DemoPassword, "/delivery", m.Runs);
            var takeIn = page.GetByRole(AriaRole.Button, new() { Name = m.TakeIn(run.Code), Exact = true });
            await takeIn.ClickAsync();
            await Assertions.Expect(takeIn).ToHaveCountAsync(0);
            var accountant = await api.StaffAsync("accountant@ordo.test");
            Assert.Equal(0m, (await accountant.GetAsync<DeliveryRunDto>($"/api/delivery-runs/{run.Id}")).CashHeldVnd);
        });

    private static async Task<T> WaitForAsync<T>(Func<Task<T?>> read)
        where T : class
    {
        for (var attempt = 0; attempt < 60; attempt++)
        {
            if (await read() is { } found)
            {
                return found;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("The screen's change did not reach the server.");
    }

    [Fact]
    public Task The_forwarding_manager_releases_parcels_by_code_for_a_pick_up_refusing_an_unknown_code_and_an_unpaid_release() =>
        browser.RunAsync("release-by-code-en", async page =>
        {
            var t = Texts.For("en");
            var m = LastMileTexts.For("en");
            using var api = new OrdoApi(browser.Server.BaseAddress);
            var customer = await api.NewCustomerAsync("Lê Văn Tự Lấy", "en");
            var (_, first, second) = await ChinaParcels.TwoInVietnamAsync(api, customer);
            await new AccountPages(page, t).OpenAsAsync("forwarding.manager@ordo.test", OrdoApi.DemoPassword, "/warehouse/releases", m.Releases);
            var form = page.GetByRole(AriaRole.Region, new() { Name = "Release parcels by code" });
            var codes = form.GetByLabel("Parcel codes", new() { Exact = true });
            var release = form.GetByRole(AriaRole.Button, new() { Name = "Release", Exact = true });

            // A code no parcel has: refused, nothing released.
            await codes.FillAsync($"{first.Code}\nPK-1999-000404");
            await release.ClickAsync();
            await Assertions.Expect(form.GetByText("No parcel has the code PK-1999-000404")).ToBeVisibleAsync();
            // Both parcels, as a scanner types them (lower case, a line each), unpaid and not cash on delivery: refused.
            await codes.FillAsync($"{first.Code.ToLowerInvariant()}\n{second.Code.ToLowerInvariant()}");
            await release.ClickAsync();
            await Assertions.Expect(form.GetByRole(AriaRole.Alert).First).ToContainTextAsync(m.Unpaid);
            Assert.Equal(0, (await customer.Api.GetAsync<PagedResult<ReleaseDto>>("/api/releases")).Total);

            await form.GetByLabel("Cash on delivery").CheckAsync();
            await release.ClickAsync();
            await Assertions.Expect(page.GetByText("made with 2 parcels")).ToBeVisibleAsync();
            var made = Assert.Single((await customer.Api.GetAsync<PagedResult<ReleaseDto>>("/api/releases")).Items);
            Assert.True(made.CashOnDelivery);
            Assert.Equal(new[] { first.Code, second.Code }.Order(StringComparer.Ordinal), made.Parcels.Select(p => p.ParcelCode).Order(StringComparer.Ordinal));
            await Assertions.Expect(codes).ToHaveValueAsync(string.Empty);
            await page.SettleAsync();
            Assert.DoesNotContain(await page.ViolationsAsync(), v => v.IsBlocking());
        });
}
