using System.Globalization;
using Microsoft.Playwright;
using Ordo.Browser.Tests.Accessibility;
using Ordo.Browser.Tests.Infrastructure;
using Ordo.Browser.Tests.Pages;

namespace Ordo.Browser.Tests.Money;

[Collection(BrowserTestGroup.Name)]
public sealed class DebtsPageTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("vi")]
    [InlineData("en")]
    public Task The_accountant_sees_what_a_customer_owes_and_opens_just_that_customers_orders(string culture) =>
        browser.RunAsync($"debts-{culture}", async page =>
        {
            var t = Texts.For(culture);
            var m = MoneyTexts.For(culture);
            using var api = new OrdoApi(browser.Server.BaseAddress);
            // Far above what other tests' orders cost, so this customer is on the first page of the largest debts.
            var customer = await api.NewCustomerAsync($"Khách Công Nợ {culture}", culture);
            var (large, largeCharges) = await api.DepositedOrderAsync(customer, unitPriceCny: 90_000m, topUpVnd: 400_000_000m);
            var (small, smallCharges) = await api.DepositedOrderAsync(customer, unitPriceCny: 30_000m, topUpVnd: 400_000_000m);

            var account = new AccountPages(page, t);
            await account.OpenSignInAsync();
            await account.SignInAsync("accountant@ordo.test", OrdoApi.DemoPassword);
            await new MoneyPages(page, m).OpenFromNavAsync(m.Debts);

            var customerRow = page.GetByRole(AriaRole.Row).Filter(new() { HasText = customer.FullName });
            await Assertions.Expect(customerRow).ToContainTextAsync(m.Vnd(largeCharges.DueVnd + smallCharges.DueVnd));
            await page.WaitUntilInteractiveAsync();
            await customerRow.GetByRole(AriaRole.Button).ClickAsync();

            await Assertions.Expect(page.GetByRole(AriaRole.Tab, new() { Name = m.DebtsPerOrder })).ToHaveAttributeAsync("aria-selected", "true");
            await Assertions.Expect(page.GetByText(string.Format(CultureInfo.InvariantCulture, m.OnlyOrdersOf, customer.FullName))).ToBeVisibleAsync();
            var rows = page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Link) });
            await Assertions.Expect(rows).ToHaveCountAsync(2);
            await Assertions.Expect(rows.Nth(0)).ToContainTextAsync(large.Code);
            await Assertions.Expect(rows.Nth(0)).ToContainTextAsync(m.Vnd(largeCharges.DueVnd));
            await Assertions.Expect(rows.Nth(1)).ToContainTextAsync(small.Code);
            await Assertions.Expect(rows.Nth(1)).ToContainTextAsync(m.Vnd(smallCharges.PaidVnd));
            // The per-order tab with rows and the customer chip (the page scan may meet it empty).
            await page.SettleAsync();
            Assert.DoesNotContain(await page.ViolationsAsync(), v => v.IsBlocking());
        });
}
