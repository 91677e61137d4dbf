using Microsoft.Playwright;
using Ordo.Browser.Tests.Infrastructure;
using Ordo.Browser.Tests.Pages;

namespace Ordo.Browser.Tests.Identity;

[Collection(BrowserTestGroup.Name)]
public sealed class UserLanguageTests(BrowserFixture browser)
{
    private sealed record Me(string Language);

    [Fact]
    public Task A_user_signing_in_on_a_new_browser_sees_their_own_language_and_a_switch_is_remembered() =>
        browser.RunAsync("user-language", async page =>
        {
            var vi = Texts.For("vi");
            var en = Texts.For("en");
            using var api = new OrdoApi(browser.Server.BaseAddress);
            var customer = await api.NewCustomerAsync("Emma Nguyen", "en");

            // A new browser has made no choice: the sign-in page is in Vietnamese, the default.
            await page.GotoAsync("/account/login");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = vi.SignIn })).ToBeVisibleAsync();
            await new AccountPages(page, vi).SignInAsync(customer.Email, customer.Password);

            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = en.SignOut })).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");

            await page.WaitUntilInteractiveAsync();
            await page.Locator(".ordo-lang button[lang=vi]").ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = vi.SignOut })).ToBeVisibleAsync();
            Assert.Equal("vi", (await customer.Api.GetAsync<Me>("/api/me")).Language);
        });
}
