using Microsoft.Playwright;
using Ordo.Application.Orders;
using Ordo.Browser.Tests.Accessibility;
using Ordo.Browser.Tests.Infrastructure;
using Ordo.Browser.Tests.Pages;

namespace Ordo.Browser.Tests.Orders;

[Collection(BrowserTestGroup.Name)]
public sealed class ShippingParcelTests(BrowserFixture browser)
{
    private sealed record ParcelTexts(string Parcels, string Declare, string TrackingNumber, string Description, string Quantity, string Value, string Add, string Taken)
    {
        public static ParcelTexts For(string culture) => culture == "vi"
            ? new("Kiện hàng", "Khai báo thêm kiện hàng", "Mã vận đơn", "Mô tả hàng", "Số lượng", "Giá trị khai báo", "Thêm kiện", "Mã vận đơn này đã thuộc về một đơn khác")
            : new("Parcels", "Declare another parcel", "Tracking number", "Description", "Quantity", "Declared value", "Add parcel", "This tracking number already belongs to another order");

        public string TakeBack(string number) => Add == "Add parcel" ? $"Take back parcel {number}" : $"Gỡ kiện {number}";
    }

    private static string NewTrackingNumber() => $"YT{Random.Shared.NextInt64(1_000_000_000_000, 9_999_999_999_999)}";

    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    public Task A_customer_declares_a_parcel_the_shop_sent_after_approval_is_refused_a_number_another_order_holds_and_takes_one_back(string culture) =>
        browser.RunAsync($"shipping-parcels-{culture}", async page =>
        {
            var t = Texts.For(culture);
            var p = ParcelTexts.For(culture);
            var account = new AccountPages(page, t);
            using var api = new OrdoApi(browser.Server.BaseAddress);
            var customer = await api.NewCustomerAsync("Vũ Ký Gửi", culture);
            var (first, later, taken) = (NewTrackingNumber(), NewTrackingNumber(), NewTrackingNumber());
            var order = await customer.Api.PostAsync<OrderDetailsDto>("/api/orders",
                new CreateShippingOrder.Command([new CreateShippingOrder.Item(first, "Quần áo trẻ em", 2, 150m)], null, "Hàng dễ vỡ"));
            var manager = await api.StaffAsync("cs.manager@ordo.test");
            await manager.PostAsync<OrderDetailsDto>($"/api/orders/{order.Id}/approve", new ReviewOrders.ApproveCommand(null, null));
            var someoneElse = await api.NewCustomerAsync("Người Khác", culture);
            await someoneElse.Api.PostAsync<OrderDetailsDto>("/api/orders",
                new CreateShippingOrder.Command([new CreateShippingOrder.Item(taken, "Giày", 1, 90m)], null, null));

            await account.OpenSignInAsync();
            await account.SignInAsync(customer.Email, customer.Password);
            await page.GotoAsync($"/orders/{order.Code}");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = order.Code, Exact = true })).ToBeVisibleAsync();
            await page.WaitUntilInteractiveAsync();
            var parcels = page.GetByRole(AriaRole.Region, new() { Name = p.Parcels, Exact = true });
            var form = page.GetByRole(AriaRole.Form, new() { Name = p.Declare, Exact = true });
            await Assertions.Expect(form).ToBeVisibleAsync();

            // A number another customer's order holds is refused, and nothing is added.
            await form.GetByLabel(p.TrackingNumber, new() { Exact = true }).FillAsync(taken);
            await form.GetByLabel(p.Description, new() { Exact = true }).FillAsync("Phụ kiện điện thoại");
            await form.GetByRole(AriaRole.Button, new() { Name = p.Add, Exact = true }).ClickAsync();
            await Assertions.Expect(parcels.GetByRole(AriaRole.Alert)).ToContainTextAsync(p.Taken);
            await Assertions.Expect(parcels.GetByText(taken, new() { Exact = true })).ToHaveCountAsync(0);

            await form.GetByLabel(p.TrackingNumber, new() { Exact = true }).FillAsync(later.ToLowerInvariant());
            await form.GetByRole(AriaRole.Button, new() { Name = p.Add, Exact = true }).ClickAsync();
            await Assertions.Expect(parcels.GetByText(later, new() { Exact = true })).ToBeVisibleAsync();
            await Assertions.Expect(parcels.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
            await page.SettleAsync();
            Assert.DoesNotContain(await page.ViolationsAsync(), v => v.IsBlocking());

            // Typed wrong: taken back, and the order keeps its first parcel.
            await parcels.GetByRole(AriaRole.Button, new() { Name = p.TakeBack(later), Exact = true }).ClickAsync();
            await Assertions.Expect(parcels.GetByText(later, new() { Exact = true })).ToHaveCountAsync(0);
            await Assertions.Expect(parcels.GetByText(first, new() { Exact = true })).ToBeVisibleAsync();
            await Assertions.Expect(parcels.GetByRole(AriaRole.Button, new() { Name = p.TakeBack(first), Exact = true })).ToHaveCountAsync(0);

            var stored = await customer.Api.GetAsync<OrderDetailsDto>($"/api/orders/{order.Id}");
            Assert.Equal([first], stored.Items.Select(i => i.TrackingNumber));
        });
}
