using Microsoft.Playwright;

namespace Ordo.Browser.Tests.Pages;

/// <summary>
/// What a person would notice before any feature: whether the page is styled by MudBlazor, whether Blazor's script
/// ran, and whether the content security policy blocked anything (every violation, as the browser reports it).
/// </summary>
public sealed class PageHealth
{
    private readonly List<string> _violations = [];

    private PageHealth()
    {
    }

    public IReadOnlyList<string> Violations
    {
        get
        {
            lock (_violations)
            {
                return [.. _violations];
            }
        }
    }

    /// <summary>Starts watching <paramref name="page"/> before its first navigation.</summary>
    public static async Task<PageHealth> WatchAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var health = new PageHealth();
        await page.ExposeFunctionAsync("__ordoCspViolation", (string violation) => health.Add(violation));
        await page.AddInitScriptAsync(
            "document.addEventListener('securitypolicyviolation', e => window.__ordoCspViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));");
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                health.Add(message.Text);
            }
        };
        return health;
    }

    /// <summary>MudBlazor's stylesheet applied: its buttons are flex boxes (an unstyled button is inline-block).</summary>
    public static Task<string> DisplayOfAsync(ILocator element) =>
        element.EvaluateAsync<string>("e => getComputedStyle(e).display");

    public static Task<bool> BlazorScriptRanAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => typeof window.Blazor === 'object'");

    private void Add(string violation)
    {
        lock (_violations)
        {
            _violations.Add(violation);
        }
    }
}
