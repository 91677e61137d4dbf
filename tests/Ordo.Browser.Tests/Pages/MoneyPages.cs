using Microsoft.Playwright;

namespace Ordo.Browser.Tests.Pages;

/// <summary>The customer's wallet, the accountant's top-up queue and the charges panel of an order.</summary>
public sealed class MoneyPages(IPage page, MoneyTexts m)
{
    public ILocator Statement => page.GetByRole(AriaRole.Region, new() { Name = m.Statement });

    public ILocator Charges => page.GetByRole(AriaRole.Region, new() { Name = m.Charges });

    public async Task OpenFromNavAsync(string name)
    {
        await page.WaitUntilInteractiveAsync();
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = name, Exact = true })).ToBeVisibleAsync();
    }

    public async Task RequestTopUpAsync(string amount, string reference)
    {
        await page.WaitUntilInteractiveAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = m.TopUp, Exact = true }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel(m.Amount).FillAsync(amount);
        await dialog.GetByLabel(m.Reference).FillAsync(reference);
        await dialog.GetByRole(AriaRole.Button, new() { Name = m.SendTopUp }).ClickAsync();
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByText(m.TopUpSent)).ToBeVisibleAsync();
    }

    public async Task ConfirmTopUpAsync(string customerName)
    {
        await page.WaitUntilInteractiveAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = customerName });
        await Assertions.Expect(row).ToContainTextAsync(m.TwentyMillion);
        await row.GetByRole(AriaRole.Button, new() { Name = m.Confirm }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByRole(AriaRole.Button, new() { Name = m.Confirm }).ClickAsync();
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await Assertions.Expect(row).ToHaveCountAsync(0);
    }

    public async Task PayDepositAsync()
    {
        await page.WaitUntilInteractiveAsync();
        await Charges.GetByRole(AriaRole.Button, new() { Name = m.PayDeposit, Exact = true }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog.GetByTestId("pay-balance")).ToHaveTextAsync(m.TwentyMillion);
        await dialog.GetByRole(AriaRole.Button, new() { Name = m.PayNow }).ClickAsync();
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByText(m.DepositPaid)).ToBeVisibleAsync();
    }
}
