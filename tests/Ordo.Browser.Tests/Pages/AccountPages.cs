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

    /// <summary>
    /// Signs in afresh (whoever was signed in is signed out) and opens <paramref name="path"/>, ready for input once its
    /// one h1 is <paramref name="heading"/>.
    /// </summary>
    public async Task OpenAsAsync(string email, string password, string path, string heading)
    {
        await page.Context.ClearCookiesAsync();
        await OpenSignInAsync();
        await SignInAsync(email, password);
        await page.GotoAsync(path);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 1 })).ToBeVisibleAsync();
        await page.WaitUntilInteractiveAsync();
    }
}
