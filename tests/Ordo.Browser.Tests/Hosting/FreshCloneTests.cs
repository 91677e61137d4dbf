using System.Net;
using Microsoft.Playwright;
using Ordo.Browser.Tests.Infrastructure;
using Ordo.Browser.Tests.Pages;

namespace Ordo.Browser.Tests.Hosting;

/// <summary>Ordo as the README starts it, from a fresh clone in the Production environment, seen in Chromium.</summary>
[Collection(FreshCloneGroup.Name)]
public sealed class FreshCloneTests(FreshClone clone)
{
    private const string AdminEmail = "admin@ordo.test";
    private const string DemoPassword = "Demo@12345";
    private static readonly string[] FlexDisplays = ["flex", "inline-flex"];

    [Fact]
    public async Task The_readme_demo_command_serves_a_styled_live_app_within_its_content_security_policy()
    {
        var (address, server) = await clone.DemoScriptAsync();

        await RunAsync(address, server, "fresh-clone-demo", async (page, health) =>
        {
            await SignInPageIsStyledAsync(page);

            // The language switch posts its form (with its antiforgery token) and the page comes back in English.
            var en = Texts.For("en");
            await new AccountPages(page, en).OpenSignInAsync();
            await Assertions.Expect(page.GetByTestId("demo-banner")).ToContainTextAsync("Demo data");

            await new AccountPages(page, en).SignInAsync(AdminEmail, DemoPassword);
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = en.SignOut })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId("demo-banner")).ToBeVisibleAsync();

            // The circuit is live: the layout rendered interactively, and a click handled on the server folds the drawer.
            await page.WaitUntilInteractiveAsync();
            var drawer = page.Locator(".mud-drawer");
            await Assertions.Expect(drawer).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("mud-drawer--open"));
            await page.GetByRole(AriaRole.Button, new() { Name = "Show or hide the menu" }).ClickAsync();
            await Assertions.Expect(drawer).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("mud-drawer--closed"));

            Assert.Empty(health.Violations);
        });

        Assert.Contains("Hosting environment: Production", server.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_published_build_serves_its_assets_and_a_missing_one_is_a_bodiless_404()
    {
        var (address, server, folder) = await clone.PublishedAsync();

        await RunAsync(address, server, "fresh-clone-published", async (page, health) =>
        {
            await SignInPageIsStyledAsync(page);
            Assert.Empty(health.Violations);
        });

        File.Delete(Path.Combine(folder, "wwwroot", "favicon.svg"));
        using var http = new HttpClient { BaseAddress = address };
        using var missing = await http.GetAsync(new Uri("/favicon.svg", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Empty(await missing.Content.ReadAsByteArrayAsync());
        Assert.Contains("Hosting environment: Production", server.Output, StringComparison.Ordinal);
    }

    private static async Task SignInPageIsStyledAsync(IPage page)
    {
        var vi = Texts.For("vi");
        var response = await page.GotoAsync("/account/login");
        Assert.Equal(200, response?.Status);
        var submit = page.GetByRole(AriaRole.Button, new() { Name = vi.SignIn });
        await Assertions.Expect(submit).ToBeVisibleAsync();
        Assert.Contains(await PageHealth.DisplayOfAsync(submit), FlexDisplays);
        Assert.True(await PageHealth.BlazorScriptRanAsync(page), "blazor.web.js did not run");
    }

    private async Task RunAsync(Uri address, RunningProcess server, string name, Func<IPage, PageHealth, Task> test)
    {
        await using var context = await clone.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = address.ToString(),
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
        });
        context.SetDefaultTimeout(20_000);
        var page = await context.NewPageAsync();
        var health = await PageHealth.WatchAsync(page);
        var failed = new List<string>();
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                failed.Add($"{response.Status} {response.Url}");
            }
        };
        try
        {
            await test(page, health);
            Assert.Empty(failed);
        }
        catch (Exception failure)
        {
            var file = Path.Combine(AppContext.BaseDirectory, "screenshots", $"{name}.png");
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
            throw new InvalidOperationException(
                $"{failure.Message}\nScreenshot: {file}\nFailed responses: {string.Join(", ", failed)}\nCSP: {string.Join("\n", health.Violations)}\nServer log (tail):\n{server.Tail(4000)}",
                failure);
        }
    }
}
