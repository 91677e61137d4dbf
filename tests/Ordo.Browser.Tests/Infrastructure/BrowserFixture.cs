using Microsoft.Playwright;

namespace Ordo.Browser.Tests.Infrastructure;

/// <summary>One app and one Chromium for the whole test run; each test gets its own browser context (cookies).</summary>
public class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public OrdoServer Server { get; private set; } = default!;

    public IBrowser Browser { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        // Chromium comes from the system; Playwright must never fetch a browser of its own.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        // The accessibility scan runs beside the flow tests on the same few cores: an expectation waits as long as an
        // action does (a page that is merely slow under that load is not a failure; one that never shows still is).
        Assertions.SetDefaultExpectTimeout(15_000);
        Server = await OrdoServer.StartAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await LaunchChromiumAsync(_playwright);
    }

    /// <summary>The system's Chromium, headless, with nothing of its own reaching the network.</summary>
    public static Task<IBrowser> LaunchChromiumAsync(IPlaywright playwright)
    {
        ArgumentNullException.ThrowIfNull(playwright);
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("PLAYWRIGHT_CHROMIUM_EXECUTABLE") is { Length: > 0 } path ? path : "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }

    /// <summary>
    /// Runs a test in a fresh browser context; on failure saves a screenshot next to the test assembly
    /// (screenshots/NAME.png) and adds the server's log to the exception.
    /// </summary>
    public async Task RunAsync(string name, Func<IPage, Task> test)
    {
        ArgumentNullException.ThrowIfNull(test);
        await using var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
            TimezoneId = "Asia/Ho_Chi_Minh",
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        var console = new List<string>();
        page.Console += (_, message) => console.Add($"{message.Type}: {message.Text}");
        try
        {
            await test(page);
        }
        catch (Exception failure)
        {
            var directory = Path.Combine(AppContext.BaseDirectory, "screenshots");
            Directory.CreateDirectory(directory);
            var file = Path.Combine(directory, $"{name}.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
            var log = Server.Output;
            throw new InvalidOperationException(
                $"{failure.Message}\nScreenshot: {file}\nBrowser console:\n{string.Join('\n', console.TakeLast(30))}\nServer log (tail):\n{log[Math.Max(0, log.Length - 4000)..]}",
                failure);
        }
    }
}

