using System.Net;
using Ordo.Api.Tests.Cart;
using Ordo.Api.Tests.Hosting;
using Ordo.Api.Tests.Support;
using Ordo.Application.Orders;
using Ordo.Domain.Orders;

namespace Ordo.Api.Tests.Orders;

/// <summary>
/// The parcels of a shipping order: declared later by the customer, taken back when typed wrong, and each tracking
/// number held by one open order only.
/// </summary>
public abstract class ShippingParcelTests(OrdoApp app) : ApiTest(app)
{
    private static string ParcelsOf(Guid orderId) => $"{OrderApi.UrlOf(orderId)}/shipping-items";

    private static Task<HttpResponseMessage> TryAddParcelAsync(ApiUser user, Guid orderId, string? trackingNumber, string? ifMatch = null) =>
        user.PostAsync(ParcelsOf(orderId), ShippingOrderRequest.Parcel(trackingNumber, "Giày thể thao"), ifMatch: ifMatch);

    [Fact]
    public async Task A_customer_declares_a_parcel_the_shop_sent_after_approval_and_takes_back_one_typed_wrong()
    {
        var customer = await NewCustomerAsync();
        var first = ShippingOrderRequest.NewTrackingNumber();
        var order = await customer.PlaceShippingOrderAsync(ShippingOrderRequest.For(first));
        await (await CsManagerAsync()).ApproveAsync(order.Id);
        Assert.Contains("addParcel", (await customer.OrderAsync(order.Id)).AllowedActions);
        Assert.DoesNotContain("removeParcel", (await customer.OrderAsync(order.Id)).AllowedActions);

        var later = ShippingOrderRequest.NewTrackingNumber();
        var added = await (await TryAddParcelAsync(customer, order.Id, " " + later.ToLowerInvariant())).ReadAsync<OrderDetailsDto>();

        Assert.Equal([first, later], added.Items.Select(i => i.TrackingNumber));
        Assert.Equal(301.00m, added.GoodsValueCny);
        Assert.Equal((OrderHistoryAction.TrackingNumberAdded, later), (added.History[^1].Action, added.History[^1].Remark));
        Assert.Contains("removeParcel", added.AllowedActions);
        Assert.Equal(order.Id, Assert.Single((await (await CsStaffAsync()).OrdersAsync($"trackingNumber={later}")).Items).Id);

        var removed = await (await customer.DeleteAsync($"{ParcelsOf(order.Id)}/{added.Items[1].Id}")).ReadAsync<OrderDetailsDto>();
        Assert.Equal(first, Assert.Single(removed.Items).TrackingNumber);
        Assert.Equal(150.50m, removed.GoodsValueCny);

        // The last parcel stays: a shipping order without one is cancelled instead.
        var before = await customer.SnapshotAsync(OrderApi.UrlOf(order.Id));
        await (await customer.DeleteAsync($"{ParcelsOf(order.Id)}/{removed.Items[0].Id}")).ShouldBeProblemAsync(HttpStatusCode.Conflict, OrderErrors.LastParcel);
        await customer.ShouldStillSeeAsync(before);

        // The number taken back is free for the next order.
        var again = await customer.PlaceShippingOrderAsync(ShippingOrderRequest.For(later));
        Assert.Equal(later, Assert.Single(again.Items).TrackingNumber);
    }

    [Fact]
    public async Task A_tracking_number_another_open_order_holds_is_refused_and_only_staff_are_told_which_order()
    {
        var owner = await NewCustomerAsync();
        var number = ShippingOrderRequest.NewTrackingNumber();
        var held = await owner.PlaceShippingOrderAsync(ShippingOrderRequest.For(number));
        var stranger = await NewCustomerAsync();
        var before = await stranger.SnapshotOrdersAsync();

        var refused = await (await stranger.TryPlaceShippingOrderAsync(ShippingOrderRequest.For(ShippingOrderRequest.NewTrackingNumber(), number.ToLowerInvariant())))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, OrderErrors.TrackingNumberTaken);
        Assert.Contains(number, refused.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(held.Code, refused.Detail, StringComparison.Ordinal);
        await stranger.ShouldStillSeeAsync(before);

        var own = await (await owner.TryPlaceShippingOrderAsync(ShippingOrderRequest.For(number))).ShouldBeProblemAsync(HttpStatusCode.Conflict, OrderErrors.TrackingNumberTaken);
        Assert.Contains(held.Code, own.Detail, StringComparison.Ordinal);

        var other = await stranger.PlaceShippingOrderAsync(ShippingOrderRequest.For(ShippingOrderRequest.NewTrackingNumber()));
        var otherBefore = await stranger.SnapshotAsync(OrderApi.UrlOf(other.Id));
        var told = await (await TryAddParcelAsync(stranger, other.Id, number)).ShouldBeProblemAsync(HttpStatusCode.Conflict, OrderErrors.TrackingNumberTaken);
        Assert.DoesNotContain(held.Code, told.Detail, StringComparison.Ordinal);
        var staff = await (await TryAddParcelAsync(await CsStaffAsync(), other.Id, number)).ShouldBeProblemAsync(HttpStatusCode.Conflict, OrderErrors.TrackingNumberTaken);
        Assert.Contains(held.Code, staff.Detail, StringComparison.Ordinal);
        await (await TryAddParcelAsync(stranger, other.Id, other.Items[0].TrackingNumber)).ShouldBeProblemAsync(HttpStatusCode.Conflict, OrderErrors.TrackingNumberTaken);
        await stranger.ShouldStillSeeAsync(otherBefore);
    }

    [Fact]
    public async Task Two_customers_declaring_the_same_number_at_once_leave_it_on_one_order()
    {
        var (first, second) = (await NewCustomerAsync(), await NewCustomerAsync());
        var number = ShippingOrderRequest.NewTrackingNumber();

        var answers = await Task.WhenAll(
            first.TryPlaceShippingOrderAsync(ShippingOrderRequest.For(number)),
            second.TryPlaceShippingOrderAsync(ShippingOrderRequest.For(number)));

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Conflict], answers.Select(a => a.StatusCode).Order());
        await answers.Single(a => a.StatusCode == HttpStatusCode.Conflict).ShouldBeProblemAsync(HttpStatusCode.Conflict, OrderErrors.TrackingNumberTaken);
        Assert.Single((await (await CsStaffAsync()).OrdersAsync($"trackingNumber={number}")).Items);
    }

    [Fact]
    public async Task Numbers_an_edit_drops_or_a_cancelled_order_held_can_be_declared_again()
    {
        var owner = await NewCustomerAsync();
        var (kept, dropped, added) = (ShippingOrderRequest.NewTrackingNumber(), ShippingOrderRequest.NewTrackingNumber(), ShippingOrderRequest.NewTrackingNumber());
        var order = await owner.PlaceShippingOrderAsync(ShippingOrderRequest.For(kept, dropped));
        var edit = new EditOrder.Command(null, [ShippingOrderRequest.Parcel(kept), ShippingOrderRequest.Parcel(added)], order.Options, null);
        await (await owner.TryEditAsync(order.Id, edit)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var stranger = await NewCustomerAsync();

        await (await stranger.TryPlaceShippingOrderAsync(ShippingOrderRequest.For(added))).ShouldBeProblemAsync(HttpStatusCode.Conflict, OrderErrors.TrackingNumberTaken);
        await stranger.PlaceShippingOrderAsync(ShippingOrderRequest.For(dropped));
        await (await stranger.TryPlaceShippingOrderAsync(ShippingOrderRequest.For(kept))).ShouldBeProblemAsync(HttpStatusCode.Conflict, OrderErrors.TrackingNumberTaken);

        await (await owner.TryCancelAsync(order.Id, "Shop hoàn tiền, không gửi hàng nữa")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var reused = await stranger.PlaceShippingOrderAsync(ShippingOrderRequest.For(kept, added));
        Assert.Equal([kept, added], reused.Items.Select(i => i.TrackingNumber));
    }

    [Fact]
    public async Task A_parcel_is_refused_on_a_purchase_order_to_the_wrong_role_with_a_bad_number_or_a_stale_version()
    {
        var customer = await NewCustomerAsync();
        var order = await customer.PlaceShippingOrderAsync(ShippingOrderRequest.For(ShippingOrderRequest.NewTrackingNumber(), ShippingOrderRequest.NewTrackingNumber()));
        var before = await customer.SnapshotAsync(OrderApi.UrlOf(order.Id));

        await (await TryAddParcelAsync(customer, order.Id, new string('X', 200))).ShouldBeInvalidAsync("trackingNumber");
        await (await TryAddParcelAsync(customer, order.Id, "YT 123/456")).ShouldBeInvalidAsync("trackingNumber");
        await (await TryAddParcelAsync(customer, order.Id, ShippingOrderRequest.NewTrackingNumber(), $"\"{order.Version + 1}\"")).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        await (await TryAddParcelAsync(await App.DemoUserAsync("order.manager@ordo.test"), order.Id, ShippingOrderRequest.NewTrackingNumber())).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await TryAddParcelAsync(await NewCustomerAsync(), order.Id, ShippingOrderRequest.NewTrackingNumber())).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await customer.DeleteAsync($"{ParcelsOf(order.Id)}/{Guid.NewGuid()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await customer.ShouldStillSeeAsync(before);

        var purchase = await customer.PlacePurchaseOrderAsync(CartLineRequest.From(Shop.Uniqlo));
        await (await TryAddParcelAsync(customer, purchase.Id, ShippingOrderRequest.NewTrackingNumber())).ShouldBeProblemAsync(HttpStatusCode.Conflict, OrderErrors.IllegalTransition);
    }

    public sealed class OnSqlite(SqliteApp app) : ShippingParcelTests(app), IClassFixture<SqliteApp>;

    public sealed class OnPostgres(PostgresApp app) : ShippingParcelTests(app), IClassFixture<PostgresApp>;
}
