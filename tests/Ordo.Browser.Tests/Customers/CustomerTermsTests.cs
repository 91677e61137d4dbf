using Microsoft.Playwright;
using Ordo.Browser.Tests.Infrastructure;
using Ordo.Browser.Tests.Pages;

namespace Ordo.Browser.Tests.Customers;

[Collection(BrowserTestGroup.Name)]
public sealed class CustomerTermsTests(BrowserFixture browser)
{
    [Fact]
    public Task The_admin_finds_a_demo_customer_by_code_and_gives_them_a_tier_and_an_agreed_fee_in_Vietnamese() =>
        browser.RunAsync("customer-terms-vi", async page =>
        {
            var c = CustomerTexts.For("vi");
            var account = new AccountPages(page, Texts.For("vi"));
            var customers = new CustomerPages(page, c);
            var tier = $"VIP {Guid.NewGuid():N}"[..10];
            await account.OpenSignInAsync();
            await account.SignInAsync("admin@ordo.test", "Demo@12345");
            await customers.CreateTierAsync(tier);

            await customers.OpenFromNavAsync(c.Customers);
            await customers.SearchAsync("kh000001");
            var row = customers.Row("KH000001");
            await Assertions.Expect(row).ToContainTextAsync("Nguyễn Thị Lan");
            await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Trần Văn Minh" })).ToHaveCountAsync(0);

            await customers.OpenTermsAsync(row);
            await customers.ChooseTierAsync(tier);
            await customers.FillFeeAsync("150");
            await customers.SaveAsync();
            await Assertions.Expect(customers.Dialog.GetByText(c.FeeOutOfRange)).ToBeVisibleAsync();
            await customers.FillFeeAsync("2");
            await customers.SaveAsync();
            await Assertions.Expect(customers.Dialog).ToBeHiddenAsync();

            await Assertions.Expect(row).ToContainTextAsync(tier);
            await Assertions.Expect(row).ToContainTextAsync("2 %");
            await customers.OpenTermsAsync(row);
            var history = customers.Dialog.GetByRole(AriaRole.List, new() { Name = c.History });
            await Assertions.Expect(history).ToContainTextAsync("Quản trị viên");
            await Assertions.Expect(history).ToContainTextAsync($"— → {tier}");
            await customers.Dialog.GetByRole(AriaRole.Button, new() { Name = c.Cancel }).ClickAsync();
            await customers.SearchAsync("");
            await Assertions.Expect(customers.Row("KH000002")).ToBeVisibleAsync();
        });

    [Fact]
    public Task The_admin_creates_a_customer_group_and_gives_it_its_own_rate() =>
        browser.RunAsync("customer-groups-en", async page =>
        {
            var c = CustomerTexts.For("en");
            var account = new AccountPages(page, Texts.For("en"));
            var customers = new CustomerPages(page, c);
            var group = $"Wholesale {Guid.NewGuid():N}"[..16];
            await account.OpenSignInAsync();
            await account.SignInAsync("admin@ordo.test", "Demo@12345");

            await customers.OpenMoneySettingsTabAsync(c.GroupsTab);
            await customers.CreateGroupAsync(group);
            await Assertions.Expect(customers.Row(group)).ToContainTextAsync(c.GeneralRate);
            await customers.SetGroupRateAsync(group, "3600");

            await Assertions.Expect(customers.Row(group)).ToContainTextAsync("1 ¥ = ₫3,600");
            await page.GetByRole(AriaRole.Tab, new() { Name = c.RateTab, Exact = true }).ClickAsync();
            await Assertions.Expect(customers.Row(group)).ToContainTextAsync("₫3,600");
            await Assertions.Expect(page.GetByText("1 ¥ = ₫3,650")).ToBeVisibleAsync();
        });
}
