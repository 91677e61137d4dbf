using Microsoft.Playwright;

namespace Ordo.Browser.Tests.Pages;

/// <summary>The admin's buying accounts (/settings/buying-accounts): the table and the account dialog.</summary>
public sealed class BuyingAccountsPage(IPage page, BuyingTexts t)
{
    public ILocator Dialog => page.GetByRole(AriaRole.Dialog);

    public ILocator Row(string text) => page.GetByRole(AriaRole.Row).Filter(new() { HasText = text });

    public async Task OpenFromNavAsync()
    {
        await page.WaitUntilInteractiveAsync();
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = t.Heading }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = t.Heading, Exact = true })).ToBeVisibleAsync();
        await page.WaitUntilInteractiveAsync();
    }

    public async Task OpenNewAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = t.New, Exact = true }).ClickAsync();
        await Assertions.Expect(Dialog).ToBeVisibleAsync();
    }

    public async Task OpenEditAsync(string accountName)
    {
        await Row(accountName).GetByRole(AriaRole.Button, new() { Name = t.Edit }).ClickAsync();
        await Assertions.Expect(Dialog).ToBeVisibleAsync();
    }

    public Task FillAsync(string label, string value) => Dialog.GetByLabel(label, new() { Exact = true }).FillAsync(value);

    /// <summary>Picks one option of a select; the list closes by itself.</summary>
    public async Task ChooseAsync(string label, string option)
    {
        await Dialog.GetByLabel(label, new() { Exact = true }).ClickAsync();
        var item = page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true });
        await item.ClickAsync();
        await Assertions.Expect(item).ToBeHiddenAsync();
    }

    /// <summary>Ticks one option of a multi-select, waits until the list shows it ticked, and closes the list.</summary>
    public async Task TickAsync(string label, string option)
    {
        await Dialog.GetByLabel(label, new() { Exact = true }).ClickAsync();
        var item = page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true });
        await item.ClickAsync();
        await Assertions.Expect(item).ToHaveAttributeAsync("aria-selected", "true");
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(item).ToBeHiddenAsync();
        await Assertions.Expect(Dialog).ToBeVisibleAsync();
    }

    public Task ClickSaveAsync() => Dialog.GetByRole(AriaRole.Button, new() { Name = t.Save, Exact = true }).ClickAsync();

    public async Task SaveAsync()
    {
        await ClickSaveAsync();
        await Assertions.Expect(Dialog).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByText(t.Saved, new() { Exact = true })).ToBeVisibleAsync();
    }
}
