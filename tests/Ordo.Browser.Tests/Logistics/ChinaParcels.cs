using Ordo.Application.Logistics;
using Ordo.Application.Orders;
using Ordo.Browser.Tests.Infrastructure;

namespace Ordo.Browser.Tests.Logistics;

/// <summary>Where the road's screens start: a new customer's shipping order of two boxes, both received in the China warehouse.</summary>
internal static class ChinaParcels
{
    public const string Warehouse = "GZ";

    /// <summary>The two parcels (2 kg, 40×30×20 cm each, one per tracking number) and the China warehouse's signed-in clerk.</summary>
    public static async Task<(ApiUser China, ParcelDto First, ParcelDto Second)> TwoReceivedAsync(OrdoApi api, string customerName, string culture)
    {
        ArgumentNullException.ThrowIfNull(api);
        return await TwoReceivedAsync(api, await api.NewCustomerAsync(customerName, culture));
    }

    /// <summary>The same for a customer the test signs in as.</summary>
    public static async Task<(ApiUser China, ParcelDto First, ParcelDto Second)> TwoReceivedAsync(OrdoApi api, TestCustomer customer)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(customer);
        var numbers = new[] { NewTrackingNumber(), NewTrackingNumber() };
        await customer.Api.PostAsync<OrderDetailsDto>("/api/orders", new CreateShippingOrder.Command(
            [new CreateShippingOrder.Item(numbers[0], "Áo khoác", 1, 400m), new CreateShippingOrder.Item(numbers[1], "Giày", 1, 300m)],
            new OrderOptionsDto(false, false, false), null));
        var china = await api.StaffAsync("cn.warehouse@ordo.test");
        var first = await ReceiveAsync(china, numbers[0]);
        var second = await ReceiveAsync(china, numbers[1]);
        Assert.Equal((false, false), (first.Anonymous, second.Anonymous));
        return (china, first, second);
    }

    /// <summary>
    /// The customer's two parcels received in China, shipped in one bag and received in its Vietnam warehouse (the
    /// international fee is charged then, so the order owes its balance); the Vietnam warehouse's signed-in clerk.
    /// </summary>
    public static async Task<(ApiUser Vietnam, ParcelDto First, ParcelDto Second)> TwoInVietnamAsync(OrdoApi api, TestCustomer customer)
    {
        var (china, first, second) = await TwoReceivedAsync(api, customer);
        var shipment = await china.PostAsync<ShipmentDto>("/api/shipments", new Shipments.OpenCommand(first.Destination));
        foreach (var parcel in new[] { first, second })
        {
            await china.PostAsync<ShipmentDto>($"/api/shipments/{shipment.Id}/parcels", new Shipments.ParcelCommand(parcel.Code));
        }

        await china.PostAsync<System.Text.Json.JsonElement>($"/api/shipments/{shipment.Id}/dispatch");
        var vietnam = await api.StaffAsync("vn.warehouse@ordo.test");
        await vietnam.PostAsync<System.Text.Json.JsonElement>($"/api/warehouses/{first.Destination}/receive-shipment", new Shipments.ReceiveCommand(shipment.Code));
        var arrived = new List<ParcelDto>();
        foreach (var parcel in new[] { first, second })
        {
            arrived.Add(await vietnam.PostAsync<ParcelDto>($"/api/warehouses/{first.Destination}/receive-parcel", new VietnamReceipt.ReceiveCommand(parcel.Code, "B-02")));
        }

        return (vietnam, arrived[0], arrived[1]);
    }

    /// <summary>A box under a number no order has: an anonymous parcel in the China warehouse.</summary>
    public static async Task<ParcelDto> AnonymousAsync(ApiUser china) => await ReceiveAsync(china, NewTrackingNumber());

    private static string NewTrackingNumber() => $"ZT{Random.Shared.NextInt64(1_000_000_000_000, 9_999_999_999_999)}";

    private static async Task<ParcelDto> ReceiveAsync(ApiUser china, string number) =>
        (await china.PostAsync<ScanParcel.Result>($"/api/warehouses/{Warehouse}/scan", new ScanParcel.Command(number, 2m, 40m, 30m, 20m))).Parcel;
}
