using Microsoft.Playwright;

namespace Ordo.Browser.Tests.Pages;

/// <summary>The admin's money settings (/admin/money), in English: exchange rate, fee tables, loyalty tiers, discount codes.</summary>
public sealed class MoneySettingsPage(IPage page)
{
    public const string Heading = "Money settings";

    public ILocator Table(string title) =>
        page.Locator($"xpath=//*[normalize-space(text())='{title}']/following-sibling::div[contains(@class,'mud-table')][1]");

    public ILocator Row(string text) => page.GetByRole(AriaRole.Row).Filter(new() { HasText = text });

    public async Task OpenAsync(string tab)
    {
        await page.WaitUntilInteractiveAsync();
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = Heading }).ClickAsync();
        await ShowTabAsync(tab);
    }

    public async Task ReloadAsync(string tab)
    {
        await page.ReloadAsync();
        await ShowTabAsync(tab);
    }

    /// <summary>Adds a row at the end of a fee table and fills it.</summary>
    public async Task AddTierAsync(string table, string from, string value)
    {
        var rows = Table(table).Locator("tbody tr");
        var count = await rows.CountAsync();
        await page.Locator($"xpath=//*[normalize-space(text())='{table}']/following-sibling::button[1]").ClickAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(count + 1);
        await rows.Last.Locator("input").Nth(0).FillAsync(from);
        await rows.Last.Locator("input").Nth(1).FillAsync(value);
    }

    public async Task SaveAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText("Saved.", new() { Exact = true })).ToBeVisibleAsync();
    }

    /// <summary>Opens the tab's "new" dialog, lets <paramref name="fill"/> fill it, saves it and waits until it closes.</summary>
    public async Task CreateAsync(string button, Func<ILocator, Task> fill)
    {
        ArgumentNullException.ThrowIfNull(fill);
        await page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await fill(dialog);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByText("Saved.", new() { Exact = true })).ToBeVisibleAsync();
    }

    private async Task ShowTabAsync(string tab)
    {
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = Heading, Exact = true })).ToBeVisibleAsync();
        await page.WaitUntilInteractiveAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = tab, Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Tab, new() { Name = tab, Exact = true })).ToHaveAttributeAsync("aria-selected", "true");
    }
}
