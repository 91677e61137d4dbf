using Microsoft.Playwright;
using Ordo.Browser.Tests.Infrastructure;
using Ordo.Browser.Tests.Pages;

namespace Ordo.Browser.Tests.Money;

[Collection(BrowserTestGroup.Name)]
public sealed class DiscountCodeTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("vi")]
    [InlineData("en")]
    public Task A_customer_applies_a_discount_code_to_an_approved_order_and_unknown_or_expired_codes_are_refused_at_the_field(string culture) =>
        browser.RunAsync($"discount-code-{culture}", async page =>
        {
            var t = Texts.For(culture);
            var m = MoneyTexts.For(culture);
            var account = new AccountPages(page, t);
            var charges = new ChargesPanel(page, m);
            using var api = new OrdoApi(browser.Server.BaseAddress);
            var unique = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
            var now = DateTimeOffset.UtcNow;
            var valid = await api.DiscountCodeAsync($"GIAM{unique}", 20m, now.AddDays(-1), now.AddDays(30));
            var expired = await api.DiscountCodeAsync($"HET{unique}", 20m, now.AddDays(-30), now.AddDays(-1));
            var customer = await api.NewCustomerAsync("Đỗ Minh Giảm", culture);
            var order = await api.ApprovedOrderAsync(customer, unitPriceCny: 300m, quantity: 2);
            var before = await customer.ChargesAsync(order.Id);

            await account.OpenSignInAsync();
            await account.SignInAsync(customer.Email, customer.Password);
            await charges.OpenAsync(order.Code);
            await Assertions.Expect(charges.Total).ToHaveTextAsync(m.Vnd(before.TotalVnd));

            await charges.ApplyCodeAsync($"KHONGCO{unique}");
            await Assertions.Expect(charges.Region.GetByText(m.UnknownCode)).ToBeVisibleAsync();
            await Assertions.Expect(charges.CodeField).ToHaveAttributeAsync("aria-invalid", "true");

            await charges.ApplyCodeAsync(expired.Code.ToLowerInvariant());
            await Assertions.Expect(charges.Region.GetByText(m.InvalidCode)).ToBeVisibleAsync();
            await Assertions.Expect(charges.CodeField).ToHaveAttributeAsync("aria-invalid", "true");
            await Assertions.Expect(charges.Total).ToHaveTextAsync(m.Vnd(before.TotalVnd));

            await charges.ApplyCodeAsync(valid.Code.ToLowerInvariant());
            await Assertions.Expect(page.GetByText(m.Saved, new() { Exact = true })).ToBeVisibleAsync();
            var discount = charges.Line($"{m.CodeDiscountRow} {valid.Code}");
            await Assertions.Expect(discount).ToBeVisibleAsync();
            await Assertions.Expect(charges.CodeField).Not.ToHaveAttributeAsync("aria-invalid", "true");

            var after = await customer.ChargesAsync(order.Id);
            Assert.Equal(valid.Code, after.DiscountCode);
            Assert.Equal(Math.Round(before.ServiceFeeBeforeDiscountsVnd * 0.2m, 0, MidpointRounding.AwayFromZero), after.CodeDiscountVnd);
            Assert.Equal(before.TotalVnd - after.CodeDiscountVnd, after.TotalVnd);
            await Assertions.Expect(discount).ToContainTextAsync(m.SignedVnd(-after.CodeDiscountVnd));
            await Assertions.Expect(charges.Total).ToHaveTextAsync(m.Vnd(after.TotalVnd));
            await Assertions.Expect(charges.Deposit).ToHaveTextAsync(m.Vnd(after.DepositVnd));
        });
}
