using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Ordo.Browser.Tests.Infrastructure;
using Ordo.Browser.Tests.Pages;

namespace Ordo.Browser.Tests.Identity;

[Collection(BrowserTestGroup.Name)]
public sealed partial class AccountSecurityTests(BrowserFixture browser)
{
    private const string NewPassword = "M0i-matkhau";

    [Fact]
    public Task A_customer_changes_their_password_from_the_top_bar_in_Vietnamese() =>
        browser.RunAsync("change-password-vi", async page =>
        {
            using var api = new OrdoApi(browser.Server.BaseAddress);
            var customer = await api.NewCustomerAsync("Phạm Thị Đổi", "vi");
            var t = Texts.For("vi");
            var account = new AccountPages(page, t);
            await account.OpenSignInAsync();
            await account.SignInAsync(customer.Email, customer.Password);
            await page.WaitUntilInteractiveAsync();

            await page.GetByRole(AriaRole.Link, new() { Name = "Đổi mật khẩu" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Đổi mật khẩu" })).ToBeVisibleAsync();
            await FillChangeAsync(page, "Sai-matkhau1", NewPassword, NewPassword, "Đổi mật khẩu");
            await Assertions.Expect(page.Locator("#currentPassword-error")).ToHaveTextAsync("không đúng");
            await FillChangeAsync(page, customer.Password, NewPassword, "Khac-matkhau1", "Đổi mật khẩu");
            await Assertions.Expect(page.Locator("#confirmPassword-error")).ToHaveTextAsync("không khớp với mật khẩu");
            await FillChangeAsync(page, customer.Password, NewPassword, NewPassword, "Đổi mật khẩu");
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã đổi mật khẩu");

            await page.GetByRole(AriaRole.Link, new() { Name = "Tiếp tục" }).ClickAsync();
            await page.WaitUntilInteractiveAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = t.SignOut }).ClickAsync();
            await account.SignInAsync(customer.Email, customer.Password);
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("E-mail hoặc mật khẩu không đúng");
            await account.SignInAsync(customer.Email, NewPassword);
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = t.SignOut })).ToBeVisibleAsync();
        });

    [Fact]
    public Task Signing_out_ends_the_session_even_for_a_copy_of_its_cookie() =>
        browser.RunAsync("signout-revokes", async page =>
        {
            var t = Texts.For("en");
            var account = new AccountPages(page, t);
            using var api = new OrdoApi(browser.Server.BaseAddress);
            var customer = await api.NewCustomerAsync("Đỗ Văn Cookie");
            await account.OpenSignInAsync();
            await account.SignInAsync(customer.Email, customer.Password);
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = t.SignOut })).ToBeVisibleAsync();
            var cookies = await page.Context.CookiesAsync();

            await page.WaitUntilInteractiveAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = t.SignOut }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(LoginUrl());

            await page.Context.AddCookiesAsync(cookies.Select(c => new Cookie
            {
                Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path, HttpOnly = c.HttpOnly, Secure = c.Secure, SameSite = c.SameSite,
            }));
            await page.GotoAsync("/orders");
            await Assertions.Expect(page).ToHaveURLAsync(LoginUrl());
        });

    [Fact]
    public Task An_admin_resets_a_customers_password_and_the_customer_must_choose_a_new_one_at_sign_in() =>
        browser.RunAsync("reset-password-en", async page =>
        {
            using var api = new OrdoApi(browser.Server.BaseAddress);
            var customer = await api.NewCustomerAsync("Vũ Thị Quên");
            var t = Texts.For("en");
            var c = CustomerTexts.For("en");
            var account = new AccountPages(page, t);
            var customers = new CustomerPages(page, c);
            const string temporary = "Tam-thoi123";
            await account.OpenSignInAsync();
            await account.SignInAsync("admin@ordo.test", OrdoApi.DemoPassword);

            await customers.OpenFromNavAsync(c.Customers);
            await customers.SearchAsync(customer.CustomerCode);
            await customers.Row(customer.CustomerCode).GetByRole(AriaRole.Button, new() { Name = "Reset password" }).ClickAsync();
            await customers.Dialog.GetByLabel("Temporary password").FillAsync("weak");
            await customers.Dialog.GetByRole(AriaRole.Button, new() { Name = "Reset password" }).ClickAsync();
            await Assertions.Expect(customers.Dialog).ToContainTextAsync("at least 8 characters");
            await customers.Dialog.GetByLabel("Temporary password").FillAsync(temporary);
            await customers.Dialog.GetByRole(AriaRole.Button, new() { Name = "Reset password" }).ClickAsync();
            await Assertions.Expect(customers.Dialog.GetByRole(AriaRole.Status)).ToContainTextAsync($"The password of {customer.FullName} was reset.");
            await customers.Dialog.GetByRole(AriaRole.Button, new() { Name = "Done" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = t.SignOut }).ClickAsync();

            await account.SignInAsync(customer.Email, temporary);
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/password"));
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("An administrator reset your password.");
            await page.GotoAsync("/orders");
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/password\\?returnUrl=%2Forders"));
            await FillChangeAsync(page, temporary, NewPassword, NewPassword, "Change password");
            await page.GetByRole(AriaRole.Link, new() { Name = "Continue" }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/orders$"));
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My orders" })).ToBeVisibleAsync();
        });

    [Fact]
    public Task An_admin_disables_a_customer_who_can_then_no_longer_sign_in_in_Vietnamese() =>
        browser.RunAsync("disable-customer-vi", async page =>
        {
            using var api = new OrdoApi(browser.Server.BaseAddress);
            var customer = await api.NewCustomerAsync("Lý Văn Khoá", "vi");
            var t = Texts.For("vi");
            var c = CustomerTexts.For("vi");
            var account = new AccountPages(page, t);
            var customers = new CustomerPages(page, c);
            await account.OpenSignInAsync();
            await account.SignInAsync("admin@ordo.test", OrdoApi.DemoPassword);

            await customers.OpenFromNavAsync(c.Customers);
            await customers.SearchAsync(customer.CustomerCode);
            var row = customers.Row(customer.CustomerCode);
            await row.GetByRole(AriaRole.Button, new() { Name = "Khóa", Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Khóa", Exact = true }).ClickAsync();
            await Assertions.Expect(row).ToContainTextAsync("Đã khóa");
            await Assertions.Expect(row.GetByRole(AriaRole.Button, new() { Name = "Mở khóa", Exact = true })).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = t.SignOut }).ClickAsync();

            await account.SignInAsync(customer.Email, customer.Password);
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("E-mail hoặc mật khẩu không đúng.");
        });

    private static async Task FillChangeAsync(IPage page, string current, string next, string confirm, string submit)
    {
        await page.Locator("#currentPassword").FillAsync(current);
        await page.Locator("#newPassword").FillAsync(next);
        await page.Locator("#confirmPassword").FillAsync(confirm);
        await page.GetByRole(AriaRole.Button, new() { Name = submit }).ClickAsync();
    }

    [GeneratedRegex("/account/login")]
    private static partial Regex LoginUrl();
}
