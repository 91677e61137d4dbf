using System.Net.Http.Json;
using System.Text.Json;
using Ordo.Application.Identity;
using Ordo.Application.Money;
using Ordo.Application.Orders;
using Ordo.Domain.Money;
using Ordo.Domain.Orders;

namespace Ordo.Browser.Tests.Infrastructure;

/// <summary>
/// Arranges a browser test's data through the running server's public API (faster than clicking): fresh
/// customers, approved and deposited orders, confirmed top-ups, discount codes. Request shapes are the
/// application's own commands, so a renamed field breaks the build, not the test.
/// </summary>
public sealed class OrdoApi(Uri server) : IDisposable
{
    public const string DemoPassword = "Demo@12345";

    private readonly Dictionary<string, ApiUser> _staff = [];
    private readonly List<ApiUser> _customers = [];

    /// <summary>A demo staff account, signed in once per test.</summary>
    public async Task<ApiUser> StaffAsync(string email)
    {
        if (!_staff.TryGetValue(email, out var user))
        {
            user = await ApiUser.SignInAsync(server, email, DemoPassword);
            _staff[email] = user;
        }

        return user;
    }

    public async Task<TestCustomer> NewCustomerAsync(string fullName, string culture = "en")
    {
        var email = $"money-{Guid.NewGuid():N}@ordo.test";
        const string password = "Secret123";
        using var anonymous = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromSeconds(30) };
        using var response = await anonymous.PostAsJsonAsync("/api/auth/register", new RegisterCustomer.Command(email, "0912 345 678", fullName, password, culture), ApiUser.Json);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Registering {email} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        var created = await response.Content.ReadFromJsonAsync<RegisterCustomer.Result>(ApiUser.Json);
        var api = await ApiUser.SignInAsync(server, email, password);
        _customers.Add(api);
        return new TestCustomer(fullName, email, password, created!.CustomerCode, api);
    }

    /// <summary>One purchase order of <paramref name="quantity"/> × <paramref name="unitPriceCny"/>, approved by the CS manager.</summary>
    public async Task<OrderSummaryDto> ApprovedOrderAsync(TestCustomer customer, decimal unitPriceCny, int quantity = 1)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var shop = Guid.NewGuid().ToString("N")[..8];
        await customer.Api.PostAsync<JsonElement>("/api/cart/lines", new CartLineInput(
            $"https://item.taobao.com/item.htm?id={shop}", Marketplace.Taobao, $"tb-{shop}", $"Shop {shop}", "Áo khoác gió", null,
            "Màu: xanh; Size: L", unitPriceCny, quantity, null));
        var submitted = await customer.Api.PostAsync<SubmitResponse>("/api/cart/submit", new SubmitCart.Command(null, null, null));
        var order = Assert.Single(submitted.Orders);
        var manager = await StaffAsync("cs.manager@ordo.test");
        await manager.PostAsync<JsonElement>($"/api/orders/{order.Id}/approve", new ReviewOrders.ApproveCommand(null, "OK"));
        return order;
    }

    /// <summary>A bank top-up the customer asks for and the accountant confirms in full.</summary>
    public async Task TopUpAsync(TestCustomer customer, decimal amountVnd)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var topUp = await customer.Api.PostAsync<TopUpDto>("/api/wallet/top-ups", new TopUps.RequestCommand(amountVnd, TopUpMethod.BankTransfer, $"FT{Guid.NewGuid():N}"[..14]));
        var accountant = await StaffAsync("accountant@ordo.test");
        await accountant.PostAsync<TopUpDto>($"/api/top-ups/{topUp.Id}/confirm", new TopUps.ConfirmCommand(amountVnd));
    }

    /// <summary>An approved order whose deposit the customer paid from a wallet topped up by <paramref name="topUpVnd"/>.</summary>
    public async Task<(OrderSummaryDto Order, ChargesDto Charges)> DepositedOrderAsync(TestCustomer customer, decimal unitPriceCny, decimal topUpVnd, int quantity = 1)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var order = await ApprovedOrderAsync(customer, unitPriceCny, quantity);
        await TopUpAsync(customer, topUpVnd);
        var charges = await customer.Api.PostAsync<ChargesDto>($"/api/orders/{order.Id}/deposit", new PayDeposit.Command(PaymentMethod.Wallet, null));
        return (order, charges);
    }

    public async Task<MoneyAdministration.CodeDto> DiscountCodeAsync(string code, decimal percent, DateTimeOffset validFrom, DateTimeOffset validTo)
    {
        var admin = await StaffAsync("admin@ordo.test");
        return await admin.PostAsync<MoneyAdministration.CodeDto>("/api/settings/discount-codes",
            new MoneyAdministration.CodeCommand(code, DiscountKind.Percent, percent, validFrom, validTo, null, null));
    }

    public void Dispose()
    {
        foreach (var user in _staff.Values.Concat(_customers))
        {
            user.Dispose();
        }
    }

    private sealed record SubmitResponse(IReadOnlyList<OrderSummaryDto> Orders);
}
