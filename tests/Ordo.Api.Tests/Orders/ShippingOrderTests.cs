using System.Net;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Support;
using Ordo.Application.Orders;
using Ordo.Domain.Orders;

namespace Ordo.Api.Tests.Orders;

public abstract partial class ShippingOrderTests(OrdoApp app) : ApiTest(app)
{
    [Fact]
    public async Task A_customer_asks_to_ship_parcels_they_bought_themselves()
    {
        var customer = await NewCustomerAsync();
        var tracking = ShippingOrderRequest.NewTrackingNumber();

        var response = await customer.TryPlaceShippingOrderAsync(new ShippingOrderRequest(
            [ShippingOrderRequest.Parcel(tracking.ToLowerInvariant() + " ", "Quần áo trẻ em"), ShippingOrderRequest.Parcel(ShippingOrderRequest.NewTrackingNumber())],
            "Hàng dễ vỡ"));

        var order = await response.ReadAsync<OrderDetailsDto>(HttpStatusCode.Created);
        Assert.Matches(ShippingCode(), order.Code);
        Assert.Equal((OrderKind.Shipping, OrderStatus.Submitted), (order.Kind, order.Status));
        Assert.Equal($"/api/orders/{order.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal($"\"{order.Version}\"", response.Headers.ETag?.ToString());
        Assert.Equal(2, order.Items.Count);
        Assert.Equal(tracking, order.Items[0].TrackingNumber);
        Assert.Equal(301.00m, order.GoodsValueCny);
        Assert.Equal("Hàng dễ vỡ", order.CustomerNote);
        Assert.Empty(order.Lines);
        Assert.Equal(order.Id, Assert.Single((await customer.OrdersAsync("kind=Shipping")).Items).Id);
    }

    [Fact]
    public async Task A_tracking_number_listed_twice_is_refused_and_creates_nothing()
    {
        var customer = await NewCustomerAsync();
        var before = await customer.SnapshotOrdersAsync();
        var tracking = ShippingOrderRequest.NewTrackingNumber();

        var response = await customer.TryPlaceShippingOrderAsync(ShippingOrderRequest.For(tracking, tracking.ToLowerInvariant()));

        var reasons = (await response.ShouldBeInvalidAsync("items")).ShouldNameField("items");
        Assert.Contains(reasons, r => r.Contains(tracking, StringComparison.Ordinal));
        await customer.ShouldStillSeeAsync(before);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    [InlineData("YT 123/456")]
    public async Task A_parcel_without_a_proper_tracking_number_is_refused_and_creates_nothing(string? trackingNumber)
    {
        var customer = await NewCustomerAsync();
        var before = await customer.SnapshotOrdersAsync();

        var response = await customer.TryPlaceShippingOrderAsync(new ShippingOrderRequest(
            [ShippingOrderRequest.Parcel(ShippingOrderRequest.NewTrackingNumber()), ShippingOrderRequest.Parcel(trackingNumber)]));

        await response.ShouldBeInvalidAsync("items[1].trackingNumber");
        await customer.ShouldStillSeeAsync(before);
    }

    [Fact]
    public async Task A_shipping_order_without_parcels_is_refused()
    {
        var customer = await NewCustomerAsync();
        var before = await customer.SnapshotOrdersAsync();

        var response = await customer.TryPlaceShippingOrderAsync(new ShippingOrderRequest([]));

        await response.ShouldBeInvalidAsync("items");
        await customer.ShouldStillSeeAsync(before);
    }

    [Fact]
    public async Task A_parcel_with_a_negative_value_or_no_quantity_names_the_fields()
    {
        var customer = await NewCustomerAsync();
        var before = await customer.SnapshotOrdersAsync();
        var parcel = ShippingOrderRequest.Parcel(ShippingOrderRequest.NewTrackingNumber()) with { Quantity = 0, DeclaredValueCny = -1 };

        var response = await customer.TryPlaceShippingOrderAsync(new ShippingOrderRequest([parcel]));

        var problem = await response.ShouldBeInvalidAsync("items[0].quantity");
        problem.ShouldNameField("items[0].declaredValueCny");
        await customer.ShouldStillSeeAsync(before);
    }

    [Fact]
    public async Task A_customer_cannot_place_a_shipping_order_for_someone_else()
    {
        var customer = await NewCustomerAsync();
        var other = await NewCustomerAsync();
        var before = await other.SnapshotOrdersAsync();

        var response = await customer.TryPlaceShippingOrderAsync(ShippingOrderRequest.For(ShippingOrderRequest.NewTrackingNumber()) with { CustomerId = other.Id });

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "order.role_not_allowed");
        await other.ShouldStillSeeAsync(before);
        Assert.Equal(0, (await customer.OrdersAsync()).Total);
    }

    [Fact]
    public async Task Customer_care_places_a_shipping_order_for_a_customer()
    {
        var customer = await NewCustomerAsync();
        var cs = await CsStaffAsync();

        var response = await cs.TryPlaceShippingOrderAsync(ShippingOrderRequest.For(ShippingOrderRequest.NewTrackingNumber()) with { CustomerId = customer.Id });

        var order = await response.ReadAsync<OrderDetailsDto>(HttpStatusCode.Created);
        Assert.Equal(customer.Id, order.Customer.Id);
        Assert.Equal(order.Id, Assert.Single((await customer.OrdersAsync()).Items).Id);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^SO-\d{4}-\d{6}$")]
    private static partial System.Text.RegularExpressions.Regex ShippingCode();

    public sealed class OnSqlite(SqliteApp app) : ShippingOrderTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : ShippingOrderTests(app), IClassFixture<PostgresApp>;
}
