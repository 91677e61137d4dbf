using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Ordo.Browser.Tests.Pages;

public sealed record CartLine(string SourceUrl, string ShopId, string ShopName, string Title, string Properties, int UnitPrice, int Quantity, string Note);

public sealed partial class CartPage(IPage page, Texts t)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = t.CartHeading, Exact = true });

    public ILocator ShopGroup(string shopName) => page.GetByRole(AriaRole.Region, new() { Name = shopName });

    public async Task AddLineAsync(CartLine line)
    {
        await page.WaitUntilInteractiveAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = t.AddProduct }).First.ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel(t.ProductLink).FillAsync(line.SourceUrl);
        await dialog.GetByLabel(t.ShopId).FillAsync(line.ShopId);
        await dialog.GetByLabel(t.ShopName).FillAsync(line.ShopName);
        await dialog.GetByLabel(t.ProductName).FillAsync(line.Title);
        await dialog.GetByLabel(t.Variant).FillAsync(line.Properties);
        await dialog.GetByLabel(t.UnitPrice).FillAsync(line.UnitPrice.ToString(CultureInfo.InvariantCulture));
        await dialog.GetByLabel(t.Quantity, new() { Exact = true }).FillAsync(line.Quantity.ToString(CultureInfo.InvariantCulture));
        await dialog.GetByLabel(t.Note, new() { Exact = true }).FillAsync(line.Note);
        await dialog.GetByRole(AriaRole.Button, new() { Name = t.AddToCart }).ClickAsync();
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await Assertions.Expect(ShopGroup(line.ShopName)).ToContainTextAsync(line.Title);
    }

    /// <summary>Opens the add dialog and saves it empty; returns the dialog, still open, showing the refusal.</summary>
    public async Task<ILocator> AddEmptyLineAsync()
    {
        await page.WaitUntilInteractiveAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = t.AddProduct }).First.ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByRole(AriaRole.Button, new() { Name = t.AddToCart }).ClickAsync();
        return dialog;
    }

    public async Task ChangeQuantityAsync(string title, int quantity)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = $"{t.Edit}: {title}" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel(t.Quantity, new() { Exact = true }).FillAsync(quantity.ToString(CultureInfo.InvariantCulture));
        await dialog.GetByRole(AriaRole.Button, new() { Name = t.Save }).ClickAsync();
        await Assertions.Expect(dialog).ToBeHiddenAsync();
    }

    public async Task RemoveAsync(string title)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = $"{t.Remove}: {title}" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = t.Remove, Exact = true }).ClickAsync();
    }

    /// <summary>Submits the whole cart with inspection; returns the codes of the orders it created.</summary>
    public async Task<IReadOnlyList<string>> SubmitAsync()
    {
        await page.WaitUntilInteractiveAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = t.SubmitOrders }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByText(t.Inspection, new() { Exact = true }).ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = t.SubmitTwoOrders }).ClickAsync();
        var done = page.GetByRole(AriaRole.Status).Filter(new() { HasText = "PO-" });
        await Assertions.Expect(done).ToBeVisibleAsync();
        return [.. OrderCode().Matches(await done.InnerTextAsync()).Select(m => m.Value).Distinct()];
    }

    [GeneratedRegex(@"PO-\d{4}-\d{6}")]
    private static partial Regex OrderCode();
}
