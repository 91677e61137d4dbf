using Ordo.Application.Orders;

namespace Ordo.Api.Tests.Orders;

/// <summary>A shipping (consignment) order as a client sends it: parcels the customer bought, by tracking number.</summary>
public sealed record ShippingOrderRequest(IReadOnlyList<CreateShippingOrder.Item> Items, string? Note = null, Guid? CustomerId = null)
{
    public static ShippingOrderRequest For(params string[] trackingNumbers) =>
        new([.. trackingNumbers.Select((t, i) => Parcel(t, $"Quần áo trẻ em #{i + 1}"))], "Hàng dễ vỡ");

    public static CreateShippingOrder.Item Parcel(string? trackingNumber, string description = "Phụ kiện điện thoại") =>
        new(trackingNumber, description, Quantity: 2, DeclaredValueCny: 150.50m);

    /// <summary>A tracking number no other test uses.</summary>
    public static string NewTrackingNumber() => $"YT{Random.Shared.NextInt64(1_000_000_000_000, 9_999_999_999_999)}";
}
