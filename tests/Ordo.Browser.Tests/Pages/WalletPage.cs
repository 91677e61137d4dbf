using Microsoft.Playwright;

namespace Ordo.Browser.Tests.Pages;

/// <summary>The customer's wallet: balance, withdrawals, the statement and its Excel export.</summary>
public sealed class WalletPage(IPage page, MoneyTexts m)
{
    public ILocator Balance => page.GetByTestId("wallet-balance");

    public ILocator Statement => page.GetByRole(AriaRole.Region, new() { Name = m.Statement });

    /// <summary>The statement's movements (the header row left out).</summary>
    public ILocator Lines => Statement.Locator("tbody").GetByRole(AriaRole.Row);

    public ILocator Line(string text) => Lines.Filter(new() { HasText = text });

    public ILocator OrderLine(string orderCode) =>
        Lines.Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = orderCode, Exact = true }) });

    public async Task RequestWithdrawalAsync(string amount, string bankAccount)
    {
        await page.WaitUntilInteractiveAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = m.Withdraw, Exact = true }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel(m.Amount).FillAsync(amount);
        await dialog.GetByLabel(m.BankAccount).FillAsync(bankAccount);
        await dialog.GetByRole(AriaRole.Button, new() { Name = m.SendWithdrawal }).ClickAsync();
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByText(m.WithdrawalSent)).ToBeVisibleAsync();
    }

    /// <summary>
    /// Clicks the export link and returns the file the browser downloaded. The link opens a new tab, so the
    /// download may start in that tab rather than this one: listen on both.
    /// </summary>
    public async Task<IDownload> ExportAsync()
    {
        var downloaded = new TaskCompletionSource<IDownload>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnDownload(object? sender, IDownload download) => downloaded.TrySetResult(download);
        void OnPage(object? sender, IPage opened) => opened.Download += OnDownload;
        page.Download += OnDownload;
        page.Context.Page += OnPage;
        try
        {
            await page.GetByRole(AriaRole.Link, new() { Name = m.ExportExcel }).ClickAsync();
            return await downloaded.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            page.Download -= OnDownload;
            page.Context.Page -= OnPage;
        }
    }
}
