using System.Text.Json;
using Microsoft.Playwright;
using Ordo.Application.Logistics;
using Ordo.Application.Money;
using Ordo.Domain.Logistics;
using Ordo.Browser.Tests.Infrastructure;
using Ordo.Browser.Tests.Pages;

namespace Ordo.Browser.Tests.Money;

/// <summary>
/// The admin's money settings. The rate and the fee tables are shared by every test on the server, so the
/// tests that change them put the demo values back through the API when they end.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class MoneySettingsTests(BrowserFixture browser)
{
    private const decimal DemoRate = 3_650m;

    [Fact]
    public Task The_admin_sets_a_new_exchange_rate_and_it_is_the_current_rate_after_a_reload() =>
        AsAdminAsync("settings-rate-en", "Exchange rate", async (page, settings, api) =>
        {
            try
            {
                await Assertions.Expect(page.GetByText("1 ¥ = ₫3,650")).ToBeVisibleAsync();
                await page.GetByLabel("VND per CNY").FillAsync("3712");
                await page.GetByRole(AriaRole.Button, new() { Name = "Set new rate" }).ClickAsync();
                await Assertions.Expect(page.GetByText("Saved.", new() { Exact = true })).ToBeVisibleAsync();
                await Assertions.Expect(page.GetByText("1 ¥ = ₫3,712")).ToBeVisibleAsync();

                await settings.ReloadAsync("Exchange rate");
                await Assertions.Expect(page.GetByText("1 ¥ = ₫3,712")).ToBeVisibleAsync();
                await Assertions.Expect(page.GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync("₫3,712");
                var history = await api.GetAsync<IReadOnlyList<MoneySettings.ExchangeRateDto>>("/api/settings/exchange-rates");
                Assert.Equal(3_712m, history[0].VndPerCny);
            }
            finally
            {
                await api.PostAsync<MoneySettings.ExchangeRateDto>("/api/settings/exchange-rates", new MoneySettings.SetRateCommand(DemoRate, null));
            }
        });

    [Fact]
    public Task The_admin_adds_a_service_fee_tier_and_changes_the_minimum_fee_and_both_are_kept() =>
        AsAdminAsync("settings-fees-en", "Fee tables", async (page, settings, api) =>
        {
            var original = await api.GetAsync<JsonElement>("/api/settings/fees");
            try
            {
                const string serviceTiers = "Service fee by order value";
                await Assertions.Expect(settings.Table(serviceTiers).Locator("tbody tr")).ToHaveCountAsync(4);
                await settings.AddTierAsync(serviceTiers, "500000000", "1.2");
                await page.GetByLabel("Minimum service fee (VND)").FillAsync("12000");
                await settings.SaveAsync();

                await settings.ReloadAsync("Fee tables");
                var rows = settings.Table(serviceTiers).Locator("tbody tr");
                await Assertions.Expect(rows).ToHaveCountAsync(5);
                await Assertions.Expect(rows.Last.Locator("input").Nth(0)).ToHaveValueAsync("500000000");
                await Assertions.Expect(rows.Last.Locator("input").Nth(1)).ToHaveValueAsync("1.2");
                await Assertions.Expect(page.GetByLabel("Minimum service fee (VND)")).ToHaveValueAsync("12000");
                var fees = await api.GetAsync<MoneySettings.FeeScheduleDto>("/api/settings/fees");
                Assert.Equal(12_000m, fees.Schedule.MinimumServiceFeeVnd);
                Assert.Equal((500_000_000m, 1.2m), (fees.Schedule.ServiceFeeTiers[^1].From, fees.Schedule.ServiceFeeTiers[^1].Value));
            }
            finally
            {
                await api.PutAsync<JsonElement>("/api/settings/fees", new { schedule = original.GetProperty("schedule") });
            }
        });

    [Fact]
    public Task The_admin_creates_a_loyalty_tier_and_sees_it_listed() =>
        AsAdminAsync("settings-tier-en", "Loyalty tiers", async (page, settings, _) =>
        {
            var name = $"Kim cương {Guid.NewGuid().ToString("N")[..6]}";
            await settings.CreateAsync("New tier", async dialog =>
            {
                await dialog.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
                await dialog.GetByLabel("Service fee discount (%)").FillAsync("15");
                await dialog.GetByLabel("Deposit (%)").FillAsync("60");
                await dialog.GetByLabel("Minimum spend (VND)").FillAsync("5000000000");
            });

            await Assertions.Expect(settings.Row(name)).ToContainTextAsync("15 %");
            await Assertions.Expect(settings.Row(name)).ToContainTextAsync("60 %");
            await Assertions.Expect(settings.Row(name)).ToContainTextAsync("₫5,000,000,000");
            await settings.ReloadAsync("Loyalty tiers");
            await Assertions.Expect(settings.Row(name)).ToHaveCountAsync(1);
        });

    [Fact]
    public Task The_admin_creates_a_discount_code_and_sees_it_listed_as_active() =>
        AsAdminAsync("settings-code-en", "Discount codes", async (page, settings, _) =>
        {
            var code = $"TET{Guid.NewGuid().ToString("N")[..6].ToUpperInvariant()}";
            await settings.CreateAsync("New code", async dialog =>
            {
                await dialog.GetByLabel("Discount code", new() { Exact = true }).FillAsync(code.ToLowerInvariant());
                await dialog.GetByLabel("Value", new() { Exact = true }).FillAsync("12");
                await dialog.GetByLabel("Maximum uses", new() { Exact = true }).FillAsync("100");
            });

            var row = settings.Row(code);
            await Assertions.Expect(row).ToContainTextAsync("12 %");
            await Assertions.Expect(row).ToContainTextAsync("0 / 100");
            await Assertions.Expect(row).ToContainTextAsync("Active");
            await settings.ReloadAsync("Discount codes");
            await Assertions.Expect(settings.Row(code)).ToHaveCountAsync(1);
        });

    [Fact]
    public Task The_admin_sets_a_shipping_rate_for_one_warehouse_as_a_new_tariff_version_and_a_zero_rate_is_refused() =>
        AsAdminAsync("settings-tariff-en", "Shipping tariff", async (page, _, api) =>
        {
            var original = await api.GetAsync<ShippingTariffs.TariffsDto>("/api/settings/shipping-tariffs");
            try
            {
                var defaultRow = original.Current.Rates.ToList().FindIndex(r => r.Destination is null && r.LoyaltyTierId is null) + 1;
                var rate = page.GetByLabel($"VND per kg of rate {defaultRow}", new() { Exact = true });
                var save = page.GetByRole(AriaRole.Button, new() { Name = "Save as a new version" });
                await rate.FillAsync("0");
                await save.ClickAsync();
                await Assertions.Expect(page.GetByText("must be above 0", new() { Exact = false }).First).ToBeVisibleAsync();
                Assert.Equal(original.Versions.Count, (await api.GetAsync<ShippingTariffs.TariffsDto>("/api/settings/shipping-tariffs")).Versions.Count);

                var rows = original.Current.Rates.Count;
                await rate.FillAsync("31000");
                await page.GetByRole(AriaRole.Button, new() { Name = "Add a rate" }).ClickAsync();
                await page.GetByLabel($"Destination of rate {rows + 1}", new() { Exact = true }).SelectOptionAsync("HN");
                await page.GetByLabel($"VND per kg of rate {rows + 1}", new() { Exact = true }).FillAsync("35000");
                await page.GetByLabel($"Minimum of rate {rows + 1}", new() { Exact = true }).FillAsync("20000");
                await save.ClickAsync();
                await Assertions.Expect(page.GetByText("The tariff is in force from now")).ToBeVisibleAsync();

                var after = await api.GetAsync<ShippingTariffs.TariffsDto>("/api/settings/shipping-tariffs");
                Assert.Equal(original.Versions.Count + 1, after.Versions.Count);
                Assert.Contains(new ShippingRate("HN", null, 35_000m, 20_000m), after.Current.Rates);
                Assert.Equal(31_000m, after.Current.Rates.Single(r => r.Destination is null && r.LoyaltyTierId is null).PerKgVnd);
                Assert.NotNull(after.Current.SetBy);
                await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Versions" }).GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync("₫31,000/kg");

                // A price change announced ahead: in force from the day chosen, while today's tariff stays the one charged.
                var day = DateTime.Today.AddDays(30);
                var dayText = day.ToString("d", System.Globalization.CultureInfo.GetCultureInfo("en"));
                await rate.FillAsync("33000");
                await page.GetByLabel("Effective from", new() { Exact = true }).FillAsync(dayText);
                await page.GetByLabel("Effective from", new() { Exact = true }).PressAsync("Tab");
                await save.ClickAsync();
                await Assertions.Expect(page.GetByText($"The new tariff is in force from {dayText}")).ToBeVisibleAsync();
                var ahead = await api.GetAsync<ShippingTariffs.TariffsDto>("/api/settings/shipping-tariffs");
                Assert.Equal(31_000m, ahead.Current.Rates.Single(r => r.Destination is null && r.LoyaltyTierId is null).PerKgVnd);
                var scheduled = ahead.Versions.Single(v => v.EffectiveFrom > DateTimeOffset.UtcNow);
                Assert.Equal((day.Date, 33_000m), (scheduled.EffectiveFrom!.Value.ToOffset(TimeSpan.FromHours(7)).Date, scheduled.Rates.Single(r => r.Destination is null && r.LoyaltyTierId is null).PerKgVnd));
            }
            finally
            {
                await api.PutAsync<ShippingTariffs.TariffDto>("/api/settings/shipping-tariffs", new ShippingTariffs.SetCommand(original.Current.Rates, original.Current.Costs));
            }
        });

    private Task AsAdminAsync(string name, string tab, Func<IPage, MoneySettingsPage, ApiUser, Task> test) =>
        browser.RunAsync(name, async page =>
        {
            using var api = new OrdoApi(browser.Server.BaseAddress);
            var admin = await api.StaffAsync("admin@ordo.test");
            var account = new AccountPages(page, Texts.For("en"));
            await account.OpenSignInAsync();
            await account.SignInAsync(admin.Email, OrdoApi.DemoPassword);
            var settings = new MoneySettingsPage(page);
            await settings.OpenAsync(tab);
            await test(page, settings, admin);
        });
}
