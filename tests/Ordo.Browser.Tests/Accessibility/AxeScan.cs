using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Ordo.Browser.Tests.Accessibility;

/// <summary>
/// Runs axe-core (Deque's rules) on what the page shows now, limited to WCAG 2.0 and 2.1 levels A and AA.
/// The page must be settled first (<see cref="SettleAsync"/>): a half-faded dialog measures the wrong contrast.
/// </summary>
public static class AxeScan
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        ResultTypes = [ResultType.Violations],
    };

    private static readonly string[] Blocking = ["serious", "critical"];

    /// <summary>Every violation on the page, with how many elements break each rule.</summary>
    public static async Task<IReadOnlyList<AxeViolation>> ViolationsAsync(this IPage page)
    {
        var result = await page.RunAxe(Wcag21AA);
        return [.. result.Violations.Select(v => new AxeViolation(
            v.Id, v.Impact ?? "unknown", v.Help, [.. v.Nodes.Select(n => $"{n.Target} {Shorten(n.Html)} — {Summary(n)}")]))];
    }

    public static bool IsBlocking(this AxeViolation violation) =>
        Blocking.Contains(violation.Impact, StringComparer.OrdinalIgnoreCase);

    /// <summary>Waits until the live circuit is attached (interactive pages), nothing is loading and no transition is running.</summary>
    public static async Task SettleAsync(this IPage page)
    {
        await page.WaitForLoadStateAsync(LoadState.Load);
        if (await page.Locator(".ordo-content").CountAsync() > 0)
        {
            await Assertions.Expect(page.Locator("[data-interactive=true]")).ToHaveCountAsync(1);
        }

        await Assertions.Expect(page.Locator(".mud-skeleton")).ToHaveCountAsync(0);
        // Finite animations only: an indeterminate progress bar runs for ever and is not a reason to wait.
        await page.WaitForFunctionAsync(
            "() => document.getAnimations().every(a => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity)");
    }

    /// <summary>Why the element fails (for colour contrast: the ratio and both colours).</summary>
    private static string Summary(AxeResultNode node) =>
        string.Join("; ", new[] { node.Any, node.All, node.None }.SelectMany(checks => checks ?? []).Select(c => c.Message).Distinct());

    private static string Shorten(string? html) =>
        html is null ? string.Empty : html.Length <= 160 ? html : html[..160] + "…";
}
