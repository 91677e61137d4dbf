using Microsoft.Playwright;

namespace Ordo.Browser.Tests.Pages;

public static class Interactivity
{
    /// <summary>Pages are prerendered: a click before the live circuit attaches does nothing, so wait for it.</summary>
    public static Task WaitUntilInteractiveAsync(this IPage page) =>
        Assertions.Expect(page.Locator("[data-interactive=true]")).ToHaveCountAsync(1);
}
