using Microsoft.Playwright;
using Ordo.Browser.Tests.Infrastructure;
using Ordo.Browser.Tests.Pages;

namespace Ordo.Browser.Tests.Identity;

[Collection(BrowserTestGroup.Name)]
public sealed class AccessTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("/admin/staff")]
    [InlineData("/staff/orders")]
    public Task A_customer_cannot_open_staff_pages(string path) =>
        browser.RunAsync($"customer-denied{path.Replace('/', '-')}", async page =>
        {
            var t = Texts.For("en");
            var account = new AccountPages(page, t);
            await account.OpenSignInAsync();
            await account.SignInAsync("customer@ordo.test", "Demo@12345");
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "My orders" })).ToBeVisibleAsync();

            await page.GotoAsync(path);

            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = t.AccessDenied })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = t.Queue })).ToHaveCountAsync(0);
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "New staff account" })).ToHaveCountAsync(0);
        });

    [Fact]
    public Task Signed_out_visitors_are_sent_to_sign_in_and_then_back() =>
        browser.RunAsync("anonymous-redirect", async page =>
        {
            await page.GotoAsync("/orders");
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));

            await new AccountPages(page, Texts.For("vi")).SignInAsync("customer2@ordo.test", "Demo@12345");

            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/orders$"));
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Đơn hàng của tôi" })).ToBeVisibleAsync();
        });
}
