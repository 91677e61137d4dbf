using Microsoft.Playwright;

namespace Ordo.Browser.Tests.Pages;

/// <summary>The static sign-in and registration pages.</summary>
public sealed class AccountPages(IPage page, Texts t)
{
    public async Task OpenSignInAsync()
    {
        await page.GotoAsync("/account/login");
        // Switch only when the page is in another language, then wait until it is in ours: clicking the current
        // language reloads the page unseen, and a form filled meanwhile would be wiped.
        var html = page.Locator("html");
        if (await html.GetAttributeAsync("lang") != t.Culture)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = t.LanguageButton, Exact = true }).ClickAsync();
            await Assertions.Expect(html).ToHaveAttributeAsync("lang", t.Culture);
        }

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = t.SignIn })).ToBeVisibleAsync();
    }

    public async Task RegisterAsync(string fullName, string email, string phone, string password)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = t.Register, Exact = true }).ClickAsync();
        await page.GetByLabel(t.FullName).FillAsync(fullName);
        await page.GetByLabel(t.Email).FillAsync(email);
        await page.GetByLabel(t.Phone).FillAsync(phone);
        await page.GetByLabel(t.Password, new() { Exact = true }).FillAsync(password);
        await page.GetByLabel(t.ConfirmPassword).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = t.CreateAccount }).ClickAsync();
    }

    public async Task SignInAsync(string email, string password)
    {
        await page.GetByLabel(t.Email).FillAsync(email);
        await page.GetByLabel(t.Password, new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = t.SignIn }).ClickAsync();
    }
}
