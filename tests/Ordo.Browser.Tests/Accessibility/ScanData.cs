using System.Text.Json;
using Ordo.Application.Common;
using Ordo.Application.Customers;
using Ordo.Application.Logistics;
using Ordo.Application.Money;
using Ordo.Application.Orders;
using Ordo.Browser.Tests.Infrastructure;
using Ordo.Domain.Money;
using Ordo.Domain.Orders;

namespace Ordo.Browser.Tests.Accessibility;

/// <summary>
/// What the scanned pages show besides the demo data: a customer of the scan's own with a deposited order (so the
/// charges panel offers to pay), a line in the cart, notifications, a wallet with its statement, and a top-up and a
/// withdrawal waiting for the accountant, a parcel of the customer's received in China and an anonymous one.
/// </summary>
public sealed record ScanData(string CustomerEmail, string CustomerPassword, string OrderCode, Guid CustomerId, string ParcelCode, string AnonymousParcelCode)
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly Dictionary<Uri, ScanData> Created = [];

    /// <summary>Created once per server (a server lives for the whole run); every scan on it reads the same data.</summary>
    public static async Task<ScanData> OnceAsync(Uri server)
    {
        await Gate.WaitAsync();
        try
        {
            if (!Created.TryGetValue(server, out var data))
            {
                data = await CreateAsync(server);
                Created[server] = data;
            }

            return data;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<ScanData> CreateAsync(Uri server)
    {
        using var api = new OrdoApi(server);
        var customer = await api.NewCustomerAsync("Trần Thị Truy Cập", "vi");
        var (order, _) = await api.DepositedOrderAsync(customer, 120m, 2_000_000m);
        await customer.Api.PostAsync<JsonElement>("/api/cart/lines", new CartLineInput(
            "https://item.taobao.com/item.htm?id=a11y", Marketplace.Taobao, "tb-a11y", "Shop A11y", "Giày chạy bộ", null,
            "Màu: trắng; Size: 42", 59.9m, 2, "Kiểm tra đường may"));
        await customer.Api.PostAsync<TopUpDto>("/api/wallet/top-ups", new TopUps.RequestCommand(300_000m, TopUpMethod.BankTransfer, "FTA11YSCAN"));
        await customer.Api.PostAsync<JsonElement>("/api/wallet/withdrawals", new Withdrawals.RequestCommand(100_000m, "VCB 0011 0022 0033"));
        var number = $"ZTA11Y{Random.Shared.NextInt64(100_000_000, 999_999_999)}";
        await customer.Api.PostAsync<OrderDetailsDto>("/api/orders", new CreateShippingOrder.Command(
            [new CreateShippingOrder.Item(number, "Ấm trà", 1, 250m)], new OrderOptionsDto(false, true, false), null));
        var china = await api.StaffAsync("cn.warehouse@ordo.test");
        var parcel = await china.PostAsync<ScanParcel.Result>("/api/warehouses/GZ/scan", new ScanParcel.Command(number, 1.5m, 30m, 20m, 20m));
        var anonymous = await china.PostAsync<ScanParcel.Result>("/api/warehouses/GZ/scan", new ScanParcel.Command($"{number}X", 0.8m, 20m, 20m, 10m));
        var admin = await api.StaffAsync("admin@ordo.test");
        var found = await admin.GetAsync<PagedResult<CustomerDirectory.CustomerDto>>($"/api/customers?q={customer.CustomerCode}");
        return new ScanData(customer.Email, customer.Password, order.Code, Assert.Single(found.Items).Id, parcel.Parcel.Code, anonymous.Parcel.Code);
    }
}
