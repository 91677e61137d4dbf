using Microsoft.Playwright;
using Ordo.Application.Logistics;
using Ordo.Browser.Tests.Accessibility;
using Ordo.Browser.Tests.Infrastructure;
using Ordo.Browser.Tests.Pages;

namespace Ordo.Browser.Tests.Logistics;

/// <summary>
/// Where each parcel is: a customer finds their parcels and opens one's timeline; the warehouse finds an anonymous
/// parcel by its code and matches it to the customer's order, which the customer then sees among their parcels.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class ParcelScreenTests(BrowserFixture browser)
{
    private sealed record ParcelTexts(string MyParcels, string Parcels, string Search, string Received, string Timeline, string Label, string Order, string Match,
        string NoOrder)
    {
        public static ParcelTexts For(string culture) => culture == "vi"
            ? new("Kiện hàng của tôi", "Kiện hàng", "Mã kiện hoặc mã vận đơn", "Nhập kho", "Hành trình", "In nhãn", "Đơn hàng", "Ghép đơn", "Chưa có đơn (kiện không chủ)")
            : new("My parcels", "Parcels", "Parcel code or tracking number", "Received in the warehouse", "Timeline", "Print label", "Order", "Match", "No order yet (anonymous)");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    public Task A_customer_follows_their_parcels_and_the_warehouse_matches_an_anonymous_one_to_their_order(string culture) =>
        browser.RunAsync($"parcels-{culture}", async page =>
        {
            var t = Texts.For(culture);
            var p = ParcelTexts.For(culture);
            using var api = new OrdoApi(browser.Server.BaseAddress);
            var customer = await api.NewCustomerAsync("Lê Thị Theo Dõi", culture);
            var (china, first, second) = await ChinaParcels.TwoReceivedAsync(api, customer);
            var stray = await ChinaParcels.AnonymousAsync(china);

            // The customer's list holds their two parcels, not the anonymous one; a parcel's page tells its timeline.
            var account = new AccountPages(page, t);
            await account.OpenSignInAsync();
            await account.SignInAsync(customer.Email, customer.Password);
            await page.GotoAsync("/parcels");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = p.MyParcels, Level = 1 })).ToBeVisibleAsync();
            var rows = page.GetByRole(AriaRole.Row);
            await Assertions.Expect(rows.Filter(new() { HasText = first.Code })).ToHaveCountAsync(1);
            await Assertions.Expect(rows.Filter(new() { HasText = second.Code })).ToHaveCountAsync(1);
            await Assertions.Expect(rows.Filter(new() { HasText = stray.Code })).ToHaveCountAsync(0);
            await page.SettleAsync();
            Assert.DoesNotContain(await page.ViolationsAsync(), v => v.IsBlocking());

            await page.GetByRole(AriaRole.Link, new() { Name = first.Code, Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = first.Code, Level = 1 })).ToBeVisibleAsync();
            var timeline = page.GetByRole(AriaRole.Region, new() { Name = p.Timeline });
            await Assertions.Expect(timeline.GetByRole(AriaRole.Row).Filter(new() { HasText = p.Received })).ToHaveCountAsync(1);
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = p.Label })).ToHaveCountAsync(0);

            // Another's parcel is not theirs to see.
            await page.GotoAsync($"/parcels/{stray.Code}");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = stray.Code, Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = p.Timeline })).ToHaveCountAsync(0);

            // The warehouse types the stray box's code into the search: Enter opens it, with its label and the match form.
            await account.OpenAsAsync("cn.warehouse@ordo.test", OrdoApi.DemoPassword, "/parcels", p.Parcels);
            await page.GetByLabel(p.Search).FillAsync(stray.Code.ToLowerInvariant());
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = stray.Code, Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText(p.NoOrder)).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = p.Label })).ToHaveAttributeAsync("href", $"/api/parcels/{stray.Id}/label.pdf");
            await page.SettleAsync();
            Assert.DoesNotContain(await page.ViolationsAsync(), v => v.IsBlocking());

            var match = page.GetByRole(AriaRole.Region, new() { Name = p.Match == "Match" ? "Match to an order" : "Ghép vào đơn" });
            await match.GetByLabel(p.Order, new() { Exact = true }).FillAsync(first.OrderCode!);
            await match.GetByRole(AriaRole.Button, new() { Name = p.Match, Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = first.OrderCode!, Exact = true })).ToBeVisibleAsync();
            await Assertions.Expect(match).ToHaveCountAsync(0);

            var matched = await china.GetAsync<ParcelDto>($"/api/parcels/{stray.Code}");
            Assert.Equal((first.OrderId, true), (matched.OrderId, matched.Matched));
            var mine = await customer.Api.GetAsync<Ordo.Application.Common.PagedResult<ParcelDto>>($"/api/parcels?orderId={first.OrderId}");
            Assert.Contains(stray.Code, mine.Items.Select(i => i.Code));
        });
}
