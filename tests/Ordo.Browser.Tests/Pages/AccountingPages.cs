using Microsoft.Playwright;

namespace Ordo.Browser.Tests.Pages;

/// <summary>The accountant's payment and withdrawal queues.</summary>
public sealed class AccountingPages(IPage page, MoneyTexts m)
{
    public ILocator PaymentRow(string orderCode) =>
        page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = orderCode, Exact = true }) });

    public ILocator WithdrawalRow(string bankAccount) => page.GetByRole(AriaRole.Row).Filter(new() { HasText = bankAccount });

    public async Task ConfirmPaymentAsync(string orderCode)
    {
        var row = PaymentRow(orderCode);
        await row.GetByRole(AriaRole.Button, new() { Name = m.Confirm }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByRole(AriaRole.Button, new() { Name = m.Confirm }).ClickAsync();
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByText(m.PaymentConfirmed)).ToBeVisibleAsync();
        await Assertions.Expect(row).ToHaveCountAsync(0);
    }

    public async Task PayWithdrawalAsync(string bankAccount)
    {
        var row = WithdrawalRow(bankAccount);
        await row.GetByRole(AriaRole.Button, new() { Name = m.PayOut, Exact = true }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog).ToContainTextAsync(bankAccount);
        await dialog.GetByRole(AriaRole.Button, new() { Name = m.Confirm }).ClickAsync();
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByText(m.WithdrawalPaid)).ToBeVisibleAsync();
        await Assertions.Expect(row).ToHaveCountAsync(0);
    }

    public async Task RejectWithdrawalAsync(string bankAccount, string reason)
    {
        var row = WithdrawalRow(bankAccount);
        await row.GetByRole(AriaRole.Button, new() { Name = m.Reject, Exact = true }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel(m.Reason).FillAsync(reason);
        await dialog.GetByRole(AriaRole.Button, new() { Name = m.Reject, Exact = true }).ClickAsync();
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByText(m.WithdrawalRejected)).ToBeVisibleAsync();
        await Assertions.Expect(row).ToHaveCountAsync(0);
    }
}
