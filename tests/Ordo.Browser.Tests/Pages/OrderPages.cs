using Microsoft.Playwright;

namespace Ordo.Browser.Tests.Pages;

/// <summary>The staff order queue and the order detail page.</summary>
public sealed class OrderPages(IPage page, Texts t)
{
    public ILocator Timeline => page.GetByRole(AriaRole.Region, new() { Name = t.History });

    public async Task FindInQueueAndOpenAsync(string code)
    {
        await page.WaitUntilInteractiveAsync();
        var search = page.GetByRole(AriaRole.Search).GetByLabel(t.Search);
        await search.FillAsync(code);
        await search.PressAsync("Enter");
        var link = page.GetByRole(AriaRole.Link, new() { Name = code, Exact = true });
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { Has = link })).ToHaveCountAsync(1);
        await link.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = code, Exact = true })).ToBeVisibleAsync();
    }

    public async Task ApproveAsync(string staffName, string remark)
    {
        await page.WaitUntilInteractiveAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = t.Approve, Exact = true }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel(t.CsStaff).ClickAsync();
        await page.GetByRole(AriaRole.Option).Filter(new() { HasText = staffName }).ClickAsync();
        await dialog.GetByLabel(t.Remark).FillAsync(remark);
        await dialog.GetByRole(AriaRole.Button, new() { Name = t.Approve, Exact = true }).ClickAsync();
        await Assertions.Expect(dialog).ToBeHiddenAsync();
    }
}
