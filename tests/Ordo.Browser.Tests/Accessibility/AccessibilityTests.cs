using Microsoft.Playwright;
using Ordo.Browser.Tests.Infrastructure;
using Ordo.Browser.Tests.Pages;
using Ordo.Domain.Identity;
using Xunit.Abstractions;

namespace Ordo.Browser.Tests.Accessibility;

/// <summary>The Vietnamese half of the scan, with an app and a Chromium of its own.</summary>
[Collection(AccessibilityScanGroup.Vietnamese)]
public sealed class AccessibilityScanInVietnamese(AccessibilityScanGroup.VietnameseBrowser browser, ITestOutputHelper output)
    : AccessibilityTests(browser, output, "vi");

/// <summary>The English half of the scan, beside the Vietnamese one.</summary>
[Collection(AccessibilityScanGroup.English)]
public sealed class AccessibilityScanInEnglish(AccessibilityScanGroup.EnglishBrowser browser, ITestOutputHelper output)
    : AccessibilityTests(browser, output, "en");

/// <summary>What the scan covers: every routable page, every role.</summary>
public sealed class AccessibilityScanCoverageTests
{
    private static IEnumerable<string> Everyone => Roles.All.Prepend(PageAccess.Anonymous);

    [Fact]
    public void Every_routable_page_is_in_the_accessibility_scan()
    {
        var scanned = ScannedViews.All.Select(v => v.Route).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missing = PageAccess.Routes.Keys.Where(route => !scanned.Contains(route)).Order(StringComparer.Ordinal).ToList();

        Assert.True(missing.Count == 0, $"Pages not in ScannedViews (add each, with how to open it): {string.Join(", ", missing)}");
        Assert.All(ScannedViews.All, view => Assert.Contains(view.Route, PageAccess.Routes.Keys));
    }

    [Fact]
    public void Every_view_is_scanned_by_a_role_that_opens_it_and_every_role_scans_its_own_menu()
    {
        var unscanned = ScannedViews.All.Where(v => !v.Roles.Any(r => ScannedViews.ScannedBy(r).Contains(v))).ToList();
        var scannedByOutsiders = Everyone.SelectMany(r => ScannedViews.ScannedBy(r).Where(v => !v.Roles.Contains(r)).Select(v => $"{v} by {r}")).ToList();

        Assert.Empty(unscanned);
        Assert.Empty(scannedByOutsiders);
        Assert.All(Roles.All, role => Assert.Contains(ScannedViews.ScannedBy(role), v => v.Route == "/"));
        Assert.All(ScannedViews.All.Where(v => v.Roles.Contains(Roles.Customer)), v => Assert.Contains(v, ScannedViews.ScannedBy(Roles.Customer)));
        Assert.All(Roles.Staff, role => Assert.Contains(role, (IEnumerable<string>)AccessibilityTests.DemoAccounts.Keys));
        Assert.All(ScannedViews.All, view => Assert.NotEmpty(view.Roles));
    }
}

/// <summary>
/// axe-core on every page, dialog and menu of <see cref="ScannedViews"/>, as <see cref="ScannedViews.ScannedBy"/> shares them out among the roles, in one language
/// (Vietnamese and English each have a subclass): no serious or critical violation of WCAG 2.1 A/AA. One browser context
/// per role, signed in once.
/// </summary>
public abstract class AccessibilityTests(BrowserFixture browser, ITestOutputHelper output, string language)
{
    internal static readonly Dictionary<string, string> DemoAccounts = new(StringComparer.Ordinal)
    {
        [Roles.CsManager] = "cs.manager@ordo.test",
        [Roles.CsStaff] = "cs@ordo.test",
        [Roles.OrderManager] = "order.manager@ordo.test",
        [Roles.OrderingStaff] = "buyer@ordo.test",
        [Roles.Accountant] = "accountant@ordo.test",
        [Roles.ForwardingManager] = "forwarding.manager@ordo.test",
        [Roles.ChinaWarehouse] = "cn.warehouse@ordo.test",
        [Roles.VietnamWarehouse] = "vn.warehouse@ordo.test",
        [Roles.Delivery] = "delivery@ordo.test",
        [Roles.Admin] = "admin@ordo.test",
    };

    public static TheoryData<string> AllRoles() => [.. Roles.All.Prepend(PageAccess.Anonymous)];

    [Theory]
    [MemberData(nameof(AllRoles))]
    public Task Every_page_a_role_opens_has_no_serious_or_critical_accessibility_violation(string role) =>
        browser.RunAsync($"a11y-{role}-{language}", async page =>
        {
            var data = await ScanData.OnceAsync(browser.Server.BaseAddress);
            await page.Context.AddCookiesAsync([new Cookie
            {
                Name = ".AspNetCore.Culture",
                Value = $"c={language}|uic={language}",
                Url = browser.Server.BaseAddress.ToString(),
            }]);
            if (role != PageAccess.Anonymous)
            {
                await SignInAsync(page, role, language, data);
            }

            var failures = new List<string>();
            var views = ScannedViews.ScannedBy(role);
            foreach (var view in views)
            {
                failures.AddRange(await ScanAsync(page, view, data, language));
            }

            output.WriteLine($"{role} {language}: {views.Count} views, {failures.Count} failing");
            Assert.True(failures.Count == 0,
                $"{failures.Count} serious or critical accessibility violation(s) for {role} in {language}:\n{string.Join('\n', failures)}");
        });

    private static async Task SignInAsync(IPage page, string role, string language, ScanData data)
    {
        var (email, password) = role == Roles.Customer ? (data.CustomerEmail, data.CustomerPassword) : (DemoAccounts[role], OrdoApi.DemoPassword);
        var texts = Texts.For(language);
        var account = new AccountPages(page, texts);
        await account.OpenSignInAsync();
        await account.SignInAsync(email, password);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = texts.SignOut })).ToBeVisibleAsync();
    }

    /// <summary>Scans the view, then each further tab of the page (a tab's panel is only in the page while it is selected).</summary>
    private async Task<IReadOnlyList<string>> ScanAsync(IPage page, ScannedView view, ScanData data, string language)
    {
        var path = view.Path(data);
        await page.GotoAsync(path);
        await page.SettleAsync();
        var failures = new List<string>();
        if (await page.Locator("html").GetAttributeAsync("lang") != language)
        {
            failures.Add($"- {view.Name} at {path}: the page is not in '{language}' (html lang)");
        }

        // Every page names itself in one h1 (where FocusOnNavigate puts the focus); no h1 is also a page that failed to render.
        if (await page.Locator("h1").CountAsync() != 1)
        {
            failures.Add($"- {view.Name} at {path}: {await page.Locator("h1").CountAsync()} h1 headings, one expected");
        }

        if (view.Open is not null)
        {
            await view.Open(page, language);
            await page.SettleAsync();
            failures.AddRange(await ViolationsAsync(page, view.Name, path));
            return failures;
        }

        failures.AddRange(await ViolationsAsync(page, view.Name, path));
        var tabs = page.GetByRole(AriaRole.Tab);
        for (var i = 1; i < await tabs.CountAsync(); i++)
        {
            var tab = tabs.Nth(i);
            var name = await tab.TextContentAsync() ?? string.Empty;
            await tab.ClickAsync();
            await Assertions.Expect(tab).ToHaveAttributeAsync("aria-selected", "true");
            await page.SettleAsync();
            failures.AddRange(await ViolationsAsync(page, $"{view.Name} (tab '{name.Trim()}')", path));
        }

        return failures;
    }

    private async Task<IReadOnlyList<string>> ViolationsAsync(IPage page, string where, string path)
    {
        var violations = await page.ViolationsAsync();
        foreach (var violation in violations)
        {
            output.WriteLine($"AXE {where} | {violation.Rule} | {violation.Impact} | {violation.Targets.Count}");
        }

        return [.. violations.Where(v => v.IsBlocking()).Select(v =>
            $"- {where} at {path}: {v.Rule} ({v.Impact}) {v.Help}\n    {string.Join("\n    ", v.Targets)}")];
    }
}
