using Microsoft.Playwright;

namespace Ordo.Browser.Tests.Pages;

/// <summary>The admin's customer directory with its terms dialog, and the customer groups and loyalty tiers of the money settings.</summary>
public sealed class CustomerPages(IPage page, CustomerTexts c)
{
    public ILocator Dialog => page.GetByRole(AriaRole.Dialog);

    public ILocator Row(string text) => page.GetByRole(AriaRole.Row).Filter(new() { HasText = text });

    public async Task OpenFromNavAsync(string name)
    {
        await page.WaitUntilInteractiveAsync();
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = name, Exact = true })).ToBeVisibleAsync();
        await page.WaitUntilInteractiveAsync();
    }

    public async Task OpenMoneySettingsTabAsync(string tab)
    {
        await OpenFromNavAsync(c.MoneySettings);
        await page.GetByRole(AriaRole.Tab, new() { Name = tab, Exact = true }).ClickAsync();
    }

    public async Task CreateTierAsync(string name)
    {
        await OpenMoneySettingsTabAsync(c.LoyaltyTab);
        await page.GetByRole(AriaRole.Button, new() { Name = c.NewTier }).ClickAsync();
        await Dialog.GetByLabel(c.Name, new() { Exact = true }).FillAsync(name);
        await Dialog.GetByRole(AriaRole.Button, new() { Name = c.Save }).ClickAsync();
        await Assertions.Expect(Dialog).ToBeHiddenAsync();
        await Assertions.Expect(Row(name)).ToBeVisibleAsync();
    }

    public async Task SearchAsync(string text)
    {
        var search = page.GetByLabel(c.Search);
        await search.FillAsync(text);
        await search.PressAsync("Enter");
    }

    public async Task OpenTermsAsync(ILocator row)
    {
        await row.GetByRole(AriaRole.Button, new() { Name = c.EditTerms }).ClickAsync();
        await Assertions.Expect(Dialog).ToBeVisibleAsync();
    }

    public async Task ChooseTierAsync(string tier)
    {
        await Dialog.GetByLabel(c.Tier, new() { Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = tier, Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Option, new() { Name = tier, Exact = true })).ToBeHiddenAsync();
    }

    public Task FillFeeAsync(string percent) => Dialog.GetByLabel(c.FeePercent).FillAsync(percent);

    public Task SaveAsync() => Dialog.GetByRole(AriaRole.Button, new() { Name = c.Save }).ClickAsync();

    public async Task CreateGroupAsync(string name)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = c.NewGroup }).ClickAsync();
        await Dialog.GetByLabel(c.Name, new() { Exact = true }).FillAsync(name);
        await Dialog.GetByRole(AriaRole.Button, new() { Name = c.Save }).ClickAsync();
        await Assertions.Expect(Dialog).ToBeHiddenAsync();
    }

    public async Task SetGroupRateAsync(string group, string rate)
    {
        await Row(group).GetByRole(AriaRole.Button, new() { Name = c.SetGroupRate }).ClickAsync();
        await Dialog.GetByLabel(c.VndPerCny).FillAsync(rate);
        await Dialog.GetByRole(AriaRole.Button, new() { Name = c.SetRate }).ClickAsync();
        await Assertions.Expect(Dialog).ToBeHiddenAsync();
    }
}
