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
        var customer = await api.NewCustomerAsync(customerName, culture);
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

    private static string NewTrackingNumber() => $"ZT{Random.Shared.NextInt64(1_000_000_000_000, 9_999_999_999_999)}";

    private static async Task<ParcelDto> ReceiveAsync(ApiUser china, string number) =>
        (await china.PostAsync<ScanParcel.Result>($"/api/warehouses/{Warehouse}/scan", new ScanParcel.Command(number, 2m, 40m, 30m, 20m))).Parcel;
}
