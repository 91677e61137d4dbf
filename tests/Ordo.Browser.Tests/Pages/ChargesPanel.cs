using Microsoft.Playwright;

namespace Ordo.Browser.Tests.Pages;

/// <summary>The charges panel of a purchase order: breakdown, paying the balance, staff charges and credits, discount code.</summary>
public sealed class ChargesPanel(IPage page, MoneyTexts m)
{
    public ILocator Region => page.GetByRole(AriaRole.Region, new() { Name = m.Charges });

    public ILocator Total => Region.GetByTestId("charges-total");

    public ILocator Deposit => Region.GetByTestId("charges-deposit");

    public ILocator Paid => Region.GetByTestId("charges-paid");

    public ILocator Due => Region.GetByTestId("charges-due");

    public ILocator CodeField => Region.GetByLabel(m.DiscountCode, new() { Exact = true });

    public ILocator PayBalanceButton => Region.GetByRole(AriaRole.Button, new() { Name = m.PayBalance, Exact = true });

    /// <summary>A line of the breakdown, found by what it says (a charge's reason, a discount code).</summary>
    public ILocator Line(string text) => Region.GetByRole(AriaRole.Row).Filter(new() { HasText = text });

    public async Task OpenAsync(string orderCode)
    {
        await page.GotoAsync($"/orders/{orderCode}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = orderCode, Exact = true })).ToBeVisibleAsync();
        await page.WaitUntilInteractiveAsync();
        await Assertions.Expect(Total).ToBeVisibleAsync();
    }

    /// <summary>Pays everything still due from the wallet, checking what the dialog says first.</summary>
    public async Task PayBalanceAsync(string due, string walletBalance)
    {
        await PayBalanceButton.ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog.GetByTestId("pay-amount")).ToHaveTextAsync(due);
        await Assertions.Expect(dialog.GetByTestId("pay-balance")).ToHaveTextAsync(walletBalance);
        await dialog.GetByRole(AriaRole.Button, new() { Name = m.PayNow }).ClickAsync();
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByText(m.BalancePaid)).ToBeVisibleAsync();
    }

    /// <summary>Pays part of the balance by bank transfer: the payment waits for the accountant, so nothing is paid yet.</summary>
    public async Task SendTransferAsync(string amount, string reference)
    {
        await PayBalanceButton.ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel(m.Method).ClickAsync();
        var option = page.GetByRole(AriaRole.Option, new() { Name = m.BankTransfer, Exact = true });
        await option.ClickAsync();
        await Assertions.Expect(option).ToBeHiddenAsync();
        await dialog.GetByLabel(m.Amount).FillAsync(amount);
        await dialog.GetByLabel(m.Reference).FillAsync(reference);
        await dialog.GetByRole(AriaRole.Button, new() { Name = m.SendPayment }).ClickAsync();
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByText(m.PaymentPending)).ToBeVisibleAsync();
    }

    /// <summary>Staff add a supplementary charge (<paramref name="credit"/> false) or a credit with its reason.</summary>
    public async Task AddChargeAsync(bool credit, string amount, string reason)
    {
        await Region.GetByRole(AriaRole.Button, new() { Name = m.AddCharge }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        if (credit)
        {
            await dialog.GetByLabel(m.ChargeType).ClickAsync();
            var option = page.GetByRole(AriaRole.Option, new() { Name = m.Credit, Exact = true });
            await option.ClickAsync();
            await Assertions.Expect(option).ToBeHiddenAsync();
            await Assertions.Expect(dialog).ToContainTextAsync(m.Credit);
        }

        await dialog.GetByLabel(m.Amount).FillAsync(amount);
        await dialog.GetByLabel(m.Reason).FillAsync(reason);
        await dialog.GetByRole(AriaRole.Button, new() { Name = m.Save }).ClickAsync();
        await Assertions.Expect(dialog).ToBeHiddenAsync();
    }

    public async Task ApplyCodeAsync(string code)
    {
        await CodeField.FillAsync(code);
        await Region.GetByRole(AriaRole.Button, new() { Name = m.ApplyCode, Exact = true }).ClickAsync();
    }
}
