using Microsoft.Playwright;
using Ordo.Browser.Tests.Infrastructure;
using Ordo.Browser.Tests.Pages;

namespace Ordo.Browser.Tests.Identity;

[Collection(BrowserTestGroup.Name)]
public sealed class StaffAdminTests(BrowserFixture browser)
{
    [Fact]
    public Task An_admin_creates_a_staff_account_and_disables_it() =>
        browser.RunAsync("staff-admin", async page =>
        {
            var t = Texts.For("en");
            var account = new AccountPages(page, t);
            var email = $"staff-{Guid.NewGuid():N}@ordo.test";
            await account.OpenSignInAsync();
            await account.SignInAsync("admin@ordo.test", "Demo@12345");
            await page.WaitUntilInteractiveAsync();
            await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Staff accounts" }).ClickAsync();
            await page.WaitUntilInteractiveAsync();

            await page.GetByRole(AriaRole.Button, new() { Name = "New staff account" }).ClickAsync();
            var dialog = page.GetByRole(AriaRole.Dialog);
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
            await Assertions.Expect(dialog.GetByText("choose at least one role")).ToBeVisibleAsync();

            await dialog.GetByLabel("E-mail").FillAsync(email);
            await dialog.GetByLabel("Full name").FillAsync("Mạc Văn Khoa");
            await dialog.GetByLabel("Phone").FillAsync("0903 111 222");
            await dialog.GetByLabel("Password").FillAsync("Staff1234");
            await dialog.GetByLabel("Roles").ClickAsync();
            var option = page.GetByRole(AriaRole.Option, new() { Name = "CS staff", Exact = true });
            await option.ClickAsync();
            await Assertions.Expect(option).ToHaveAttributeAsync("aria-selected", "true");
            await page.Keyboard.PressAsync("Escape");
            await Assertions.Expect(option).ToBeHiddenAsync();
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
            await Assertions.Expect(dialog).ToBeHiddenAsync();

            var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = email });
            await Assertions.Expect(row).ToContainTextAsync("Mạc Văn Khoa");
            await Assertions.Expect(row).ToContainTextAsync("CS staff");
            await Assertions.Expect(row).ToContainTextAsync("Active");

            await row.GetByRole(AriaRole.Button, new() { Name = "Disable" }).ClickAsync();
            await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Disable" }).ClickAsync();
            await Assertions.Expect(row).ToContainTextAsync("Disabled");
        });
}
