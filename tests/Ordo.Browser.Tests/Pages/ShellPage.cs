using Microsoft.Playwright;

namespace Ordo.Browser.Tests.Pages;

/// <summary>The app bar and the navigation drawer around every signed-in page.</summary>
public sealed class ShellPage(IPage page, Texts t)
{
    public async Task SignOutAsync()
    {
        await page.WaitUntilInteractiveAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = t.SignOut }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = t.SignIn })).ToBeVisibleAsync();
    }

    public async Task OpenQueueAsync()
    {
        await page.WaitUntilInteractiveAsync();
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = t.Queue }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = t.Queue, Exact = true })).ToBeVisibleAsync();
    }
}
